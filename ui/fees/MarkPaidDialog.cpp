#include "MarkPaidDialog.h"

#include "common/Clock.h"
#include "common/DateField.h"
#include "office/OfficeService.h"
#include "outcomes/OutcomeTexts.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kohtaamo {

MarkPaidDialog::MarkPaidDialog(OfficeService &office, const QVector<FeeRow> &fees, QWidget *parent)
    : QDialog(parent), m_office(office), m_fees(fees)
{
    setWindowTitle(tr("Mark Fees Paid"));
    auto *layout = new QVBoxLayout(this);

    qint64 total = 0;
    for (const FeeRow &row : fees)
        total += row.totalCents();
    const QString count = tr("%Ln fee(s)", nullptr, int(fees.size()));
    m_summary
        = new QLabel(tr("%1 to pay, %2 in all (fees and travel costs).").arg(count, OutcomeTexts::euros(total)), this);
    m_summary->setObjectName(QStringLiteral("markPaidSummary"));
    m_summary->setAccessibleName(tr("Fees chosen"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    m_paidOn = new DateField(Clock::instance().today(), this);
    m_paidOn->setObjectName(QStringLiteral("paidOn"));
    m_paidOn->setCalendarPopup(true);
    form->addRow(tr("&Paid on:"), m_paidOn);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("batchNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("For bookkeeping, e.g. the payment run or voucher number"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("ceilingWarnings"));
    m_warnings->setAccessibleName(tr("Earnings ceiling warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warnings->hide();
    layout->addWidget(m_warnings);
    m_acknowledge = new QCheckBox(tr("Mark paid &all the same"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeCeiling"));
    m_acknowledge->hide();
    layout->addWidget(m_acknowledge);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("markPaidError"));
    m_error->setAccessibleName(tr("Why the fees were not marked paid"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark Paid"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
}

QString MarkPaidDialog::warningText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

QString MarkPaidDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool MarkPaidDialog::save()
{
    FeeMarking marking;
    for (const FeeRow &row : std::as_const(m_fees))
        marking.items.append({ row.engagementId, row.engagementVersion });
    marking.paidOn = m_paidOn->date();
    marking.note = m_note->toPlainText();
    marking.acknowledgeCeiling = !m_acknowledge->isHidden() && m_acknowledge->isChecked();
    m_error->hide();
    auto result = m_office.markFeesPaid(marking);
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        return false;
    }
    m_result = *result;
    if (!m_result.warnings.isEmpty()) {
        QStringList lines;
        for (const FeeCeilingWarning &w : std::as_const(m_result.warnings))
            lines << w.text.toHtmlEscaped();
        m_warnings->setText(tr("Over the earnings ceiling:") + QStringLiteral("<ul><li>")
                            + lines.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>"));
        m_warnings->show();
        if (m_acknowledge->isHidden()) {
            m_acknowledge->show();
            m_acknowledge->setFocus();
        }
    }
    return m_result.written();
}

} // namespace Kohtaamo
