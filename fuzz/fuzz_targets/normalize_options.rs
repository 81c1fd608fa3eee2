//! `Normalizer::new` with random options (every switch and digit mode): output equal to the
//! aligned text, alignment inside the original.
#![no_main]
use dhad::normalize::Normalizer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, String)| {
    let (bits, text) = input;
    let n = Normalizer::new(dhad_fuzz::options_from_bits(bits));
    dhad_fuzz::check_normalize(&text, &n, false);
    dhad_fuzz::check_aligned(&text, &n);
});
