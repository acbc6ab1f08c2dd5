#include "WorkerImportPlanner.h"

#include "XlsxTableReader.h"
#include "repositories/WorkerRepository.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace Kohtaamo {

namespace {

QString cellOf(const ImportTable &table, int index, const WorkerImportMapping &mapping, WorkerImportField field)
{
    return table.cell(index, mapping.column(field)).trimmed();
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[,;/\\n]\\s*"));
    QStringList items;
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

// Language names a register writes instead of codes.
QString languageCode(const QString &text)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("suomi"), QStringLiteral("fi") },
        { QStringLiteral("finnish"), QStringLiteral("fi") },
        { QStringLiteral("finska"), QStringLiteral("fi") },
        { QStringLiteral("ruotsi"), QStringLiteral("sv") },
        { QStringLiteral("swedish"), QStringLiteral("sv") },
        { QStringLiteral("svenska"), QStringLiteral("sv") },
        { QStringLiteral("englanti"), QStringLiteral("en") },
        { QStringLiteral("english"), QStringLiteral("en") },
        { QStringLiteral("engelska"), QStringLiteral("en") },
        { QStringLiteral("arabia"), QStringLiteral("ar") },
        { QStringLiteral("arabic"), QStringLiteral("ar") },
        { QStringLiteral("arabiska"), QStringLiteral("ar") },
        { QStringLiteral("venäjä"), QStringLiteral("ru") },
        { QStringLiteral("russian"), QStringLiteral("ru") },
        { QStringLiteral("ryska"), QStringLiteral("ru") },
        { QStringLiteral("somali"), QStringLiteral("so") },
        { QStringLiteral("somalia"), QStringLiteral("so") },
        { QStringLiteral("viro"), QStringLiteral("et") },
        { QStringLiteral("estonian"), QStringLiteral("et") },
        { QStringLiteral("estniska"), QStringLiteral("et") },
        { QStringLiteral("saame"), QStringLiteral("se") },
        { QStringLiteral("pohjoissaame"), QStringLiteral("se") },
        { QStringLiteral("viittomakieli"), QStringLiteral("fse") },
    };
    const QString lower = text.toLower();
    return names.value(lower, lower);
}

std::optional<WorkerTitle> titleFrom(const QString &text)
{
    const QString t = text.toLower();
    if (auto byCode = workerTitleFromCode(t))
        return byCode;
    static const QHash<QString, WorkerTitle> names {
        { QStringLiteral("kokemusasiantuntija"), WorkerTitle::ExpertByExperience },
        { QStringLiteral("expert by experience"), WorkerTitle::ExpertByExperience },
        { QStringLiteral("erfarenhetsexpert"), WorkerTitle::ExpertByExperience },
        { QStringLiteral("vertaistukija"), WorkerTitle::PeerSupporter },
        { QStringLiteral("peer supporter"), WorkerTitle::PeerSupporter },
        { QStringLiteral("kamratstödjare"), WorkerTitle::PeerSupporter },
        { QStringLiteral("vertaisläheinen"), WorkerTitle::PeerRelative },
        { QStringLiteral("peer relative"), WorkerTitle::PeerRelative },
        { QStringLiteral("kokemuskumppani"), WorkerTitle::ExperiencePartner },
        { QStringLiteral("experience partner"), WorkerTitle::ExperiencePartner },
        { QStringLiteral("nuorten kehittäjä"), WorkerTitle::YouthDeveloper },
        { QStringLiteral("kehittäjänuori"), WorkerTitle::YouthDeveloper },
        { QStringLiteral("youth developer"), WorkerTitle::YouthDeveloper },
        { QStringLiteral("veturi"), WorkerTitle::VeturiMentor },
        { QStringLiteral("veturi-mentori"), WorkerTitle::VeturiMentor },
        { QStringLiteral("muu"), WorkerTitle::Other },
        { QStringLiteral("other"), WorkerTitle::Other },
        { QStringLiteral("annan"), WorkerTitle::Other },
    };
    const auto it = names.constFind(t);
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

std::optional<WorkerStatus> statusFrom(const QString &text)
{
    const QString t = text.toLower();
    if (auto byCode = workerStatusFromCode(t))
        return byCode;
    static const QHash<QString, WorkerStatus> names {
        { QStringLiteral("aktiivinen"), WorkerStatus::Active }, { QStringLiteral("aktiivi"), WorkerStatus::Active },
        { QStringLiteral("mukana"), WorkerStatus::Active },     { QStringLiteral("aktiv"), WorkerStatus::Active },
        { QStringLiteral("tauolla"), WorkerStatus::OnBreak },   { QStringLiteral("on break"), WorkerStatus::OnBreak },
        { QStringLiteral("paus"), WorkerStatus::OnBreak },      { QStringLiteral("på paus"), WorkerStatus::OnBreak },
        { QStringLiteral("lopettanut"), WorkerStatus::Left },   { QStringLiteral("poistunut"), WorkerStatus::Left },
        { QStringLiteral("slutat"), WorkerStatus::Left },
    };
    const auto it = names.constFind(t);
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

} // namespace

Result<QVector<WorkerImportPlanner::ExistingWorker>> WorkerImportPlanner::existingWorkers(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT id, display_name, email, date_of_birth FROM workers ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<ExistingWorker> workers;
    while (q.next())
        workers << ExistingWorker { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    SqlQuery::toDate(q.value(3)) };
    return workers;
}

WorkerImportPlanner::WorkerImportPlanner(QVector<Organisation> organisations, QVector<ExistingWorker> existing,
                                         WorkerImportOptions options, QDate today)
    : m_organisations(std::move(organisations)), m_existing(std::move(existing)), m_options(options), m_today(today)
{
}

QDate WorkerImportPlanner::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression finnish(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]*)?$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{1,6}(?:\\.\\d+)?$"));
    if (const auto m = finnish.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (serial.match(t).hasMatch() && t.toDouble() >= 61)
        return XlsxTableReader::dateFromSerial(t.toDouble());
    return {};
}

