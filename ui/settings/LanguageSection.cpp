#include "LanguageSection.h"

#include "SectionMessage.h"
#include "common/Translations.h"
#include "settings/Settings.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
const QStringList kChoices { QString(), QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en") };
}

LanguageSection::LanguageSection(Settings &settings, QWidget *parent) : SettingsSection(parent), m_settings(settings)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    m_groupLabel = new QLabel(body());
    layout->addWidget(m_groupLabel);
    m_group = new QButtonGroup(this);
    for (int i = 0; i < kChoices.size(); ++i) {
        auto *button = new QRadioButton(body());
        button->setObjectName(QStringLiteral("language_")
                              + (kChoices.at(i).isEmpty() ? QStringLiteral("system") : kChoices.at(i)));
        m_group->addButton(button, i);
        m_buttons.insert(kChoices.at(i), button);
        layout->addWidget(button, 0, Qt::AlignLeft);
    }
    m_groupLabel->setBuddy(m_buttons.value(QString()));
    m_message = new SectionMessage(body());
    m_message->setObjectName(QStringLiteral("languageMessage"));
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked && !m_showing)
            choose(kChoices.value(id));
    });
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Language)
            showSetting();
    });

    retranslateUi();
    showSetting();
}

QString LanguageSection::title() const
{
    return tr("Language");
}

void LanguageSection::retranslateUi()
{
    setIntroduction(tr("The language of Kohtaamo's windows, and of the topic and service names in them. The change "
                       "applies at once and is remembered."));
    m_groupLabel->setText(tr("&Interface language:"));
    const QString system = Translations::systemLanguage();
    m_buttons.value(QString())->setText(tr("Follow the system (now %1)").arg(Translations::displayName(system)));
    m_buttons.value(QString())->setAccessibleName(tr("Follow the system's language"));
    m_buttons.value(QString())->setAccessibleDescription(
        tr("Kohtaamo speaks the first of the system's languages it knows; now %1")
            .arg(Translations::displayName(system)));
    // Each language by its own name, so that whoever speaks it finds it whatever is shown now.
    for (const QString &language : Translations::supportedLanguages()) {
        QRadioButton *button = m_buttons.value(language);
        button->setText(Translations::nativeName(language));
        button->setAccessibleName(Translations::nativeName(language));
        button->setAccessibleDescription(tr("Use Kohtaamo in this language"));
    }
}

void LanguageSection::showSetting()
{
    const QString stored = m_settings.string(Settings::Key::Language);
    QRadioButton *button = m_buttons.value(Translations::isSupported(stored) ? stored : QString());
    m_showing = true;
    button->setChecked(true);
    m_showing = false;
}

void LanguageSection::choose(const QString &setting)
{
    const QString value = Translations::isSupported(setting) ? setting : QString();
    m_settings.setValue(Settings::Key::Language, value);
    showSetting();
    const QString language = Translations::choose(QString(), value);
    m_message->clear();
    if (m_translations) {
        if (Status s = m_translations->install(language); !s)
            m_message->show(SectionMessage::Kind::Problem, s.error().message);
    }
    emit languageChosen(language);
}

} // namespace Kohtaamo
