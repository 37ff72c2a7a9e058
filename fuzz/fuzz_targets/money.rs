//! Fuzz target `money`: see `kopru_fuzz::money`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kopru_fuzz::money::run(data));
