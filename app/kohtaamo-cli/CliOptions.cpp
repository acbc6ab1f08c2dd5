#include "CliOptions.h"

#include "CliCommand.h"

#include <QCommandLineParser>

namespace Kohtaamo::Cli {

bool CliOptions::parse(const QStringList &args, const CliCommand &command, QTextStream &err)
{
    QCommandLineParser parser;
    command.configure(parser);
    if (!parser.parse(QStringList { QStringLiteral("kohtaamo-cli") } + args)) {
        err << parser.errorText() << '\n';
        return false;
    }
    for (const QCommandLineOption &option : command.options()) {
        const QString name = option.names().constFirst();
        if (!parser.isSet(option))
            continue;
        if (option.valueName().isEmpty())
            m_flags.insert(name);
        else {
            m_values.insert(name, parser.value(option));
            m_lists.insert(name, parser.values(option));
        }
    }
    m_positionals = parser.positionalArguments();
    qsizetype expected = command.arguments().size();
    // A last argument named "NAME..." takes any number of values, none included (the command checks what it needs).
    const bool variadic = expected > 0 && command.arguments().last().name.endsWith(QLatin1String("..."));
    if (variadic)
        expected -= 1;
    if (m_positionals.size() > expected && !variadic) {
        err << tr("Unexpected argument: %1").arg(m_positionals.at(expected)) << '\n';
        return false;
    }
    if (m_positionals.size() < expected) {
        err << tr("Missing argument") << '\n';
        return false;
    }
    return true;
}

bool CliOptions::intValue(const QString &name, int &target, int min, int max, QTextStream &err) const
{
    if (!has(name))
        return true;
    bool ok = false;
    const int v = value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        err << tr("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max) << '\n';
        return false;
    }
    target = v;
    return true;
}

bool CliOptions::dateValue(const QString &name, QDate &target, QTextStream &err) const
{
    if (!has(name))
        return true;
    const QDate d = QDate::fromString(value(name), Qt::ISODate);
    if (!d.isValid() || value(name).size() != 10) {
        err << tr("--%1 must be a date YYYY-MM-DD").arg(name) << '\n';
        return false;
    }
    target = d;
    return true;
}

} // namespace Kohtaamo::Cli
