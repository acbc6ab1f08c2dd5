// The Finnish and Swedish catalogues in translations/*.ts are complete and safe to use: no unfinished or empty
// translation, every placeholder (%1 … %99, %n) kept, a mnemonic wherever the English has one, and Kohtaamo's two
// catalogues translate the same messages. Reads the source tree, so it fails as soon as lupdate adds new texts.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or one per plural form
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    qint64 line = 0;

    QString id() const { return context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment; }
    QString where(const QString &file) const
    {
        return QStringLiteral("%1:%2 [%3] “%4”").arg(file).arg(line).arg(context, source.left(80));
    }
};

QString translationsDir()
{
    // tests/core/tst_translations.cpp → translations/
    const QString fromFile
        = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../../translations");
    return QDir(fromFile).canonicalPath();
}

QVector<Message> readMessages(const QString &path, QString *error)
{
    QVector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                current.line = xml.lineNumber();
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// %1 … %99 and %L1 as numbers, %n as "n"; sorted, duplicates kept only once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

// A mnemonic: "&" before a character other than "&" or a space.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s]"));
    // Rich text uses entities (&nbsp;), not mnemonics.
    if (text.contains(QLatin1Char('<')))
        return false;
    return re.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueFilesExist();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void kohtaamoCataloguesCoverTheSameMessages();
    void englishCountsHaveSingularAndPlural();
};

void TestTranslations::catalogueFilesExist()
{
    const QDir dir(translationsDir());
    QVERIFY2(dir.exists(), qPrintable(translationsDir()));
    for (const char *name : { "kohtaamo_fi.ts", "kohtaamo_sv.ts", "qtbase_extra_sv.ts" })
        QVERIFY2(dir.exists(QString::fromLatin1(name)), name);
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(translationsDir());
    const QStringList files = dir.entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    const QString file = QFileInfo(path).fileName();
    QString error;
    const QVector<Message> messages = readMessages(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(file + QStringLiteral(": ") + error));
    QVERIFY2(!messages.isEmpty(), qPrintable(file + QStringLiteral(" holds no messages")));

    QStringList problems;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue; // no longer in the sources; lupdate -no-obsolete drops them
        if (m.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished: ") + m.where(file);
            continue;
        }
        if (m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(),
                           [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << QStringLiteral("empty: ") + m.where(file);
            continue;
        }
        QStringList expected = placeholders(m.source);
        for (const QString &translation : m.translations) {
            const QStringList got = placeholders(translation);
            if (got != expected)
                problems << QStringLiteral("placeholders %1 became %2: ")
                                .arg(expected.join(QLatin1Char(',')), got.join(QLatin1Char(',')))
                        + m.where(file);
            if (hasMnemonic(m.source) && !hasMnemonic(translation))
                problems << QStringLiteral("mnemonic lost: ") + m.where(file);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::kohtaamoCataloguesCoverTheSameMessages()
{
    QString error;
    auto ids = [&](const QString &name) {
        QSet<QString> set;
        for (const Message &m : readMessages(QDir(translationsDir()).filePath(name), &error)) {
            if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
                set.insert(m.id());
        }
        return set;
    };
    const QSet<QString> fi = ids(QStringLiteral("kohtaamo_fi.ts"));
    const QSet<QString> sv = ids(QStringLiteral("kohtaamo_sv.ts"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList onlyFi(fi.cbegin(), fi.cend());
    onlyFi.erase(std::remove_if(onlyFi.begin(), onlyFi.end(), [&](const QString &id) { return sv.contains(id); }),
                 onlyFi.end());
    QStringList onlySv(sv.cbegin(), sv.cend());
    onlySv.erase(std::remove_if(onlySv.begin(), onlySv.end(), [&](const QString &id) { return fi.contains(id); }),
                 onlySv.end());
    QVERIFY2(onlyFi.isEmpty() && onlySv.isEmpty(),
             qPrintable(QStringLiteral("run the kohtaamo_ui_lupdate target; only in fi: %1; only in sv: %2")
                            .arg(onlyFi.join(QStringLiteral("; ")), onlySv.join(QStringLiteral("; ")))));
}

// The built-in English catalogue (the one kohtaamo-cli and the English UI load) turns "%n worker(s)" into "1 worker"
// and "2 workers", and every English count text is in it.
void TestTranslations::englishCountsHaveSingularAndPlural()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral("kohtaamo_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&english);
    const char *context = "Kohtaamo::CandidatesPanel";
    QCOMPARE(QCoreApplication::translate(context, "%n worker(s) can be asked", nullptr, 1),
             QStringLiteral("1 worker can be asked"));
    QCOMPARE(QCoreApplication::translate(context, "%n worker(s) can be asked", nullptr, 31),
             QStringLiteral("31 workers can be asked"));
    QCoreApplication::removeTranslator(&english);

    QString error;
    const auto finnish = readMessages(QDir(translationsDir()).filePath(QStringLiteral("kohtaamo_fi.ts")), &error);
    const auto inEnglish = readMessages(QDir(translationsDir()).filePath(QStringLiteral("kohtaamo_en.ts")), &error);
    QSet<QString> englishIds;
    for (const Message &m : inEnglish)
        englishIds.insert(m.id());
    for (const Message &m : finnish) {
        if (m.numerus && m.source.contains(QLatin1String("(s)")))
            QVERIFY2(englishIds.contains(m.id()), qPrintable(m.where(QStringLiteral("kohtaamo_en.ts"))));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
