//! Planning a walk over a paginated list, sans-IO: which pages to fetch
//! next, in order, and how many at once.
//!
//! With a `concurrency` above 1, once a page tells how many records there
//! are (the ERP's `total`, with its numbered pages of a fixed size), the
//! walk hands out up to `concurrency` page numbers at a time for a binding
//! to fetch in parallel; it always hands them out in order and takes the
//! results back in order, so records come out as a sequential walk yields
//! them. Without a known range (other services, or `concurrency` 1) it
//! hands out one page at a time, each found from the page before.

use crate::error::Error;
use crate::ops;
use crate::pages::{first_params, items, next_params};
use crate::service::Service;
use serde_json::Value;

/// The most pages fetched at once.
pub const MAX_CONCURRENCY: u64 = 16;

/// The walk over every page of one list operation.
#[derive(Clone, Debug)]
pub struct PageWalk {
    /// Pages fetched at once, when their range is known.
    concurrency: u64,
    /// Pages are numbered and of a fixed size, so a `total` makes their range known.
    numbered: bool,
    /// The parameters of the next page to fetch; `None` when the walk is over.
    next: Option<Value>,
    /// The last page, from the last `total` seen and the size of a full page.
    last_page: Option<u64>,
    /// The parameters handed out by [`PageWalk::batch`], awaiting their results.
    pending: Vec<Value>,
}

impl PageWalk {
    /// A walk of `op` from `params`, in the largest pages the service accepts
    /// unless `params` set the size, fetching up to `concurrency` pages at
    /// once: a `config` error unless `concurrency` is from 1 to [`MAX_CONCURRENCY`].
    pub fn new(op: &str, params: &Value, concurrency: u64) -> Result<PageWalk, Error> {
        let mut walk = PageWalk::one_at_a_time(op, params);
        walk.set_concurrency(concurrency)?;
        Ok(walk)
    }

    /// A walk of `op` from `params` that fetches one page at a time.
    pub fn one_at_a_time(op: &str, params: &Value) -> PageWalk {
        let numbered = ops::find(op).is_some_and(|op| op.paginated && op.service == Service::Erp);
        PageWalk {
            concurrency: 1,
            numbered,
            next: Some(first_params(op, params)),
            last_page: None,
            pending: Vec::new(),
        }
    }

    /// Changes how many pages are fetched at once (from the next batch on);
    /// a `config` error unless it is from 1 to [`MAX_CONCURRENCY`].
    pub fn set_concurrency(&mut self, concurrency: u64) -> Result<(), Error> {
        self.concurrency = checked_concurrency(concurrency)?;
        Ok(())
    }

    /// The parameters of the pages to fetch now, in order: up to
    /// `concurrency` consecutive pages within the known range, else the one
    /// next page; empty when the walk is over. Each batch's results go to
    /// [`PageWalk::receive`] before the next batch is asked for.
    pub fn batch(&mut self) -> Vec<Value> {
        let Some(next) = self.next.take() else {
            return Vec::new();
        };
        let first = ops::page_param(&next);
        let last = self
            .last_page
            .filter(|_| self.numbered)
            .map_or(first, |last| {
                last.clamp(first, first.saturating_add(self.concurrency - 1))
            });
        self.pending = if last == first {
            vec![next]
        } else {
            (first..=last).map(|page| with_page(&next, page)).collect()
        };
        self.pending.clone()
    }

    /// Takes the results of the last batch's pages, in its order, and gives
    /// their items in order. Fewer results than pages means a page failed:
    /// the walk ends after the pages that answered. A page that says it is
    /// the last ends the walk too (later pages of the batch are beyond the end).
    pub fn receive(&mut self, results: &[Value]) -> Vec<Value> {
        let pending = std::mem::take(&mut self.pending);
        let mut out = Vec::new();
        for (params, result) in pending.iter().zip(results) {
            out.extend(items(result));
            self.learn_range(result);
            self.next = next_params(params, result);
            if self.next.is_none() {
                return out;
            }
        }
        if results.len() < pending.len() {
            self.next = None;
        }
        out
    }

    /// Reads the last page from a full page's size and the total it reports.
    fn learn_range(&mut self, result: &Value) {
        let full_page = items(result).len() as u64;
        let total = result.get("total").and_then(Value::as_u64);
        let has_next = result.get("next_page").is_some_and(|n| !n.is_null());
        if let (true, Some(total), true) = (self.numbered && has_next, total, full_page > 0) {
            self.last_page = Some(total.div_ceil(full_page));
        }
    }
}

