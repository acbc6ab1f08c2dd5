#!/bin/sh
# The layers hold: no file under ui/, reportsgui/ or app/ includes a repository or storage header (core/repositories,
# core/storage). Widgets, undo commands and kohtaamo-cli go through core's office service (core/office).
#
# tools/layer-allowlist.txt names the files still to be moved onto the service; it may only shrink: a listed file
# that no longer includes such a header must leave the list. Run by every build (target kohtaamo_layer_check) and
# by CTest (layers_*). Usage: check-layers.sh [SOURCE_ROOT]
set -eu
root="${1:-$(dirname "$0")/..}"
allow="$root/tools/layer-allowlist.txt"
status=0
offenders=$(cd "$root" && grep -rlE '#include[[:space:]]+"(repositories|storage)/' ui reportsgui app 2>/dev/null | sort || true)
for f in $offenders; do
    if ! grep -qxF "$f" "$allow" 2>/dev/null; then
        echo "$root/$f: includes a repository or storage header; call core's office service (core/office/OfficeService.h) instead" >&2
        status=1
    fi
done
if [ -f "$allow" ]; then
    for f in $(grep -vE '^(#|$)' "$allow"); do
        if ! echo "$offenders" | grep -qxF "$f"; then
            echo "$allow: $f no longer includes repository or storage headers: remove it from the list" >&2
            status=1
        fi
    done
fi
exit $status
