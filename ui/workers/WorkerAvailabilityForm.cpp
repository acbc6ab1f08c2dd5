#include "WorkerAvailabilityForm.h"

#include "UnavailablePeriodModel.h"
#include "WorkerTexts.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "common/Plausibility.h"
#include "requests/FieldProblems.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
const QString kUnavailable = QStringLiteral("unavailable");
}

WorkerAvailabilityForm::WorkerAvailabilityForm(FieldProblems &problems, QWidget *parent)
    : WorkerFormPart(problems, parent), m_periods(new UnavailablePeriodModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;

    auto *week = new QGroupBox(tr("Usually available"), this);
    auto *grid = new QGridLayout(week);
    const QStringList parts { tr("Mornings"), tr("Afternoons"), tr("Evenings") };
    for (int p = 0; p < 3; ++p)
        grid->addWidget(new QLabel(parts.at(p), week), p + 1, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *name = new QLabel(QLocale().dayName(day, QLocale::ShortFormat), week);
        name->setAlignment(Qt::AlignCenter);
        grid->addWidget(name, 0, day);
        for (int p = 0; p < 3; ++p) {
            auto *box = new QCheckBox(week);
            box->setObjectName(QStringLiteral("week_%1_%2").arg(day).arg(p));
            box->setAccessibleName(tr("%1, %2", "day, part of day").arg(QLocale().dayName(day), parts.at(p)));
            track(box, QStringLiteral("weekly"));
            grid->addWidget(box, p + 1, day, Qt::AlignCenter);
            m_week[std::size_t((day - 1) * 3 + p)] = box;
        }
    }
    auto *hint = new QLabel(tr("Nothing checked means no preference stated."), week);
    hint->setWordWrap(true);
    grid->addWidget(hint, 4, 0, 1, 8);
    top->addWidget(week, 3);

    auto *limits = new QGroupBox(tr("Pace"), this);
    auto *form = newForm(limits);
    const auto spin = [this](const char *name, const QString &accessible, int max) {
        auto *s = new QSpinBox(this);
        s->setObjectName(QLatin1String(name));
        s->setAccessibleName(accessible);
        s->setRange(0, max);
        track(s, QLatin1String(name));
        return s;
    };
    m_maxPerMonth
        = spin("maxEngagementsPerMonth", tr("Most engagements a month"), Plausibility::kMaxEngagementsPerMonth);
    m_maxPerMonth->setSpecialValueText(tr("no limit"));
    addRow(form, tr("Most engagements a &month:"), QStringLiteral("maxEngagementsPerMonth"), m_maxPerMonth);
    m_minDays = spin("minDaysBetweenEngagements", tr("Least days between engagements"), Plausibility::kMaxPaceDays);
    addRow(form, tr("Least days bet&ween:"), QStringLiteral("minDaysBetweenEngagements"), m_minDays);
    m_notice = spin("noticeDays", tr("Notice needed in days"), Plausibility::kMaxPaceDays);
    m_notice->setSuffix(tr(" days"));
    addRow(form, tr("&Notice needed:"), QStringLiteral("noticeDays"), m_notice);
    top->addWidget(limits, 2);
    layout->addLayout(top);

    auto *periods = new QGroupBox(tr("Unavailable periods and recovery breaks"), this);
    auto *periodsLayout = new QVBoxLayout(periods);
    m_periodView = new QTableView(periods);
    m_periodView->setObjectName(QStringLiteral("unavailable"));
    m_periodView->setAccessibleName(tr("Unavailable periods"));
    m_periodView->setModel(m_periods);
    m_periodView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_periodView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periodView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_periodView->setTabKeyNavigation(false);
    m_periodView->verticalHeader()->hide();
    m_periodView->horizontalHeader()->setStretchLastSection(true);
    periodsLayout->addWidget(m_problems.add(QStringLiteral("unavailable"), m_periodView), 1);

    auto *editors = new QHBoxLayout;
    m_from = new DateField(periods);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_to = new DateField(periods);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day"));
    m_kind = new QComboBox(periods);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->setAccessibleName(tr("Kind of period"));
    for (const auto &entry : kUnavailableKindCodes)
        m_kind->addItem(WorkerTexts::unavailableKind(entry.first), int(entry.first));
    m_reason = new QLineEdit(periods);
    m_reason->setObjectName(QStringLiteral("periodReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Reason (optional)"));
    auto *fromLabel = new QLabel(tr("&From"), periods);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), periods);
    toLabel->setBuddy(m_to);
    editors->addWidget(fromLabel);
    editors->addWidget(m_from);
    editors->addWidget(toLabel);
    editors->addWidget(m_to);
    editors->addWidget(m_kind);
    editors->addWidget(m_reason, 1);
    periodsLayout->addLayout(editors);

    auto *buttons = new QHBoxLayout;
    auto *addPeriod = new QPushButton(tr("Add &unavailable period"), periods);
    addPeriod->setObjectName(QStringLiteral("addPeriod"));
    auto *addBreak = new QPushButton(tr("Add recovery &break"), periods);
    addBreak->setObjectName(QStringLiteral("addRecoveryBreak"));
    addBreak->setToolTip(tr("A rest after heavy engagements: the worker is not asked during it."));
    m_remove = new QPushButton(tr("Remo&ve period"), periods);
    m_remove->setObjectName(QStringLiteral("removePeriod"));
    for (QPushButton *b : { addPeriod, addBreak, m_remove }) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    periodsLayout->addLayout(buttons);
    layout->addWidget(periods, 1);

    connect(addPeriod, &QPushButton::clicked, this, [this] { this->addPeriod(UnavailableKind::Unavailable); });
    connect(addBreak, &QPushButton::clicked, this, [this] { this->addPeriod(UnavailableKind::RecoveryBreak); });
    connect(m_remove, &QPushButton::clicked, this, &WorkerAvailabilityForm::removePeriod);
    connect(m_periodView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkerAvailabilityForm::showSelected);
    connect(m_from, &QDateEdit::dateChanged, this, &WorkerAvailabilityForm::editSelected);
    connect(m_to, &QDateEdit::dateChanged, this, &WorkerAvailabilityForm::editSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkerAvailabilityForm::editSelected);
    connect(m_reason, &QLineEdit::textChanged, this, &WorkerAvailabilityForm::editSelected);
    showSelected();
}

