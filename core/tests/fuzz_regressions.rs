//! Replays every committed fuzz input through the harness of its target, so a
//! plain `cargo test` (stable, no cargo-fuzz) catches a regression: the
//! crashers found so far (`fuzz/regressions/<target>/`, each once a panic or a
//! broken invariant) and the seed inputs (`fuzz/seeds/<target>/`).

#[path = "../../fuzz/src/lib.rs"]
mod harness;

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
}

/// The committed inputs of `target` under `kind` (`regressions` or `seeds`).
fn inputs(kind: &str, target: &str) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(fuzz_dir().join(kind).join(target)) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

/// Runs every committed input of `target`; returns how many ran.
fn replay(target: &str) -> usize {
    let (_, run) = harness::TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .expect("a known target");
    let files: Vec<PathBuf> = ["regressions", "seeds"]
        .iter()
        .flat_map(|kind| inputs(kind, target))
        .collect();
    let failed: Vec<String> = files
        .iter()
        .filter(|path| {
            let data = fs::read(path).expect("a readable input");
            catch_unwind(AssertUnwindSafe(|| run(&data))).is_err()
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "{target}: these inputs fail: {failed:#?}"
    );
    files.len()
}

#[test]
fn every_committed_input_belongs_to_a_target() {
    for kind in ["regressions", "seeds"] {
        for entry in fs::read_dir(fuzz_dir().join(kind)).expect("the fuzz inputs") {
            let name = entry.expect("an entry").file_name();
            let name = name.to_string_lossy();
            assert!(
                harness::TARGETS.iter().any(|(target, _)| *target == name),
                "fuzz/{kind}/{name} is no target"
            );
        }
    }
}

#[test]
fn money() {
    assert!(replay("money") > 0);
}

#[test]
fn dates() {
    assert!(replay("dates") > 0);
}

#[test]
fn params() {
    assert!(replay("params") > 0);
}

#[test]
fn receive() {
    assert!(replay("receive") > 0);
}

#[test]
fn envelope() {
    assert!(replay("envelope") > 0);
}

#[test]
fn sandbox() {
    assert!(replay("sandbox") > 0);
}

#[test]
fn config() {
    assert!(replay("config") > 0);
}

#[test]
fn sync() {
    assert!(replay("sync") > 0);
}
