//! Fuzz target `envelope`: see `kopru_fuzz::envelope`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kopru_fuzz::envelope::run(data));
