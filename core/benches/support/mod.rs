//! Timing shared by the benches.

use std::time::{Duration, Instant};

/// The mean time of one run of `work`, over at least `least` of wall time.
pub fn mean(least: Duration, mut work: impl FnMut()) -> Duration {
    work();
    let started = Instant::now();
    let mut runs = 0u32;
    while started.elapsed() < least {
        work();
        runs += 1;
    }
    started.elapsed() / runs
}
