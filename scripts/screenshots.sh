#!/bin/sh
# Saves PNGs of the main screens into docs/screenshots/ (called by `make screenshots`).
# LANGUAGES="en es ar" takes each set in turn: English into docs/screenshots/, the others into
# docs/screenshots/<language>/ (default: English only).
# A real X server (Xvfb) is used rather than the offscreen platform, so fonts and styles render as on a desktop.
set -eu

cd "$(dirname "$0")/.."
PY="${VENV:-.venv}/bin/python"
[ -x "$PY" ] || PY=python3

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "screenshots: xvfb-run is missing; run 'make system-deps' (Debian package xvfb)." >&2
    exit 1
fi

# QT_QPA_PLATFORM must be unset so Qt talks to Xvfb (the Makefile sets offscreen only for tests).
for language in ${LANGUAGES:-en}; do
    env -u QT_QPA_PLATFORM -u COMMONS_LANGUAGE xvfb-run -a -s "-screen 0 1280x800x24" \
        "$PY" scripts/take_screenshots.py --language "$language"
done
