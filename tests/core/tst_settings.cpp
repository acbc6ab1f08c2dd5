// The typed settings: defaults from the table, values that survive a restart, the changed signal, the version.
#include "settings/Settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsComeFromTheTable();
    void valuesSurviveARestart();
    void changedIsEmittedOnlyOnChange();
    void settingTheDefaultRemovesTheEntry();
    void aFileWithoutVersionIsMigrated();
    void everyKeyHasADistinctName();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("kohtaamo.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::defaultsComeFromTheTable()
{
    Settings settings(file());
    QCOMPARE(settings.string(Settings::Key::LastPage), QStringLiteral("today"));
    QCOMPARE(settings.string(Settings::Key::Language), QString());
    QCOMPARE(settings.string(Settings::Key::DatabaseLocation), QString());
    QVERIFY(settings.bytes(Settings::Key::MainWindowGeometry).isEmpty());
    QVERIFY(settings.isDefault(Settings::Key::LastPage));
}

void TestSettings::valuesSurviveARestart()
{
    const QByteArray geometry("\x01\x02\x00\xff", 4);
    {
        Settings settings(file());
        settings.setValue(Settings::Key::Language, QStringLiteral("sv"));
        settings.setValue(Settings::Key::MainWindowGeometry, geometry);
        settings.setValue(Settings::Key::DatabaseLocation,
                          QStringLiteral("postgresql://anna@db.example:5432/kohtaamo"));
    }
    Settings again(file());
    QCOMPARE(again.string(Settings::Key::Language), QStringLiteral("sv"));
    QCOMPARE(again.bytes(Settings::Key::MainWindowGeometry), geometry);
    QCOMPARE(again.string(Settings::Key::DatabaseLocation),
             QStringLiteral("postgresql://anna@db.example:5432/kohtaamo"));
    QCOMPARE(again.value(Settings::Key::MainWindowGeometry).metaType(), QMetaType::fromType<QByteArray>());
}

void TestSettings::changedIsEmittedOnlyOnChange()
{
    Settings settings(file());
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setValue(Settings::Key::LastPage, QStringLiteral("workers"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::LastPage);
    settings.setValue(Settings::Key::LastPage, QStringLiteral("workers"));
    QCOMPARE(spy.count(), 1);
    settings.reset(Settings::Key::LastPage);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(settings.string(Settings::Key::LastPage), QStringLiteral("today"));
}

void TestSettings::settingTheDefaultRemovesTheEntry()
{
    Settings settings(file());
    settings.setValue(Settings::Key::Language, QStringLiteral("fi"));
    QVERIFY(!settings.isDefault(Settings::Key::Language));
    settings.setValue(Settings::Key::Language, QString());
    QVERIFY(settings.isDefault(Settings::Key::Language));
    settings.sync();
    QSettings raw(file(), QSettings::IniFormat);
    QVERIFY(!raw.contains(Settings::keyName(Settings::Key::Language)));
}

void TestSettings::aFileWithoutVersionIsMigrated()
{
    {
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("fi"));
    }
    Settings settings(file());
    QCOMPARE(settings.storedVersion(), Settings::CurrentVersion);
    QCOMPARE(settings.string(Settings::Key::Language), QStringLiteral("fi"));
}

void TestSettings::everyKeyHasADistinctName()
{
    const QMetaEnum keys = QMetaEnum::fromType<Settings::Key>();
    QSet<QString> names;
    for (int i = 0; i < keys.keyCount(); ++i) {
        const auto key = static_cast<Settings::Key>(keys.value(i));
        const QString name = Settings::keyName(key);
        QVERIFY2(!name.isEmpty(), keys.key(i));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
