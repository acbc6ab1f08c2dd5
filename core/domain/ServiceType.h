#pragma once

#include <QString>

namespace Kohtaamo {

// A kind of work an experience worker does (peer reception, pair work, talk, work group ...).
// Stored as a table so organisations can add their own; the code is the key.
struct ServiceType
{
    QString code;
    QString nameFi;
    QString nameSv;
    QString nameEn;
    bool openToMinors = false; // youth developers may take part (with adults present)
    bool needsPublicConsent = false; // talks and panels: the worker appears in public

    QString name(const QString &language) const
    {
        const QString &n = language == QLatin1String("fi") ? nameFi : language == QLatin1String("sv") ? nameSv : nameEn;
        return n.isEmpty() ? nameEn : n;
    }
};

} // namespace Kohtaamo
