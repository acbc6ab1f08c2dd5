#pragma once

#include "reports/ResultsReportData.h"

#include <QCoreApplication>
#include <QImage>
#include <QPair>
#include <QVector>

namespace Kohtaamo {

// A bar chart of one of the report's tables, painted with QPainter (no widgets): what the PDF and the printout show
// where a funder would rather look than read. The Reports page draws the same series with Qt Charts.
struct ReportChart
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::ReportChart)
public:
    QString key; // the section it draws
    QString title;
    QVector<QPair<QString, double>> bars;

    // The report's charts: commissions per month, by kind of work, by topic (the ten largest), hours per
    // organisation. Charts with nothing to show are left out.
    static QVector<ReportChart> chartsOf(const ResultsReportData &report);
    // The chart as an image of `size` pixels (horizontal bars, labels on the left, values at the bars' ends).
    QImage render(const QSize &size, const QLocale &locale) const;
};

} // namespace Kohtaamo
