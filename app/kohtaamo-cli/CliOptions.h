#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>

namespace Kohtaamo::Cli {

class CliCommand;

// The arguments of one command, parsed by a QCommandLineParser set up with the command's options (CliCommand):
// "--name value" (or --name=value) options, "--name" flags and exactly as many arguments as the command names, in any
// order. Anything else is bad usage, reported on the error stream.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::CliOptions)
public:
    bool parse(const QStringList &args, const CliCommand &command, QTextStream &err);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    // Every value of an option that may be given more than once (--map a=b --map c=d), in order.
    QStringList values(const QString &name) const { return m_lists.value(name); }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString positional(int i) const { return m_positionals.value(i); }
    const QStringList &positionals() const { return m_positionals; }

    // Leave target as it is when the option is absent; false (with a message) when it is not valid.
    bool intValue(const QString &name, int &target, int min, int max, QTextStream &err) const;
    bool dateValue(const QString &name, QDate &target, QTextStream &err) const;

private:
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_lists;
    QSet<QString> m_flags;
    QStringList m_positionals;
};

} // namespace Kohtaamo::Cli
