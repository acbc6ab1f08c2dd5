#!/usr/bin/python3
"""Reads the files tests/core/tst_export.cpp wrote, and LibreOffice's conversions of them, with real readers:
Python's csv module and openpyxl. Exits non-zero naming the first difference.

    check_export.py our-csv FILE    our CSV, read by the csv module (UTF-8 with BOM, ';', decimal comma, d.M.yyyy)
    check_export.py our-xlsx FILE   our XLSX, read by openpyxl (numbers, real dates, formats, bold header, widths)
    check_export.py lo-xlsx FILE    LibreOffice's XLSX of our CSV (read with the Finnish locale): numbers and dates
    check_export.py lo-csv FILE     LibreOffice's CSV of our XLSX (raw values, ';', UTF-8)
"""
import csv
import datetime
import sys

TEXT = 'Ääliö; "lainaus"\nrivi'
HEADER = ["Nimi", "Määrä", "Summa (€)", "Päivä"]
# (text, integer, money in euros, date or None) as the test wrote them; the last row is the totals row.
ROWS = [
    (TEXT, 3, 1234.5, datetime.date(2026, 3, 14)),
    ("Åsa Öberg", -2, -0.05, None),
    ("Tötterö å ä ö", 0, 0.0, datetime.date(2026, 12, 31)),
    ("Yhteensä", 1, 1234.45, None),
]


def fail(message):
    print("check_export: " + message)
    sys.exit(1)


def expect(what, got, wanted):
    if got != wanted:
        fail("%s: got %r, expected %r" % (what, got, wanted))


def read_csv(path, encoding):
    with open(path, newline="", encoding=encoding) as f:
        return list(csv.reader(f, delimiter=";"))


def our_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    expect("byte order mark", raw[:3], b"\xef\xbb\xbf")
    expect("line ends", raw.count(b"\r\n") >= len(ROWS) + 1, True)
    rows = read_csv(path, "utf-8-sig")
    expect("rows", len(rows), len(ROWS) + 1)
    expect("header", rows[0], HEADER)
    money = ["1234,50", "-0,05", "0,00", "1234,45"]
    dates = ["14.3.2026", "", "31.12.2026", ""]
    for i, (text, integer, _, _) in enumerate(ROWS):
        expect("row %d" % (i + 1), rows[i + 1], [text, str(integer), money[i], dates[i]])


def our_xlsx(path):
    import openpyxl

    book = openpyxl.load_workbook(path)
    expect("sheets", book.sheetnames, ["Palkkiot ÄÖÅ", "Toinen"])
    sheet = book["Palkkiot ÄÖÅ"]
    header = [c.value for c in sheet[1]]
    expect("header", header, HEADER)
    expect("header bold", all(c.font.bold for c in sheet[1]), True)
    for i, (text, integer, money, date) in enumerate(ROWS):
        cells = sheet[i + 2]
        expect("row %d text" % (i + 2), cells[0].value, text)
        expect("row %d integer" % (i + 2), cells[1].value, integer)
        expect("row %d integer is a number" % (i + 2), isinstance(cells[1].value, (int, float)), True)
        expect("row %d money" % (i + 2), round(cells[2].value, 2), money)
        expect("row %d money format" % (i + 2), cells[2].number_format, "#,##0.00")
        if date is None:
            expect("row %d empty date" % (i + 2), cells[3].value, None)
        else:
            expect("row %d date is a date" % (i + 2), isinstance(cells[3].value, datetime.datetime), True)
            expect("row %d date" % (i + 2), cells[3].value.date(), date)
            expect("row %d date format" % (i + 2), cells[3].number_format, "d.m.yyyy")
    expect("totals row bold", sheet.cell(row=len(ROWS) + 1, column=1).font.bold, True)
    width = sheet.column_dimensions["A"].width
    expect("first column wide enough", width is not None and width >= 12, True)


def lo_xlsx(path):
    import openpyxl

    sheet = openpyxl.load_workbook(path).active
    expect("header", [c.value for c in sheet[1]], HEADER)
    for i, (text, integer, money, date) in enumerate(ROWS):
        cells = sheet[i + 2]
        expect("row %d text" % (i + 2), cells[0].value, text)
        expect("row %d integer" % (i + 2), cells[1].value, integer)
        expect("row %d money is a number" % (i + 2), isinstance(cells[2].value, (int, float)), True)
        expect("row %d money" % (i + 2), round(cells[2].value, 2), money)
        if date is not None:
            expect("row %d date is a date" % (i + 2), isinstance(cells[3].value, datetime.datetime), True)
            expect("row %d date" % (i + 2), cells[3].value.date(), date)


def lo_csv(path):
    rows = read_csv(path, "utf-8-sig")
    expect("rows", len(rows), len(ROWS) + 1)
    expect("header", rows[0], HEADER)
    for i, (text, integer, money, date) in enumerate(ROWS):
        row = rows[i + 1]
        expect("row %d text" % (i + 1), row[0], text)
        expect("row %d integer" % (i + 1), int(row[1]), integer)
        expect("row %d money" % (i + 1), round(float(row[2]), 2), money)
        if date is not None:
            expect("row %d date" % (i + 1), datetime.datetime.strptime(row[3], "%m/%d/%Y").date(), date)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        fail(__doc__)
    checks = {"our-csv": our_csv, "our-xlsx": our_xlsx, "lo-xlsx": lo_xlsx, "lo-csv": lo_csv}
    if sys.argv[1] not in checks:
        fail("unknown check " + sys.argv[1])
    checks[sys.argv[1]](sys.argv[2])
    print("check_export: %s %s ok" % (sys.argv[1], sys.argv[2]))
