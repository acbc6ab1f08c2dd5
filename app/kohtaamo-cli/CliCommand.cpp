#include "CliCommand.h"

#include <QCommandLineParser>

namespace Kohtaamo::Cli {

namespace {

// text broken into lines of at most width characters, at spaces (QCommandLineParser does not wrap a description).
QString wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CliCommand::CliCommand(const QString &name, const QString &summary, const QString &description, Run run)
    : m_name(name), m_summary(summary), m_description(description), m_run(std::move(run))
{
}

CliCommand &CliCommand::addOption(const QCommandLineOption &option)
{
    m_options << option;
    return *this;
}

CliCommand &CliCommand::addArgument(const QString &name, const QString &description)
{
    m_arguments << Argument { name, description };
    return *this;
}

void CliCommand::configure(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(wrapped(m_description, 79));
    // Not addHelpOption(): on a QCoreApplication it adds --help-all and Qt's own options, which mean nothing here.
    parser.addOption(QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help.")));
    for (const QCommandLineOption &option : m_options)
        parser.addOption(option);
    for (const Argument &argument : m_arguments)
        parser.addPositionalArgument(argument.name, argument.description);
}

QString CliCommand::helpText() const
{
    QCommandLineParser parser;
    configure(parser);
    // QCommandLineParser's first line names only the program: the usage names the database and the command too.
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    QStringList usage { QStringLiteral("kohtaamo-cli --db"), tr("LOCATION"), m_name };
    if (!m_options.isEmpty())
        usage << tr("[options]");
    for (const Argument &argument : m_arguments)
        usage << argument.name;
    return tr("Usage: %1").arg(usage.join(QLatin1Char(' '))) + text.mid(firstLineEnd);
}

} // namespace Kohtaamo::Cli
