//! Reads every item of a paginated list, one page per call, with the page
//! size and stop rules of [`crate::pages`].

use super::{Action, Target};
use crate::error::Error;
use crate::pages::{first_params, into_value_items, next_params};
use serde_json::{json, Value};

/// The most pages one list may take: a service that keeps answering a next
/// page (one that ignores `page`, say) ends the run instead of looping forever.
pub const MAX_PAGES: usize = 10_000;

/// A list being read page by page.
#[derive(Clone, Debug)]
pub struct Reader {
    target: Target,
    op: &'static str,
    next: Option<Value>,
    pages: usize,
    /// Every item read so far.
    pub items: Vec<Value>,
}

impl Reader {
    /// Starts reading `op` from `params` through `target`, in the largest
    /// pages the service accepts unless `params` set the size.
    pub fn new(target: Target, op: &'static str, params: Value) -> Reader {
        Reader {
            target,
            op,
            next: Some(first_params(op, &params)),
            pages: 0,
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

    /// Takes one page's result (its items are moved, not copied); the
    /// finished event after the last page.
    pub fn take(&mut self, result: Value) -> Result<Option<Action>, Error> {
        if let Some(params) = self.next.take() {
            self.next = next_params(&params, result.get("next_page").and_then(Value::as_u64));
        }
        self.items.extend(into_value_items(result));
        self.pages += 1;
        if self.next.is_some() && self.pages >= MAX_PAGES {
            return Err(Error::decode(
                self.op,
                format!("the list did not end after {MAX_PAGES} pages"),
            ));
        }
        Ok(self.next.is_none().then(|| {
            Action::Progress(json!({"event": "read", "op": self.op, "count": self.items.len()}))
        }))
    }
}
