#!/usr/bin/env bash
# Run every fuzz target of fuzz/ for SECONDS each (default 300) and print one summary row per
# target: executions, coverage, corpus size, peak RSS and the result.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# The targets are libFuzzer programs (libfuzzer-sys, the cargo-fuzz layout). Only the stable
# toolchain exists here, so we build them the way cargo-fuzz does, with plain cargo: the
# coverage instrumentation (-Cpasses=sancov-module ...) is a nightly-only codegen option, which
# RUSTC_BOOTSTRAP=1 unlocks on stable. No cargo-fuzz install is needed (it works too, for
# `cargo fuzz tmin` and friends: RUSTC_BOOTSTRAP=1 cargo fuzz run -s none <target>).
# Environment:
#   FUZZ_SANITIZER  none (default: the core is safe Rust) or address (ASan; slower)
#   FUZZ_MAX_LEN    longest input libFuzzer makes (default 8192 bytes)
#   FUZZ_TIMEOUT    seconds one input may take before it counts as a hang (default 10)
#   FUZZ_BUILD_ONLY 1: build and exit
#   FUZZ_CORPUS     where each target's corpus grows (default fuzz/corpus)
# The corpus grows in fuzz/corpus/<target> (gitignored); fuzz/seeds/ (committed) seeds every
# target; a crash or hang is written to fuzz/artifacts/<target>/ and makes the script exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."

SECS=${1:-300}
shift || true
SAN=${FUZZ_SANITIZER:-none}
MAX_LEN=${FUZZ_MAX_LEN:-8192}
TIMEOUT=${FUZZ_TIMEOUT:-10}
CORPUS=${FUZZ_CORPUS:-fuzz/corpus}
HOST=$(rustc -vV | sed -n 's/^host: //p')

FLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4"
FLAGS+=" -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table"
FLAGS+=" -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
if [ "$SAN" != none ]; then
    FLAGS+=" -Zsanitizer=$SAN"
fi

t0=$(date +%s)
# --target: the flags then apply to the fuzzed code only, not to build scripts.
RUSTC_BOOTSTRAP=1 RUSTFLAGS="$FLAGS" cargo build --release --manifest-path fuzz/Cargo.toml \
    --target "$HOST" --target-dir fuzz/target --bins >&2
echo "build: $(( $(date +%s) - t0 )) s" >&2
if [ "${FUZZ_BUILD_ONLY:-0}" = 1 ]; then
    exit 0
fi

if [ $# -gt 0 ]; then
    TARGETS=("$@")
else
    TARGETS=()
    for f in fuzz/fuzz_targets/*.rs; do TARGETS+=("$(basename "$f" .rs)"); done
fi

mkdir -p fuzz/logs
status=0
printf '| target | seconds | executions | exec/s | coverage (cov/ft) | corpus | peak RSS MB | result |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for t in "${TARGETS[@]}"; do
    mkdir -p "$CORPUS/$t" "fuzz/artifacts/$t"
    log="fuzz/logs/$t.log"
    s0=$(date +%s)
    set +e
    "fuzz/target/$HOST/release/$t" -artifact_prefix="fuzz/artifacts/$t/" \
        -max_total_time="$SECS" -timeout="$TIMEOUT" -rss_limit_mb=4096 -max_len="$MAX_LEN" \
        -print_final_stats=1 "$CORPUS/$t" fuzz/seeds >"$log" 2>&1
    rc=$?
    set -e
    took=$(( $(date +%s) - s0 ))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s+=$2} END {print s+0}')
    rate=$(( execs / (took > 0 ? took : 1) ))
    cov=$(grep -E '^#[0-9]+' "$log" | grep -o 'cov: [0-9]* ft: [0-9]*' | tail -1 | awk '{print $2 "/" $4}')
    rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | awk '{print $2}' | sort -n | tail -1)
    corpus=$(find "$CORPUS/$t" -type f | wc -l)
    if [ $rc -eq 0 ]; then
        result=ok
    else
        status=1
        art=$(grep -o 'Test unit written to [^ ]*' "$log" | head -1 | sed 's/Test unit written to //')
        kind=$(grep -o -E 'deadly signal|panicked at [^ ]*|ERROR: libFuzzer: [a-z-]*' "$log" | head -1)
        result="FAILED (rc $rc: ${kind:-see $log}; ${art:-no artifact})"
    fi
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$t" "$took" "$execs" "$rate" "${cov:-?}" "$corpus" "${rss:-?}" "$result"
done
echo "total: $(( $(date +%s) - t0 )) s" >&2
exit $status
