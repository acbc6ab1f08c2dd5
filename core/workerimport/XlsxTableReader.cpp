#include "XlsxTableReader.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <unzip.h>

#include <cmath>

namespace Kohtaamo {

namespace {

// The parts of an opened package, read whole (a register's parts are small).
class Package
{
public:
    explicit Package(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())) { }
    ~Package()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    bool has(const QString &name) { return m_zip && unzLocateFile(m_zip, name.toUtf8().constData(), 1) == UNZ_OK; }
    // The part's bytes; nullopt when it is missing, damaged, or unpacks to more than a register could be (a
    // "zip bomb" is not read into memory).
    std::optional<QByteArray> part(const QString &name)
    {
        constexpr qsizetype kLargestPart = 256 * 1024 * 1024;
        if (!has(name) || unzOpenCurrentFile(m_zip) != UNZ_OK)
            return std::nullopt;
        QByteArray bytes;
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
            bytes.append(buffer, n);
            if (bytes.size() > kLargestPart) {
                unzCloseCurrentFile(m_zip);
                return std::nullopt;
            }
        }
        const bool ok = n == 0 && unzCloseCurrentFile(m_zip) == UNZ_OK;
        if (!ok)
            return std::nullopt;
        return bytes;
    }

private:
    unzFile m_zip = nullptr;
};

QString attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1String(name)).toString();
}

// Every <t> text under the current element (a shared string's runs, an inline string), up to its end.
QString textUnder(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("t"))
            text += xml.readElementText();
        else if (xml.isStartElement()
                 && (xml.name() == QLatin1String("rPh") || xml.name() == QLatin1String("phoneticPr")))
            xml.skipCurrentElement(); // phonetic guides are not the text
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

QStringList sharedStrings(const QByteArray &bytes)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings << textUnder(xml);
    }
    return strings;
}

bool isDateFormatCode(const QString &code)
{
    // Literal text and colours in brackets or quotes say nothing; d, m and y codes make a date (h and s alone a time).
    QString plain = code;
    plain.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    plain = plain.toLower();
    return plain.contains(QLatin1Char('d')) || plain.contains(QLatin1Char('y'))
        || (plain.contains(QLatin1Char('m')) && !plain.contains(QLatin1Char('h')) && !plain.contains(QLatin1Char('s')));
}

// Which cell styles (indexes into cellXfs) format a number as a date.
QSet<int> dateStyles(const QByteArray &bytes)
{
    QSet<int> builtIn { 14, 15, 16, 17, 22, 27, 30, 36, 50, 57 };
    QSet<int> dateFormats = builtIn;
    QSet<int> styles;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            if (isDateFormatCode(attribute(xml, "formatCode")))
                dateFormats.insert(attribute(xml, "numFmtId").toInt());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            if (dateFormats.contains(attribute(xml, "numFmtId").toInt()))
                styles.insert(index);
            ++index;
        }
    }
    return styles;
}

// The part of the first sheet, as workbook.xml and its relationships name it.
QString firstSheetPart(Package &package)
{
    const auto workbook = package.part(QStringLiteral("xl/workbook.xml"));
    const auto rels = package.part(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (workbook && rels) {
        QString id;
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd() && id.isEmpty()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    if (a.name() == QLatin1String("id"))
                        id = a.value().toString();
                }
            }
        }
        QXmlStreamReader r(*rels);
        while (!r.atEnd() && !id.isEmpty()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("Relationship") && attribute(r, "Id") == id) {
                QString target = attribute(r, "Target");
                if (target.startsWith(QLatin1Char('/')))
                    return target.mid(1);
                return QStringLiteral("xl/") + target;
            }
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

// A sheet's columns run from A to XFD, its rows from 1 to 1,048,576.
constexpr int kColumns = 16384;
constexpr int kRows = 1048576;
// Excel's last day, 9999-12-31.
constexpr double kLastSerial = 2958465;

