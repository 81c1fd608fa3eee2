//! `tokenize`: ordered, non-empty, non-overlapping tokens on character boundaries; nothing but
//! separators between them.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    dhad_fuzz::check_tokenize(&dhad_fuzz::text_of(data));
});
