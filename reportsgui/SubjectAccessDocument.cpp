#include "SubjectAccessDocument.h"

#include "PagedPrint.h"

#include "common/PrivateFile.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Kohtaamo {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? SubjectAccessDocument::tr("yes") : SubjectAccessDocument::tr("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    }
}

// "date_of_birth" → "date of birth": the stored column's name, readable.
QString label(const QString &column)
{
    QString s = column;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    return s;
}
} // namespace

SubjectAccessDocument::SubjectAccessDocument(const QJsonObject &data, const QString &officeName, const QLocale &locale)
    : m_data(data), m_officeName(officeName), m_locale(locale)
{
}

QString SubjectAccessDocument::title() const
{
    return tr("Data held about %1")
        .arg(m_data.value(QStringLiteral("worker")).toObject().value(QStringLiteral("display_name")).toString());
}

QString SubjectAccessDocument::html() const
{
    QString h = QStringLiteral("<html><body><h2>%1</h2>").arg(esc(title()));
    const QDateTime made = QDateTime::fromString(m_data.value(QStringLiteral("made_at")).toString(), Qt::ISODateWithMs);
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Everything %1 holds about this person, as stored, on %2 (made by %3). Each part below is "
                         "one kind of record; an empty part says so.")
                          .arg(m_officeName, m_locale.toString(made.toLocalTime(), QLocale::ShortFormat),
                               m_data.value(QStringLiteral("made_by")).toString())));
    const auto fields = [&](const QString &heading, const QJsonObject &o) {
        h += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">").arg(esc(heading));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            h += QStringLiteral("<tr><td width=\"32%\"><b>%1</b></td><td>%2</td></tr>")
                     .arg(esc(label(it.key())), esc(text(it.value())));
        h += QStringLiteral("</table>");
    };
    fields(tr("Record"), m_data.value(QStringLiteral("worker")).toObject());
    fields(tr("Organisation"), m_data.value(QStringLiteral("organisation")).toObject());
    const struct
    {
        const char *key;
        QString heading;
    } parts[] = {
        { "languages", tr("Languages") },
        { "regions", tr("Regions") },
        { "experiences", tr("Lived experience") },
        { "service_types", tr("Kinds of work") },
        { "unavailable_periods", tr("Unavailable periods") },
        { "consents", tr("Consents and their history") },
        { "requests", tr("Requests taken part in or invited to") },
        { "invitations", tr("Invitations") },
        { "invitation_events", tr("Answers and reminders") },
        { "engagements", tr("Engagements, hours and fees") },
        { "change_notices", tr("Changes to tell") },
        { "knowledge_entries", tr("Experience knowledge naming them") },
        { "mail", tr("E-mail") },
        { "audit_entries", tr("Audit log entries about them") },
    };
    for (const auto &part : parts) {
        const QJsonArray rows = m_data.value(QLatin1String(part.key)).toArray();
        h += QStringLiteral("<h3>%1 (%2)</h3>").arg(esc(part.heading), m_locale.toString(rows.size()));
        if (rows.isEmpty()) {
            h += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("None.")));
            continue;
        }
        // One small table per record: long texts (a message's body, an audit entry's values) need the page's width.
        for (const QJsonValue &row : rows) {
            h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" width=\"100%\" "
                                "style=\"margin-bottom: 6px\">");
            const QJsonObject o = row.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                QString value = text(it.value());
                if (value.size() > 4000)
                    value = value.left(4000) + QStringLiteral(" …");
                h += QStringLiteral("<tr><td width=\"28%\">%1</td><td>%2</td></tr>")
                         .arg(esc(label(it.key())), esc(value));
            }
            h += QStringLiteral("</table><hr/>");
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Result<int> SubjectAccessDocument::print(QPagedPaintDevice *device) const
{
    return PagedPrint::print(
        device, m_officeName, title(), [this](QTextDocument &doc, int) { doc.setHtml(html()); },
        tr("The subject access document could not be drawn on the page."));
}

Result<int> SubjectAccessDocument::writePdf(const QString &path) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<int> pages = Error();
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Kohtaamo"));
        pages = print(&writer);
    }
    if (!pages)
        return pages;
    if (Status s = PrivateFile::write(path, buffer.data()); !s)
        return s.error();
    return pages;
}

} // namespace Kohtaamo
