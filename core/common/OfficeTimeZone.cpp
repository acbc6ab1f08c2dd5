#include "OfficeTimeZone.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <ctime>

namespace Kohtaamo {

namespace {
struct State
{
    bool saved = false;
    bool hadTz = false;
    QByteArray startTz; // TZ as the process started
    QByteArray current;
};

State &state()
{
    static State s;
    return s;
}

void setTz(const QByteArray *value)
{
    if (value)
        qputenv("TZ", *value);
    else
        qunsetenv("TZ");
    tzset();
}
} // namespace

Status OfficeTimeZone::apply(const QByteArray &ianaId)
{
    if (ianaId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(ianaId))
        return Error(
            Error::Code::InvalidInput,
            QCoreApplication::translate("Kohtaamo::OfficeTimeZone", "“%1” is not a time zone this computer knows.")
                .arg(QString::fromLatin1(ianaId)),
            QStringLiteral("timeZone"));
    State &s = state();
    if (!s.saved) {
        s.saved = true;
        s.hadTz = qEnvironmentVariableIsSet("TZ");
        s.startTz = qgetenv("TZ");
    }
    if (s.current == ianaId)
        return Status::success();
    // The C library reads the zone from the system's zoneinfo files (tzdata), which the id names.
    setTz(&ianaId);
    s.current = ianaId;
    return Status::success();
}

void OfficeTimeZone::restore()
{
    State &s = state();
    if (!s.saved)
        return;
    setTz(s.hadTz ? &s.startTz : nullptr);
    s.current.clear();
}

QByteArray OfficeTimeZone::current()
{
    return state().current;
}

} // namespace Kohtaamo
