#include "WorkerConsentsPanel.h"
#include "common/DateTexts.h"

#include "ConsentHistoryModel.h"
#include "OptionalDateEdit.h"
#include "WorkerTexts.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "office/OfficeService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

WorkerConsentsPanel::WorkerConsentsPanel(QWidget *parent) : QWidget(parent), m_model(new ConsentHistoryModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *historyLabel
        = new QLabel(tr("Consent &history (a consent is never changed: it is withdrawn or replaced):"), this);
    historyLabel->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("consents"));
    m_view->setAccessibleName(tr("Consent history"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    historyLabel->setBuddy(m_view);
    layout->addWidget(historyLabel);
    layout->addWidget(m_view, 1);

    auto *withdrawRow = new QHBoxLayout;
    auto *withdrawLabel = new QLabel(tr("Withdraw the selected consent &on"), this);
    m_withdrawOn = new DateField(this);
    m_withdrawOn->setObjectName(QStringLiteral("withdrawOn"));
    m_withdrawOn->setCalendarPopup(true);
    m_withdrawOn->setAccessibleName(tr("Day of withdrawal"));
    withdrawLabel->setBuddy(m_withdrawOn);
    m_withdraw = new QPushButton(tr("&Withdraw"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawConsent"));
    m_withdraw->setAccessibleName(tr("Withdraw the selected consent"));
    m_withdraw->setAutoDefault(false);
    withdrawRow->addWidget(withdrawLabel);
    withdrawRow->addWidget(m_withdrawOn);
    withdrawRow->addWidget(m_withdraw);
    withdrawRow->addStretch(1);
    layout->addLayout(withdrawRow);

    auto *record = new QGroupBox(tr("Record a consent"), this);
    auto *form = new QFormLayout(record);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_scope = new QComboBox(record);
    m_scope->setObjectName(QStringLiteral("consentScope"));
    m_scope->setAccessibleName(tr("Consent to"));
    for (const auto &entry : kConsentScopeCodes)
        m_scope->addItem(WorkerTexts::consentScope(entry.first), int(entry.first));
    m_givenOn = new DateField(record);
    m_givenOn->setObjectName(QStringLiteral("consentGivenOn"));
    m_givenOn->setCalendarPopup(true);
    m_givenOn->setAccessibleName(tr("Given on"));
    m_expiresOn = new OptionalDateEdit(record);
    m_expiresOn->setObjectName(QStringLiteral("consentExpiresOn"));
    m_expiresOn->setAccessibleName(tr("Expires on"));
    m_expiresOn->setUnsetText(tr("does not expire"));
    m_guardian = new QLineEdit(record);
    m_guardian->setObjectName(QStringLiteral("consentGuardian"));
    m_guardian->setAccessibleName(tr("Guardian's name"));
    m_guardian->setPlaceholderText(tr("For a guardian's consent"));
    m_note = new QLineEdit(record);
    m_note->setObjectName(QStringLiteral("consentNote"));
    m_note->setAccessibleName(tr("Note on the consent"));
    m_add = new QPushButton(tr("Add &consent"), record);
    m_add->setObjectName(QStringLiteral("addConsent"));
    m_add->setAutoDefault(false);
    const auto row = [&](const QString &text, QWidget *w) {
        auto *l = new QLabel(text, record);
        l->setBuddy(w);
        form->addRow(l, w);
    };
    row(tr("Consent &to:"), m_scope);
    row(tr("&Given on:"), m_givenOn);
    row(tr("E&xpires on:"), m_expiresOn);
    row(tr("G&uardian:"), m_guardian);
    row(tr("&Note:"), m_note);
    m_problem = new QLabel(record);
    m_problem->setObjectName(QStringLiteral("consentProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(m_problem);
    form->addRow(QString(), m_add);
    layout->addWidget(record);

    connect(m_add, &QPushButton::clicked, this, &WorkerConsentsPanel::addConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &WorkerConsentsPanel::withdrawSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkerConsentsPanel::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkerConsentsPanel::updateControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WorkerConsentsPanel::updateControls);
    setConsents({}, {});
}

void WorkerConsentsPanel::setConsents(const QVector<Consent> &stored, const QHash<qint64, QString> &names)
{
    m_model->setConsents(stored, names);
    const QDate today = Clock::instance().today();
    m_givenOn->setDate(today);
    m_withdrawOn->setDate(today);
    m_expiresOn->setValue(QDate());
    m_guardian->clear();
    m_note->clear();
    showProblem({});
    updateControls();
}

bool WorkerConsentsPanel::hasPendingChanges() const
{
    return m_model->hasPendingChanges();
}

void WorkerConsentsPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_add->setAccessibleDescription(text);
}

void WorkerConsentsPanel::addConsent()
{
    Consent c;
    c.workerId = 1; // the worker's id is known only when it is saved; validation needs one
    c.scope = ConsentScope(m_scope->currentData().toInt());
    c.givenOn = m_givenOn->date();
    c.expiresOn = m_expiresOn->value();
    c.guardianName = m_guardian->text().trimmed();
    c.note = m_note->text().trimmed();
    const int current = m_model->currentOf(c.scope);
    if (current >= 0) {
        const Consent &old = m_model->lines().at(current).consent;
        c.supersedesId = old.id;
        if (c.givenOn < old.givenOn) {
            showProblem(tr("The new consent cannot be older than the one it replaces (given %1).")
                            .arg(DateTexts::shortText(old.givenOn)));
            return;
        }
    }
    if (Status s = OfficeService::validateConsent(c); !s) {
        showProblem(s.error().message);
        return;
    }
    c.workerId = 0;
    showProblem({});
    const int row = m_model->addNew(c);
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_guardian->clear();
    m_note->clear();
    emit changed();
}

void WorkerConsentsPanel::withdrawSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Consent &c = m_model->lines().at(current.row()).consent;
    if (m_withdrawOn->date() < c.givenOn) {
        showProblem(tr("A consent cannot be withdrawn before it was given (%1).").arg(DateTexts::shortText(c.givenOn)));
        return;
    }
    showProblem({});
    m_model->withdraw(current.row(), m_withdrawOn->date());
    emit changed();
}

void WorkerConsentsPanel::updateControls()
{
    const QModelIndex current = m_view->currentIndex();
    bool canWithdraw = false;
    if (current.isValid() && current.row() < m_model->lines().size()) {
        const auto &line = m_model->lines().at(current.row());
        canWithdraw = !line.pendingNew && !line.pendingWithdrawal.isValid() && !line.consent.withdrawnOn.isValid();
    }
    m_withdraw->setEnabled(canWithdraw);
    m_withdrawOn->setEnabled(canWithdraw);
}

WorkerConsentChanges WorkerConsentsPanel::pendingChanges() const
{
    WorkerConsentChanges changes;
    for (const auto &line : m_model->lines()) {
        if (!line.pendingNew && line.pendingWithdrawal.isValid())
            changes.withdrawals.append({ line.consent.id, line.consent.version, line.pendingWithdrawal });
    }
    for (const auto &line : m_model->lines()) {
        if (!line.pendingNew)
            continue;
        WorkerConsentChanges::NewConsent added { line.consent, std::nullopt };
        for (const auto &other : m_model->lines()) {
            if (!other.pendingNew && other.consent.id == line.consent.supersedesId && line.consent.supersedesId != 0)
                added.supersededVersion = other.consent.version;
        }
        changes.recorded.append(added);
    }
    return changes;
}

} // namespace Kohtaamo
