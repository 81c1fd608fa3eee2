//! `sentences`: ordered spans from a token start to a token end; every token in one sentence.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    dhad_fuzz::check_sentences(&dhad_fuzz::text_of(data));
});
