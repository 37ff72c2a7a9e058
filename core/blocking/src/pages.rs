//! `Pages`: every item of a paginated list, in order, keeping up to
//! `concurrency` pages in flight on threads when the core's [`PageWalk`]
//! knows their range.

use crate::client::Client;
use kopru_core::page_walk::PageWalk;
use kopru_core::wire::Wire;
use kopru_core::Error;
use serde_json::Value;
use std::collections::VecDeque;
use std::sync::Arc;
use std::thread::{self, JoinHandle};

/// An iterator over every item of a paginated list; an error ends it (the
/// items of the pages before the failed one come first).
///
/// With a `concurrency` above 1 each page in flight is fetched on a thread
/// of its own through a handle on the client; a page received makes room
/// for the next at once, so pages keep going out while the caller works
/// through the items already here. At most `concurrency` requests are out
/// and one page's items wait in the iterator. Dropping the iterator lets
/// the requests in flight finish and drops their answers.
pub struct Pages {
    client: Client,
    op: Arc<str>,
    walk: PageWalk,
    /// The threads fetching pages, in the order their pages were handed out.
    in_flight: VecDeque<JoinHandle<Result<Wire, Error>>>,
    buffer: VecDeque<Wire>,
    /// The error that ends the walk, given once the items before it are out.
    failure: Option<Error>,
}

impl Pages {
    /// Pages of `op` starting from `params`, through `client`, one page at a
    /// time, in the largest pages the service accepts unless `params` set the size.
    pub fn new(client: Client, op: &str, params: &Value) -> Self {
        Pages {
            client,
            op: Arc::from(op),
            walk: PageWalk::one_at_a_time(op, params),
            in_flight: VecDeque::new(),
            buffer: VecDeque::new(),
            failure: None,
        }
    }

    /// Keeps up to `concurrency` pages in flight (1 to 16; a `config` error
    /// otherwise) from the next page fetched on.
    pub fn set_concurrency(&mut self, concurrency: u64) -> Result<(), Error> {
        self.walk.set_concurrency(concurrency)
    }

    /// The answer of the earliest page not yet received, or `None` when the
    /// walk is over. A lone page is fetched on the caller's thread; when the
    /// walk hands out more, each goes out on a thread.
    fn next_answer(&mut self) -> Option<Result<Wire, Error>> {
        if self.in_flight.is_empty() {
            let first = self.walk.hand_out()?;
            match self.walk.hand_out() {
                None => return Some(self.client.call_wire(&self.op, &first)),
                Some(second) => {
                    self.send(first);
                    self.send(second);
                }
            }
        }
        self.top_up();
        let fetching = self.in_flight.pop_front()?;
        // A panic of the page's thread goes on in this thread.
        Some(
            fetching
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        )
    }

    /// Sends every page the walk hands out now.
    fn top_up(&mut self) {
        while let Some(params) = self.walk.hand_out() {
            self.send(params);
        }
    }

    /// Fetches one page on a thread of its own.
    fn send(&mut self, params: Value) {
        let client = self.client.clone();
        let op = Arc::clone(&self.op);
        self.in_flight
            .push_back(thread::spawn(move || client.call_wire(&op, &params)));
    }

    /// The next item in its wire form, as the bindings hand it on (the
    /// iterator gives it as a `Value`).
    pub fn next_wire(&mut self) -> Option<Result<Wire, Error>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            if let Some(error) = self.failure.take() {
                return Some(Err(error));
            }
            match self.next_answer()? {
                Ok(result) => {
                    self.buffer.extend(self.walk.receive_next(result));
                    self.in_flight.truncate(self.walk.in_flight());
                    if !self.in_flight.is_empty() {
                        self.top_up();
                    }
                }
                Err(error) => {
                    self.walk.fail_next();
                    self.in_flight.clear();
                    self.failure = Some(error);
                }
            }
        }
    }
}

impl Iterator for Pages {
    type Item = Result<Value, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_wire().map(|item| item.map(Wire::into_value))
    }
}
