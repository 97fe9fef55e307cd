#!/bin/sh
# Validates the desktop entry and the AppStream metainfo (called by `make package`). appstreamcli comes with the
# Debian package appstream, desktop-file-validate with desktop-file-utils.
set -eu

cd "$(dirname "$0")"
appstreamcli validate --no-net org.commons.Commons.metainfo.xml
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate org.commons.Commons.desktop
    echo "desktop-file-validate: org.commons.Commons.desktop is valid"
else
    echo "validate: desktop-file-validate is missing (Debian package desktop-file-utils); desktop entry not checked" >&2
fi
