//! The sync state file as a snapshot plus a journal: each save of a run
//! appends what changed to `<state_file>.journal` (work linear in the
//! change), and a snapshot replaces the state file and empties the journal.
//! Loading replays the journal over the snapshot; the snapshot itself is
//! written by the runner through `state_file` (durably).
//!
//! A crash between writing a snapshot and emptying the journal leaves entries
//! that the snapshot already holds; replaying them can only bring back an
//! older value of a key (an update is then sent again, a creation is checked
//! against the listing), never lose a pending creation.

use kopru_core::bridge::journal::fold;
use kopru_core::Error;
use serde_json::Value;
use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

/// The journal next to a state file.
fn journal_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".journal");
    PathBuf::from(name)
}

/// Replays the journal over the saved `state` (the snapshot's). A last line
/// cut short (the process died while appending it) is ignored: the action
/// after that save never happened.
pub fn replay(path: &Path, mut state: Option<Value>) -> Result<Option<Value>, Error> {
    let journal = match fs::read_to_string(journal_path(path)) {
        Ok(text) => text,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(state),
        Err(e) => {
            return Err(Error::config(format!(
                "cannot read the journal of the sync state file {}: {e}",
                path.display()
            )))
        }
    };
    let snapshot = state.get_or_insert(Value::Null);
    for line in journal.lines().filter(|l| !l.trim().is_empty()) {
        match serde_json::from_str::<Value>(line) {
            Ok(entry) => fold(snapshot, &entry),
            Err(_) => break,
        }
    }
    Ok(state)
}

fn failure(path: &Path, e: std::io::Error) -> Error {
    Error::config(format!(
        "cannot write the journal of the sync state file {}: {e}",
        path.display()
    ))
}

/// Removes the journal once a snapshot holds everything in it.
pub fn clear(path: &Path) -> Result<(), Error> {
    match fs::remove_file(journal_path(path)) {
        Err(e) if e.kind() != ErrorKind::NotFound => Err(failure(path, e)),
        _ => Ok(()),
    }
}

/// Appends one change to the journal as a line, durably (synced before the
/// runner goes on, like a snapshot).
pub fn append(path: &Path, change: &Value) -> Result<(), Error> {
    let mut line = change.to_string();
    line.push('\n');
    let journal = journal_path(path);
    let created = !journal.exists();
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&journal)
        .map_err(|e| failure(path, e))?;
    file.write_all(line.as_bytes())
        .and_then(|()| file.sync_data())
        .and_then(|()| match created {
            true => sync_folder(&journal),
            false => Ok(()),
        })
        .map_err(|e| failure(path, e))
}

/// Makes a new journal's name durable: its folder is synced (Unix; elsewhere
/// the file's own sync is what the platform offers).
fn sync_folder(journal: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    if let Some(folder) = journal.parent().filter(|f| !f.as_os_str().is_empty()) {
        fs::File::open(folder)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = journal;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_snapshot_and_its_journal_load_as_one_state() {
        let folder = std::env::temp_dir().join(format!("kopru-journal-{}", std::process::id()));
        fs::create_dir_all(&folder).unwrap();
        let path = folder.join("sync.json");
        let snapshot = json!({"version": 1, "marketplace": "entegra",
            "items": {"A": {"quantity": 1}}, "pending": {"B": {"op": "entegra.products.create"}}});
        fs::write(&path, snapshot.to_string()).unwrap();
        let change = json!({"items": {"B": {"quantity": 2}}, "pending": {"B": null}});
        append(&path, &change).unwrap();
        let mut journal = OpenOptions::new()
            .append(true)
            .open(journal_path(&path))
            .unwrap();
        journal.write_all(b"{\"items\": {\"C\"").unwrap();
        let loaded = replay(&path, Some(snapshot.clone())).unwrap().unwrap();
        assert_eq!(
            loaded,
            json!({"version": 1, "marketplace": "entegra",
                "items": {"A": {"quantity": 1}, "B": {"quantity": 2}}, "pending": {}})
        );
        clear(&path).unwrap();
        assert!(!journal_path(&path).exists());
        assert_eq!(
            replay(&path, Some(loaded.clone())).unwrap().unwrap(),
            loaded
        );
        fs::remove_dir_all(&folder).unwrap();
    }
}
