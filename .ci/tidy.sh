#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# clang-tidy over every source of models/, views/ and app/ with the checks of .clang-tidy;
# bugprone-* and performance-* findings fail the run. Needs a configured build directory
# (compile_commands.json, generated sources): run after `bash .ci/omsdash.sh test` or a build.
#   bash .ci/tidy.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-${OMSDASH_BUILD_DIR:-build}}"
if ! command -v run-clang-tidy > /dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang-tidy
fi
log="$build/clang-tidy.log"
# run-clang-tidy exits non-zero when a check configured as an error fires.
if run-clang-tidy -p "$build" -quiet -j "$(nproc)" "$(pwd)/(models|views|app)/.*\.cpp$" > "$log" 2>&1; then
  echo "clang-tidy: clean ($(grep -c 'warning:' "$log" || true) warnings outside bugprone-*/performance-*)"
else
  grep -E "error:|warning:" "$log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u | head -100
  echo "clang-tidy: failed; the full output is in $log" >&2
  exit 1
fi
