#!/bin/sh
# `make package`: the wheel (dist/commons_desktop-*.whl) and the bundle that runs without Python
# (dist/commons-<version>-linux-<arch>.tar.gz, unpacked in build/bundle/commons; on Debian also
# dist/commons_<version>_<arch>.deb), built from a venv of their own
# so that what is bundled is exactly what the wheel installs. Prints the build time and the sizes.
# docs/architecture.md, "The wheel and the bundle".
set -eu

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV=build/package-venv
started=$(date +%s)

"$PYTHON" -c 'import sys, sysconfig; sys.exit(not sysconfig.get_config_var("Py_ENABLE_SHARED"))' || {
    echo "package: $PYTHON was built without a shared libpython, which PyInstaller needs" >&2
    exit 1
}
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip

# The wheel: compiled gate modules (setup.py), translations, migrations, icon, desktop entry and metainfo.
rm -rf dist/commons_desktop-*.whl build/lib* build/bdist*
"$VENV/bin/python" -m pip wheel --quiet --no-deps --wheel-dir dist .
wheel=$(ls dist/commons_desktop-*.whl)
"$VENV/bin/python" -m pip install --quiet "$wheel[package]"
"$VENV/bin/python" -m pip install --quiet --force-reinstall --no-deps "$wheel"

# The bundle.
rm -rf build/bundle
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath build/bundle --workpath build/pyinstaller \
    packaging/commons.spec
bundle=build/bundle/commons
cp packaging/org.commons.Commons.desktop packaging/org.commons.Commons.metainfo.xml packaging/org.commons.Commons.svg \
    packaging/install.sh "$bundle/"
version=$("$VENV/bin/python" -c 'import commons_desktop; print(commons_desktop.__version__)')
archive="dist/commons-$version-linux-$(uname -m).tar.gz"
tar -C build/bundle -czf "$archive" commons
rm -f dist/commons_*.deb
deb=""
if command -v dpkg-deb >/dev/null 2>&1; then
    deb=$(sh packaging/build_deb.sh "$bundle" "$version" dist)
fi

sh packaging/validate.sh
echo "package: built in $(( $(date +%s) - started )) s"
echo "package: $wheel ($(du -h "$wheel" | cut -f1))"
echo "package: $archive ($(du -h "$archive" | cut -f1); $(du -sh "$bundle" | cut -f1) unpacked in $bundle)"
[ -z "$deb" ] || echo "package: $deb ($(du -h "$deb" | cut -f1))"
