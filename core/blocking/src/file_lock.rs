//! OS file locks with a bounded wait, shared between processes: `flock` on
//! Unix, `LockFileEx` on Windows (std's `File::lock`). The lock lives in its
//! own `<path>.lock` file, which is never deleted (deleting a lock file lets
//! two processes lock two different files); it holds the pid of its holder.
//! On Windows `LockFileEx` forbids other processes to read the locked file, so
//! there the pid goes to `<path>.lock.pid` beside it, where waiters can read it.

use std::fmt;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read};
#[cfg(not(windows))]
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// The longest pause between two attempts to take a lock.
const MAX_PAUSE: Duration = Duration::from_millis(5);

/// A lock held until it is dropped.
#[derive(Debug)]
pub struct FileLock {
    file: File,
}

impl Drop for FileLock {
    fn drop(&mut self) {
        // Closing the handle releases the lock as well; unlocking first keeps
        // the release independent of when the handle is closed.
        let _ = self.file.unlock();
    }
}

/// Another process (or another client of this one) holds the lock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Busy {
    /// The lock file.
    pub lock_file: PathBuf,
    /// The holder's pid, when the lock file could be read.
    pub holder: Option<u32>,
    /// How long this process waited before giving up.
    pub waited_ms: u64,
}

impl fmt::Display for Busy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let holder = match self.holder {
            Some(pid) => format!("process {pid}"),
            None => "another process".to_string(),
        };
        write!(
            f,
            "locked: {} is held by {holder}; gave up after waiting {} ms",
            self.lock_file.display(),
            self.waited_ms
        )
    }
}

/// Why a lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// Someone else held it for the whole wait.
    Busy(Busy),
    /// The lock file could not be opened or locked.
    Io(io::Error),
}

/// The lock file that guards `path`: `<path>.lock`.
pub fn lock_file_of(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".lock");
    PathBuf::from(name)
}

/// Takes the lock in `lock_file`, waiting at most `wait` for its holder;
/// writes this process's pid into it once taken.
pub fn acquire(lock_file: &Path, wait: Duration) -> Result<FileLock, LockError> {
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(lock_file)
        .map_err(LockError::Io)?;
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match file.try_lock() {
            Ok(()) => {
                write_holder(&mut file, lock_file);
                return Ok(FileLock { file });
            }
            Err(TryLockError::Error(error)) => return Err(LockError::Io(error)),
            Err(TryLockError::WouldBlock) => {}
        }
        let waited = started.elapsed();
        if waited >= wait {
            return Err(LockError::Busy(Busy {
                lock_file: lock_file.to_path_buf(),
                holder: read_holder(&mut file, lock_file),
                waited_ms: u64::try_from(waited.as_millis()).unwrap_or(u64::MAX),
            }));
        }
        sleep(pause.min(wait - waited));
        pause = (pause * 2).min(MAX_PAUSE);
    }
}

/// Records this process as the holder in the lock file; the pid is only for
/// messages, so a failure to write it is not an error.
#[cfg(not(windows))]
fn write_holder(file: &mut File, _lock_file: &Path) {
    let _ = file
        .set_len(0)
        .and_then(|()| file.seek(SeekFrom::Start(0)))
        .and_then(|_| file.write_all(std::process::id().to_string().as_bytes()));
}

/// Records this process as the holder in `<lock_file>.pid` (the locked file
/// itself cannot be read by the others on Windows); the pid is only for
/// messages, so a failure to write it is not an error.
#[cfg(windows)]
fn write_holder(_file: &mut File, lock_file: &Path) {
    let _ = std::fs::write(holder_file_of(lock_file), std::process::id().to_string());
}

/// The holder's pid as written in the lock file.
#[cfg(not(windows))]
fn read_holder(file: &mut File, _lock_file: &Path) -> Option<u32> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.take(32).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

/// The holder's pid as written in `<lock_file>.pid`.
#[cfg(windows)]
fn read_holder(_file: &mut File, lock_file: &Path) -> Option<u32> {
    let mut text = String::new();
    File::open(holder_file_of(lock_file))
        .ok()?
        .take(32)
        .read_to_string(&mut text)
        .ok()?;
    text.trim().parse().ok()
}

/// Where Windows keeps the holder's pid: `<lock_file>.pid`.
#[cfg(windows)]
fn holder_file_of(lock_file: &Path) -> PathBuf {
    let mut name = lock_file.as_os_str().to_os_string();
    name.push(".pid");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("kopru-lock-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("state.json.lock")
    }

    #[test]
    fn a_second_holder_waits_its_bound_and_learns_the_pid() {
        let path = scratch("busy");
        let held = acquire(&path, Duration::ZERO).unwrap();
        let Err(LockError::Busy(busy)) = acquire(&path, Duration::from_millis(30)) else {
            panic!("the lock was taken twice");
        };
        assert!(busy.waited_ms >= 30, "{busy:?}");
        assert_eq!(busy.holder, Some(std::process::id()));
        assert!(busy.to_string().contains(&std::process::id().to_string()));
        drop(held);
        assert!(acquire(&path, Duration::ZERO).is_ok());
    }

    #[test]
    fn the_lock_file_sits_beside_the_guarded_file() {
        assert_eq!(
            lock_file_of(Path::new("/var/lib/kopru/tedbul.json")),
            PathBuf::from("/var/lib/kopru/tedbul.json.lock")
        );
    }
}
