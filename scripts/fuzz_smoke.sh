#!/usr/bin/env bash
# CI smoke for the fuzz targets: build them all, then run each from the committed seeds
# (fuzz/seeds/ only: a fresh temporary corpus, so a big local fuzz/corpus cannot slow it down)
# for an equal share of what is left of a fixed budget, at least MIN seconds.
# Needs only the stable toolchain (see scripts/fuzz.sh); no cargo-fuzz install.
#   SMOKE_BUDGET  seconds for build + runs (default 220)
#   SMOKE_MIN     seconds per target at least (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s)
FUZZ_BUILD_ONLY=1 scripts/fuzz.sh
n=$(ls fuzz/fuzz_targets/*.rs | wc -l)
left=$(( ${SMOKE_BUDGET:-220} - ($(date +%s) - t0) ))
per=$(( left / n - 1 ))
if [ "$per" -lt "${SMOKE_MIN:-5}" ]; then per=${SMOKE_MIN:-5}; fi
echo "fuzz smoke: $n targets, $per s each" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
FUZZ_CORPUS="$tmp" FUZZ_MAX_LEN=${FUZZ_MAX_LEN:-4096} scripts/fuzz.sh "$per"
echo "fuzz smoke wall time: $(( $(date +%s) - t0 )) s" >&2
