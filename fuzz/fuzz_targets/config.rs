//! Fuzz target `config`: see `kopru_fuzz::config`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kopru_fuzz::config::run(data));
