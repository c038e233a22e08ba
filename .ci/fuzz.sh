#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# libFuzzer with ASan and UBSan over every pure decoder of models/api (tests/fuzz), on Debian 12:
#   bash .ci/fuzz.sh          each target 10 s (CI)
#   bash .ci/fuzz.sh 3600     each target an hour
# Seeds: tests/fixtures/*.json and tests/fixtures/fuzz/*, plus ../shared/fuzz/*.json when present.
# Environment: OMSDASH_FUZZ_SECONDS (default 10; the argument wins), OMSDASH_FUZZ_BUILD_DIR
# (default build-fuzz), OMSDASH_FUZZ_JOBS (build parallelism, default 2).
# Exits non-zero when a target crashes, leaks, times out or runs out of memory; the input that
# did it is left as <build>/fuzz/<target>/artifacts/crash-* (or leak-, timeout-, oom-).
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
seconds="${1:-${OMSDASH_FUZZ_SECONDS:-10}}"
case "$seconds" in
  ''|*[!0-9]*) echo "usage: bash .ci/fuzz.sh [seconds per target]" >&2; exit 2 ;;
esac

if ! command -v clang >/dev/null || ! command -v clang++ >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: clang"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang
fi

build="${OMSDASH_FUZZ_BUILD_DIR:-build-fuzz}"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DOMSDASH_FUZZ=ON -DBUILD_TESTING=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Only the fuzz targets: the sanitized decoder library and one executable per decoder.
cmake --build "$build" --target omsdash_fuzz --parallel "${OMSDASH_FUZZ_JOBS:-2}"

list="$build/tests/fuzz/fuzz-targets.txt"
mapfile -t targets < "$list"
((${#targets[@]})) || { echo "no fuzz targets in $list" >&2; exit 1; }

# In-tree copies first; a file of the same name in ../shared/fuzz (absent outside CI) is skipped.
seeds=(tests/fixtures/*.json)
declare -A seen=()
for dir in tests/fixtures/fuzz ../shared/fuzz; do
  [ -d "$dir" ] || continue
  for f in "$dir"/*; do
    name="${f##*/}"
    [ -f "$f" ] && [ "${name##*.}" != md ] && [ -z "${seen[$name]:-}" ] || continue
    seen[$name]=1
    seeds+=("$f")
  done
done

export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
failed=()
for exe in "${targets[@]}"; do
  name="$(basename "$exe")"
  work="$build/fuzz/$name"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp "${seeds[@]}" "$work/corpus/"
  echo "== $name: ${seconds}s, ${#seeds[@]} seeds"
  if "$exe" "$work/corpus" -max_total_time="$seconds" -dict="$root/tests/fuzz/omsdash.dict" \
       -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$work/artifacts/" > "$work/log.txt" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::average_exec_per_sec|^stat::new_units_added' \
      "$work/log.txt" | sed 's/^/   /' || true
  else
    failed+=("$name")
    # The sanitizer's report, from its first line.
    awk '/^==[0-9]+==|runtime error:|^SUMMARY:/ { on = 1 } on' "$work/log.txt" | head -n 40 >&2
    for a in "$work"/artifacts/*; do
      [ -e "$a" ] && echo "!! $name: crash input $a" >&2
    done
    echo "!! $name failed; full log $work/log.txt" >&2
  fi
done

if ((${#failed[@]})); then
  echo "Fuzzing failed: ${failed[*]}" >&2
  exit 1
fi
echo "Fuzzing passed: ${#targets[@]} targets, ${seconds}s each."
