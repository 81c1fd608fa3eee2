#!/usr/bin/env bash
# CI smoke for the fuzz targets: build them all, run each for a few seconds from the committed
# seeds (fuzz/seeds/). Meant to stay under ~4 minutes on 2 cores including the build.
#   SMOKE_SECONDS  seconds per target (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_MAX_LEN=${FUZZ_MAX_LEN:-4096} FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10} exec scripts/fuzz.sh "${SMOKE_SECONDS:-10}"
