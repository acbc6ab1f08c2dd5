#pragma once

#include <QByteArray>
#include <QString>

namespace Kohtaamo::Fuzz {

// An XLSX package for the register targets. Mutated ZIP bytes almost never unpack (deflate and the CRC check fail
// first), so that the XML inside would hardly be fuzzed: an input that is not a ZIP file is split at NUL bytes into
// the parts xl/worksheets/sheet1.xml, xl/sharedStrings.xml, xl/styles.xml, xl/workbook.xml and
// xl/_rels/workbook.xml.rels (missing ones are left out), and packed, stored, into a valid package at `path`.
// Written by tools/fuzz-corpus.sh from real workbooks. An input that is a ZIP file ("PK\3\4") is written as it is.
void writeXlsx(const QByteArray &input, const QString &path);

} // namespace Kohtaamo::Fuzz
