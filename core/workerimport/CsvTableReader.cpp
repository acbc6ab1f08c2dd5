#include "CsvTableReader.h"

#include <csv.h>

namespace Kohtaamo {

namespace {

// libcsv's parser states (libcsv.c): a record has not begun.
constexpr int kRowNotBegun = 0;

struct Collector
{
    QStringList fields;
    QVector<ImportTable::Row> rows;
    int line = 1; // the line of the file being fed
    int recordLine = 1; // where the record being read started
    int breaksInFields = 0; // line breaks inside quoted fields so far: a spreadsheet shows no row for them
};

void onField(void *data, size_t length, void *context)
{
    auto *c = static_cast<Collector *>(context);
    c->fields << QString::fromUtf8(static_cast<const char *>(data), qsizetype(length));
}

void onRecord(int, void *context)
{
    auto *c = static_cast<Collector *>(context);
    // The row a spreadsheet shows the record on: its line, less the line breaks inside fields before it.
    ImportTable::Row row { c->recordLine - c->breaksInFields, c->fields };
    c->breaksInFields += c->line - c->recordLine;
    c->fields.clear();
    bool empty = true;
    for (const QString &f : std::as_const(row.cells))
        empty = empty && f.trimmed().isEmpty();
    if (!empty)
        c->rows << row;
}

} // namespace

char CsvTableReader::detectDelimiter(const QByteArray &data)
{
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const char ch : data) {
        if (ch == '"')
            quoted = !quoted;
        else if (!quoted && (ch == '\n' || ch == '\r'))
            break;
        else if (!quoted && ch == ';')
            ++semicolons;
        else if (!quoted && ch == ',')
            ++commas;
    }
    return commas > semicolons ? ',' : ';';
}

Result<ImportTable> CsvTableReader::read(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    // Skip leading empty lines, so that the delimiter is read from the header.
    qsizetype start = 0;
    int firstLine = 1;
    while (start < data.size() && (data.at(start) == '\n' || data.at(start) == '\r')) {
        if (data.at(start) == '\n')
            ++firstLine;
        ++start;
    }
    const char delimiter = detectDelimiter(data.mid(start));

    csv_parser parser;
    if (csv_init(&parser, 0) != 0)
        return Error(Error::Code::InvalidInput, tr("The CSV reader could not start."));
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    Collector c;
    c.line = firstLine;
    c.recordLine = firstLine;
    // Fed a line at a time, so that each record knows the line it starts on.
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        end = end < 0 ? data.size() : end + 1;
        if (parser.pstate == kRowNotBegun)
            c.recordLine = c.line;
        const size_t fed = csv_parse(&parser, data.constData() + start, size_t(end - start), onField, onRecord, &c);
        if (fed != size_t(end - start)) {
            const QString why = QString::fromUtf8(csv_strerror(csv_error(&parser)));
            csv_free(&parser);
            return Error(Error::Code::InvalidInput,
                         tr("Line %1 of the CSV file cannot be read: %2").arg(c.line).arg(why));
        }
        ++c.line;
        start = end;
    }
    --c.line; // a last record without a line break ends on the last line
    csv_fini(&parser, onField, onRecord, &c);
    csv_free(&parser);

    ImportTable table;
    if (c.rows.isEmpty())
        return Error(Error::Code::InvalidInput, tr("The file has no rows: the first row should name the columns."));
    const ImportTable::Row header = c.rows.takeFirst();
    table.header = header.cells;
    for (QString &h : table.header)
        h = h.trimmed();
    table.headerLine = header.line;
    table.rows = c.rows;
    return table;
}

} // namespace Kohtaamo
