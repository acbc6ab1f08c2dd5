#!/bin/sh
# Writes the seed corpus of the libFuzzer targets (fuzz/, docs/fuzzing.md), generated, never committed:
#   tools/fuzz-corpus.sh BUILD [OUT]
# BUILD is a normal build directory holding app/kohtaamo-cli; OUT (default build-fuzz/corpus) gets one folder per
# target. The interchange seeds come from a small demo office (`kohtaamo-cli demo`, then `export`) and slices of it,
# the worker registers from tests/workerimport/make_xlsx.py and a few CSV files written here.
set -eu

BUILD=${1:?usage: tools/fuzz-corpus.sh BUILD [OUT]}
OUT=${2:-build-fuzz/corpus}
SOURCE=$(cd "$(dirname "$0")/.." && pwd)
CLI="$BUILD/app/kohtaamo-cli"
if [ ! -x "$CLI" ]; then
    echo "fuzz-corpus: $CLI not found: build kohtaamo-cli first (cmake --build $BUILD --target kohtaamo-cli)" >&2
    exit 1
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for target in fuzz_interchange_import fuzz_json_record fuzz_topic_file fuzz_csv_table fuzz_xlsx_table \
              fuzz_worker_register fuzz_calendar_entry; do
    mkdir -p "$OUT/$target"
done

# The demo office, small so that an input imports in milliseconds.
"$CLI" --db "$WORK/demo.sqlite" demo --workers 8 --requests 12 --seed 1 --today 2026-11-02 >/dev/null
"$CLI" --db "$WORK/demo.sqlite" export "$WORK/demo.json" >/dev/null

python3 - "$WORK/demo.json" "$SOURCE/tests/data/interchange-v1.json" "$OUT" <<'PY'
import json
import sys

demo_path, v1_path, out = sys.argv[1:4]
demo = json.load(open(demo_path, encoding="utf-8"))
frame = {"format": demo["format"], "version": demo["version"]}


