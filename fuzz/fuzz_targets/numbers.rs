//! `extract_numbers` and `parse_number`: ordered spans that slice back, finite values, exact
//! integers or a clear error for digit strings (never a wrapped value).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    dhad_fuzz::check_numbers(&dhad_fuzz::text_of(data));
});
