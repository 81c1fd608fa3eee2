//! `extract_dates` against a random valid reference time: ordered spans, valid resolved values,
//! interval ends not before their starts.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u64, String)| {
    let (bits, text) = input;
    dhad_fuzz::check_dates(&text, dhad_fuzz::reference_from(bits));
});
