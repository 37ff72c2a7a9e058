//! Paths that drift: where the public sources spell a path two ways, a 404 on
//! one spelling tries the other once, and the state remembers the one that
//! answered. A path in the config's `paths` always wins.

use super::flight::InFlight;
use super::Session;
use crate::http::HttpResponse;
use crate::ops::dialect::dialect_of;
use crate::ops::Operation;

impl Session {
    /// The path template `op` is sent to: the config's, else the spelling
    /// that answered last, else the table's.
    pub(super) fn path_template(&self, op: &'static Operation) -> &str {
        if let Some(configured) = self.config.paths.get(op.name) {
            return configured;
        }
        self.answered_paths
            .get(op.name)
            .map(String::as_str)
            .unwrap_or(op.path)
    }

    /// True when `path` is a spelling of the operation called `op_name`.
    pub(super) fn is_known_spelling(&self, op_name: &str, path: &str) -> bool {
        self.spellings(op_name)
            .is_some_and(|(first, second)| path == first || path == second)
    }

    /// The other spelling to try after `response`, when it is a 404 on a
    /// drifting path not fixed by the config and not switched yet in this call.
    pub(super) fn other_spelling(
        &self,
        flight: &InFlight,
        response: &HttpResponse,
    ) -> Option<&'static str> {
        if response.status != 404
            || flight.switched_path.is_some()
            || self.config.paths.contains_key(flight.op.name)
        {
            return None;
        }
        let (first, second) = self.spellings(flight.op.name)?;
        let current = self.path_template(flight.op);
        Some(if current == first { second } else { first })
    }

    /// Remembers the spelling that answered after a switch.
    pub(super) fn remember_spelling(&mut self, flight: &InFlight) {
        if let Some(path) = flight.switched_path {
            self.answered_paths
                .insert(flight.op.name.to_string(), path.to_string());
        }
    }

    fn spellings(&self, op_name: &str) -> Option<(&'static str, &'static str)> {
        let op = crate::ops::find(op_name)?;
        dialect_of(self.config.service)
            .drifting_paths
            .iter()
            .find(|(name, _)| *name == op_name)
            .map(|(_, other)| (op.path, *other))
    }
}
