#include "CommissionSummaryDocument.h"
#include "common/DateTexts.h"

#include "PagedPrint.h"

#include "reports/ResultsReport.h"
#include "requests/RequestWorkflow.h"

#include <QTextDocument>

namespace Kohtaamo {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString paragraphs(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}
} // namespace

CommissionSummaryDocument::CommissionSummaryDocument(const CommissionSummaryData &summary, const QString &officeName,
                                                     const QLocale &locale)
    : m_summary(summary), m_officeName(officeName), m_locale(locale)
{
}

QString CommissionSummaryDocument::title() const
{
    return tr("Commission summary %1").arg(m_summary.reference);
}

QString CommissionSummaryDocument::dateTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return DateTexts::shortText(utc.toLocalTime(), m_locale);
}

QString CommissionSummaryDocument::html() const
{
    const CommissionSummaryData &s = m_summary;
    const QString notGiven = tr("Not given");
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(title()));
    h += QStringLiteral("<p><b>%1</b></p>").arg(esc(s.title.isEmpty() ? notGiven : s.title));

    QString rows;
    const auto row = [&](const QString &label, const QString &value) {
        rows += QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(label), value.isEmpty() ? esc(notGiven) : value);
    };
    row(tr("Reference"), esc(s.reference));
    row(tr("Requester"), esc(s.requesterName));
    row(tr("Organisation"), esc(s.requesterUnit));
    if (!s.requesterSector.isEmpty())
        row(tr("Sector"), esc(s.requesterSector));
    row(tr("Kind of work"), esc(s.kindOfWork));
    row(tr("Topics"), esc(s.topics.join(QStringLiteral(", "))));
    if (!s.fundedActivity.isEmpty())
        row(tr("Funded activity"), esc(s.fundedActivity));
    QString when;
    if (s.starts.isValid()) {
        when = dateTime(s.starts);
        if (s.ends.isValid())
            when += QStringLiteral("–") + DateTexts::shortText(s.ends.toLocalTime().time(), m_locale);
    } else if (s.deadline.isValid()) {
        when = tr("By %1").arg(DateTexts::shortText(s.deadline, m_locale));
    }
    row(tr("Date"), esc(when));
    QString where = s.remote ? tr("Remote") : s.place;
    if (!s.remote && !s.region.isEmpty() && !where.contains(s.region))
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + s.region;
    row(tr("Place"), esc(where));
    row(tr("Status"), esc(RequestWorkflow::statusName(s.status)));
    QStringList steps;
    for (const auto &step : s.history) {
        steps << QStringLiteral("%1 %2").arg(esc(RequestWorkflow::statusName(step.status)),
                                             esc(DateTexts::shortText(step.at.toLocalTime().date(), m_locale)));
    }
    row(tr("Steps"), steps.join(QStringLiteral("<br/>")));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">%1</table>").arg(rows);

    if (!s.description.trimmed().isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("What was asked")), paragraphs(s.description));

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Experience workers")));
    rows.clear();
    if (s.workerCount() == 0) {
        row(tr("Taking part"), esc(tr("No experience worker is engaged.")));
    } else {
        row(tr("Taking part"), esc(m_locale.toString(s.workerCount())));
        if (!s.namedWorkers.isEmpty())
            row(tr("Named"), esc(s.namedWorkers.join(QStringLiteral(", "))));
        if (s.unnamedWorkers > 0)
            row(tr("Not named"), esc(m_locale.toString(s.unnamedWorkers)));
    }
    row(tr("Hours"), esc(m_locale.toString(s.hours, 'f', 1)));
    row(tr("Fees in total"), esc(m_locale.toCurrencyString(s.feesCents / 100.0, QStringLiteral("€"))));
    if (s.travelCents > 0)
        row(tr("Travel costs in total"), esc(m_locale.toCurrencyString(s.travelCents / 100.0, QStringLiteral("€"))));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">%1</table>").arg(rows);
    h += QStringLiteral("<p><i>%1</i></p>")
             .arg(esc(tr("Experience workers are named only with their consent to appear in public, by the name they "
                         "use; the others are counted.")));

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Outcome")));
    if (!s.outcomeRecorded) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No outcome has been recorded yet.")));
    } else {
        rows.clear();
        if (s.heldOn.isValid())
            row(tr("Held on"), esc(DateTexts::shortText(s.heldOn, m_locale)));
        row(tr("Summary"), paragraphs(s.outcomeSummary));
        row(tr("Audience"), s.audienceSize > 0 ? esc(m_locale.toString(s.audienceSize)) : esc(tr("Not recorded")));
        row(tr("Requester's feedback"), paragraphs(s.requesterFeedback));
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">%1</table>").arg(rows);
    }

    if (!s.knowledge.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Experience knowledge")));
        for (const auto &k : s.knowledge) {
            QStringList about;
            about << ResultsReport::phaseName(k.phase);
            if (!k.topics.isEmpty())
                about << k.topics.join(QStringLiteral(", "));
            if (k.criticalPoint)
                about << tr("critical point");
            h += QStringLiteral("<p>%1<br/><i>%2</i></p>")
                     .arg(paragraphs(k.text), esc(about.join(QStringLiteral(" · "))));
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Result<int> CommissionSummaryDocument::print(QPagedPaintDevice *device) const
{
    return PagedPrint::print(
        device, m_officeName, title(), [this](QTextDocument &doc, int) { doc.setHtml(html()); },
        tr("The summary could not be drawn on the page."));
}

Result<int> CommissionSummaryDocument::writePdf(const QString &path) const
{
    return PagedPrint::writePdf(path, title(), [this](QPagedPaintDevice *device) { return print(device); });
}

} // namespace Kohtaamo
