//! `segment` / `segment_word` on every token, every whitespace piece and the whole input:
//! pieces are contiguous, on character boundaries, and join back to the word.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    dhad_fuzz::check_segment_text(&dhad_fuzz::text_of(data));
});
