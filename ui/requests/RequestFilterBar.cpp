#include "RequestFilterBar.h"

#include "common/ClearButton.h"
#include "common/DateField.h"
#include "common/ListRestriction.h"

#include "TopicChoices.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "reports/OfficeSummary.h"
#include "requests/RequestWorkflow.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace Kohtaamo {

namespace {
// A date edit at its minimum shows "any" and sets no limit.
const QDate kNoLimit(2000, 1, 1);

QStringList codes(const QVector<RequestStatus> &statuses)
{
    QStringList list;
    for (RequestStatus s : statuses)
        list << toCode(s);
    std::sort(list.begin(), list.end());
    return list;
}

QVector<RequestStatus> statusesOf(const QStringList &list)
{
    QVector<RequestStatus> statuses;
    for (const QString &code : list) {
        if (const auto s = requestStatusFromCode(code))
            statuses << *s;
    }
    return statuses;
}

enum DateField { ReceivedDate, WorkDate };
} // namespace

RequestFilterBar::RequestFilterBar(QWidget *parent) : QWidget(parent)
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &RequestFilterBar::emitIfChanged);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    ClearButton::enable(m_search);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        RequestInboxFilter typed;
        typed.text = m_search->text();
        scheduleEmit(typed.hasUnindexedWord() ? kUnindexedWordDelayMs : kSearchDelayMs);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &RequestFilterBar::emitIfChanged);

    const auto makeCombo = [this](const char *name, QLabel **label) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QLatin1String(name));
        // Long service and topic names are elided in the closed box; the open list shows them whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        if (label) {
            *label = new QLabel(this);
            (*label)->setBuddy(combo);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { scheduleEmit(0); });
        return combo;
    };
    m_status = makeCombo("status", &m_statusLabel);
    m_serviceType = makeCombo("serviceType", &m_serviceTypeLabel);
    m_topic = makeCombo("topic", &m_topicLabel);
    TopicChoices::prepare(m_topic);
    m_dateField = makeCombo("dateField", nullptr);
    connect(m_dateField, &QComboBox::currentIndexChanged, this, &RequestFilterBar::updateDateNames);

    const auto makeDate = [this](const char *name, QLabel **label) {
        auto *edit = new Kohtaamo::DateField(this);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoLimit);
        edit->setDate(kNoLimit);
        edit->calendarWidget()->installEventFilter(this);
        *label = new QLabel(this);
        (*label)->setBuddy(edit);
        connect(edit, &QDateEdit::dateChanged, this, [this] { scheduleEmit(kSearchDelayMs); });
        return edit;
    };
    m_from = makeDate("from", &m_fromLabel);
    m_to = makeDate("to", &m_toLabel);

    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setAutoDefault(false);
    connect(m_clear, &QPushButton::clicked, this, &RequestFilterBar::clear);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(6);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_clear);
    layout->addWidget(m_searchLabel, 0, 0);

    // Two columns of filters under the search, so that the inbox stays narrow enough to leave room for the request
    // beside it.
    layout->addLayout(searchRow, 0, 1, 1, 3);
    layout->addWidget(m_statusLabel, 1, 0);
    layout->addWidget(m_status, 1, 1);
    layout->addWidget(m_serviceTypeLabel, 1, 2);
    layout->addWidget(m_serviceType, 1, 3);
    layout->addWidget(m_topicLabel, 2, 0);
    layout->addWidget(m_topic, 2, 1, 1, 3);
    m_datesLabel = new QLabel(this);
    m_datesLabel->setBuddy(m_dateField);
    layout->addWidget(m_datesLabel, 3, 0);
    auto *dates = new QHBoxLayout;
    dates->setSpacing(6);
    dates->addWidget(m_dateField);
    dates->addWidget(m_fromLabel);
    dates->addWidget(m_from, 1);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to, 1);
    layout->addLayout(dates, 3, 1, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);
    m_restriction = new ListRestriction(this);
    layout->addWidget(m_restriction, 4, 0, 1, 4);
    connect(m_restriction, &ListRestriction::cleared, this, &RequestFilterBar::emitIfChanged);

    QWidget::setTabOrder(m_search, m_clear);
    QWidget::setTabOrder(m_clear, m_status);
    QWidget::setTabOrder(m_status, m_serviceType);
    QWidget::setTabOrder(m_serviceType, m_topic);
    QWidget::setTabOrder(m_topic, m_dateField);
    QWidget::setTabOrder(m_dateField, m_from);
    QWidget::setTabOrder(m_from, m_to);

    retranslateUi();
    m_emitted = filter();
    updateClearButton();
}

QWidget *RequestFilterBar::lastInTabOrder() const
{
    return m_to;
}

void RequestFilterBar::setChoices(const QVector<Topic> &topics, const QVector<ServiceType> &serviceTypes)
{
    m_topics = topics;
    m_serviceTypes = serviceTypes;
    const QSignalBlocker blockTypes(m_serviceType);
    const QSignalBlocker blockTopics(m_topic);
    fillServiceTypes();
    fillTopics();
    scheduleEmit(0); // a chosen topic or type that no longer exists falls back to "all"
}

void RequestFilterBar::fillStatuses(const QStringList &current)
{
    const QSignalBlocker block(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QStringList());
    m_status->addItem(tr("Open (not closed or cancelled)"), codes(OfficeSummary::openStatuses()));
    for (const auto &entry : kRequestStatusCodes)
        m_status->addItem(RequestWorkflow::statusName(entry.first), QStringList { QLatin1String(entry.second) });
    m_status->addItem(tr("Closed or cancelled"), codes({ RequestStatus::Closed, RequestStatus::Cancelled }));
    int index = m_status->findData(current);
    if (index < 0 && !current.isEmpty()) {
        // A set of statuses that no entry offers (set by setFilter): shown as it is.
        QStringList names;
        for (RequestStatus s : statusesOf(current))
            names << RequestWorkflow::statusName(s);
        m_status->addItem(names.join(QStringLiteral(", ")), current);
        index = m_status->count() - 1;
    }
    m_status->setCurrentIndex(std::max(0, index));
}

