#include "ErrorMessage.h"

#include <QMessageBox>

namespace Kohtaamo {

void ErrorMessage::log(const QString &summary, const Error &error)
{
    qCritical().noquote() << summary + QLatin1Char(' ') + error.message;
    if (!error.detail.isEmpty() && !error.message.contains(error.detail))
        qCritical().noquote() << QStringLiteral("  (%1: %2)").arg(error.codeName(), error.detail.trimmed());
}

void ErrorMessage::show(QWidget *parent, const QString &summary, const Error &error)
{
    log(summary, error);
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(tr("Kohtaamo"));
    box.setText(summary);
    box.setInformativeText(error.message);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.setStandardButtons(QMessageBox::Close);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
}

} // namespace Kohtaamo