std::optional<bool> WorkerImportPlanner::parseYesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes { QStringLiteral("yes"), QStringLiteral("y"),  QStringLiteral("true"),
                                   QStringLiteral("1"),   QStringLiteral("x"),  QStringLiteral("kyllä"),
                                   QStringLiteral("k"),   QStringLiteral("on"), QStringLiteral("ja"),
                                   QStringLiteral("j") };
    static const QStringList no { QStringLiteral("no"), QStringLiteral("n"),  QStringLiteral("false"),
                                  QStringLiteral("0"),  QStringLiteral("ei"), QStringLiteral("nej"),
                                  QStringLiteral("") };
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

WorkerImportRow WorkerImportPlanner::readRow(const ImportTable &table, int index,
                                             const WorkerImportMapping &mapping) const
{
    WorkerImportRow row;
    row.line = table.rows.at(index).line;
    Worker &w = row.worker;
    const auto cell = [&](WorkerImportField f) { return cellOf(table, index, mapping, f); };
    const auto refuse = [&](WorkerImportField f, const QString &why) {
        const QString column = mapping.columnName(f, table.header);
        row.messages << (column.isEmpty() ? tr("Row %1: %2").arg(row.line).arg(why)
                                          : tr("Row %1, column “%2”: %3").arg(row.line).arg(column, why));
        row.state = WorkerImportRow::State::Refused;
    };

    w.displayName = cell(WorkerImportField::DisplayName);
    if (w.displayName.isEmpty()) {
        w.displayName = QStringList { cell(WorkerImportField::FirstName), cell(WorkerImportField::LastName) }
                            .join(QLatin1Char(' '))
                            .trimmed();
    }
    if (auto pseudonym = parseYesNo(cell(WorkerImportField::Pseudonym)))
        w.pseudonym = *pseudonym;
    else
        refuse(WorkerImportField::Pseudonym, tr("“%1” is neither yes nor no.").arg(cell(WorkerImportField::Pseudonym)));
    w.email = cell(WorkerImportField::Email);
    w.phone = cell(WorkerImportField::Phone);

    const QString organisation = cell(WorkerImportField::Organisation);
    if (organisation.isEmpty()) {
        w.organisationId = m_options.defaultOrganisationId;
    } else {
        for (const Organisation &o : m_organisations) {
            if (o.name.compare(organisation, Qt::CaseInsensitive) == 0
                || (!o.shortName.isEmpty() && o.shortName.compare(organisation, Qt::CaseInsensitive) == 0)) {
                w.organisationId = o.id;
                break;
            }
        }
        if (w.organisationId == 0)
            refuse(WorkerImportField::Organisation,
                   tr("There is no organisation “%1” in this office (Settings ▸ Organisations).").arg(organisation));
    }

    if (const QString title = cell(WorkerImportField::Title); !title.isEmpty()) {
        if (auto t = titleFrom(title))
            w.title = *t;
        else
            refuse(WorkerImportField::Title, tr("“%1” is not a title Kohtaamo knows.").arg(title));
    }
    if (const QString born = cell(WorkerImportField::DateOfBirth); !born.isEmpty()) {
        w.dateOfBirth = parseDate(born);
        if (!w.dateOfBirth.isValid())
            refuse(WorkerImportField::DateOfBirth,
                   tr("“%1” is not a date: write it as 31.12.1980 or 1980-12-31.").arg(born));
    }
    for (const QString &language : splitList(cell(WorkerImportField::Languages)))
        w.languages << languageCode(language);
    w.municipality = cell(WorkerImportField::Municipality);
    w.homeRegion = cell(WorkerImportField::HomeRegion);
    w.regionsCovered = splitList(cell(WorkerImportField::RegionsCovered));
    if (const QString status = cell(WorkerImportField::Status); !status.isEmpty()) {
        if (auto s = statusFrom(status))
            w.status = *s;
        else
            refuse(WorkerImportField::Status,
                   tr("“%1” is not a status Kohtaamo knows (active, on break, left).").arg(status));
    }
    w.notes = cell(WorkerImportField::Notes);

    if (const QString consent = cell(WorkerImportField::ContactConsent); !consent.isEmpty()) {
        const QDate given = parseDate(consent);
        const auto yes = parseYesNo(consent);
        if (given.isValid() && given > m_today)
            refuse(WorkerImportField::ContactConsent, tr("The consent cannot be given in the future."));
        else if (given.isValid())
            row.contactConsentGiven = given;
        else if (yes && *yes)
            row.contactConsentGiven = m_today;
        else if (!yes)
            refuse(WorkerImportField::ContactConsent,
                   tr("“%1” is neither the date the consent was given nor yes or no.").arg(consent));
    }

    if (row.state == WorkerImportRow::State::Refused)
        return row;
    // The worker form's rules, as OfficeService::validateWorker checks them.
    if (w.organisationId == 0) {
        refuse(WorkerImportField::Organisation,
               tr("The row names no organisation: map the organisation column or choose one for such rows."));
        return row;
    }
    if (Status s = WorkerRepository::validate(w); !s) {
        const auto field = WorkerImportFields::fromWorkerProperty(s.error().detail);
        if (!field) {
            row.messages << tr("Row %1: %2").arg(row.line).arg(s.error().message);
            row.state = WorkerImportRow::State::Refused;
            return row;
        }
        WorkerImportField named = *field;
        if (named == WorkerImportField::DisplayName && !mapping.isMapped(WorkerImportField::DisplayName))
            named = mapping.isMapped(WorkerImportField::FirstName) ? WorkerImportField::FirstName
                                                                   : WorkerImportField::LastName;
        refuse(named, s.error().message);
    }
    return row;
}

