#!/bin/sh
# The install test: the .deb goes into a clean Debian bookworm root made with debootstrap from the configured Debian
# mirror, `apt-get install ./kohtaamo_*.deb` pulls in what it needs, both programs run there (kohtaamo offscreen,
# rendering its pages to PNG files from the demo office), and the package is purged again without leftovers.
#
#   install_in_clean_bookworm.sh DEB VERSION WORKDIR
#
# The bootstrapped root is cached as WORKDIR/cache/bookworm-minbase.tar (made once, a few minutes) and unpacked fresh
# for every run; the .debs apt downloads are kept in WORKDIR/cache/archives. Delete WORKDIR/cache to start over.
# Needs root (debootstrap, chroot, mounting /proc); without it the test is skipped with the reason (exit 77).
# KOHTAAMO_DEBIAN_MIRROR overrides the mirror read from /etc/apt/sources.list*.
set -eu

DEB=$1
VERSION=$2
WORK=$3
SKIP=77
started=$(date +%s)

say() { printf '%s\n' "install test: $*"; }
elapsed() { echo $(($(date +%s) - started)); }

if [ "$(id -u)" != 0 ]; then
    say "SKIPPED: debootstrap and chroot need root (running as uid $(id -u)); run the tests as root, e.g. in CI"
    exit $SKIP
fi
for tool in debootstrap chroot tar mount; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        say "SKIPPED: $tool is not installed (tools/install-deps.sh installs it)"
        exit $SKIP
    fi
done
if ! chroot / /bin/true 2>/dev/null; then
    say "SKIPPED: chroot is not permitted here although running as root (no CAP_SYS_CHROOT in this container?)"
    exit $SKIP
fi
if [ ! -f "$DEB" ]; then
    say "FAILED: no package at $DEB"
    exit 1
fi

# The mirror the machine itself uses: deb822 (URIs:) or one-line (deb URL bookworm ...) sources.
mirror=${KOHTAAMO_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }')
fi
if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
        | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }')
fi
mirror=${mirror:-http://deb.debian.org/debian}

mkdir -p "$WORK/cache/archives"
base="$WORK/cache/bookworm-minbase.tar"
root="$WORK/root"

cleanup() {
    umount "$root/proc" 2>/dev/null || true
    if [ -d "$root/var/cache/apt/archives" ]; then
        find "$root/var/cache/apt/archives" -maxdepth 1 -name '*.deb' -exec mv -f {} "$WORK/cache/archives/" \; \
            2>/dev/null || true
    fi
    rm -rf "$root"
}
trap cleanup EXIT
cleanup

if [ ! -f "$base" ]; then
    say "bootstrapping Debian bookworm (minbase) from $mirror into the cache, once"
    staging="$WORK/bootstrap"
    rm -rf "$staging"
    if ! debootstrap --variant=minbase --cache-dir="$WORK/cache/archives" bookworm "$staging" "$mirror" \
        >"$WORK/debootstrap.log" 2>&1; then
        tail -n 30 "$WORK/debootstrap.log"
        umount "$staging/proc" 2>/dev/null || true
        say "FAILED: debootstrap from $mirror (log: $WORK/debootstrap.log)"
        exit 1
    fi
    umount "$staging/proc" "$staging/sys" 2>/dev/null || true
    tar -C "$staging" -cf "$base.part" . && mv "$base.part" "$base"
    rm -rf "$staging"
    say "bootstrapped in $(elapsed) s"
fi

mkdir -p "$root"
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
find "$WORK/cache/archives" -maxdepth 1 -name '*.deb' -exec mv -f {} "$root/var/cache/apt/archives/" \;
# Qt reads /proc (the executable's path); without the right to mount it the programs mostly still work: go on.
mount -t proc proc "$root/proc" 2>/dev/null || say "warning: could not mount /proc in the root"
cp "$DEB" "$root/tmp/"
debname=$(basename "$DEB")

mkdir -m 700 "$root/tmp/runtime"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    XDG_RUNTIME_DIR=/tmp/runtime DEBIAN_FRONTEND=noninteractive "$@"; }
fail() { say "FAILED: $*"; exit 1; }

say "installing $debname with apt-get in the clean root"
in_root apt-get update -qq || fail "apt-get update in the root"
in_root apt-get install -y -q --no-install-recommends "/tmp/$debname" >"$WORK/apt-install.log" 2>&1 \
    || { tail -n 30 "$WORK/apt-install.log"; fail "apt-get install ./$debname"; }
