//! `normalize_aligned` + `to_original` with each preset: one span per output character, inside
//! the original, on character boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = dhad_fuzz::text_of(data);
    for name in dhad_fuzz::PRESETS {
        dhad_fuzz::check_aligned(&text, dhad_fuzz::preset(name));
    }
});