void RequestFilterBar::fillServiceTypes()
{
    const QString current = m_serviceType->currentData().toString();
    const QString language = Translations::currentLanguage();
    const QSignalBlocker block(m_serviceType);
    m_serviceType->clear();
    m_serviceType->addItem(tr("All kinds of work"), QString());
    for (const ServiceType &t : m_serviceTypes)
        m_serviceType->addItem(t.name(language), t.code);
    m_serviceType->setCurrentIndex(std::max(0, m_serviceType->findData(current)));
}

void RequestFilterBar::fillTopics()
{
    TopicChoices::fill(m_topic, m_topics, Translations::currentLanguage(), tr("All topics"), tr("%1 (retired)"));
}

RequestInboxFilter RequestFilterBar::filter() const
{
    RequestInboxFilter f;
    f.text = m_search->text().simplified();
    f.statuses = statusesOf(m_status->currentData().toStringList());
    f.serviceType = m_serviceType->currentData().toString();
    f.topicId = m_topic->currentData().toLongLong();
    const QDate from = dateOf(m_from);
    const QDate to = dateOf(m_to);
    if (m_dateField->currentData().toInt() == WorkDate) {
        f.workFrom = from;
        f.workTo = to;
    } else {
        f.receivedFrom = from;
        f.receivedTo = to;
    }
    f.ids = m_restriction->ids();
    f.idsTitle = m_restriction->title();
    return f;
}

void RequestFilterBar::showFilter(const RequestInboxFilter &f)
{
    const QSignalBlocker b1(m_search), b2(m_status), b3(m_serviceType), b4(m_topic), b5(m_dateField), b6(m_from),
        b7(m_to);
    m_search->setText(f.text);
    m_restriction->setRestriction(f.ids, f.idsTitle);
    fillStatuses(codes(f.statuses));
    m_serviceType->setCurrentIndex(std::max(0, m_serviceType->findData(f.serviceType)));
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(f.topicId)));
    const bool received = f.receivedFrom.isValid() || f.receivedTo.isValid() || !f.hasWorkRange();
    m_dateField->setCurrentIndex(m_dateField->findData(received ? ReceivedDate : WorkDate));
    updateDateNames();
    setDate(m_from, received ? f.receivedFrom : f.workFrom);
    setDate(m_to, received ? f.receivedTo : f.workTo);
}

void RequestFilterBar::setRestriction(const QVector<qint64> &ids, const QString &title)
{
    RequestInboxFilter only;
    only.ids = ids;
    only.idsTitle = title;
    setFilter(only);
}

void RequestFilterBar::setFilter(const RequestInboxFilter &filter)
{
    showFilter(filter);
    emitIfChanged();
}

void RequestFilterBar::scheduleEmit(int delayMs)
{
    updateClearButton();
    m_delay.start(delayMs);
}

void RequestFilterBar::emitIfChanged()
{
    m_delay.stop();
    updateClearButton();
    const RequestInboxFilter now = filter();
    if (now == m_emitted)
        return;
    m_emitted = now;
    emit filterChanged(now);
}

void RequestFilterBar::updateClearButton()
{
    m_clear->setEnabled(!filter().isEmpty());
}

QDate RequestFilterBar::dateOf(const QDateEdit *edit) const
{
    return edit->date() == kNoLimit ? QDate() : edit->date();
}

void RequestFilterBar::setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() && date > kNoLimit ? date : kNoLimit);
}

bool RequestFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // The calendar of a date edit that shows "any" opens on this month, not on the year 2000.
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : { m_from, m_to }) {
            if (watched == edit->calendarWidget() && edit->date() == kNoLimit) {
                const QDate today = Clock::instance().today();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RequestFilterBar::updateDateNames()
{
    const bool work = m_dateField->currentData().toInt() == WorkDate;
    m_from->setAccessibleName(work ? tr("Work date from") : tr("Received from"));
    m_to->setAccessibleName(work ? tr("Work date to") : tr("Received to"));
}

void RequestFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RequestFilterBar::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Reference, title, requester or unit"));
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setAccessibleDescription(tr("Shows the requests whose reference, title, requester or unit contains "
                                          "every word typed"));
    m_statusLabel->setText(tr("Sho&w:"));
    m_status->setAccessibleName(tr("Status"));
    m_serviceTypeLabel->setText(tr("&Kind of work:"));
    m_serviceType->setAccessibleName(tr("Kind of work"));
    m_topicLabel->setText(tr("T&opic:"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setAccessibleDescription(tr("Shows the requests tagged with this topic or a narrower one"));
    m_datesLabel->setText(tr("Dates:"));
    m_fromLabel->setText(tr("from"));
    m_toLabel->setText(tr("to"));
    m_clear->setText(tr("&Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    for (QDateEdit *edit : { m_from, m_to })
        edit->setSpecialValueText(tr("any"));

    const QSignalBlocker block(m_dateField);
    const int field = std::max(0, m_dateField->currentIndex());
    m_dateField->clear();
    m_dateField->addItem(tr("Received"), int(ReceivedDate));
    m_dateField->addItem(tr("Work date"), int(WorkDate));
    m_dateField->setCurrentIndex(field);
    m_dateField->setAccessibleName(tr("Which date the range applies to"));
    updateDateNames();

    fillStatuses(m_status->currentData().toStringList());
    fillServiceTypes();
    fillTopics();
}

} // namespace Kohtaamo
