#include "AuditLogSection.h"

#include "AuditLogModel.h"
#include "audit/AuditTexts.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "office/OfficeService.h"
#include "settings/SectionMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Kohtaamo {

AuditLogSection::AuditLogSection(QWidget *parent) : SettingsSection(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QGridLayout;
    m_recordLabel = new QLabel(body());
    m_record = new QLineEdit(body());
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_record->setClearButtonEnabled(true);
    m_record->setMaxLength(40);
    m_recordLabel->setBuddy(m_record);
    m_coordinatorLabel = new QLabel(body());
    m_coordinator = new QComboBox(body());
    m_coordinator->setObjectName(QStringLiteral("auditCoordinator"));
    m_coordinator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_coordinator->setMinimumContentsLength(16);
    m_coordinatorLabel->setBuddy(m_coordinator);
    m_period = new QCheckBox(body());
    m_period->setObjectName(QStringLiteral("auditPeriod"));
    m_fromLabel = new QLabel(body());
    m_from = new DateField(Clock::instance().today().addDays(-30), body());
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(body());
    m_to = new DateField(Clock::instance().today(), body());
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_toLabel->setBuddy(m_to);
    m_textLabel = new QLabel(body());
    m_text = new QLineEdit(body());
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setClearButtonEnabled(true);
    m_text->setMaxLength(200);
    m_textLabel->setBuddy(m_text);
    m_verify = new QPushButton(body());
    m_verify->setObjectName(QStringLiteral("auditVerify"));

    filters->addWidget(m_recordLabel, 0, 0);
    filters->addWidget(m_record, 0, 1);
    filters->addWidget(m_coordinatorLabel, 0, 2);
    filters->addWidget(m_coordinator, 0, 3);
    filters->addWidget(m_textLabel, 1, 0);
    filters->addWidget(m_text, 1, 1);
    auto *period = new QHBoxLayout;
    period->addWidget(m_period);
    period->addWidget(m_fromLabel);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    period->addWidget(m_verify);
    filters->addLayout(period, 2, 0, 1, 4);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    layout->addLayout(filters);

    m_message = new SectionMessage(body());
    m_message->setObjectName(QStringLiteral("auditMessage"));
    layout->addWidget(m_message);

    m_listLabel = new QLabel(body());
    m_model = new AuditLogModel(this);
    m_view = addRecordList(layout, m_listLabel, m_model, AuditLogModel::ChangesColumn, QStringLiteral("auditView"));
    m_view->setSortingEnabled(false);
    m_count = new QLabel(body());
    m_count->setObjectName(QStringLiteral("auditCount"));
    layout->addWidget(m_count);
    m_detailsLabel = new QLabel(body());
    m_details = new QPlainTextEdit(body());
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 7);
    m_detailsLabel->setBuddy(m_details);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_details);

    // Typing waits for a pause before the list is read again; choosing applies at once.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &AuditLogSection::applyFilters);
    connect(m_record, &QLineEdit::textEdited, m_refresh, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::textEdited, m_refresh, qOverload<>(&QTimer::start));
    connect(m_record, &QLineEdit::returnPressed, this, &AuditLogSection::applyFilters);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditLogSection::applyFilters);
    connect(m_coordinator, &QComboBox::activated, this, &AuditLogSection::applyFilters);
    connect(m_period, &QCheckBox::toggled, this, [this] {
        updateState();
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_verify, &QPushButton::clicked, this, &AuditLogSection::verifyChain);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogSection::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogSection::showDetails);

    retranslateUi();
    updateState();
}

QString AuditLogSection::title() const
{
    return tr("Audit Log");
}

void AuditLogSection::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    if (m_office)
        connect(m_office, &OfficeService::changed, this, &AuditLogSection::onChanged);
    m_message->clear();
    fillCoordinators();
    updateState();
    applyFilters();
}

void AuditLogSection::onChanged(const OfficeChange &)
{
    // Every change writes an entry: read the list again when it is on screen, later otherwise.
    if (isVisible())
        m_refresh->start();
}

void AuditLogSection::fillCoordinators()
{
    const QString chosen = m_coordinator->currentData().toString();
    m_coordinator->clear();
    m_coordinator->addItem(tr("Everyone"), QString());
    if (!m_office || !m_office->mayReadAudit())
        return;
    auto actors = m_office->auditActors();
    if (!actors)
        return;
    for (const auto &[login, name] : std::as_const(*actors))
        m_coordinator->addItem(name.isEmpty() ? AuditTexts::login(login) : tr("%1 (%2)").arg(name, login), login);
    const int at = m_coordinator->findData(chosen);
    m_coordinator->setCurrentIndex(at < 0 ? 0 : at);
}