def write(target, name, data):
    if isinstance(data, (dict, list)):
        data = json.dumps(data, ensure_ascii=False, indent=1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(f"{out}/{target}/{name}", "wb") as f:
        f.write(data)


documents = {"demo.json": demo, "frame.json": frame}
# A slice per list of the document: its first items only (references to other lists may be missing: so much the
# better, the importer must refuse those cleanly).
for key, value in demo.items():
    if isinstance(value, list) and value:
        documents[f"slice-{key}.json"] = dict(frame, **{key: value[:3]})
    elif isinstance(value, dict):
        documents[f"slice-{key}.json"] = dict(frame, **{key: value})
# Workers with what they lean on, without requests.
documents["workers.json"] = dict(frame, **{k: demo[k] for k in ("organisations", "coordinators", "workers") if k in demo})
for name, doc in documents.items():
    write("fuzz_interchange_import", name, doc)
    write("fuzz_json_record", name, doc)
v1 = open(v1_path, "rb").read()
write("fuzz_interchange_import", "interchange-v1.json", v1)
write("fuzz_json_record", "interchange-v1.json", v1)
write("fuzz_json_record", "duplicate-key.json", '{"a": {"b": 1, "b": 2}}')

# Topic files: the text of a topics list (fuzz_topic_file wraps it in a topics-only document).
topics = demo.get("topics", [])
write("fuzz_topic_file", "demo-topics.json", topics)
write("fuzz_topic_file", "first-topics.json", topics[:4])
write("fuzz_topic_file", "chain.json", [{"code": "a", "name": {"en": "A"}},
                                        {"code": "b", "name": {"en": "B"}, "parent": "a"},
                                        {"code": "c", "name": {"fi": "C", "sv": "C"}, "parent": "b", "heavy": True}])
write("fuzz_topic_file", "empty.json", [])
PY

# Worker registers: CSV as spreadsheets write them, XLSX as openpyxl and a hand-made package write them.
printf '\357\273\277Nimi;S\303\244hk\303\266posti;Puhelin;Syntym\303\244aika;Kielet;Kunta\r\n"\303\204ij\303\244 \303\226hman";aija@example.fi;040 123 4567;31.12.1980;"fi, sv";N\303\244rpi\303\266\r\nBertta;bertta@example.fi;358401234567;2001-02-03;fi;Turku\r\n\r\n"Cecilia ""Cissi""";;;;sv;"Vaasa\nkeskusta"\r\n' \
    >"$WORK/semicolon.csv"
printf 'Name,Email,Phone,Date of birth,Languages,Organisation,Consent\nAino Virtanen,aino@example.org,0401,1990-05-17,fi,LSE,yes\nBo,bo@example.se,,17.5.1990,"sv,en",Barnskydd V\303\244st,nej\n' \
    >"$WORK/comma.csv"
printf 'Namn;E-post\n' >"$WORK/header-only.csv"
# Debian's python3 has python3-openpyxl (tools/install-deps.sh); another python3 first in PATH may not.
PY3=/usr/bin/python3
[ -x "$PY3" ] || PY3=python3
"$PY3" "$SOURCE/tests/workerimport/make_xlsx.py" inline "$WORK/inline.xlsx"
if ! "$PY3" "$SOURCE/tests/workerimport/make_xlsx.py" openpyxl "$WORK/openpyxl.xlsx"; then
    echo "fuzz-corpus: no openpyxl (python3-openpyxl): the XLSX seeds are the hand-made package only" >&2
fi
for csv in semicolon.csv comma.csv header-only.csv; do
    cp "$WORK/$csv" "$OUT/fuzz_csv_table/"
    cp "$WORK/$csv" "$OUT/fuzz_worker_register/"
done
for xlsx in openpyxl.xlsx inline.xlsx; do
    [ -f "$WORK/$xlsx" ] || continue
    cp "$WORK/$xlsx" "$OUT/fuzz_xlsx_table/"
    cp "$WORK/$xlsx" "$OUT/fuzz_worker_register/"
done

# The same workbooks as parts joined by NUL bytes (fuzz/XlsxPackage.h): sheet, shared strings, styles, workbook and
# relationships, the sheet renamed sheet1.xml; fuzz_worker_register takes them after "xlsx:".
"$PY3" - "$WORK" "$OUT" <<'PY'
import os
import sys
import zipfile

work, out = sys.argv[1:3]
for name in ("openpyxl", "inline"):
    path = f"{work}/{name}.xlsx"
    if not os.path.exists(path):
        continue
    z = zipfile.ZipFile(path)
    names = z.namelist()
    sheet = next(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    rels = rels.replace(sheet[len("xl/"):], "worksheets/sheet1.xml").replace("/" + sheet, "/xl/worksheets/sheet1.xml")
    parts = [z.read(sheet),
             z.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in names else b"",
             z.read("xl/styles.xml") if "xl/styles.xml" in names else b"",
             z.read("xl/workbook.xml"), rels.encode("utf-8")]
    joined = b"\0".join(parts)
    open(f"{out}/fuzz_xlsx_table/{name}.parts", "wb").write(joined)
    open(f"{out}/fuzz_worker_register/{name}.parts", "wb").write(b"xlsx:" + joined)
# A sheet alone, its date cell in a date style.
sheet = (b'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nimi</t></is></c>'
         b'<c r="B1" t="inlineStr"><is><t>Syntym\xc3\xa4aika</t></is></c></row><row r="2"><c r="A2" t="inlineStr">'
         b'<is><t>Aino</t></is></c><c r="B2" s="1"><v>32874</v></c></row></sheetData></worksheet>')
styles = b'<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'
open(f"{out}/fuzz_xlsx_table/dates.parts", "wb").write(sheet + b"\0\0" + styles)
open(f"{out}/fuzz_worker_register/dates.parts", "wb").write(b"xlsx:" + sheet + b"\0\0" + styles)
PY

# Calendar files as core/mail writes them: a request in Helsinki time with its VTIMEZONE, and a cancellation.
cat >"$OUT/fuzz_calendar_entry/request.ics" <<'ICS'
BEGIN:VCALENDAR
PRODID:-//Kohtaamo//Kohtaamo//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Helsinki
BEGIN:STANDARD
DTSTART:19701025T040000
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:request-12@kohtaamo
SEQUENCE:2
DTSTAMP:20261102T090000Z
DTSTART;TZID=Europe/Helsinki:20261110T130000
DTEND;TZID=Europe/Helsinki:20261110T150000
LOCATION:Kirjasto\, sali 2
SUMMARY:Kokemusasiantuntija
END:VEVENT
END:VCALENDAR
ICS
cat >"$OUT/fuzz_calendar_entry/cancel.ics" <<'ICS'
BEGIN:VCALENDAR
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:request-12@kohtaamo
SEQUENCE:3
DTSTART:20261110T110000Z
DTEND;VALUE=DATE:20261111
END:VEVENT
END:VCALENDAR
ICS

for target in "$OUT"/*/; do
    echo "$(basename "$target"): $(ls "$target" | wc -l) seeds"
done
