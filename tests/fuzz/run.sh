#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS (default 60), one at a time, from a scratch copy of its seed corpus.
# Usage: tests/fuzz/run.sh [SECONDS] [BUILD_DIR]   (build first: cmake --preset fuzz && cmake --build --preset fuzz)
# A crash leaves crash-* next to the log in the work folder and makes the script fail.
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
build="${2:-$here/../../build-fuzz}"
work="$(mktemp -d)"
status=0
for target in fuzz_twilio_json fuzz_csv_import fuzz_phone fuzz_segments fuzz_template; do
    mkdir -p "$work/$target"
    cp -r "$here/corpus/$target/." "$work/$target/"
    echo "--- $target (${seconds} s)"
    if ! (cd "$work" && "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
            -rss_limit_mb=2048 -print_final_stats=1 "$work/$target" > "$work/$target.log" 2>&1); then
        status=1
        echo "$target FAILED; log and crash input in $work"
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|ERROR|SUMMARY' "$work/$target.log" || true
done
[ "$status" -eq 0 ] && rm -rf "$work"
exit "$status"
