#!/bin/sh
# Trains the entity tagger and writes data/entities/model.bin.
# Training data: ../shared/eval/anercorp_train.jsonl minus its last 10% of sentences (our dev
# split), plus AQMAR minus every 4th article (held out as the cross-genre check), MISC→O there.
# Override paths with DHAD_ANERCORP / DHAD_AQMAR; DHAD_NO_AQMAR=1 trains on ANERcorp alone.
# The features are computed by the library itself (src/entities/model.rs), so training and
# inference cannot drift apart.
set -e
cd "$(dirname "$0")/.."
cargo test --release --features train --test entities_train -- --ignored --nocapture
