//! Reads every item of a paginated list, one page per call, with the stop
//! rules of [`crate::pages`].

use super::{Action, Target};
use crate::pages::{items, next_params};
use serde_json::{json, Value};

/// A list being read page by page.
#[derive(Clone, Debug)]
pub struct Reader {
    target: Target,
    op: &'static str,
    next: Option<Value>,
    /// Every item read so far.
    pub items: Vec<Value>,
}

impl Reader {
    /// Starts reading `op` from `params` through `target`.
    pub fn new(target: Target, op: &'static str, params: Value) -> Reader {
        Reader {
            target,
            op,
            next: Some(params),
            items: Vec::new(),
        }
    }

    /// The call for the next page, or `None` once the last page was read.
    pub fn call(&self) -> Option<Action> {
        self.next.as_ref().map(|params| Action::Call {
            target: self.target,
            op: self.op.to_string(),
            params: params.clone(),
        })
    }

    /// Takes one page's result.
    pub fn take(&mut self, result: &Value) {
        if let Some(params) = self.next.take() {
            self.next = next_params(&params, result);
        }
        self.items.extend(items(result));
    }

    /// The progress event of a finished read.
    pub fn finished_event(&self) -> Action {
        Action::Progress(json!({"event": "read", "op": self.op, "count": self.items.len()}))
    }
}
