#include "RequestScheduleForm.h"
#include "common/DateTexts.h"

#include "DateOptionsModel.h"
#include "FieldProblems.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "common/DateTimeField.h"
#include "common/TimeField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
const QString kDateOptions = QStringLiteral("dateOptions");
constexpr int kDefaultLengthMinutes = 120;
} // namespace

RequestScheduleForm::RequestScheduleForm(FieldProblems &problems, QWidget *parent)
    : RequestFormPart(problems, parent), m_times(new DateOptionsModel(this))
{
    auto *layout = new QVBoxLayout(this);

    auto *when = new QGroupBox(tr("When"), this);
    auto *whenForm = newForm(when);

    // The proposed times: the list with its buttons, and under it the editors of the selected time.
    auto *times = new QWidget(when);
    auto *timesLayout = new QGridLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    m_timeList = new QListView(times);
    m_timeList->setObjectName(QStringLiteral("dateOptions"));
    m_timeList->setModel(m_times);
    m_timeList->setAccessibleName(tr("Proposed times"));
    const int iconSize = m_timeList->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_timeList->setIconSize(QSize(iconSize, iconSize));
    m_timeList->setMaximumHeight(m_timeList->fontMetrics().lineSpacing() * 6);
    m_addTime = new QPushButton(tr("&Add Time"), times);
    m_addTime->setObjectName(QStringLiteral("addTime"));
    m_addTime->setAccessibleName(tr("Add a proposed time"));
    m_removeTime = new QPushButton(tr("Remo&ve Time"), times);
    m_removeTime->setObjectName(QStringLiteral("removeTime"));
    m_removeTime->setAccessibleName(tr("Remove the selected time"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addTime);
    buttons->addWidget(m_removeTime);
    buttons->addStretch(1);
    timesLayout->addWidget(m_timeList, 0, 0);
    timesLayout->addLayout(buttons, 0, 1);

    auto *editors = new QHBoxLayout;
    auto *startsLabel = new QLabel(tr("&Starts:"), times);
    m_starts = new DateTimeField(times);
    m_starts->setObjectName(QStringLiteral("starts"));
    m_starts->setCalendarPopup(true);
    m_starts->setDisplayFormat(DateTexts::dateTimeFormat());
    m_starts->setAccessibleName(tr("Start of the selected time"));
    startsLabel->setBuddy(m_starts);
    m_hasEnd = new QCheckBox(tr("&Ends at:"), times);
    m_hasEnd->setObjectName(QStringLiteral("hasEnd"));
    m_ends = new TimeField(times);
    m_ends->setObjectName(QStringLiteral("ends"));
    m_ends->setDisplayFormat(DateTexts::timeFormat());
    m_ends->setAccessibleName(tr("End time of the selected time"));
    m_chosen = new QCheckBox(tr("&Chosen time"), times);
    m_chosen->setObjectName(QStringLiteral("chosen"));
    m_chosen->setToolTip(tr("The time agreed with the requester. Only one time can be the chosen one."));
    editors->addWidget(startsLabel);
    editors->addWidget(m_starts);
    editors->addSpacing(12);
    editors->addWidget(m_hasEnd);
    editors->addWidget(m_ends);
    editors->addSpacing(12);
    editors->addWidget(m_chosen);
    editors->addStretch(1);
    timesLayout->addLayout(editors, 1, 0, 1, 2);
    addRow(whenForm, tr("Proposed &times:"), kDateOptions, m_timeList, times);

    m_hasDeadline = new QCheckBox(tr("&Deadline:"), when);
    m_hasDeadline->setObjectName(QStringLiteral("hasDeadline"));
    m_hasDeadline->setToolTip(tr("For work without a meeting, such as reviewing a brochure."));
    m_deadline = new DateField(when);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setAccessibleName(tr("Deadline"));
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_deadline);
    auto *deadlineHint = new QLabel(tr("for work without a meeting, such as reviewing a brochure"), when);
    deadlineHint->setWordWrap(true);
    deadlineRow->addWidget(deadlineHint, 1);
    whenForm->addRow(m_hasDeadline, deadlineRow);
    layout->addWidget(when);

    auto *where = new QGroupBox(tr("Where"), this);
    auto *whereForm = newForm(where);
    m_remote = new QCheckBox(tr("Re&mote (online); no place or region"), where);
    m_remote->setObjectName(QStringLiteral("remote"));
    whereForm->addRow(m_remote);
    m_place = new QLineEdit(where);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("Address or building, e.g. Social services centre, Kalevantie 1"));
    addRow(whereForm, tr("&Place:"), QStringLiteral("place"), m_place);
    m_region = new QLineEdit(where);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setPlaceholderText(tr("e.g. Varsinais-Suomi"));
    addRow(whereForm, tr("Re&gion:"), QStringLiteral("region"), m_region);
    m_duration = new QSpinBox(where);
    m_duration->setObjectName(QStringLiteral("durationMinutes"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("Not known"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    addRow(whereForm, tr("D&uration:"), QStringLiteral("durationMinutes"), m_duration);
    layout->addWidget(where);
    layout->addStretch(1);

    connect(m_timeList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestScheduleForm::showCurrentTime);
    connect(m_times, &QAbstractItemModel::modelReset, this, &RequestScheduleForm::showCurrentTime);
    connect(m_addTime, &QPushButton::clicked, this, &RequestScheduleForm::addTime);
    connect(m_removeTime, &QPushButton::clicked, this, &RequestScheduleForm::removeTime);
    connect(m_starts, &QDateTimeEdit::dateTimeChanged, this, &RequestScheduleForm::editCurrentTime);
    connect(m_hasEnd, &QCheckBox::toggled, this, &RequestScheduleForm::editCurrentTime);
    connect(m_ends, &QTimeEdit::timeChanged, this, &RequestScheduleForm::editCurrentTime);
    connect(m_chosen, &QCheckBox::toggled, this, &RequestScheduleForm::editCurrentTime);
    connect(m_hasDeadline, &QCheckBox::toggled, this, &RequestScheduleForm::updateEnabled);
    connect(m_remote, &QCheckBox::toggled, this, &RequestScheduleForm::updateEnabled);
    track(m_hasDeadline, QStringLiteral("deadline"));
    track(m_deadline, QStringLiteral("deadline"));
    track(m_remote, QStringLiteral("remote"));
    track(m_place, QStringLiteral("place"));
    track(m_region, QStringLiteral("region"));
    track(m_duration, QStringLiteral("durationMinutes"));

    setTabOrder(m_timeList, m_addTime);
    setTabOrder(m_addTime, m_removeTime);
    setTabOrder(m_removeTime, m_starts);
    setTabOrder(m_starts, m_hasEnd);
    setTabOrder(m_hasEnd, m_ends);
    setTabOrder(m_ends, m_chosen);
    setTabOrder(m_chosen, m_hasDeadline);
    showCurrentTime();
}

int RequestScheduleForm::currentRow() const
{
    const QModelIndex current = m_timeList->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RequestScheduleForm::fill(const Request &r)
{
    QVector<DateOption> options = r.dateOptions;
    for (DateOption &o : options) {
        o.starts = o.starts.toLocalTime();
        o.ends = o.ends.isValid() ? o.ends.toLocalTime() : o.ends;
    }
    m_times->setOptions(options);
    if (!options.isEmpty())
        m_timeList->setCurrentIndex(m_times->index(0));
    m_hasDeadline->setChecked(r.deadline.isValid());
    m_deadline->setDate(r.deadline.isValid() ? r.deadline : Clock::instance().today().addDays(14));
    m_remote->setChecked(r.remote);
    m_place->setText(r.place);
    m_region->setText(r.region);
    m_duration->setValue(r.durationMinutes);
    showCurrentTime();
    updateEnabled();
}

void RequestScheduleForm::applyTo(Request &r) const
{
    // The ids of existing times do not matter: the repository replaces the times as a set.
    r.dateOptions = m_times->options();
    r.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    r.remote = m_remote->isChecked();
    r.place = m_place->text();
    r.region = m_region->text();
    r.durationMinutes = m_duration->value();
}

void RequestScheduleForm::selectFirstInvalidTime()
{
    const int row = m_times->firstInvalidRow();
    if (row >= 0)
        m_timeList->setCurrentIndex(m_times->index(row));
}

void RequestScheduleForm::addTime()
{
    DateOption option;
    const int rows = m_times->rowCount();
    if (rows > 0) {
        // A week after the last one, as long as it.
        const DateOption last = m_times->option(rows - 1);
        option.starts = last.starts.addDays(7);
        option.ends = last.ends.isValid() ? last.ends.addDays(7) : QDateTime();
    } else {
        option.starts = QDateTime(Clock::instance().today().addDays(7), QTime(13, 0));
        const int minutes = m_duration->value() > 0 ? m_duration->value() : kDefaultLengthMinutes;
        option.ends = option.starts.addSecs(minutes * 60);
    }
    const int row = m_times->add(option);
    m_timeList->setCurrentIndex(m_times->index(row));
    edited(kDateOptions);
    m_starts->setFocus(Qt::TabFocusReason);
}

void RequestScheduleForm::removeTime()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_times->remove(row);
    if (m_times->rowCount() > 0)
        m_timeList->setCurrentIndex(m_times->index(qMin(row, m_times->rowCount() - 1)));
    showCurrentTime();
    edited(kDateOptions);
}

void RequestScheduleForm::showCurrentTime()
{
    const int row = currentRow();
    m_showing = true;
    if (row >= 0) {
        const DateOption o = m_times->option(row);
        m_starts->setDateTime(o.starts);
        m_hasEnd->setChecked(o.ends.isValid());
        m_ends->setTime(o.ends.isValid() ? o.ends.time() : o.starts.time().addSecs(kDefaultLengthMinutes * 60));
        m_chosen->setChecked(o.chosen);
    }
    m_showing = false;
    updateEnabled();
}

void RequestScheduleForm::editCurrentTime()
{
    updateEnabled();
    const int row = currentRow();
    if (m_showing || row < 0)
        return;
    const DateOption old = m_times->option(row);
    DateOption o = old;
    o.starts = m_starts->dateTime();
    o.chosen = m_chosen->isChecked();
    if (m_hasEnd->isChecked()) {
        // The end is a time on the start's day (or as many days later as it was).
        const qint64 days = old.ends.isValid() && old.starts.isValid() ? old.starts.date().daysTo(old.ends.date()) : 0;
        o.ends = QDateTime(o.starts.date().addDays(days), m_ends->time());
    } else {
        o.ends = QDateTime();
    }
    m_times->setOption(row, o);
    edited(kDateOptions);
}

void RequestScheduleForm::updateEnabled()
{
    const bool selected = currentRow() >= 0;
    m_removeTime->setEnabled(selected);
    m_starts->setEnabled(selected);
    m_hasEnd->setEnabled(selected);
    m_ends->setEnabled(selected && m_hasEnd->isChecked());
    m_chosen->setEnabled(selected);
    m_deadline->setEnabled(m_hasDeadline->isChecked());
    m_place->setEnabled(!m_remote->isChecked());
    m_region->setEnabled(!m_remote->isChecked());
}

} // namespace Kohtaamo
