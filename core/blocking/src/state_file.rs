//! The session state on disk, so a cron job logs in once, not every run.

use kopru_core::Error;
use serde_json::Value;
use std::fs;
use std::io::ErrorKind;
use std::path::Path;

/// Reads the saved state; a missing file means no state yet.
pub fn load(path: &Path) -> Result<Option<Value>, Error> {
    match fs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text).map(Some).map_err(|e| {
            Error::config(format!(
                "state_file {} is not valid JSON: {e}",
                path.display()
            ))
        }),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::config(format!(
            "cannot read state_file {}: {e}",
            path.display()
        ))),
    }
}

/// Writes the state atomically (a temporary file renamed over the old one),
/// readable by the owner only on Unix: it holds tokens.
pub fn save(path: &Path, state: &Value) -> Result<(), Error> {
    let temporary = path.with_extension("tmp");
    let fail = |e: std::io::Error| {
        Error::config(format!("cannot write state_file {}: {e}", path.display()))
    };
    fs::write(&temporary, state.to_string()).map_err(fail)?;
    restrict_permissions(&temporary).map_err(fail)?;
    fs::rename(&temporary, path).map_err(fail)
}

#[cfg(unix)]
fn restrict_permissions(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn restrict_permissions(_: &Path) -> std::io::Result<()> {
    Ok(())
}
