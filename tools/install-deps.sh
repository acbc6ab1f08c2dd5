#!/bin/sh
# Installs the Debian packages Kohtaamo needs to build, run and test, only those not installed yet.
# Uses sudo when not root. Called by `make run` and `make test`.
set -eu

PACKAGES="
build-essential cmake make pkg-config clang-format clang libclang-rt-14-dev
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libgl-dev
postgresql postgresql-common
libbenchmark-dev sqlite3 libsqlite3-dev time
fonts-dejavu-core
desktop-file-utils appstream shared-mime-info
librsvg2-bin scdoc dpkg-dev fakeroot file lintian debootstrap bash-completion
libical-dev libcurl4-openssl-dev qtkeychain-qt6-dev libcsv-dev libxlsxwriter-dev libminizip-dev qt6-charts-dev libsodium-dev
python3-aiosmtpd python3-icalendar python3-openpyxl libreoffice-calc-nogui poppler-utils
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "Installing missing packages:$missing"
SUDO=""
if [ "$(id -u)" != 0 ]; then
    SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
