//! The whole pipeline on one text: every check of every entry point (normalize with each preset,
//! alignment, tokens, sentences, numbers, segments, entities, dates).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    dhad_fuzz::check_all(&dhad_fuzz::text_of(data));
});