WorkerImportPreview WorkerImportPlanner::preview(const ImportTable &table, const WorkerImportMapping &mapping) const
{
    WorkerImportPreview preview;
    preview.consentMapped = mapping.isMapped(WorkerImportField::ContactConsent);
    preview.consentNote = preview.consentMapped
        ? tr("A consent to be contacted is recorded for the rows that give its date (or yes: today); the other "
             "workers are imported without consent and are not invited until they give it.")
        : tr("No consent is recorded: the imported workers are in the register, but the ranking does not invite them "
             "until their consent to be contacted is recorded.");

    QHash<QString, qint64> existingEmails;
    QHash<QString, qint64> existingPeople;
    QHash<qint64, QString> existingNames;
    const auto personKey = [](const QString &name, const QDate &born) -> QString {
        return name.simplified().toCaseFolded() + QLatin1Char('|') + born.toString(Qt::ISODate);
    };
    for (const ExistingWorker &e : m_existing) {
        existingNames.insert(e.id, e.name);
        if (!e.email.trimmed().isEmpty())
            existingEmails.insert(e.email.trimmed().toCaseFolded(), e.id);
        if (e.dateOfBirth.isValid())
            existingPeople.insert(personKey(e.name, e.dateOfBirth), e.id);
    }
    QHash<QString, int> rowEmails;
    QHash<QString, int> rowPeople;

    for (int i = 0; i < table.rows.size(); ++i) {
        WorkerImportRow row = readRow(table, i, mapping);
        const Worker &w = row.worker;
        const auto warn = [&row](const QString &message) {
            row.messages << message;
            if (row.state == WorkerImportRow::State::Ready)
                row.state = WorkerImportRow::State::Warning;
        };
        const QString email = w.email.toCaseFolded();
        if (!email.isEmpty()) {
            if (existingEmails.contains(email))
                warn(tr("Row %1: the e-mail address %2 is already that of “%3” in the register.")
                         .arg(row.line)
                         .arg(w.email, existingNames.value(existingEmails.value(email))));
            else if (rowEmails.contains(email))
                warn(tr("Row %1: the e-mail address %2 is also on row %3.")
                         .arg(row.line)
                         .arg(w.email)
                         .arg(rowEmails.value(email)));
            else
                rowEmails.insert(email, row.line);
        }
        if (!w.displayName.isEmpty() && w.dateOfBirth.isValid()) {
            const QString person = personKey(w.displayName, w.dateOfBirth);
            const QString born = QLocale().toString(w.dateOfBirth, QLocale::ShortFormat);
            if (existingPeople.contains(person))
                warn(tr("Row %1: “%2”, born %3, is already in the register.").arg(row.line).arg(w.displayName, born));
            else if (rowPeople.contains(person))
                warn(tr("Row %1: “%2”, born %3, is also on row %4.")
                         .arg(row.line)
                         .arg(w.displayName, born)
                         .arg(rowPeople.value(person)));
            else
                rowPeople.insert(person, row.line);
        }
        switch (row.state) {
        case WorkerImportRow::State::Ready:
            ++preview.ready;
            break;
        case WorkerImportRow::State::Warning:
            ++preview.warnings;
            break;
        case WorkerImportRow::State::Refused:
            ++preview.refused;
            break;
        }
        preview.rows << row;
    }
    return preview;
}

} // namespace Kohtaamo
