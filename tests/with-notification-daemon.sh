#!/bin/bash
# SPDX-License-Identifier: MIT
# Runs "$@" with the real Debian notification-daemon serving org.freedesktop.Notifications in a
# private D-Bus session, drawing on its own Xvfb display; both are stopped afterwards.
# Usage: dbus-run-session -- tests/with-notification-daemon.sh PROGRAM [ARGS...]
set -euo pipefail
daemon=/usr/lib/notification-daemon/notification-daemon
[ -x "$daemon" ] || { echo "with-notification-daemon: notification-daemon is not installed" >&2; exit 1; }
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "with-notification-daemon: run me under dbus-run-session" >&2; exit 1; }
scratch=$(mktemp -d)
exec 3>"$scratch/display"
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb ${notifier:-} 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$scratch/display")"
export XDG_RUNTIME_DIR="$scratch/run" && mkdir -m 700 "$XDG_RUNTIME_DIR"
"$daemon" >"$scratch/daemon.log" 2>&1 &
notifier=$!
# Wait until it owns its name on the bus.
gdbus wait --session --timeout 20 org.freedesktop.Notifications
"$@"
