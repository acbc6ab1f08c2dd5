#include "FuzzSupport.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace Kohtaamo::Fuzz {

namespace {
QTemporaryDir *folder()
{
    static QTemporaryDir dir;
    return &dir;
}
} // namespace

void initialise(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static FixedClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    Clock::install(&clock);
    if (!folder()->isValid()) {
        std::fprintf(stderr, "fuzz: no temporary folder\n");
        std::abort();
    }
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QString writeInput(const QByteArray &content)
{
    const QString path = folder()->filePath(QStringLiteral("input"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

OfficeService &office()
{
    static std::unique_ptr<OfficeService> service = [] {
        auto opened = OfficeService::open(DatabaseLocation::sqlite(folder()->filePath(QStringLiteral("office.sqlite"))),
                                          OfficeService::OpenOptions { true, true, false });
        if (!opened) {
            std::fprintf(stderr, "fuzz: cannot open the office: %s\n", qPrintable(opened.error().message));
            std::abort();
        }
        (*opened)->actAsTool(QStringLiteral("fuzz"));
        return std::move(opened).value();
    }();
    return *service;
}

void importAndRollBack(const QByteArray &json)
{
    OfficeService &service = office();
    Database &db = service.database();
    if (Status s = db.beginTransaction(); !s) {
        std::fprintf(stderr, "fuzz: BEGIN failed: %s\n", qPrintable(s.error().message));
        std::abort();
    }
    const auto summary = service.importInterchange(json);
    // KOHTAAMO_FUZZ_VERBOSE=1: what became of each input (to see that a seed gets through, when replaying one).
    static const bool verbose = qEnvironmentVariableIsSet("KOHTAAMO_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "fuzz: %s\n", summary ? "imported" : qPrintable(summary.error().message));
    db.rollbackTransaction();
}

} // namespace Kohtaamo::Fuzz
