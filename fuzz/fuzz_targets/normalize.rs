//! `normalize` with each preset, and `search_normalize`: valid output, equal to the aligned
//! text, idempotent for "display" and "search".
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = dhad_fuzz::text_of(data);
    for name in dhad_fuzz::PRESETS {
        dhad_fuzz::check_normalize(&text, dhad_fuzz::preset(name), name != "none");
    }
    dhad_fuzz::check_search(&text);
});
