//! `normalize` with each preset, and `search_normalize`: valid output, equal to the aligned
//! text, idempotent for "display" and "search".
#![no_main]
use dhad::normalize::Normalizer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = dhad_fuzz::text_of(data);
    for preset in ["none", "display", "search"] {
        if let Ok(n) = Normalizer::preset(preset) {
            dhad_fuzz::check_normalize(&text, &n, preset != "none");
        }
    }
    dhad_fuzz::check_search(&text);
});
