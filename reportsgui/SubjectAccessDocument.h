#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

class QPagedPaintDevice;

namespace Kohtaamo {

// Everything the office holds about one worker (OfficeService::subjectAccess, GDPR Art. 15) as a readable A4 document
// for the person: their record field by field, then each kind of record as a table, every value as stored, with the
// office's name and "Page N of M" on each page (PagedPrint).
class SubjectAccessDocument
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::SubjectAccessDocument)
public:
    SubjectAccessDocument(const QJsonObject &data, const QString &officeName, const QLocale &locale = QLocale());

    QString title() const; // "Data held about Aino Virtanen"
    QString html() const;

    Result<int> print(QPagedPaintDevice *device) const;
    // An A4 PDF at `path`, private to its owner from the first byte (drawn in memory, then PrivateFile).
    Result<int> writePdf(const QString &path) const;

private:
    QJsonObject m_data;
    QString m_officeName;
    QLocale m_locale;
};

} // namespace Kohtaamo
