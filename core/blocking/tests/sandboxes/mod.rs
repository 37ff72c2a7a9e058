//! Clients of the in-process sandboxes, and fresh state files, for the sync tests.

use kopru_blocking::Client;
use kopru_core::sandbox::sandbox_config;
use kopru_core::Service;
use std::path::PathBuf;

/// A path named `name` in this test process's own temporary folder, with no file there yet.
pub fn state_path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kopru-sync-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

/// A client of the in-process sandbox of `service`.
pub fn client(service: Service) -> Client {
    Client::new(&sandbox_config(service)).unwrap()
}