/// `concurrency` when it is from 1 to [`MAX_CONCURRENCY`], else a `config` error.
fn checked_concurrency(concurrency: u64) -> Result<u64, Error> {
    if (1..=MAX_CONCURRENCY).contains(&concurrency) {
        return Ok(concurrency);
    }
    Err(Error::config(format!(
        "`concurrency` must be an integer from 1 to {MAX_CONCURRENCY}, got {concurrency}"
    )))
}

/// `params` asking for page `page`.
fn with_page(params: &Value, page: u64) -> Value {
    let mut out = params.as_object().cloned().unwrap_or_default();
    out.insert("page".into(), Value::from(page));
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn page(numbers: std::ops::RangeInclusive<u64>, total: u64, next: Option<u64>) -> Value {
        let items: Vec<Value> = numbers.map(Value::from).collect();
        json!({"items": items, "total": total, "page": 1, "next_page": next})
    }

    #[test]
    fn a_known_range_is_handed_out_in_batches_in_order() {
        let mut walk = PageWalk::new("erp.inventory.list", &json!({"per_page": 2}), 3).unwrap();
        assert_eq!(walk.batch(), vec![json!({"per_page": 2})]);
        assert_eq!(walk.receive(&[page(1..=2, 9, Some(2))]), vec![1, 2]);
        let pages: Vec<u64> = walk.batch().iter().map(ops::page_param).collect();
        assert_eq!(pages, vec![2, 3, 4]);
        let got = walk.receive(&[
            page(3..=4, 9, Some(3)),
            page(5..=6, 9, Some(4)),
            page(7..=8, 9, Some(5)),
        ]);
        assert_eq!(got, vec![3, 4, 5, 6, 7, 8]);
        let pages: Vec<u64> = walk.batch().iter().map(ops::page_param).collect();
        assert_eq!(pages, vec![5], "the range ends at ⌈9 / 2⌉");
        assert_eq!(walk.receive(&[page(9..=9, 9, None)]), vec![9]);
        assert!(walk.batch().is_empty());
    }

    #[test]
    fn a_failed_page_ends_the_walk_after_the_pages_before_it() {
        let mut walk = PageWalk::new("erp.inventory.list", &json!({"per_page": 1}), 4).unwrap();
        walk.batch();
        walk.receive(&[page(1..=1, 10, Some(2))]);
        assert_eq!(walk.batch().len(), 4);
        assert_eq!(walk.receive(&[page(2..=2, 10, Some(3))]), vec![2]);
        assert!(walk.batch().is_empty());
    }

    #[test]
    fn a_list_that_grew_goes_on_past_the_range_and_one_that_shrank_stops() {
        let mut walk = PageWalk::new("erp.inventory.list", &json!({"per_page": 1}), 2).unwrap();
        walk.batch();
        walk.receive(&[page(1..=1, 2, Some(2))]);
        assert_eq!(walk.batch().len(), 1);
        walk.receive(&[page(2..=2, 3, Some(3))]);
        let pages: Vec<u64> = walk.batch().iter().map(ops::page_param).collect();
        assert_eq!(pages, vec![3]);
        walk.receive(&[page(3..=3, 5, Some(4))]);
        assert_eq!(walk.batch().len(), 2);
        let got = walk.receive(&[page(4..=4, 4, None), page(5..=5, 5, None)]);
        assert_eq!(
            got,
            vec![4],
            "the page that says it is the last ends the walk"
        );
        assert!(walk.batch().is_empty());
    }

    #[test]
    fn unnumbered_services_go_one_page_at_a_time() {
        let mut walk = PageWalk::new("tedbul.ads.list", &json!({}), 8).unwrap();
        assert_eq!(walk.batch().len(), 1);
        walk.receive(&[page(1..=1, 50, Some(2))]);
        assert_eq!(walk.batch(), vec![json!({"show": 100, "page": 2})]);
    }

    #[test]
    fn concurrency_is_bounded() {
        for bad in [0, MAX_CONCURRENCY + 1] {
            let err = PageWalk::new("erp.inventory.list", &json!({}), bad).unwrap_err();
            assert_eq!(err.kind(), crate::ErrorKind::Config);
            assert!(err.to_string().contains("from 1 to 16"), "{err}");
        }
        let mut walk = PageWalk::new("erp.inventory.list", &json!({}), 1).unwrap();
        assert!(walk.set_concurrency(17).is_err());
        assert!(walk.set_concurrency(16).is_ok());
    }
}
