#include "ClearButton.h"

#include <QLineEdit>
#include <QToolButton>

namespace Kohtaamo {

void ClearButton::enable(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    const auto buttons = edit->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        button->setAccessibleName(tr("Clear"));
        button->setAccessibleDescription(tr("Empties the field."));
        button->setToolTip(tr("Clear"));
    }
}

} // namespace Kohtaamo
