#pragma once

#include <QString>

namespace Kohtaamo {

// A read of the office's data that left it as a file or a print (docs/data-protection.md, "Reads that are logged"):
// OfficeService::recordExport writes one audit entry for it, with nothing personal in it.
struct ExportRecord
{
    enum class Kind {
        OfficeData, // the interchange document (File ▸ Export…, kohtaamo-cli export)
        ResultsReport, // the funder's results report (CSV, XLSX, PDF, print; kohtaamo-cli report)
        Fees, // the fees to pay or a payment batch (CSV, XLSX)
        CommissionSummary, // one request's commission summary (PDF, print)
    };
    ExportRecord() = default;
    ExportRecord(Kind k, const QString &f, const QString &file = {}, const QString &s = {})
        : kind(k), format(f), fileName(file), subject(s)
    {
    }

    Kind kind = Kind::OfficeData;
    QString format; // "JSON", "CSV", "XLSX", "PDF", "print"
    QString fileName; // the file's name without its folder; empty for a print or standard output
    QString subject; // what was exported: a period ("2026"), a request's reference, a batch ("2026-12/1")
    // The login that ran a tool writing as itself (kohtaamo-cli): the audit's actor is then the tool.
    QString login;

    static QString kindCode(Kind kind);
};

} // namespace Kohtaamo
