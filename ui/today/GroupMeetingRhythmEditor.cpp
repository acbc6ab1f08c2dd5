#include "GroupMeetingRhythmEditor.h"
#include "common/DateTexts.h"

#include "common/Clock.h"
#include "common/Colours.h"
#include "common/DateField.h"
#include "office/OfficeService.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kohtaamo {

GroupMeetingRhythmEditor::GroupMeetingRhythmEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_first = new DateField(this);
    m_first->setObjectName(QStringLiteral("firstMeeting"));
    m_first->setCalendarPopup(true);
    m_first->setDate(Clock::instance().today());
    m_firstLabel = new QLabel(this);
    m_firstLabel->setBuddy(m_first);
    form->addRow(m_firstLabel, m_first);

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("intervalDays"));
    m_interval->setRange(1, GroupMeetingRhythm::kMaxIntervalDays);
    m_interval->setValue(GroupMeetingRhythm::kDefaultIntervalDays);
    m_intervalLabel = new QLabel(this);
    m_intervalLabel->setBuddy(m_interval);
    form->addRow(m_intervalLabel, m_interval);
    layout->addLayout(form);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette(); // BrightText is white on most palettes: invisible on a light window
    errorPalette.setColor(QPalette::WindowText, Colours::toneText(errorPalette, Colours::Tone::Problem));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_first, &QDateEdit::dateChanged, this, &GroupMeetingRhythmEditor::updatePreview);
    connect(m_interval, &QSpinBox::valueChanged, this, &GroupMeetingRhythmEditor::updatePreview);
    retranslateUi();
}

void GroupMeetingRhythmEditor::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    if (office)
        connect(office, &OfficeService::changed, this, &GroupMeetingRhythmEditor::onChanged);
    reload();
}

void GroupMeetingRhythmEditor::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::Coordinator))
        updateRights(); // an admin may have changed this coordinator's role
    // A rhythm being edited stays: its save then meets the other change as a conflict.
    if (!m_saving && change.touches(OfficeChange::Kind::Settings, OfficeService::kGroupMeetingRhythmRecord)
        && !hasUnsavedChanges())
        reload();
}

void GroupMeetingRhythmEditor::updateRights()
{
    const bool viewer = m_office && m_office->coordinator().role == CoordinatorRole::Viewer;
    m_first->setEnabled(!viewer);
    m_interval->setEnabled(!viewer);
}

void GroupMeetingRhythmEditor::reload()
{
    m_error->hide();
    m_loaded = {};
    if (m_office) {
        auto loaded = m_office->groupMeetingRhythm();
        if (loaded) {
            m_loaded = *loaded;
        } else {
            m_error->setText(loaded.error().message);
            m_error->show();
        }
    }
    m_first->setDate(m_loaded.firstMeeting.isValid() ? m_loaded.firstMeeting : Clock::instance().today());
    m_interval->setValue(m_loaded.intervalDays);
    m_shown = rhythm();
    updateRights();
    updatePreview();
}

GroupMeetingRhythm GroupMeetingRhythmEditor::rhythm() const
{
    GroupMeetingRhythm r = m_loaded;
    r.firstMeeting = m_first->date();
    r.intervalDays = m_interval->value();
    return r;
}

bool GroupMeetingRhythmEditor::hasUnsavedChanges() const
{
    const GroupMeetingRhythm r = rhythm();
    return r.firstMeeting != m_shown.firstMeeting || r.intervalDays != m_shown.intervalDays;
}

bool GroupMeetingRhythmEditor::save()
{
    if (!m_office)
        return false;
    Result<GroupMeetingRhythm> stored = Error();
    {
        QScopedValueRollback<bool> saving(m_saving, true);
        stored = m_office->saveGroupMeetingRhythm(rhythm());
    }
    if (!stored) {
        m_error->setText(stored.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_loaded = *stored;
    m_shown = rhythm();
    emit saved(m_loaded);
    return true;
}

QString GroupMeetingRhythmEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void GroupMeetingRhythmEditor::updatePreview()
{
    const GroupMeetingRhythm r = rhythm();
    QStringList days;
    QDate day = r.nextOnOrAfter(Clock::instance().today());
    for (int i = 0; i < 3 && day.isValid(); ++i, day = day.addDays(r.intervalDays))
        days << DateTexts::shortText(day);
    m_preview->setText(tr("Next meetings: %1").arg(days.join(QStringLiteral(", "))));
}

void GroupMeetingRhythmEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GroupMeetingRhythmEditor::retranslateUi()
{
    m_intro->setText(tr("The experience workers' group meets regularly, about every four weeks. The Today page shows "
                        "the next meeting and the requests to bring to it."));
    m_firstLabel->setText(tr("&First meeting:"));
    m_first->setAccessibleName(tr("First meeting"));
    m_first->setAccessibleDescription(tr("The day of one meeting; the others follow from it."));
    m_intervalLabel->setText(tr("Meets &every:"));
    m_interval->setSuffix(tr(" days"));
    m_interval->setAccessibleName(tr("Meets every, in days"));
    m_interval->setAccessibleDescription(tr("How many days from one meeting to the next; 28 is every four weeks."));
    updatePreview();
}

} // namespace Kohtaamo
