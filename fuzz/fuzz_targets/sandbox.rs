//! Fuzz target `sandbox`: see `kopru_fuzz::sandbox`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kopru_fuzz::sandbox::run(data));
