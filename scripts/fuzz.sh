#!/usr/bin/env bash
# Run every cargo-fuzz target of fuzz/ for SECONDS each (default 300) and print one summary row
# per target: executions, coverage, corpus size, peak RSS and the result.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Only the stable toolchain exists here, so cargo-fuzz runs with RUSTC_BOOTSTRAP=1 (it needs
# nightly-only codegen flags for the coverage instrumentation). Environment:
#   FUZZ_SANITIZER  none (default: the core is safe Rust, so ASan mostly slows it) or address
#   FUZZ_MAX_LEN    longest input libFuzzer makes (default 8192 bytes)
#   FUZZ_TIMEOUT    seconds one input may take before it counts as a hang (default 10)
#   FUZZ_JOBS       parallel fuzzing processes per target (default 1)
# The corpus grows in fuzz/corpus/<target> (gitignored); fuzz/seeds/ (committed) seeds every
# target; a crash or hang is written to fuzz/artifacts/<target>/ and makes the script exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."

SECS=${1:-300}
shift || true
SAN=${FUZZ_SANITIZER:-none}
MAX_LEN=${FUZZ_MAX_LEN:-8192}
TIMEOUT=${FUZZ_TIMEOUT:-10}
JOBS=${FUZZ_JOBS:-1}
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz from crates.io" >&2
    cargo install cargo-fuzz --locked >&2
fi

FLAGS=(-O -a -s "$SAN")
t0=$(date +%s)
cargo fuzz build "${FLAGS[@]}" >&2
echo "build: $(( $(date +%s) - t0 )) s" >&2

if [ $# -gt 0 ]; then
    TARGETS=("$@")
else
    mapfile -t TARGETS < <(cargo fuzz list)
fi

JOBS_ARGS=()
if [ "$JOBS" -gt 1 ]; then JOBS_ARGS=(-jobs="$JOBS" -workers="$JOBS"); fi
mkdir -p fuzz/logs
status=0
printf '| target | seconds | executions | exec/s | coverage (cov/ft) | corpus | peak RSS MB | result |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for t in "${TARGETS[@]}"; do
    mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
    log="fuzz/logs/$t.log"
    s0=$(date +%s)
    set +e
    cargo fuzz run "${FLAGS[@]}" "$t" "fuzz/corpus/$t" fuzz/seeds -- \
        -max_total_time="$SECS" -timeout="$TIMEOUT" -rss_limit_mb=4096 -max_len="$MAX_LEN" \
        ${JOBS_ARGS[@]+"${JOBS_ARGS[@]}"} -print_final_stats=1 >"$log" 2>&1
    rc=$?
    set -e
    took=$(( $(date +%s) - s0 ))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s+=$2} END {print s+0}')
    rate=$(( execs / (took > 0 ? took : 1) ))
    cov=$(grep -E '^#[0-9]+' "$log" | grep -o 'cov: [0-9]* ft: [0-9]*' | tail -1 | awk '{print $2 "/" $4}')
    rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | awk '{print $2}' | sort -n | tail -1)
    corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
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
