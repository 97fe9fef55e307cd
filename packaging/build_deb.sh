#!/bin/sh
# The bundle as a Debian package (called by packaging/build.sh when dpkg-deb is there): double-clicked in a
# file manager, a software centre installs it with no terminal. The app goes to /opt/commons, `commons` to
# /usr/bin, and the desktop entry, icon and metainfo to /usr/share. Usage: build_deb.sh BUNDLE VERSION OUT_DIR
set -eu

bundle=$1
version=$2
out=$3
id=org.commons.Commons
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
chmod 755 "$root"  # the package's / (mktemp makes it private)
trap 'rm -rf "$root"' EXIT

mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
    "$root/usr/share/icons/hicolor/scalable/apps"
cp -R "$bundle" "$root/opt/commons"
rm "$root/opt/commons/install.sh"  # the package manager installs and removes it
ln -s /opt/commons/commons "$root/usr/bin/commons"
mv "$root/opt/commons/$id.desktop" "$root/usr/share/applications/"
mv "$root/opt/commons/$id.metainfo.xml" "$root/usr/share/metainfo/"
mv "$root/opt/commons/$id.svg" "$root/usr/share/icons/hicolor/scalable/apps/"
# What the bundle takes from the system (ldd of its libraries; glibc: the newest symbol version they need).
cat >"$root/DEBIAN/control" <<CONTROL
Package: commons
Version: $version
Architecture: $arch
Maintainer: Commons contributors <commons@localhost>
Section: net
Priority: optional
Depends: libc6 (>= 2.36), libgl1, libegl1, libxcb1, libdrm2, libwayland-client0, fonts-dejavu-core | fonts-freefont-ttf
Installed-Size: $(du -sk "$root" | cut -f1)
Description: Neighbourhoods that look after each other, with no platform in the middle
 Commons keeps your own wellness plan and check-ins in an encrypted database on
 this computer, and shares a community with your neighbours - its map, needs and
 offers, events, projects, lending circles, common purse and time credits -
 synced directly between your computers on the same network, or through a relay
 that cannot read it. This package runs without Python: everything it needs
 besides the system's graphics libraries is inside /opt/commons.
CONTROL
dpkg-deb --root-owner-group -Zgzip --build "$root" "$out/commons_${version}_$arch.deb" >/dev/null
echo "$out/commons_${version}_$arch.deb"
