#!/bin/sh
# The part of packaging/smoke_test.sh that runs on the machine without Python: install the bundle as a resident
# would, check that no Python is left, open the demo town, start and stop the relay. $1: the folder it works in.
set -eu

machine=$1
cd "$machine"
if command -v python3 >/dev/null 2>&1 || command -v python >/dev/null 2>&1; then
    echo "package-test: a Python is still reachable: $(command -v python3 python || true)" >&2
    exit 1
fi
if /usr/bin/python3 -c pass 2>/dev/null; then
    echo "package-test: /usr/bin/python3 still runs" >&2
    exit 1
fi
tar -xzf commons.tar.gz
sh commons/install.sh
commons="$HOME/.local/bin/commons"
[ -s "$HOME/.local/share/applications/org.commons.Commons.desktop" ]
"$commons" --version

xvfb-run -a -s "-screen 0 1280x800x24" "$commons" self-check --screenshot "$machine/bundle.png" | tee self-check.log
grep -q "running from a bundle" self-check.log
grep -q "modules run compiled" self-check.log

# The relay, on loopback: its nats-server comes from inside the bundle.
"$commons" relay --data-dir-relay "$machine/relay" >relay.log 2>&1 &
relay=$!
trap 'kill "$relay" 2>/dev/null || true' EXIT
waited=0
until grep -q "Relay running" relay.log; do
    if ! kill -0 "$relay" 2>/dev/null || [ "$waited" -ge 30 ]; then
        cat relay.log >&2
        kill "$relay" 2>/dev/null || true
        echo "package-test: the relay did not start" >&2
        exit 1
    fi
    sleep 1
    waited=$((waited + 1))
done
grep "^address:" relay.log
kill -TERM "$relay"
wait "$relay"
echo "package-test: the relay started from the bundle and stopped"
sh "$HOME/.local/lib/commons/install.sh" --uninstall
[ ! -e "$commons" ]
echo "package-test: the bundle passed on a machine without Python"
