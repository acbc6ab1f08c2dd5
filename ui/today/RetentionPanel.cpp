#include "RetentionPanel.h"

#include "RetentionDialog.h"
#include "TodayLine.h"
#include "office/OfficeService.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
const char *const kContext = "Kohtaamo::RetentionPanel";

// English sources for one and for many (see MatchTexts::plural): without a catalogue the text still reads right.
QString plural(int n, const char *one, const char *many)
{
    return QCoreApplication::translate(kContext, n == 1 ? one : many, nullptr, n);
}
} // namespace

RetentionPanel::RetentionPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_workersLine = new TodayLine(this);
    m_workersLine->setObjectName(QStringLiteral("line_retentionWorkers"));
    m_auditLine = new TodayLine(this);
    m_auditLine->setObjectName(QStringLiteral("line_retentionAudit"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("retentionResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    layout->addWidget(m_workersLine);
    layout->addWidget(m_auditLine);
    layout->addWidget(m_result);
    connect(m_workersLine, &TodayLine::clicked, this, &RetentionPanel::openConfirmation);
    connect(m_auditLine, &TodayLine::clicked, this, &RetentionPanel::openConfirmation);
    showLines();
}

void RetentionPanel::setOffice(OfficeService *office)
{
    m_office = office;
    m_result->hide();
    refresh();
}

void RetentionPanel::refresh()
{
    m_due = {};
    // Only an admin confirms retention: coordinators and viewers are not shown the lines at all.
    if (m_office && m_office->isAdmin()) {
        auto due = m_office->retentionDue();
        if (due) {
            m_due = *due;
        } else {
            m_result->setText(due.error().message);
            m_result->show();
        }
    }
    showLines();
}

void RetentionPanel::showLines()
{
    const QLocale locale;
    const int workers = int(m_due.workers.size());
    m_workersLine->setLine(
        workers, locale.toString(workers),
        plural(workers,
               QT_TRANSLATE_N_NOOP("Kohtaamo::RetentionPanel", "%Ln worker left more than %1 years ago: erase…"),
               QT_TRANSLATE_N_NOOP("Kohtaamo::RetentionPanel", "%Ln workers left more than %1 years ago: erase…"))
            .arg(m_due.leftYears));
    m_auditLine->setLine(m_due.auditEntries, locale.toString(m_due.auditEntries),
                         tr("Audit entries older than %1 years hold personal data: prune…").arg(m_due.auditYears),
                         plural(m_due.auditEntries,
                                QT_TRANSLATE_N_NOOP("Kohtaamo::RetentionPanel", "%Ln entry with personal values"),
                                QT_TRANSLATE_N_NOOP("Kohtaamo::RetentionPanel", "%Ln entries with personal values")));
    m_workersLine->setActionDescription(tr("Opens the confirmation"));
    m_auditLine->setActionDescription(tr("Opens the confirmation"));
    m_workersLine->setVisible(workers > 0);
    m_auditLine->setVisible(m_due.auditEntries > 0);
    setVisible(!m_due.isEmpty() || !m_result->isHidden());
}

void RetentionPanel::openConfirmation()
{
    if (!m_office || m_due.isEmpty())
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new RetentionDialog(m_due, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &RetentionPanel::apply);
    m_dialog->open();
}

void RetentionPanel::apply()
{
    if (!m_office)
        return;
    // What the admin saw and confirmed: the office refuses it if the due cases changed meanwhile.
    const RetentionDue confirmed = m_dialog ? m_dialog->due() : m_due;
    auto applied = m_office->applyRetention(confirmed);
    if (applied)
        m_result->setText(tr("Workers erased: %1. Audit entries pruned: %2.")
                              .arg(applied->erasures.size())
                              .arg(applied->auditEntriesPruned));
    else
        m_result->setText(applied.error().message);
    m_result->show();
    refresh();
}

void RetentionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showLines();
    QWidget::changeEvent(event);
}

} // namespace Kohtaamo
