#include "OfficeSection.h"

#include "SectionMessage.h"
#include "office/OfficeService.h"
#include "requests/EuroAmountEdit.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Kohtaamo {

OfficeSection::OfficeSection(QWidget *parent) : SettingsSection(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(
        QFormLayout::WrapLongRows); // a field goes under its label when the page is narrow (issue 19)
    m_maxFeeLabel = new QLabel(body());
    m_maxFee = new EuroAmountEdit(body());
    m_maxFee->setObjectName(QStringLiteral("maxFeeEdit"));
    // An amount, not a paragraph: wide enough for "100 000,00 €".
    m_maxFee->setMaximumWidth(m_maxFee->fontMetrics().horizontalAdvance(QStringLiteral("000 000 000,00 €")) + 24);
    m_maxFeeLabel->setBuddy(m_maxFee);
    form->addRow(m_maxFeeLabel, m_maxFee);
    m_maxFeeHelp = new QLabel(body());
    m_maxFeeHelp->setWordWrap(true);
    m_maxFeeHelp->setAlignment(Qt::AlignLeft | Qt::AlignTop); // under its field, not centred in a taller row
    form->addRow(QString(), m_maxFeeHelp);
    m_timeZoneLabel = new QLabel(body());
    m_timeZone = new QComboBox(body());
    m_timeZone->setObjectName(QStringLiteral("timeZoneBox"));
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_timeZone->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // as wide as the longest zone, not the page
    m_timeZoneLabel->setBuddy(m_timeZone);
    form->addRow(m_timeZoneLabel, m_timeZone);
    m_timeZoneHelp = new QLabel(body());
    m_timeZoneHelp->setWordWrap(true);
    m_timeZoneHelp->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(QString(), m_timeZoneHelp);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(body());
    m_save->setObjectName(QStringLiteral("saveOfficeSettings"));
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_message = new SectionMessage(body());
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &OfficeSection::save);
    connect(m_maxFee, &EuroAmountEdit::textChanged, this, &OfficeSection::updateState);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, &OfficeSection::updateState);
    retranslateUi();
    updateState();
}

QString OfficeSection::title() const
{
    return tr("Office");
}

void OfficeSection::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    if (m_office)
        connect(m_office, &OfficeService::changed, this, &OfficeSection::onChanged);
    reload();
}

void OfficeSection::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::Settings, OfficeService::kOfficeSettingsRecord)
        || change.touches(OfficeChange::Kind::Coordinator))
        reload();
}

void OfficeSection::reload()
{
    m_loaded = OfficeSettings();
    if (m_office) {
        auto settings = m_office->officeSettings();
        if (settings)
            m_loaded = *settings;
        else
            m_message->show(SectionMessage::Kind::Problem, settings.error().message);
    }
    m_maxFee->setCents(m_loaded.maxFeeCents);
    if (!m_zonesFilled) {
        const QSignalBlocker block(m_timeZone);
        m_timeZone->clear();
        m_timeZone->addItem(zoneText(m_loaded.timeZone), m_loaded.timeZone);
    }
    m_timeZone->setCurrentIndex(m_timeZone->findData(m_loaded.timeZone));
    updateState();
}

QString OfficeSection::zoneText(const QByteArray &id)
{
    const QTimeZone zone(id);
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(id),
                                         zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName));
}

void OfficeSection::fillZones()
{
    if (m_zonesFilled)
        return;
    m_zonesFilled = true;
    const QByteArray chosen = m_timeZone->currentData().toByteArray();
    const QSignalBlocker block(m_timeZone);
    m_timeZone->clear();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(zoneText(id), id);
    m_timeZone->setCurrentIndex(m_timeZone->findData(chosen));
}

void OfficeSection::showEvent(QShowEvent *event)
{
    fillZones();
    SettingsSection::showEvent(event);
}

bool OfficeSection::save()
{
    if (!m_office)
        return false;
    const auto cents = m_maxFee->cents();
    if (!cents) {
        m_message->show(SectionMessage::Kind::Problem, tr("Enter the largest fee as euros, for example 2 000,00."));
        m_maxFee->setFocus();
        return false;
    }
    OfficeSettings changed = m_loaded;
    changed.maxFeeCents = *cents;
    if (m_timeZone->currentIndex() >= 0)
        changed.timeZone = m_timeZone->currentData().toByteArray();
    auto saved = m_office->saveOfficeSettings(changed);
    if (!saved) {
        m_message->show(SectionMessage::Kind::Problem, saved.error().message);
        m_maxFee->setFocus();
        return false;
    }
    m_loaded = *saved;
    m_message->show(SectionMessage::Kind::Information, tr("Saved. The settings apply to every coordinator."));
    updateState();
    return true;
}

void OfficeSection::updateState()
{
    const bool admin = m_office && m_office->isAdmin();
    m_maxFee->setEnabled(admin);
    m_timeZone->setEnabled(admin);
    const auto cents = m_maxFee->cents();
    const bool zoneChanged
        = m_timeZone->currentIndex() >= 0 && m_timeZone->currentData().toByteArray() != m_loaded.timeZone;
    m_save->setEnabled(admin && (!cents || *cents != m_loaded.maxFeeCents || zoneChanged));
    const QString why = admin ? QString() : tr("Only an admin can change the office's settings.");
    m_maxFee->setToolTip(why);
    m_timeZone->setToolTip(why);
    m_save->setToolTip(why);
}

void OfficeSection::retranslateUi()
{
    setIntroduction(tr("Settings of the whole office, the same for every coordinator. Only an admin can change "
                       "them."));
    m_maxFeeLabel->setText(tr("&Largest fee for one engagement:"));
    m_maxFee->setAccessibleName(tr("Largest fee for one engagement"));
    m_maxFeeHelp->setText(tr("A request or a meeting outcome with a higher fee per worker is refused as a typing "
                             "slip."));
    m_timeZoneLabel->setText(tr("&Time zone:"));
    m_timeZone->setAccessibleName(tr("Time zone of the office"));
    m_timeZoneHelp->setText(tr("Meeting times, their part of the day (morning, afternoon, evening) and today's date "
                               "are the office's, whatever time zone a coordinator's computer is set to."));
    m_save->setText(tr("&Save"));
    updateState();
}

} // namespace Kohtaamo
