#!/bin/sh
# Installs the Debian packages Qt needs to open windows (offscreen and under X) and to render text, tcpdump
# (the namespaces scenario in tests/e2e captures every interface it creates), and the validators of the desktop
# entry and the AppStream metainfo (tests/packaging, make package).
# As root it uses apt-get; otherwise it lists what is missing and how to install it.
set -eu

PACKAGES="libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core \
xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 poppler-utils tcpdump appstream desktop-file-utils"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-system-deps: not a Debian-based system; make sure Qt 6's runtime libraries are installed." >&2
    exit 0
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    echo "install-system-deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "Commons needs these system packages, which are not installed:$missing" >&2
    echo "Install them with:  sudo apt-get install$missing" >&2
    exit 1
fi