int WorkerAvailabilityForm::selectedRow() const
{
    const QModelIndex current = m_periodView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void WorkerAvailabilityForm::addPeriod(UnavailableKind kind)
{
    UnavailablePeriod p;
    p.kind = kind;
    p.starts = Clock::instance().today();
    p.ends = p.starts.addDays(kind == UnavailableKind::RecoveryBreak ? 27 : 6);
    const int row = m_periods->add(p);
    m_periodView->setCurrentIndex(m_periods->index(row, 0));
    edited(kUnavailable);
    m_from->setFocus(Qt::OtherFocusReason);
}

void WorkerAvailabilityForm::removePeriod()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_periods->remove(row);
    edited(kUnavailable);
    showSelected();
}

void WorkerAvailabilityForm::showSelected()
{
    const int row = selectedRow();
    const bool selected = row >= 0;
    for (QWidget *w : { static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_kind),
                        static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_remove) })
        w->setEnabled(selected);
    if (!selected)
        return;
    const UnavailablePeriod &p = m_periods->periods().at(row);
    m_showing = true;
    m_from->setDate(p.starts);
    m_to->setDate(p.ends);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(p.kind))));
    m_reason->setText(p.reason);
    m_showing = false;
}

void WorkerAvailabilityForm::editSelected()
{
    const int row = selectedRow();
    if (m_showing || row < 0)
        return;
    UnavailablePeriod p = m_periods->periods().at(row);
    p.starts = m_from->date();
    p.ends = m_to->date();
    p.kind = UnavailableKind(m_kind->currentData().toInt());
    p.reason = m_reason->text();
    m_periods->replace(row, p);
    edited(kUnavailable);
}

void WorkerAvailabilityForm::fill(const Worker &w)
{
    for (int i = 0; i < 21; ++i)
        m_week[std::size_t(i)]->setChecked(w.weekly.has(i / 3 + 1, WeeklyAvailability::Part(i % 3)));
    m_maxPerMonth->setValue(w.maxEngagementsPerMonth);
    m_minDays->setValue(w.minDaysBetweenEngagements);
    m_notice->setValue(w.noticeDays);
    m_periods->setPeriods(w.unavailable);
    showSelected();
}

void WorkerAvailabilityForm::applyTo(Worker &w) const
{
    WeeklyAvailability weekly;
    for (int i = 0; i < 21; ++i)
        weekly.set(i / 3 + 1, WeeklyAvailability::Part(i % 3), m_week[std::size_t(i)]->isChecked());
    w.weekly = weekly;
    w.maxEngagementsPerMonth = m_maxPerMonth->value();
    w.minDaysBetweenEngagements = m_minDays->value();
    w.noticeDays = m_notice->value();
    w.unavailable = m_periods->periods();
}

} // namespace Kohtaamo
