#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <functional>

class QCommandLineParser;

namespace Kohtaamo::Cli {

// One kohtaamo-cli command: its name, a one-line summary for the overview, a description, its options and arguments
// (set up on a QCommandLineParser of its own, as KeePassXC's CLI does) and the function that runs it.
// `kohtaamo-cli help NAME` and `kohtaamo-cli NAME --help` print its help.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::CliCommand)
public:
    using Run = std::function<int(Context &)>;

    struct Argument
    {
        QString name;
        QString description;
    };

    CliCommand(const QString &name, const QString &summary, const QString &description, Run run);

    CliCommand &addOption(const QCommandLineOption &option);
    CliCommand &addArgument(const QString &name, const QString &description);
    // The command makes an office where none is (demo, import, init); every other command refuses a missing file.
    CliCommand &createsOffice()
    {
        m_createsOffice = true;
        return *this;
    }
    bool makesOffice() const { return m_createsOffice; }

    QString name() const { return m_name; }
    QString summary() const { return m_summary; }
    const QList<QCommandLineOption> &options() const { return m_options; }
    const QList<Argument> &arguments() const { return m_arguments; }

    // The command's options and arguments, and the help option, on parser.
    void configure(QCommandLineParser &parser) const;
    // "Usage: kohtaamo-cli --db LOCATION rank [options] REF", the description, the options and the arguments.
    QString helpText() const;

    int run(Context &context) const { return m_run(context); }

private:
    QString m_name;
    QString m_summary;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<Argument> m_arguments;
    Run m_run;
    bool m_createsOffice = false;
};

} // namespace Kohtaamo::Cli
