//! Fuzz target `params`: see `kopru_fuzz::params`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kopru_fuzz::params::run(data));
