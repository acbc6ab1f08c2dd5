#include "RetentionSection.h"

#include "SectionMessage.h"
#include "office/OfficeService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kohtaamo {

RetentionSection::RetentionSection(QWidget *parent) : SettingsSection(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    const auto yearsBox = [&](QSpinBox *&box, QLabel *&label, QLabel *&help, const char *name) {
        label = new QLabel(body());
        box = new QSpinBox(body());
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(0, OfficeSettings::kMaxRetentionYears);
        label->setBuddy(box);
        form->addRow(label, box);
        help = new QLabel(body());
        help->setWordWrap(true);
        help->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        form->addRow(QString(), help);
        connect(box, &QSpinBox::valueChanged, this, &RetentionSection::updateState);
    };
    yearsBox(m_leftYears, m_leftLabel, m_leftHelp, "retentionLeftYears");
    yearsBox(m_auditYears, m_auditLabel, m_auditHelp, "retentionAuditYears");
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(body());
    m_save->setObjectName(QStringLiteral("saveRetention"));
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_message = new SectionMessage(body());
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &RetentionSection::save);
    retranslateUi();
    updateState();
}

QString RetentionSection::title() const
{
    return tr("Retention");
}

void RetentionSection::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    if (m_office)
        connect(m_office, &OfficeService::changed, this, &RetentionSection::onChanged);
    reload();
}

void RetentionSection::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::Settings, OfficeService::kOfficeSettingsRecord)
        || change.touches(OfficeChange::Kind::Coordinator))
        reload();
}

void RetentionSection::reload()
{
    m_loaded = OfficeSettings();
    if (m_office) {
        auto settings = m_office->officeSettings();
        if (settings)
            m_loaded = *settings;
        else
            m_message->show(SectionMessage::Kind::Problem, settings.error().message);
    }
    m_leftYears->setValue(m_loaded.retentionLeftYears);
    m_auditYears->setValue(m_loaded.retentionAuditYears);
    updateState();
}

bool RetentionSection::save()
{
    if (!m_office)
        return false;
    OfficeSettings changed = m_loaded;
    changed.retentionLeftYears = m_leftYears->value();
    changed.retentionAuditYears = m_auditYears->value();
    auto saved = m_office->saveOfficeSettings(changed);
    if (!saved) {
        m_message->show(SectionMessage::Kind::Problem, saved.error().message);
        return false;
    }
    m_loaded = *saved;
    m_message->show(SectionMessage::Kind::Information,
                    tr("Saved. What the rules find due appears on an admin's Today page to be confirmed."));
    updateState();
    return true;
}

void RetentionSection::updateState()
{
    const Status admin
        = m_office ? m_office->requireAdminFor(tr("Only an admin can change the retention rules.")) : Status::success();
    const bool may = m_office && admin;
    m_leftYears->setEnabled(may);
    m_auditYears->setEnabled(may);
    m_save->setEnabled(may
                       && (m_leftYears->value() != m_loaded.retentionLeftYears
                           || m_auditYears->value() != m_loaded.retentionAuditYears));
    const QString why = admin ? QString() : admin.error().message;
    m_leftYears->setToolTip(why);
    m_auditYears->setToolTip(why);
    m_save->setToolTip(why);
}

void RetentionSection::retranslateUi()
{
    setIntroduction(tr("How long the office keeps personal data it no longer needs. Nothing is erased by itself: "
                       "what is due appears on an admin's Today page, to be confirmed. Only an admin can change "
                       "the rules."));
    m_leftLabel->setText(tr("Erase &workers who left more than:"));
    m_leftYears->setAccessibleName(tr("Erase workers who left more than this many years ago"));
    m_leftYears->setSuffix(tr(" years ago"));
    m_leftYears->setSpecialValueText(tr("Off"));
    m_leftHelp->setText(tr("Their record stays as an anonymous row, so counts, hours and fees stay in the "
                           "statistics. 0 = off."));
    m_auditLabel->setText(tr("Prune the &audit log's personal values after:"));
    m_auditYears->setAccessibleName(tr("Prune personal values from audit entries older than this many years"));
    m_auditYears->setSuffix(tr(" years"));
    m_auditYears->setSpecialValueText(tr("Off"));
    m_auditHelp->setText(tr("Names, contact details and free texts in old audit entries become “[pruned]”; who "
                            "changed what, when and in which record stays. 0 = off."));
    m_save->setText(tr("&Save"));
    updateState();
}

} // namespace Kohtaamo
