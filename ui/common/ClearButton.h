#pragma once

#include <QCoreApplication>

class QLineEdit;

namespace Kohtaamo {

// The clear button inside a search field, with a name a screen reader can say. Qt's own button (a
// QLineEditIconButton) has none. Call again on a language change to translate the name.
class ClearButton
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::ClearButton)
public:
    static void enable(QLineEdit *edit);
};

} // namespace Kohtaamo
