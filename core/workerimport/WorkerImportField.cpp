#include "WorkerImportField.h"

namespace Kohtaamo {

namespace {
struct FieldInfo
{
    WorkerImportField field;
    const char *code;
    const char *property; // the Worker member validation errors name
    const char *headers; // '|' between the header names it is guessed from
};

// clang-format off
const FieldInfo kFields[] = {
    { WorkerImportField::DisplayName, "name", "displayName",
      "name|display name|nimi|näyttönimi|kutsumanimi|koko nimi|full name|namn|fullständigt namn|visningsnamn" },
    { WorkerImportField::FirstName, "first-name", "",
      "first name|firstname|given name|etunimi|etunimet|förnamn" },
    { WorkerImportField::LastName, "last-name", "",
      "last name|lastname|surname|family name|sukunimi|efternamn" },
    { WorkerImportField::Pseudonym, "pseudonym", "pseudonym",
      "pseudonym|pseudonyymi|nimimerkki|peitenimi|alias" },
    { WorkerImportField::Email, "email", "email",
      "email|e-mail|e mail|mail|email address|e-mail address|sähköposti|sähköpostiosoite|sposti|s-posti|e-post|"
      "e-postadress|epost" },
    { WorkerImportField::Phone, "phone", "phone",
      "phone|telephone|mobile|phone number|puhelin|puhelinnumero|puh|puh.|matkapuhelin|gsm|telefon|"
      "telefonnummer|mobil" },
    { WorkerImportField::Organisation, "organisation", "organisationId",
      "organisation|organization|organisaatio|järjestö|yhdistys|taho|organisation name|organisationen|förening" },
    { WorkerImportField::Title, "title", "title", "title|nimike|tehtävänimike|rooli|role|titel|roll" },
    { WorkerImportField::DateOfBirth, "date-of-birth", "dateOfBirth",
      "date of birth|birth date|birthdate|born|dob|syntymäaika|syntymäpäivä|syntynyt|födelsedatum|född" },
    { WorkerImportField::Languages, "languages", "languages",
      "languages|language|kielet|kieli|kielitaito|språk" },
    { WorkerImportField::Municipality, "municipality", "municipality",
      "municipality|city|town|home town|kunta|kotikunta|asuinkunta|paikkakunta|kommun|hemkommun|ort" },
    { WorkerImportField::HomeRegion, "region", "homeRegion",
      "region|home region|maakunta|alue|kotimaakunta|hyvinvointialue|landskap|välfärdsområde" },
    { WorkerImportField::RegionsCovered, "regions-covered", "regionsCovered",
      "regions covered|areas|toiminta-alue|toiminta-alueet|toimii alueilla|verksamhetsområden|områden" },
    { WorkerImportField::Status, "status", "status", "status|tila|state|tilanne" },
    { WorkerImportField::Notes, "notes", "notes",
      "notes|note|comments|comment|lisätiedot|huomiot|huomautukset|muistiinpanot|anteckningar|kommentarer" },
    { WorkerImportField::ContactConsent, "contact-consent", "",
      "consent|contact consent|consent given|suostumus|yhteydenottolupa|lupa|suostumus annettu|samtycke|"
      "samtycke givet" },
};
// clang-format on

const FieldInfo *info(WorkerImportField field)
{
    for (const FieldInfo &i : kFields) {
        if (i.field == field)
            return &i;
    }
    return nullptr;
}
} // namespace

QVector<WorkerImportField> WorkerImportFields::all()
{
    QVector<WorkerImportField> fields;
    for (const FieldInfo &i : kFields)
        fields << i.field;
    return fields;
}

QString WorkerImportFields::code(WorkerImportField field)
{
    const FieldInfo *i = info(field);
    return i ? QString::fromLatin1(i->code) : QString();
}

std::optional<WorkerImportField> WorkerImportFields::fromCode(const QString &code)
{
    for (const FieldInfo &i : kFields) {
        if (code.compare(QLatin1String(i.code), Qt::CaseInsensitive) == 0)
            return i.field;
    }
    return std::nullopt;
}

QString WorkerImportFields::name(WorkerImportField field)
{
    switch (field) {
    case WorkerImportField::DisplayName:
        return tr("Name");
    case WorkerImportField::FirstName:
        return tr("First name");
    case WorkerImportField::LastName:
        return tr("Last name");
    case WorkerImportField::Pseudonym:
        return tr("Name is a pseudonym");
    case WorkerImportField::Email:
        return tr("E-mail");
    case WorkerImportField::Phone:
        return tr("Phone");
    case WorkerImportField::Organisation:
        return tr("Organisation");
    case WorkerImportField::Title:
        return tr("Title");
    case WorkerImportField::DateOfBirth:
        return tr("Date of birth");
    case WorkerImportField::Languages:
        return tr("Languages");
    case WorkerImportField::Municipality:
        return tr("Municipality");
    case WorkerImportField::HomeRegion:
        return tr("Home region");
    case WorkerImportField::RegionsCovered:
        return tr("Regions covered");
    case WorkerImportField::Status:
        return tr("Status");
    case WorkerImportField::Notes:
        return tr("Notes");
    case WorkerImportField::ContactConsent:
        return tr("Consent to be contacted (date)");
    }
    return {};
}

QStringList WorkerImportFields::headerNames(WorkerImportField field)
{
    const FieldInfo *i = info(field);
    return i ? QString::fromUtf8(i->headers).split(QLatin1Char('|')) : QStringList();
}

std::optional<WorkerImportField> WorkerImportFields::fromWorkerProperty(const QString &property)
{
    for (const FieldInfo &i : kFields) {
        if (*i.property && property == QLatin1String(i.property))
            return i.field;
    }
    return std::nullopt;
}

} // namespace Kohtaamo
