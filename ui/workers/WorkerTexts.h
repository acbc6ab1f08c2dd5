#pragma once

#include "domain/Consent.h"
#include "domain/Perspective.h"
#include "domain/UnavailablePeriod.h"
#include "domain/Worker.h"

#include <QCoreApplication>

namespace Kohtaamo {

// How the worker pages name the worker's enums, in the UI language.
class WorkerTexts
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::WorkerTexts)
public:
    static QString title(WorkerTitle title);
    static QString status(WorkerStatus status);
    // "As a parent" (a choice in a list).
    static QString perspective(Perspective perspective);
    static QString unavailableKind(UnavailableKind kind);
    // Capitalised, for a column of scopes.
    static QString consentScope(ConsentScope scope);
};

} // namespace Kohtaamo
