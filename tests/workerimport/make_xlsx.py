#!/usr/bin/python3
"""Writes a worker register as XLSX for tst_worker_import, the way other programs write it.

    make_xlsx.py openpyxl OUT.xlsx   -- with python3-openpyxl: shared strings, numbers, a real date cell, an empty row
    make_xlsx.py inline OUT.xlsx     -- a minimal package by hand with inline strings (as some exporters write)
"""
import datetime
import sys
import zipfile


def with_openpyxl(path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rekisteri"
    ws.append(["Nimi", "Sähköposti", "Puhelin", "Syntymäaika", "Kielet", "Kunta"])
    ws.append(["Äijä Öhman", "aija@example.fi", "040 123 4567", datetime.date(1980, 12, 31), "fi, sv", "Närpiö"])
    ws.append(["Bertta", "bertta@example.fi", 358401234567, datetime.date(2001, 2, 3), "fi", "Turku"])
    ws.append([])
    ws.append(["Cecilia", None, None, None, "sv", "Vaasa"])
    # A second sheet is not read.
    other = wb.create_sheet("Muu")
    other.append(["ei tämä"])
    wb.save(path)


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Register" sheetId="1" r:id="rId7"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>
</Relationships>"""
SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="2"><c r="A2" t="inlineStr"><is><t>Namn</t></is></c><c r="B2" t="inlineStr"><is><t>E-post</t></is></c><c r="C2" t="inlineStr"><is><t>Född</t></is></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><r><t>Åsa </t></r><r><t>Ström</t></r></is></c><c r="B3" t="inlineStr"><is><t>asa@example.se</t></is></c><c r="C3"><v>29587</v></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>Örjan</t></is></c><c r="C5" t="str"><f>TEXT(1)</f><v>1975-06-01</v></c></row>
</sheetData></worksheet>"""


def inline(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/data.xml", SHEET)


if __name__ == "__main__":
    {"openpyxl": with_openpyxl, "inline": inline}[sys.argv[1]](sys.argv[2])