bool AuditLogSection::filter(AuditFilter &f)
{
    const QString record = m_record->text().trimmed();
    static const QRegularExpression reference(QStringLiteral("^\\d{4}-\\d+$"));
    static const QRegularExpression workerNumber(QStringLiteral("^#?(\\d+)$"));
    if (reference.match(record).hasMatch()) {
        auto request = m_office->requestByReference(record);
        if (!request) {
            m_message->show(SectionMessage::Kind::Problem, tr("Record: no request has the reference %1.").arg(record));
            return false;
        }
        f.table = QStringLiteral("requests");
        f.recordId = request->id;
    } else if (const auto number = workerNumber.match(record); number.hasMatch()) {
        f.workerId = number.captured(1).toLongLong();
    } else if (!record.isEmpty()) {
        m_message->show(SectionMessage::Kind::Problem,
                        tr("Record: type a request's reference (such as 2026-0042) or a worker's number (such as "
                           "#12)."));
        return false;
    }
    f.actor = m_coordinator->currentData().toString();
    if (m_period->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.text = m_text->text().trimmed();
    return true;
}

bool AuditLogSection::applyFilters()
{
    m_refresh->stop();
    m_message->clear();
    if (!m_office) {
        m_model->load(nullptr, {});
        updateState();
        return false;
    }
    if (Status s = m_office->mayReadAudit(); !s) {
        m_model->load(nullptr, {});
        m_message->show(SectionMessage::Kind::Information, s.error().message);
        updateState();
        return false;
    }
    AuditFilter f;
    if (!filter(f)) {
        updateState();
        return false;
    }
    m_model->load(m_office, f);
    if (!m_model->lastError().isEmpty())
        m_message->show(SectionMessage::Kind::Problem, m_model->lastError());
    updateState();
    return m_model->lastError().isEmpty();
}

void AuditLogSection::verifyChain()
{
    if (!m_office)
        return;
    auto verified = m_office->verifyAudit();
    if (!verified)
        m_message->show(SectionMessage::Kind::Problem, verified.error().message);
    else
        m_message->show(verified->intact() ? SectionMessage::Kind::Information : SectionMessage::Kind::Problem,
                        verified->message);
}

void AuditLogSection::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    m_details->setPlainText(current.isValid() ? m_model->fullChanges(current.row()) : QString());
}

void AuditLogSection::updateState()
{
    const bool mayRead = m_office && m_office->mayReadAudit();
    for (QWidget *w :
         { static_cast<QWidget *>(m_record), static_cast<QWidget *>(m_coordinator), static_cast<QWidget *>(m_period),
           static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_view), static_cast<QWidget *>(m_details) })
        w->setEnabled(mayRead);
    m_from->setEnabled(mayRead && m_period->isChecked());
    m_to->setEnabled(mayRead && m_period->isChecked());
    m_verify->setEnabled(m_office != nullptr);
    m_count->setText(mayRead ? tr("%n entries", nullptr, m_model->totalCount()) : QString());
    m_count->setAccessibleName(m_count->text());
}

void AuditLogSection::retranslateUi()
{
    setIntroduction(tr("Who did what, when, and to which record: every change, and every export or print of the "
                       "office's data. Only an admin reads the log; reading it is not logged. Verify Chain checks "
                       "that no entry was edited or removed outside Kohtaamo."));
    m_recordLabel->setText(tr("&Record:"));
    m_record->setPlaceholderText(tr("2026-0042 or #12"));
    m_record->setAccessibleName(tr("Record"));
    m_record->setAccessibleDescription(tr("A request's reference, or a worker's number for everything about them"));
    m_record->setToolTip(m_record->accessibleDescription());
    m_coordinatorLabel->setText(tr("C&oordinator:"));
    m_coordinator->setAccessibleName(tr("Coordinator"));
    if (m_coordinator->count() > 0)
        m_coordinator->setItemText(0, tr("Everyone"));
    m_textLabel->setText(tr("Changes co&ntain:"));
    m_text->setAccessibleName(tr("Changes contain"));
    m_period->setText(tr("&Period"));
    m_period->setAccessibleName(tr("Only a period"));
    m_fromLabel->setText(tr("Fro&m:"));
    m_from->setAccessibleName(tr("From"));
    m_toLabel->setText(tr("&To:"));
    m_to->setAccessibleName(tr("To"));
    m_verify->setText(tr("&Verify Chain"));
    m_verify->setAccessibleName(tr("Verify Chain"));
    m_verify->setToolTip(tr("Check that no audit entry was edited or removed"));
    m_listLabel->setText(tr("Entries, newest f&irst:"));
    m_view->setAccessibleName(tr("Audit log entries"));
    m_detailsLabel->setText(tr("Changes of the chosen entr&y:"));
    m_details->setAccessibleName(tr("Changes of the chosen entry"));
    updateState();
}

} // namespace Kohtaamo
