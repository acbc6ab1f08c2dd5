#include "ReportChart.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Kohtaamo {

QVector<ReportChart> ReportChart::chartsOf(const ResultsReportData &report)
{
    QVector<ReportChart> charts;
    const auto add = [&](const QString &key, const QString &title, int limit, bool skipTotal) {
        const auto *section = report.section(key);
        if (!section)
            return;
        ReportChart chart;
        chart.key = key;
        chart.title = title;
        const auto &rows = section->table.rows;
        const qsizetype n = skipTotal && section->table.lastRowIsTotal ? rows.size() - 1 : rows.size();
        for (qsizetype i = 0; i < n && (limit == 0 || chart.bars.size() < limit); ++i)
            chart.bars.append({ rows.at(i).value(0).toString(), rows.at(i).value(1).toDouble() });
        const bool any
            = std::any_of(chart.bars.cbegin(), chart.bars.cend(), [](const auto &b) { return b.second > 0; });
        if (any)
            charts.append(chart);
    };
    add(QStringLiteral("commissions_by_month"), tr("Commissions per month"), 0, false);
    add(QStringLiteral("commissions_by_kind"), tr("Commissions by kind of work"), 0, false);
    add(QStringLiteral("commissions_by_topic"), tr("Commissions by topic (the ten most common)"), 10, false);
    add(QStringLiteral("hours_by_organisation"), tr("Hours per organisation"), 0, true);
    return charts;
}

QImage ReportChart::render(const QSize &size, const QLocale &locale) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(std::max(10, size.height() / 28));
    p.setFont(font);
    const QFontMetrics fm(font);
    const int margin = fm.height() / 2;

    QFont titleFont = font;
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(QRect(margin, margin, size.width() - 2 * margin, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(font);

    const int top = margin * 2 + fm.height();
    int labelWidth = 0;
    for (const auto &bar : bars)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(bar.first));
    labelWidth = std::min(labelWidth, size.width() * 2 / 5);
    const double largest
        = bars.isEmpty() ? 0.0 : std::max_element(bars.cbegin(), bars.cend(), [](const auto &a, const auto &b) {
                                     return a.second < b.second;
                                 })->second;
    const int valueWidth = fm.horizontalAdvance(locale.toString(largest, 'f', 1)) + margin;
    const int plotLeft = margin + labelWidth + margin;
    const int plotWidth = std::max(1, size.width() - plotLeft - valueWidth - margin);
    const int rows = std::max<int>(1, int(bars.size()));
    const double rowHeight = double(size.height() - top - margin) / rows;
    const bool whole
        = std::all_of(bars.cbegin(), bars.cend(), [](const auto &b) { return std::floor(b.second) == b.second; });
    const QColor colour(0x2f, 0x6f, 0x9f);
    for (int i = 0; i < bars.size(); ++i) {
        const auto &bar = bars.at(i);
        const int y = top + int(i * rowHeight);
        const int h = std::max(1, int(rowHeight * 0.7));
        const QRect labelRect(margin, y, labelWidth, int(rowHeight));
        p.setPen(Qt::black);
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(bar.first, Qt::ElideRight, labelWidth));
        const int w = largest > 0 ? int(plotWidth * bar.second / largest) : 0;
        p.fillRect(QRect(plotLeft, y + int((rowHeight - h) / 2), w, h), colour);
        p.drawText(QRect(plotLeft + w + margin / 2, y, valueWidth, int(rowHeight)), Qt::AlignLeft | Qt::AlignVCenter,
                   whole ? locale.toString(qint64(bar.second)) : locale.toString(bar.second, 'f', 1));
    }
    p.setPen(QColor(0x80, 0x80, 0x80));
    p.drawLine(plotLeft, top, plotLeft, size.height() - margin);
    return image;
}

} // namespace Kohtaamo
