#include "ReportDocument.h"
#include "common/DateTexts.h"

#include "PagedPrint.h"

#include "ReportChart.h"

#include <QTextDocument>
#include <QUrl>

namespace Kohtaamo {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

ReportDocument::ReportDocument(const ResultsReportData &report, const QString &officeName, const QLocale &locale)
    : m_report(report), m_officeName(officeName), m_locale(locale)
{
}

QString ReportDocument::periodText() const
{
    const QDate from = m_report.options.from;
    const QDate to = m_report.options.to;
    if (from.month() == 1 && from.day() == 1 && to == QDate(from.year(), 12, 31))
        return QString::number(from.year());
    if (from.day() == 1 && (from.month() - 1) % 3 == 0 && to == from.addMonths(3).addDays(-1))
        return tr("Q%1 %2").arg((from.month() - 1) / 3 + 1).arg(from.year());
    return QStringLiteral("%1–%2").arg(DateTexts::shortText(from, m_locale), DateTexts::shortText(to, m_locale));
}

QString ReportDocument::title() const
{
    return tr("Results report %1").arg(periodText());
}

QString ReportDocument::cellText(const ExportTable::Column &column, const QVariant &value, const QLocale &locale)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (ExportTable::hidesCell(column, value))
        return ExportTable::hiddenCountText();
    switch (column.type) {
    case ExportTable::ColumnType::Text:
        return value.toString();
    case ExportTable::ColumnType::Integer:
        return locale.toString(value.toLongLong());
    case ExportTable::ColumnType::Money:
        return locale.toString(value.toLongLong() / 100.0, 'f', 2);
    case ExportTable::ColumnType::Date:
        return DateTexts::shortText(value.toDate(), locale);
    case ExportTable::ColumnType::Decimal:
        return locale.toString(value.toDouble(), 'f', 1);
    }
    return value.toString();
}

QString ReportDocument::html(int width, QHash<QString, QImage> &images) const
{
    QString h;
    h += QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    h += QStringLiteral("<p><b>%1</b><br/>%2<br/>%3</p>")
             .arg(esc(m_officeName), esc(m_report.scope),
                  esc(tr("Period: %1–%2")
                          .arg(DateTexts::shortText(m_report.options.from, m_locale),
                               DateTexts::shortText(m_report.options.to, m_locale))));
    h += QStringLiteral("<p><i>%1</i></p>")
             .arg(esc(tr("This report names no experience worker. Any count of fewer than 5 people is shown as "
                         "“< 5”.")));

    const auto table = [&](const ResultsReportData::Section &section, int level) {
        h += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(esc(section.table.title));
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(section.definition));
        if (section.table.rows.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing in this period.")));
            return;
        }
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const auto &c : section.table.columns)
            h += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(c.header));
        h += QStringLiteral("</tr>");
        for (qsizetype r = 0; r < section.table.rows.size(); ++r) {
            const bool total = section.table.lastRowIsTotal && r == section.table.rows.size() - 1;
            h += QStringLiteral("<tr>");
            for (qsizetype c = 0; c < section.table.columns.size(); ++c) {
                const auto &column = section.table.columns.at(c);
                const bool number
                    = column.type != ExportTable::ColumnType::Text && column.type != ExportTable::ColumnType::Date;
                QString text = esc(cellText(column, section.table.rows.at(r).value(c), m_locale));
                if (total)
                    text = QStringLiteral("<b>%1</b>").arg(text);
                h += QStringLiteral("<td align=\"%1\">%2</td>")
                         .arg(number ? QStringLiteral("right") : QStringLiteral("left"), text);
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    };

    int index = 0;
    for (const auto &section : m_report.sections) {
        if (section.knowledge)
            continue;
        table(section, 2);
        if (++index == 2) { // after the key figures and the workers: the charts
            h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Charts")));
            for (const ReportChart &chart : ReportChart::chartsOf(m_report)) {
                const int rows = std::max<int>(4, int(chart.bars.size()));
                const QSize size(1600, 140 + rows * 56);
                const QString name = QStringLiteral("chart-%1").arg(chart.key);
                images.insert(name, chart.render(size, m_locale));
                const int w = width * 9 / 10;
                h += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                         .arg(name)
                         .arg(w)
                         .arg(w * size.height() / size.width());
            }
        }
    }
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Experience knowledge")));
    for (const auto &section : m_report.sections) {
        if (section.knowledge)
            table(section, 2);
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Result<int> ReportDocument::print(QPagedPaintDevice *device) const
{
    return PagedPrint::print(
        device, m_officeName, title(),
        [this](QTextDocument &doc, int width) {
            QHash<QString, QImage> images;
            const QString text = html(width, images);
            for (auto it = images.cbegin(); it != images.cend(); ++it)
                doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
            doc.setHtml(text);
        },
        tr("The report could not be drawn on the page."));
}

Result<int> ReportDocument::writePdf(const QString &path) const
{
    return PagedPrint::writePdf(path, title(), [this](QPagedPaintDevice *device) { return print(device); });
}

} // namespace Kohtaamo
