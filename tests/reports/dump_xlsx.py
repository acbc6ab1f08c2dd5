#!/usr/bin/python3
"""Reads an XLSX workbook with openpyxl (a real reader, not ours) and prints every cell, one a line, for
tests/ui/tst_funders_report.cpp to compare with the report it wrote:

    SHEET <TAB> ROW <TAB> COLUMN <TAB> TYPE <TAB> VALUE

TYPE is the Python type openpyxl gives (int, float, str, datetime); ROW and COLUMN count from 1 (row 1 the header).
A header that is not bold, or a workbook that cannot be read, exits non-zero.
"""
import sys

import openpyxl


def main(path):
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for r, row in enumerate(sheet.iter_rows(), start=1):
            for c, cell in enumerate(row, start=1):
                if cell.value is None:
                    continue
                if r == 1 and not cell.font.bold:
                    print("dump_xlsx: header %s!%s is not bold" % (sheet.title, cell.coordinate))
                    return 1
                value = str(cell.value).replace("\t", " ").replace("\n", " ")
                print("%s\t%d\t%d\t%s\t%s" % (sheet.title, r, c, type(cell.value).__name__, value))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
