//! `extract_entities` and a user-gazetteer `EntityRecognizer` (names taken from the input):
//! ordered, non-overlapping spans on character boundaries that slice back.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    dhad_fuzz::check_entities(&dhad_fuzz::text_of(data));
});
