#!/bin/bash
# SPDX-License-Identifier: MIT
# Runs "$@" against a real Secret Service: a fresh gnome-keyring, unlocked, in a private D-Bus
# session, with its keyring files in a temporary folder that is removed afterwards.
# Usage: dbus-run-session -- tests/with-keyring.sh PROGRAM [ARGS...]
set -euo pipefail
command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring is not installed" >&2; exit 1; }
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "with-keyring: run me under dbus-run-session" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
# The login keyring is created with this password and left unlocked; it protects nothing real.
eval "$(printf 'omsdash-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
