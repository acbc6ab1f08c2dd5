#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace Kohtaamo {

// The user's preferences, typed (KeePassXC's Config): every setting is a Key with a name and a default in one table
// (Settings.cpp), so no caller invents key strings or repeats defaults. The file carries a settings version;
// an older file is migrated when it is opened.
//
// The application uses the user's configuration file (QSettings with the organisation and application name);
// tests give a file of their own, e.g. in a QTemporaryDir.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        DatabaseLocation, // QString: SQLite path or postgresql://… without password; empty = the default file
        Language, // QString: "fi", "sv", "en"; empty = follow the system
        MainWindowGeometry, // QByteArray: QWidget::saveGeometry()
        MainWindowState, // QByteArray: QMainWindow::saveState()
        LastPage, // QString: page key of the main window ("today", "requests" …)
        RequestsSplitter, // QByteArray: QSplitter::saveState() of the Requests page (inbox | request)
        StaleInvitationDays, // int: Today lists invitations unanswered for more than this many days (default 7)
        RecentOffices, // QStringList: the offices opened last, newest first (locations without passwords)
        ReminderDaysAhead, // int: Today's due reminders go to the team of a meeting within this many days (default 3)
    };
    Q_ENUM(Key)

    // The version this Kohtaamo writes; older files are migrated step by step.
    static constexpr int CurrentVersion = 1;

    explicit Settings(QObject *parent = nullptr);
    // Settings stored in the INI file `fileName` (created when written).
    explicit Settings(const QString &fileName, QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    QString string(Key key) const { return value(key).toString(); }
    QByteArray bytes(Key key) const { return value(key).toByteArray(); }

    // Stores the value; emits changed() when it differs from what was there. Setting the default removes the entry.
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    bool isDefault(Key key) const;

    void sync();
    QString fileName() const;
    int storedVersion() const;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    // Where the user's own database lives unless told otherwise: <AppDataLocation>/kohtaamo.sqlite.
    static QString defaultDatabasePath();

signals:
    void changed(Kohtaamo::Settings::Key key);

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Kohtaamo
