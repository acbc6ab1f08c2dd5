#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Kohtaamo {

// The office's own settings, stored in its database (one row), as opposed to a coordinator's settings on their
// machine (core/settings/Settings).
struct OfficeSettings
{
    static constexpr qint64 kDefaultMaxFeeCents = 200000; // 2,000 €
    static QByteArray defaultTimeZone() { return QByteArrayLiteral("Europe/Helsinki"); }

    int version = 0;
    qint64 maxFeeCents = kDefaultMaxFeeCents; // the largest fee for one worker's engagement; above it is a slip
    // The office's time zone (IANA id): the day and part of the day of a meeting, "today" and ages follow it.
    QByteArray timeZone = defaultTimeZone();

    // Retention (docs/data-protection.md, Retention), in whole years; 0 = off. Nothing happens by itself: the due
    // cases appear on an admin's Today (OfficeService::retentionDue) to be confirmed.
    static constexpr int kDefaultRetentionLeftYears = 2;
    static constexpr int kDefaultRetentionAuditYears = 5;
    static constexpr int kMaxRetentionYears = 100;
    int retentionLeftYears = kDefaultRetentionLeftYears; // erase the workers who left more than this many years ago
    int retentionAuditYears = kDefaultRetentionAuditYears; // prune personal values of audit entries older than this
};

} // namespace Kohtaamo
