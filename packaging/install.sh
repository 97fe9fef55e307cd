#!/bin/sh
# Installs Commons from this unpacked bundle for you alone (no administrator needed): the app in
# ~/.local/lib/commons, the `commons` command in ~/.local/bin, and its menu entry, icon and AppStream metainfo
# in ~/.local/share. PREFIX=/usr/local sh install.sh (as root) installs it for everyone instead.
# `sh install.sh --uninstall` removes what it installed (never your profiles).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix="${PREFIX:-$HOME/.local}"
app="$prefix/lib/commons"
share="$prefix/share"
id=org.commons.Commons

remove() {
    rm -rf "$app"
    rm -f "$prefix/bin/commons" "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml" \
        "$share/icons/hicolor/scalable/apps/$id.svg"
}

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    refresh_menus
    echo "Commons is removed. Your profiles are left where they were."
    exit 0
fi
[ -x "$here/commons" ] || { echo "install.sh: run it from the unpacked commons folder" >&2; exit 1; }

remove
mkdir -p "$app" "$prefix/bin" "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
cp -R "$here/." "$app/"
ln -s "$app/commons" "$prefix/bin/commons"
# The menu entry names the program by its full path: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=commons |Exec=$app/commons |" "$here/$id.desktop" >"$share/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$share/metainfo/"
cp "$here/$id.svg" "$share/icons/hicolor/scalable/apps/"
refresh_menus
echo "Commons is installed: open it from your applications menu, or run $prefix/bin/commons"
