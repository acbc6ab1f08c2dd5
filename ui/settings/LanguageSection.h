#pragma once

#include "SettingsSection.h"

#include <QMap>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace Kohtaamo {

class SectionMessage;
class Settings;
class Translations;

// The interface language: Finnish, Swedish, English, or the system's. A choice is stored at once
// (Settings::Key::Language; empty = follow the system) and applied at once: through the Translations given to
// setTranslations(), and by languageChosen() for whoever else needs to know.
class LanguageSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit LanguageSection(Settings &settings, QWidget *parent = nullptr);

    QString title() const override;

    // Optional: the application's Translations, installed on every choice.
    void setTranslations(Translations *translations) { m_translations = translations; }

    // "" = follow the system, else "fi", "sv", "en". Stores it and applies it.
    void choose(const QString &setting);
    QRadioButton *button(const QString &setting) const { return m_buttons.value(setting); }

signals:
    // The language the interface should speak now ("fi", "sv", "en"), the system's already resolved.
    void languageChosen(const QString &language);

protected:
    void retranslateUi() override;

private:
    void showSetting();

    Settings &m_settings;
    Translations *m_translations = nullptr;
    QLabel *m_groupLabel = nullptr;
    QButtonGroup *m_group = nullptr;
    QMap<QString, QRadioButton *> m_buttons; // by setting value
    SectionMessage *m_message = nullptr;
    bool m_showing = false;
};

} // namespace Kohtaamo
