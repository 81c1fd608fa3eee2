//! `normalize_aligned` + `to_original` with each preset: one span per output character, inside
//! the original, on character boundaries.
#![no_main]
use dhad::normalize::Normalizer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = dhad_fuzz::text_of(data);
    for preset in ["none", "display", "search"] {
        if let Ok(n) = Normalizer::preset(preset) {
            dhad_fuzz::check_aligned(&text, &n);
        }
    }
});
