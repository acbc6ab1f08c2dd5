#include "AccessibleValue.h"

#include <QCoreApplication>
#include <QLabel>

namespace Kohtaamo::AccessibleValue {

QString plainFieldLabel(QString fieldLabel)
{
    fieldLabel.remove(QLatin1Char('&'));
    fieldLabel = fieldLabel.trimmed();
    while (fieldLabel.endsWith(QLatin1Char(':')))
        fieldLabel.chop(1);
    return fieldLabel.trimmed();
}

void setValue(QLabel *value, const QString &fieldLabel, const QString &text)
{
    value->setText(text);
    value->setAccessibleName(QString()); // the name is the value itself
    value->setAccessibleDescription(text.isEmpty()
                                        ? QString()
                                        : QCoreApplication::translate("Kohtaamo::AccessibleValue", "%1: %2",
                                                                      "accessible description: field label, value")
                                              .arg(plainFieldLabel(fieldLabel), text));
}

} // namespace Kohtaamo::AccessibleValue
