//! State files on disk (the session's tokens, the sync runner's state):
//! checked up front, read with a size bound, written durably and atomically.
//!
//! A save writes a temporary file of its own (pid + counter + random in its
//! name, so processes and threads never share one) and renames it over the
//! old file (atomic on Unix; `MoveFileEx` replace semantics on Windows). A
//! durable save also `fsync`s the file before the rename and the folder after
//! it (Unix), so the new state survives a power cut once `save` returns.

use std::fs::{self, File, OpenOptions};
use std::io::{self, ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread::sleep;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How many times a save's rename is tried on Windows while the old file is
/// held open for a moment (the pauses between tries add up to 190 ms).
const RENAME_ATTEMPTS: u64 = 20;

/// The largest state file kopru reads (a sync state of 100,000 items is a few MB).
const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Checks that `path` can hold a state file: not empty, not a directory or a
/// device, in an existing folder that accepts new files. Nothing is left behind.
pub fn check_usable(path: &Path) -> Result<(), String> {
    if path.as_os_str().is_empty() {
        return Err("state_file is empty: give a file path".into());
    }
    match fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return Err(format!(
                "state_file {} is not a regular file",
                path.display()
            ))
        }
        Ok(_) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(format!("cannot use state_file {}: {e}", path.display())),
    }
    let folder = folder_of(path);
    match fs::metadata(&folder) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(format!("{} is not a folder", folder.display())),
        Err(e) => {
            return Err(format!(
                "the folder {} of state_file: {e}",
                folder.display()
            ))
        }
    }
    let probe = temporary_name(path);
    create_private(&probe)
        .map(drop)
        .map_err(|e| format!("cannot write in {}: {e}", folder.display()))?;
    fs::remove_file(&probe).map_err(|e| format!("cannot clean {}: {e}", probe.display()))
}

/// The file's text; `None` when there is no file yet. A path that is not a
/// regular file (a directory, `/dev/zero`) is refused rather than read.
pub fn read(path: &Path) -> io::Result<Option<String>> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    let mut text = String::new();
    (&file).take(MAX_BYTES).read_to_string(&mut text)?;
    if text.len() as u64 >= MAX_BYTES {
        return Err(io::Error::new(
            ErrorKind::InvalidData,
            format!("larger than {MAX_BYTES} bytes"),
        ));
    }
    Ok(Some(text))
}

/// How much a save promises once it returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Durability {
    /// On disk: survives a power cut (two `fsync`s).
    Durable,
    /// Atomic only: a crash of the process never leaves a half file, a power
    /// cut may bring back the previous state.
    Atomic,
}

/// Replaces the file with `text` (see the module documentation); readable by
/// the owner only on Unix, from the moment it is created.
pub fn save(path: &Path, text: &str, durability: Durability) -> io::Result<()> {
    let temporary = temporary_name(path);
    let written =
        write_new(&temporary, text, durability).and_then(|()| rename_over(&temporary, path));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written?;
    match durability {
        Durability::Durable => sync_folder(&folder_of(path)),
        Durability::Atomic => Ok(()),
    }
}

/// Renames `from` over `to`. On Windows, where `MoveFileEx` cannot replace a
/// file that another process holds open (a client checking the file before
/// it takes the lock, a virus scanner, the search indexer), an "access
/// denied" is tried again, a bounded number of times with growing pauses.
fn rename_over(from: &Path, to: &Path) -> io::Result<()> {
    let mut attempt = 1;
    loop {
        match fs::rename(from, to) {
            Err(error)
                if cfg!(windows)
                    && error.kind() == ErrorKind::PermissionDenied
                    && attempt < RENAME_ATTEMPTS =>
            {
                sleep(Duration::from_millis(attempt));
                attempt += 1;
            }
            renamed => return renamed,
        }
    }
}

/// Moves a file that cannot be read as a state aside, to
/// `<path>.corrupt-<unix seconds>`; returns where it went.
pub fn move_aside(path: &Path) -> io::Result<PathBuf> {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut target = with_suffix(path, &format!(".corrupt-{seconds}"));
    let mut attempt = 1;
    while target.exists() && attempt < 100 {
        target = with_suffix(path, &format!(".corrupt-{seconds}-{attempt}"));
        attempt += 1;
    }
    fs::rename(path, &target)?;
    sync_folder(&folder_of(path))?;
    Ok(target)
}

fn write_new(temporary: &Path, text: &str, durability: Durability) -> io::Result<()> {
    let mut file = create_private(temporary)?;
    file.write_all(text.as_bytes())?;
    match durability {
        Durability::Durable => file.sync_all(),
        Durability::Atomic => Ok(()),
    }
}

/// A new file, owner-only on Unix from its creation (it may hold tokens).
fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// `<path>.<pid>-<counter>-<random>.tmp`: unique across processes and threads.
fn temporary_name(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let counter = COUNTER.fetch_add(1, Ordering::Relaxed);
    let random = random_u32();
    with_suffix(
        path,
        &format!(".{}-{counter}-{random:08x}.tmp", std::process::id()),
    )
}

fn random_u32() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    hasher.finish() as u32
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// The folder holding `path` (`.` for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Makes a rename in `folder` durable (Unix). On Windows NTFS journals the
/// rename itself and a folder cannot be opened for flushing with std.
#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("kopru-sf-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn unusable_paths_are_refused_up_front() {
        let dir = scratch("unusable");
        assert!(check_usable(Path::new("")).is_err());
        assert!(check_usable(&dir)
            .unwrap_err()
            .contains("not a regular file"));
        assert!(check_usable(&dir.join("missing/state.json")).is_err());
        #[cfg(unix)]
        assert!(check_usable(Path::new("/dev/zero")).is_err());
        assert_eq!(check_usable(&dir.join("state.json")), Ok(()));
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 0, "the probe is gone");
    }

    #[test]
    fn saves_replace_the_file_and_leave_no_temporary() {
        let dir = scratch("save");
        let path = dir.join("state.json");
        save(&path, "{\"a\":1}", Durability::Atomic).unwrap();
        save(&path, "{\"a\":2}", Durability::Durable).unwrap();
        assert_eq!(read(&path).unwrap().as_deref(), Some("{\"a\":2}"));
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn temporary_names_never_repeat() {
        let path = Path::new("state.json");
        assert_ne!(temporary_name(path), temporary_name(path));
    }

    #[test]
    fn a_corrupt_file_is_moved_aside() {
        let dir = scratch("aside");
        let path = dir.join("state.json");
        fs::write(&path, "{").unwrap();
        let moved = move_aside(&path).unwrap();
        assert!(!path.exists());
        assert!(moved.to_string_lossy().contains("state.json.corrupt-"));
        assert_eq!(fs::read_to_string(moved).unwrap(), "{");
    }
}
