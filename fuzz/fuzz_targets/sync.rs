//! Fuzz target `sync`: see `kopru_fuzz::sync`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kopru_fuzz::sync::run(data));
