#include "OfficeSettingsRepository.h"

#include "common/Plausibility.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QLocale>
#include <QTimeZone>

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("office_settings");
constexpr qint64 kId = 1;
constexpr qint64 kLargestMaxFeeCents = Plausibility::kMaxAmountCents; // 100,000 €: anything above is a slip

QString euros(qint64 cents)
{
    return QLocale().toCurrencyString(cents / 100.0, QStringLiteral("€"));
}
} // namespace

OfficeSettingsRepository::OfficeSettingsRepository(Database &db) : m_db(db) { }

Result<OfficeSettings> OfficeSettingsRepository::get()
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT version, max_fee_cents, time_zone, retention_left_years, "
                              "retention_audit_years FROM office_settings WHERE id = ?"));
    q.bind(kId);
    if (Status s = q.exec(); !s)
        return s.error();
    OfficeSettings settings;
    if (q.next()) {
        settings.version = q.value(0).toInt();
        settings.maxFeeCents = q.value(1).toLongLong();
        settings.timeZone = q.value(2).toString().toLatin1();
        settings.retentionLeftYears = q.value(3).toInt();
        settings.retentionAuditYears = q.value(4).toInt();
    }
    return settings;
}

Status OfficeSettingsRepository::validate(const OfficeSettings &settings)
{
    if (settings.maxFeeCents <= 0 || settings.maxFeeCents > kLargestMaxFeeCents)
        return Error(Error::Code::InvalidInput,
                     tr("The largest fee must be more than 0 and at most %1.").arg(euros(kLargestMaxFeeCents)),
                     QStringLiteral("maxFeeCents"));
    if (!QTimeZone::isTimeZoneIdAvailable(settings.timeZone))
        return Error(Error::Code::InvalidInput,
                     tr("“%1” is not a time zone this computer knows. Choose one from the list, such as "
                        "Europe/Helsinki.")
                         .arg(QString::fromLatin1(settings.timeZone)),
                     QStringLiteral("timeZone"));
    if (settings.retentionLeftYears < 0 || settings.retentionLeftYears > OfficeSettings::kMaxRetentionYears)
        return Error(
            Error::Code::InvalidInput,
            tr("Erasing workers who left must be set to 0 (off) to %1 years.").arg(OfficeSettings::kMaxRetentionYears),
            QStringLiteral("retentionLeftYears"));
    if (settings.retentionAuditYears < 0 || settings.retentionAuditYears > OfficeSettings::kMaxRetentionYears)
        return Error(
            Error::Code::InvalidInput,
            tr("Pruning the audit log must be set to 0 (off) to %1 years.").arg(OfficeSettings::kMaxRetentionYears),
            QStringLiteral("retentionAuditYears"));
    return Status::success();
}

Result<OfficeSettings> OfficeSettingsRepository::save(const OfficeSettings &settings)
{
    if (Status s = validate(settings); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    Row row;
    row.set(QStringLiteral("max_fee_cents"), settings.maxFeeCents);
    row.set(QStringLiteral("time_zone"), QString::fromLatin1(settings.timeZone));
    row.set(QStringLiteral("retention_left_years"), settings.retentionLeftYears);
    row.set(QStringLiteral("retention_audit_years"), settings.retentionAuditYears);
    auto version = RecordStore(m_db).update(kTable, kId, settings.version, row, tr("The office settings"));
    if (!version)
        return version.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    OfficeSettings stored = settings;
    stored.version = *version;
    return stored;
}

Status OfficeSettingsRepository::checkFee(qint64 feeCents, const char *field)
{
    auto settings = get();
    if (!settings)
        return settings.error();
    return checkFee(feeCents, settings->maxFeeCents, field);
}

Status OfficeSettingsRepository::checkFee(qint64 feeCents, qint64 maxFeeCents, const char *field)
{
    if (feeCents > maxFeeCents)
        return Error(Error::Code::InvalidInput,
                     tr("The fee %1 is more than the office's largest fee for one engagement, %2. Check the amount; "
                        "an admin can change the limit in Settings ▸ Office.")
                         .arg(euros(feeCents), euros(maxFeeCents)),
                     QString::fromLatin1(field));
    return Status::success();
}

} // namespace Kohtaamo
