#include "CliOptions.h"

namespace Kohtaamo::Cli {

bool CliOptions::parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flags,
                       int positionals, QTextStream &err)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString name = a.mid(2);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            if (m_positionals.size() >= positionals) {
                err << tr("Unexpected argument: %1").arg(a) << '\n';
                return false;
            }
            m_positionals << a;
        } else if (flags.contains(name)) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (i + 1 >= args.size()) {
                err << tr("Option %1 needs a value").arg(a) << '\n';
                return false;
            }
            m_values.insert(name, args.at(++i));
        } else {
            err << tr("Unknown option: %1").arg(a) << '\n';
            return false;
        }
    }
    if (m_positionals.size() < positionals) {
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
