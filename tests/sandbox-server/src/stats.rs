//! Request counts per service and per path, so that a test can tell how many
//! times an operation was sent and whether a write was applied more than once.

use serde::Serialize;
use serde_json::Value;
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// Counts of one path (`"METHOD /path"`, relative to the service's mount point, no query).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PathCounts {
    /// Every request to the path, faulted ones included.
    pub requests: u64,
    /// Those the emulator handled (not answered by an injected failure or drop).
    pub reached: u64,
    /// Those the emulator answered with a success: a 2xx status whose JSON body
    /// does not say `"status": false` (Tedbul) or `"success": false` (the ERP).
    pub applied: u64,
    /// Writes (methods other than GET and HEAD) that reached the emulator with
    /// the same body as an earlier request to the path that it applied.
    pub repeated: u64,
}

/// Counts of one service.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ServiceCounts {
    /// Every request that reached the service's mount point, faulted ones included.
    pub requests: u64,
    /// Those to the service's login path.
    pub logins: u64,
    /// The faults injected, by name (see [`crate::Plan::name`]; `tokens_expired`
    /// for an `expire_tokens_every` expiry).
    pub injected: BTreeMap<&'static str, u64>,
    /// The most requests the service was answering at once (the server
    /// answers each connection on its own thread).
    pub max_in_flight: u64,
    /// The requests it is answering now.
    #[serde(skip)]
    in_flight: u64,
    /// Per path.
    pub paths: BTreeMap<String, PathCounts>,
    /// Fingerprints of the bodies applied, per path (for `repeated`).
    #[serde(skip)]
    applied_bodies: HashMap<String, HashSet<u64>>,
}

impl ServiceCounts {
    /// Counts a request on its arrival; gives the service's request count so far.
    pub fn arrive(&mut self, key: &str, login: bool) -> u64 {
        self.requests += 1;
        if login {
            self.logins += 1;
        }
        self.paths.entry(key.to_string()).or_default().requests += 1;
        self.requests
    }

    /// Counts a request the service starts answering.
    pub fn enter(&mut self) {
        self.in_flight += 1;
        self.max_in_flight = self.max_in_flight.max(self.in_flight);
    }

    /// Counts a request the service has answered (or dropped).
    pub fn leave(&mut self) {
        self.in_flight = self.in_flight.saturating_sub(1);
    }

    /// Counts one injected fault.
    pub fn inject(&mut self, name: &'static str) {
        *self.injected.entry(name).or_default() += 1;
    }

    /// Counts a request the emulator handled, with the status and body of its answer.
    pub fn handled(&mut self, key: &str, method: &str, body: &[u8], status: u16, answer: &[u8]) {
        let counts = self.paths.entry(key.to_string()).or_default();
        counts.reached += 1;
        let write = !matches!(method, "GET" | "HEAD");
        let fingerprint = fingerprint(body);
        let bodies = self.applied_bodies.entry(key.to_string()).or_default();
        if write && bodies.contains(&fingerprint) {
            counts.repeated += 1;
        }
        if success(status, answer) {
            counts.applied += 1;
            if write {
                bodies.insert(fingerprint);
            }
        }
    }
}

/// The path key of a request: its method and its path without the query.
pub fn path_key(method: &str, path_and_query: &str) -> String {
    let path = path_and_query.split('?').next().unwrap_or("");
    format!("{method} {path}")
}

fn fingerprint(body: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    hasher.finish()
}

/// Whether an emulator answer reports success.
fn success(status: u16, body: &[u8]) -> bool {
    if !(200..300).contains(&status) {
        return false;
    }
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
        return true;
    };
    let refused = |key: &str| map.get(key) == Some(&Value::Bool(false));
    !(refused("status") || refused("success"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_counts_writes_resent_after_they_were_applied() {
        let mut counts = ServiceCounts::default();
        let key = path_key("POST", "/api/ads/createAds?x=1");
        assert_eq!(key, "POST /api/ads/createAds");
        let ok = br#"{"status":true,"result":{}}"#;
        let refused = br#"{"status":false,"code":400}"#;
        for (body, answer) in [
            (&b"a"[..], &refused[..]),
            (b"a", ok),
            (b"a", refused),
            (b"b", ok),
        ] {
            counts.arrive(&key, false);
            counts.handled(&key, "POST", body, 200, answer);
        }
        counts.arrive(&key, false);
        assert_eq!(
            counts.paths[&key],
            PathCounts {
                requests: 5,
                reached: 4,
                applied: 2,
                repeated: 1
            }
        );
    }

    #[test]
    fn reads_are_never_repeats_and_errors_never_applied() {
        let mut counts = ServiceCounts::default();
        for status in [200, 200, 500] {
            counts.handled("GET /p", "GET", b"", status, b"{}");
        }
        counts.handled("PUT /p", "PUT", b"x", 422, b"{}");
        counts.handled("PUT /p", "PUT", b"x", 200, br#"{"success":false}"#);
        assert_eq!(counts.paths["GET /p"].applied, 2);
        assert_eq!(counts.paths["GET /p"].repeated, 0);
        assert_eq!(counts.paths["PUT /p"].applied, 0);
        assert_eq!(counts.paths["PUT /p"].repeated, 0);
    }
}