// "BC12" → 54 (zero-based column); -1 when the reference has no letters A–Z or names a column past XFD (a
// reference of many letters overflowed an int before: found by fuzz_xlsx_table, docs/fuzzing.md).
int columnOf(const QString &reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar ch : reference) {
        const char16_t letter = ch.toUpper().unicode();
        if (letter < u'A' || letter > u'Z')
            break;
        column = column * 26 + (letter - u'A' + 1);
        if (column > kColumns)
            return -1;
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

QString numberText(const QString &value)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok)
        return value;
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

} // namespace

QDate XlsxTableReader::dateFromSerial(double serial)
{
    // Beyond Excel's days (or not a number) it is no date: converting 1e300 to a day count was undefined (found by
    // fuzzing, docs/fuzzing.md).
    if (!(serial >= 0 && serial < kLastSerial + 1))
        return {};
    return QDate(1899, 12, 30).addDays(qint64(std::floor(serial)));
}

Result<ImportTable> XlsxTableReader::read(const QString &path)
{
    Package package(path);
    if (!package.isOpen())
        return Error(Error::Code::InvalidInput, tr("%1 is not an XLSX workbook that can be read.").arg(path));
    const QString sheetName = firstSheetPart(package);
    const auto sheet = package.part(sheetName);
    if (!sheet)
        return Error(Error::Code::InvalidInput, tr("The workbook %1 has no sheet that can be read.").arg(path));
    const QStringList strings
        = sharedStrings(package.part(QStringLiteral("xl/sharedStrings.xml")).value_or(QByteArray()));
    const QSet<int> dates = dateStyles(package.part(QStringLiteral("xl/styles.xml")).value_or(QByteArray()));

    QVector<ImportTable::Row> rows;
    QXmlStreamReader xml(*sheet);
    ImportTable::Row row;
    int nextRow = 1;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            // A row number past the sheet's last row is not one (r="2147483647" overflowed the next row's number:
            // found by fuzzing, docs/fuzzing.md).
            const int r = attribute(xml, "r").toInt();
            row = ImportTable::Row { r > 0 && r <= kRows ? r : nextRow, {} };
            nextRow = row.line + 1;
            nextColumn = 0;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            bool empty = true;
            for (const QString &c : std::as_const(row.cells))
                empty = empty && c.trimmed().isEmpty();
            if (!empty)
                rows << row;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QString reference = attribute(xml, "r");
            const int column = reference.isEmpty() ? nextColumn : columnOf(reference);
            nextColumn = column + 1;
            const QString type = attribute(xml, "t");
            const QString styleText = attribute(xml, "s");
            const int style = styleText.isEmpty() ? -1 : styleText.toInt();
            QString value;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("is"))
                    text = textUnder(xml);
                else if (xml.isStartElement())
                    xml.skipCurrentElement(); // a formula: its cached value is in <v>
                else if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
            }
            QString cell;
            if (type == QLatin1String("s"))
                cell = strings.value(value.toInt());
            else if (type == QLatin1String("inlineStr"))
                cell = text;
            else if (type == QLatin1String("str") || type == QLatin1String("e"))
                cell = value;
            else if (type == QLatin1String("b"))
                cell = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else if (type == QLatin1String("d"))
                cell = value.left(10); // an ISO 8601 date cell
            else if (const QDate date
                     = dates.contains(style) && !value.isEmpty() ? dateFromSerial(value.toDouble()) : QDate();
                     date.isValid())
                cell = date.toString(Qt::ISODate);
            else
                cell = numberText(value);
            if (column >= 0 && column < kColumns) {
                while (row.cells.size() <= column)
                    row.cells << QString();
                row.cells[column] = cell;
            }
        }
    }
    if (xml.hasError())
        return Error(Error::Code::InvalidInput, tr("The sheet of %1 cannot be read: %2").arg(path, xml.errorString()),
                     sheetName);
    if (rows.isEmpty())
        return Error(Error::Code::InvalidInput, tr("The file has no rows: the first row should name the columns."));
    ImportTable table;
    const ImportTable::Row header = rows.takeFirst();
    table.header = header.cells;
    for (QString &h : table.header)
        h = h.trimmed();
    table.headerLine = header.line;
    // Rows may be shorter than the header (empty cells at the end are not written).
    table.rows = rows;
    return table;
}

} // namespace Kohtaamo
