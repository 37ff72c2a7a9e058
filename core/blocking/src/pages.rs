//! `Pages`: every item of a paginated list, in order, fetching up to
//! `concurrency` pages at once on threads when the core's [`PageWalk`]
//! knows their range.

use crate::client::Client;
use kopru_core::page_walk::PageWalk;
use kopru_core::Error;
use serde_json::Value;
use std::collections::VecDeque;
use std::ops::Deref;
use std::thread;

/// An iterator over every item of a paginated list; an error ends it (the
/// items of the pages before the failed one come first).
///
/// It holds its client through any pointer (`&Client`, `Arc<Client>`), so a
/// binding can keep an iterator in a handle that outlives the borrow.
pub struct Pages<C: Deref<Target = Client>> {
    client: C,
    op: String,
    walk: PageWalk,
    buffer: VecDeque<Value>,
    /// The error that ends the walk, given once the items before it are out.
    failure: Option<Error>,
}

impl<C: Deref<Target = Client>> Pages<C> {
    /// Pages of `op` starting from `params`, through `client`, one page at a
    /// time, in the largest pages the service accepts unless `params` set the size.
    pub fn new(client: C, op: &str, params: &Value) -> Self {
        Pages {
            client,
            op: op.to_string(),
            walk: PageWalk::one_at_a_time(op, params),
            buffer: VecDeque::new(),
            failure: None,
        }
    }

    /// Fetches up to `concurrency` pages at once (1 to 16; a `config` error
    /// otherwise) from the next fetch on.
    pub fn set_concurrency(&mut self, concurrency: u64) -> Result<(), Error> {
        self.walk.set_concurrency(concurrency)
    }

    /// Fetches the next batch of pages: their items go to the buffer, in
    /// order; a failure is kept for after them. False when the walk is over.
    fn fetch_batch(&mut self) -> bool {
        let batch = self.walk.batch();
        if batch.is_empty() {
            return false;
        }
        let client: &Client = &self.client;
        let op = self.op.as_str();
        let answers: Vec<Result<Value, Error>> = if batch.len() == 1 {
            vec![client.call(op, &batch[0])]
        } else {
            thread::scope(|scope| {
                let handles: Vec<_> = batch
                    .iter()
                    .map(|params| scope.spawn(move || client.call(op, params)))
                    .collect();
                handles.into_iter().map(join_answer).collect()
            })
        };
        let mut results = Vec::with_capacity(answers.len());
        for answer in answers {
            match answer {
                Ok(result) => results.push(result),
                Err(error) => {
                    self.failure = Some(error);
                    break;
                }
            }
        }
        self.buffer.extend(self.walk.receive(&results));
        true
    }
}

impl<C: Deref<Target = Client>> Iterator for Pages<C> {
    type Item = Result<Value, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            if let Some(error) = self.failure.take() {
                return Some(Err(error));
            }
            if !self.fetch_batch() {
                return None;
            }
        }
    }
}

/// The answer of one page's thread (its panic, if it panicked, goes on in this thread).
fn join_answer(handle: thread::ScopedJoinHandle<'_, Result<Value, Error>>) -> Result<Value, Error> {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
