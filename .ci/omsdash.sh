#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One entry point for the README's quick start and for CI, on Debian 12:
#   bash .ci/omsdash.sh demo   install what is missing, build, open the dashboard on the simulator
#   bash .ci/omsdash.sh test   install what is missing, build, run every test
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-}"
case "$mode" in
  demo|test) ;;
  *) echo "usage: bash .ci/omsdash.sh demo|test" >&2; exit 2 ;;
esac

packages=(
  cmake ninja-build g++
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev qt6-qpa-plugins
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon libqt6sql6-sqlite
  fonts-dejavu-core fonts-noto-cjk qt6-translations-l10n
  poppler-utils python3 python3-jsonschema
  notification-daemon xvfb libglib2.0-bin prometheus prometheus-alertmanager
  desktop-file-utils appstream dpkg-dev libsimdjson-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build="${OMSDASH_BUILD_DIR:-build}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel 2

if [ "$mode" = demo ]; then
  exec "$build/app/omsdash" --demo
fi
# Every pure decoder under libFuzzer (clang, ASan + UBSan), 10 s each over its seed corpus.
bash .ci/fuzz.sh
# Every test runs on the offscreen platform; ctest fails when no test ran.
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --no-tests=error --parallel 2
