//! Fuzz target `receive`: see `kopru_fuzz::receive`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kopru_fuzz::receive::run(data));
