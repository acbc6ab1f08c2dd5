#pragma once

#include "common/Translations.h"

#include <QString>

namespace Kohtaamo {

// The user interface language as a code ("fi", "sv", "en"), for names stored in three languages (topics, service
// types). Kept for the code that includes it; it is Translations::currentLanguage(), which new code should call.
inline QString uiLanguage()
{
    return Translations::currentLanguage();
}

} // namespace Kohtaamo
