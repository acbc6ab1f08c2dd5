#!/bin/sh
# Renders the main window's pages offscreen into docs/screenshots/ (1280 × 800 PNG), to look at the UI without a
# display and to show it in the README:
#   getting-started.png   Today on an empty database
#   today.png             Today on the demo office (today-fi.png, today-sv.png: the same in Finnish and Swedish)
#   requests.png          the request inbox beside the chosen request (requests-fi.png, requests-sv.png)
#   request-candidates.png request-invitations.png request-editor.png meeting-outcome.png
#                         (request-candidates-fi.png, request-candidates-sv.png: the candidates in fi and sv)
#   request-outbox.png outbox-message.png   a request's messages, and one as the coordinator reads it
#   workers.png settings.png   the worker register and the settings on the demo office
#   reports.png           Reports ▸ Reports for Funders: this year's results report
#   today-dark.png requests-dark.png request-candidates-dark.png   the dark palette (--palette dark)
#   today-high-contrast.png requests-high-contrast.png request-candidates-high-contrast.png   high contrast
# Usage: tools/screenshots.sh BUILD_DIR [DATABASE]        (after `cmake --build BUILD_DIR`)
#   DATABASE: an existing Kohtaamo database to picture instead of a fresh `kohtaamo-cli demo` office (it is copied,
#   never changed).
# Uses `kohtaamo --screenshots DIR` (a hidden option). Settings and data go to a temporary folder: the user's own
# Kohtaamo files are never touched.
set -eu

BUILD=${1:?"usage: $0 BUILD_DIR [DATABASE]"}
SOURCE_DB=${2:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP="$BUILD/app/kohtaamo"
CLI="$BUILD/app/kohtaamo-cli"
OUT="$ROOT/docs/screenshots"

NEEDED="$APP"
[ -n "$SOURCE_DB" ] || NEEDED="$APP $CLI"
for tool in $NEEDED; do
    if [ ! -x "$tool" ]; then
        echo "$tool is missing: build $BUILD first" >&2
        exit 1
    fi
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
# A home of its own: Kohtaamo keeps its files under ~/.local/share/Kohtaamo/kohtaamo and its settings under ~/.config,
# and the status bar shows the database as ~/….
export HOME="$WORK/home"
unset XDG_DATA_HOME XDG_CONFIG_HOME
export XDG_RUNTIME_DIR="$WORK/runtime"
export QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8
export USER=anna # the coordinator named in the status bar
DATA="$HOME/.local/share/Kohtaamo/kohtaamo"
mkdir -p "$OUT" "$XDG_RUNTIME_DIR" "$DATA/demo"
chmod 700 "$XDG_RUNTIME_DIR" "$DATA" "$DATA/demo"

# A new coordinator's first start: the default database, still empty (made as `File ▸ New Office` would).
"$CLI" --db "$DATA/kohtaamo.sqlite" init >/dev/null
"$APP" --lang en --screenshots "$WORK/empty"
cp "$WORK/empty/today.png" "$OUT/getting-started.png"

# The demo office (`kohtaamo --demo`), in each language.
if [ -n "$SOURCE_DB" ]; then
    cp "$SOURCE_DB" "$DATA/demo/kohtaamo-demo.sqlite"
else
    "$CLI" --db "$DATA/demo/kohtaamo-demo.sqlite" demo --workers 120 --requests 240 --seed 7 >/dev/null
fi
for lang in en fi sv; do
    "$APP" --lang "$lang" --demo --screenshots "$WORK/demo-$lang"
done
cp "$WORK/demo-en/today.png" "$OUT/today.png"
cp "$WORK/demo-fi/today.png" "$OUT/today-fi.png"
cp "$WORK/demo-sv/today.png" "$OUT/today-sv.png"
cp "$WORK/demo-en/requests.png" "$OUT/requests.png"
cp "$WORK/demo-fi/requests.png" "$OUT/requests-fi.png"
cp "$WORK/demo-sv/requests.png" "$OUT/requests-sv.png"
cp "$WORK/demo-fi/request-candidates.png" "$OUT/request-candidates-fi.png"
cp "$WORK/demo-sv/request-candidates.png" "$OUT/request-candidates-sv.png"
for screen in reports workers settings request-candidates request-invitations request-outbox outbox-message request-editor \
    meeting-outcome; do
    cp "$WORK/demo-en/$screen.png" "$OUT/$screen.png"
done

# The same office under the dark and the high-contrast palettes (kohtaamo --palette; common/Colours).
for scheme in dark high-contrast; do
    "$APP" --lang en --demo --palette "$scheme" --screenshots "$WORK/demo-$scheme"
    for screen in today requests request-candidates; do
        cp "$WORK/demo-$scheme/$screen.png" "$OUT/$screen-$scheme.png"
    done
done

echo "Screenshots in $OUT:"
ls -1 "$OUT"
