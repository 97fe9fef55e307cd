#!/bin/sh
# `make package-test` (after `make package`; not part of `make test`): does what was built work for a resident?
#
# 1. The bundle on a machine without Python: a mount namespace (unshare, as root) in which every Python on this
#    machine is hidden (interpreters, standard libraries, libpython, pyenv, venvs, the source tree) and the
#    environment is empty (env -i). There the archive is unpacked, installed with its install.sh, and
#    `commons self-check` runs under Xvfb: it makes a profile, starts the sync service (the bundle's own
#    executable), opens the demo town and saves a screenshot. Then `commons relay` (the bundled nats-server)
#    starts on loopback and stops.
# 2. The Debian package (when dpkg-deb built one) holds the same bundle, /usr/bin/commons and the desktop files.
# 3. The wheel in a fresh venv: `pip install` of dist/commons_desktop-*.whl, then `commons self-check` again,
#    and the desktop entry, icon and metainfo in the venv's share/.
# Screenshots: build/package-test/bundle.png and wheel.png. Needs xvfb (xvfb-run) and root (unshare --mount).
set -eu

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
archive=$(ls dist/commons-*-linux-*.tar.gz)
wheel=$(ls dist/commons_desktop-*.whl)
out="$(pwd)/build/package-test"
rm -rf "$out"
mkdir -p "$out"
machine=$(mktemp -d /tmp/commons-clean-machine-XXXXXX)
trap 'rm -rf "$machine"' EXIT
cp "$archive" "$machine/commons.tar.gz"
cp packaging/smoke_inside.sh "$machine/"
mkdir -p "$machine/empty-dir" "$machine/home"
: >"$machine/empty-file"

# Whatever holds a Python, a libpython or this tree, hidden inside the namespace.
hide=""
# A symbolic link is left alone: what it points to is in the list (or under a folder that is).
for path in "$(pwd)" /usr/bin/python* /usr/local/bin/python* /usr/lib/python3* /usr/local/lib/python3* \
    /usr/lib/*-linux-gnu/libpython3* /usr/lib/google-cloud-sdk /root/.pyenv /opt /work; do
    if [ -e "$path" ] && [ ! -L "$path" ]; then hide="$hide $path"; fi
done

echo "package-test: the bundle on a machine without Python (mount namespace, env -i)"
unshare --mount --propagation private sh -c '
    set -eu
    machine=$1; shift
    for path in "$@"; do
        if [ -d "$path" ]; then mount --bind "$machine/empty-dir" "$path"; else mount --bind "$machine/empty-file" "$path"; fi
    done
    exec env -i HOME="$machine/home" PATH=/usr/bin:/bin LANG=C.UTF-8 sh "$machine/smoke_inside.sh" "$machine"
' sh "$machine" $hide
cp "$machine/bundle.png" "$out/bundle.png"

deb=$(ls dist/commons_*.deb 2>/dev/null || true)
if [ -n "$deb" ]; then
    echo "package-test: the Debian package holds the bundle, the command and the desktop files"
    dpkg-deb --info "$deb" >/dev/null
    dpkg-deb --contents "$deb" >"$out/deb-contents.txt"
    for file in ./opt/commons/commons ./opt/commons/_internal/nats-server "./usr/bin/commons -> /opt/commons/commons" \
        ./usr/share/applications/org.commons.Commons.desktop ./usr/share/metainfo/org.commons.Commons.metainfo.xml \
        ./usr/share/icons/hicolor/scalable/apps/org.commons.Commons.svg; do
        grep -q " $file\$" "$out/deb-contents.txt" || { echo "package-test: $deb lacks $file" >&2; exit 1; }
    done
fi

echo "package-test: the wheel in a fresh venv"
venv="$out/venv"
"$PYTHON" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet "$wheel"
for file in share/applications/org.commons.Commons.desktop share/metainfo/org.commons.Commons.metainfo.xml \
    share/icons/hicolor/scalable/apps/org.commons.Commons.svg; do
    [ -s "$venv/$file" ] || { echo "package-test: the wheel did not install $file" >&2; exit 1; }
done
"$venv/bin/commons" --version
(cd "$machine" && env -u QT_QPA_PLATFORM -u PYTHONPATH xvfb-run -a -s "-screen 0 1280x800x24" \
    "$venv/bin/commons" self-check --screenshot "$out/wheel.png") | tee "$out/wheel.log"
grep -q "modules run compiled" "$out/wheel.log" || { echo "package-test: the wheel's gate modules are not compiled" >&2; exit 1; }
rm -rf "$venv"
echo "package-test: passed; screenshots in $out"
