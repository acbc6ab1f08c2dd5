#pragma once

#include <QString>

class QLabel;

namespace Kohtaamo {

// A label that shows a value beside a field label ("Fee:" — "120,00 €"). The value label keeps its own text as
// its accessible name (a screen reader says the amount, not the field label again) and pairs the two in its
// accessible description ("Fee: 120,00 €") and tooltip-free description, so the pair is heard wherever focus is.
namespace AccessibleValue {

// Sets `text` on `value` and describes it as "<field label> <text>" for assistive technology. The field label may
// carry a mnemonic '&' and a trailing colon; both are dropped for the description's label part.
void setValue(QLabel *value, const QString &fieldLabel, const QString &text);

// "Fee" from "&Fee:".
QString plainFieldLabel(QString fieldLabel);

} // namespace AccessibleValue

} // namespace Kohtaamo