say "$(grep -c '^Setting up ' "$WORK/apt-install.log") packages set up"

out=$(in_root kohtaamo-cli --version) || fail "kohtaamo-cli --version"
[ "$out" = "kohtaamo-cli $VERSION" ] || fail "kohtaamo-cli --version printed '$out', expected 'kohtaamo-cli $VERSION'"
say "$out"
out=$(in_root env QT_QPA_PLATFORM=offscreen kohtaamo --version) || fail "kohtaamo --version"
[ "$out" = "kohtaamo $VERSION" ] || fail "kohtaamo --version printed '$out', expected 'kohtaamo $VERSION'"
say "$out"

in_root kohtaamo-cli --db /tmp/office.kohtaamo demo --workers 20 --requests 30 --seed 1 --today 2026-11-02 \
    >"$WORK/cli-demo.log" 2>&1 || { cat "$WORK/cli-demo.log"; fail "kohtaamo-cli demo into a new office file"; }
grep -q '^workers: 20$' "$WORK/cli-demo.log" || fail "kohtaamo-cli demo did not report 20 workers"
in_root kohtaamo-cli --db /tmp/office.kohtaamo info | grep -q '^schema: ' || fail "kohtaamo-cli info"
in_root kohtaamo-cli help rank | grep -q '^Usage: kohtaamo-cli --db LOCATION rank' || fail "kohtaamo-cli help rank"
say "kohtaamo-cli demo, info and help work (office: /tmp/office.kohtaamo)"

# The window program, offscreen: it starts on the demo office (created empty on first use), and it renders its pages
# to PNG files from the office kohtaamo-cli just filled: the request page with its rows, the candidates of a request.
in_root env QT_QPA_PLATFORM=offscreen kohtaamo --demo --screenshots /tmp/demo-shots >"$WORK/screenshots.log" 2>&1 \
    || { cat "$WORK/screenshots.log"; fail "kohtaamo --demo offscreen"; }
[ -s "$root/tmp/demo-shots/today.png" ] || fail "kohtaamo --demo rendered no Today page"
in_root env QT_QPA_PLATFORM=offscreen kohtaamo --db /tmp/office.kohtaamo --screenshots /tmp/shots \
    >>"$WORK/screenshots.log" 2>&1 || { cat "$WORK/screenshots.log"; fail "kohtaamo --db /tmp/office.kohtaamo"; }
[ -s "$root/tmp/shots/request-candidates.png" ] || fail "kohtaamo rendered no candidates for a request"
size=$(wc -c <"$root/tmp/shots/requests.png")
[ "$size" -gt 100000 ] || fail "the request page is only $size bytes: no rows rendered?"
rm -rf "$WORK/screenshots" && cp -r "$root/tmp/shots" "$WORK/screenshots"
say "kohtaamo started on --demo and rendered $(ls "$WORK/screenshots" | wc -l) pages of the filled office offscreen" \
    "(kept in $WORK/screenshots)"

# The desktop integration is where desktops look for it.
for f in /usr/share/applications/fi.kohtaamo.kohtaamo.desktop /usr/share/metainfo/fi.kohtaamo.kohtaamo.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/fi.kohtaamo.kohtaamo.svg \
    /usr/share/icons/hicolor/48x48/apps/fi.kohtaamo.kohtaamo.png /usr/share/mime/packages/fi.kohtaamo.kohtaamo.xml \
    /usr/share/man/man1/kohtaamo.1.gz /usr/share/man/man1/kohtaamo-cli.1.gz /usr/share/doc/kohtaamo/copyright \
    /usr/share/bash-completion/completions/kohtaamo-cli /usr/share/bash-completion/completions/kohtaamo; do
    [ -f "$root$f" ] || fail "$f is not installed"
done

in_root apt-get purge -y -q kohtaamo >"$WORK/apt-purge.log" 2>&1 || { cat "$WORK/apt-purge.log"; fail "apt-get purge"; }
left=$(in_root sh -c 'ls -d /usr/bin/kohtaamo /usr/bin/kohtaamo-cli /usr/share/doc/kohtaamo \
    /usr/share/applications/fi.kohtaamo.kohtaamo.desktop 2>/dev/null' || true)
[ -z "$left" ] || fail "left behind after purge: $left"
say "purged cleanly"
say "passed in $(elapsed) s"
