#include "Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <array>

namespace Kohtaamo {

namespace {

struct Directive
{
    Settings::Key key;
    const char *name;
    QVariant (*defaultValue)();
};

// The one table of settings: key, name in the file, default.
const std::array<Directive, 9> kDirectives { {
    { Settings::Key::DatabaseLocation, "database/location", [] { return QVariant(QString()); } },
    { Settings::Key::Language, "ui/language", [] { return QVariant(QString()); } },
    { Settings::Key::MainWindowGeometry, "mainwindow/geometry", [] { return QVariant(QByteArray()); } },
    { Settings::Key::MainWindowState, "mainwindow/state", [] { return QVariant(QByteArray()); } },
    { Settings::Key::LastPage, "mainwindow/lastPage", [] { return QVariant(QStringLiteral("today")); } },
    { Settings::Key::RequestsSplitter, "requests/splitter", [] { return QVariant(QByteArray()); } },
    { Settings::Key::StaleInvitationDays, "today/staleInvitationDays", [] { return QVariant(7); } },
    { Settings::Key::RecentOffices, "database/recent", [] { return QVariant(QStringList()); } },
    { Settings::Key::ReminderDaysAhead, "today/reminderDaysAhead", [] { return QVariant(3); } },
} };

const Directive &directive(Settings::Key key)
{
    for (const Directive &d : kDirectives) {
        if (d.key == key)
            return d;
    }
    Q_UNREACHABLE();
    return kDirectives.front();
}

const QString kVersionKey = QStringLiteral("meta/version");

} // namespace

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings()
{
    m_settings->sync();
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(directive(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return directive(key).defaultValue();
}

QVariant Settings::value(Key key) const
{
    const QVariant fallback = defaultValue(key);
    QVariant stored = m_settings->value(keyName(key), fallback);
    // An INI file gives text back; hand out the type of the default.
    if (stored.metaType() != fallback.metaType() && stored.canConvert(fallback.metaType()))
        stored.convert(fallback.metaType());
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    const QVariant before = this->value(key);
    if (value == defaultValue(key))
        m_settings->remove(keyName(key));
    else
        m_settings->setValue(keyName(key), value);
    if (this->value(key) != before)
        emit changed(key);
}

void Settings::reset(Key key)
{
    setValue(key, defaultValue(key));
}

bool Settings::isDefault(Key key) const
{
    return !m_settings->contains(keyName(key));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

int Settings::storedVersion() const
{
    return m_settings->value(kVersionKey, 0).toInt();
}

QString Settings::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kohtaamo.sqlite");
}

void Settings::migrate()
{
    const int version = storedVersion();
    if (version >= CurrentVersion)
        return; // a newer file is read as it is: unknown keys are left alone
    // One step per version, in order. Version 1 is the first; a file without a version has nothing to migrate.
    m_settings->setValue(kVersionKey, CurrentVersion);
}

} // namespace Kohtaamo
