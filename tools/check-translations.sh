#!/bin/sh
# Lists what is left to translate in translations/*.ts: entries lupdate marked unfinished, and empty translations.
# Exits 1 when there is any, 0 when every catalogue is complete. Run it after the lupdate target:
#   cmake --build build --target kohtaamo_ui_lupdate && tools/check-translations.sh
# tests/core/tst_translations.cpp checks the same (and placeholders and mnemonics) as part of the test suite.
set -eu

DIR="${1:-$(cd "$(dirname "$0")/.." && pwd)/translations}"
status=0
for ts in "$DIR"/*.ts; do
    [ -e "$ts" ] || continue
    # Prints file:line: [context] source for each unfinished or empty translation.
    found=$(awk -v file="$(basename "$ts")" '
        /<name>/ { ctx = $0; sub(/.*<name>/, "", ctx); sub(/<\/name>.*/, "", ctx) }
        /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src); line = FNR }
        /<translation/ {
            listed = 0
            if ($0 ~ /type="(vanished|obsolete)"/) { listed = 1; next }
            if ($0 ~ /type="unfinished"/ || $0 ~ /<translation><\/translation>/ || $0 ~ /<translation\/>/) {
                printf "%s:%d: [%s] %s\n", file, line, ctx, substr(src, 1, 100)
                listed = 1
            }
        }
        /<numerusform><\/numerusform>/ && !listed {
            printf "%s:%d: [%s] %s (a plural form is empty)\n", file, line, ctx, substr(src, 1, 100)
            listed = 1
        }
    ' "$ts")
    if [ -n "$found" ]; then
        count=$(printf '%s\n' "$found" | sort -u | wc -l)
        echo "$(basename "$ts"): $count to translate"
        printf '%s\n' "$found" | sort -u -t: -k2,2n
        status=1
    fi
done
if [ "$status" = 0 ]; then
    echo "All catalogues in $DIR are complete."
fi
exit "$status"
