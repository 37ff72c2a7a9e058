//! Fuzz target `dates`: see `kopru_fuzz::dates`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kopru_fuzz::dates::run(data));
