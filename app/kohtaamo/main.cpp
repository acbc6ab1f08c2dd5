// The Kohtaamo window application: picks the language, reads the command line, opens the database and shows the
// main window. Everything else lives in ui/ and core/.
#include "common/AccessibleStyle.h"
#include "common/Colours.h"
#include "common/ErrorMessage.h"
#include "common/Translations.h"
#include "main/AppInfo.h"
#include "main/CommandLine.h"
#include "main/DemoDatabase.h"
#include "main/MainWindow.h"
#include "main/OfficeOpener.h"
#include "main/ScreenshotRenderer.h"
#include "office/OfficeService.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Kohtaamo;

namespace {

void printError(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppInfo::apply();
    Settings settings;

    // The language comes first so that --help and every error are already translated.
    Translations translations;
    const QString requested = CommandLine::peekLanguage(QCoreApplication::arguments());
    const QString language = Translations::choose(Translations::isSupported(requested) ? requested : QString(),
                                                  settings.string(Settings::Key::Language));
    if (Status s = translations.install(language); !s)
        printError(s.error().message);

    CommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments())) {
        printError(commandLine.error());
        printError(QCoreApplication::translate("Kohtaamo::CommandLine", "See kohtaamo --help."));
        return 1;
    }
    // Colours from one place (common/Colours): the desktop's, with too faint texts raised to 4.5:1, or one of the
    // light, dark and high-contrast palettes, drawn by the Fusion style that follows a palette in every detail.
    const Colours::Scheme scheme = Colours::schemeFromName(commandLine.paletteName());
    // Check boxes and radio buttons get a frame at 3:1 under every palette (common/AccessibleStyle).
    QApplication::setStyle(new AccessibleStyle(
        scheme != Colours::Scheme::System ? QStyleFactory::create(QStringLiteral("Fusion")) : nullptr));
    QApplication::setPalette(Colours::palette(scheme, QApplication::palette()));
    const bool screenshots = !commandLine.screenshotsDirectory().isEmpty();
    if (screenshots) {
        // Pictures for the documentation look like a desktop at its usual size, whatever the machine they are made on.
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(10);
        QApplication::setFont(font);
    }
    const QString cannotOpen
        = QCoreApplication::translate("Kohtaamo::CommandLine", "Kohtaamo could not open the database.");
    auto fail = [&](const Error &error) {
        if (screenshots)
            ErrorMessage::log(cannotOpen, error);
        else
            ErrorMessage::show(nullptr, cannotOpen, error);
        return 1;
    };

    Result<std::unique_ptr<OfficeService>> opened = Error();
    if (commandLine.demo()) {
        // The first start fills the demo office (a second or two); a person sees how far it is.
        std::unique_ptr<QProgressDialog> progress;
        DemoGenerator::Progress report;
        if (!screenshots) {
            report = [&progress](const QString &stage, int done, int total) {
                if (!progress) {
                    progress = std::make_unique<QProgressDialog>();
                    progress->setWindowTitle(QCoreApplication::translate("Kohtaamo::DemoDatabase", "Kohtaamo demo"));
                    progress->setCancelButton(nullptr);
                    progress->setMinimumDuration(300);
                }
                progress->setLabelText(
                    QCoreApplication::translate("Kohtaamo::DemoDatabase", "Preparing the demo office: %1 …")
                        .arg(stage));
                progress->setMaximum(total);
                progress->setValue(done);
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            };
        }
        opened = DemoDatabase::open(report);
    } else {
        QString where = commandLine.database();
        if (where.isEmpty())
            where = settings.string(Settings::Key::DatabaseLocation);
        if (where.isEmpty()) {
            // Kohtaamo's own place for the coordinator's office: its folder is made here (a path the user gives never
            // gets folders made for it).
            where = Settings::defaultDatabasePath();
            QDir().mkpath(QFileInfo(where).absolutePath());
        }
        auto location = DatabaseLocation::parse(where);
        if (!location)
            return fail(location.error());
        // A file that does not exist becomes a new office only when the coordinator says so (never for screenshots).
        opened = OfficeOpener::open(*location,
                                    screenshots ? OfficeOpener::AskCreate([](const QString &) { return false; })
                                                : OfficeOpener::askWithDialog(nullptr));
        if (!opened && opened.error().message.isEmpty())
            return 0; // the coordinator chose not to create a new office
    }
    if (!opened)
        return fail(opened.error());

    // Screenshots never change the user's settings (window size, last page).
    QTemporaryDir scratchDirectory;
    std::unique_ptr<Settings> scratchSettings;
    if (screenshots)
        scratchSettings = std::make_unique<Settings>(scratchDirectory.filePath(QStringLiteral("settings.ini")));

    MainWindow window(std::move(opened).value(), scratchSettings ? *scratchSettings : settings);
    window.setTranslations(&translations);
    if (screenshots) {
        if (Status s = ScreenshotRenderer::renderPages(window, commandLine.screenshotsDirectory()); !s) {
            printError(s.error().message);
            return 1;
        }
        return 0;
    }
    window.show();
    // Once the window is up and drawn: the candidates' ranking is read on a thread of its own while the coordinator
    // looks (a second after the start, so that it does not compete with the first page for the processor).
    QTimer::singleShot(1000, &window, &MainWindow::readRankingAhead);
    return app.exec();
}
