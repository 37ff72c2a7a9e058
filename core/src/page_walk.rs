//! Planning a walk over a paginated list, sans-IO: which pages to fetch
//! next, in order, and how many at once.
//!
//! With a `concurrency` above 1, once a page tells how many records there
//! are (the ERP's `total`, with its numbered pages of a fixed size), the
//! walk keeps up to `concurrency` pages of that range in flight: a binding
//! asks for a page to fetch whenever one is wanted ([`PageWalk::hand_out`])
//! and hands the results back in the order the pages were handed out
//! ([`PageWalk::receive_next`]): each page received makes room for the
//! next one (no batch waits for its slowest page), and records come out as
//! a sequential walk yields them. Without a known range (other services,
//! or `concurrency` 1) one page is in flight at a time, each found from the
//! page before.

use crate::error::Error;
use crate::ops;
use crate::pages::{first_params, into_items, item_count, next_params};
use crate::service::Service;
use crate::wire::Wire;
use serde_json::Value;
use std::collections::VecDeque;

/// The most pages fetched at once.
pub const MAX_CONCURRENCY: u64 = 16;

/// The walk over every page of one list operation.
#[derive(Clone, Debug)]
pub struct PageWalk {
    /// Pages in flight at once, when their range is known.
    concurrency: u64,
    /// Pages are numbered and of a fixed size, so a `total` makes their range known.
    numbered: bool,
    /// The parameters of the next page to hand out; `None` when the walk is
    /// over or the next page is found only from the result of the one in flight.
    next: Option<Value>,
    /// The last page, from the last `total` seen and the size of a full page.
    last_page: Option<u64>,
    /// The pages handed out and not yet received, in order.
    window: VecDeque<Handed>,
}

/// A page handed out by [`PageWalk::hand_out`], awaiting its result.
#[derive(Clone, Debug)]
struct Handed {
    /// Its parameters.
    params: Value,
    /// True when the next page was handed out from the known range, so its
    /// result is not needed to find the next page.
    followed: bool,
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
            window: VecDeque::new(),
        }
    }

    /// Changes how many pages are in flight at once (from the next page
    /// handed out on); a `config` error unless it is from 1 to [`MAX_CONCURRENCY`].
    pub fn set_concurrency(&mut self, concurrency: u64) -> Result<(), Error> {
        self.concurrency = checked_concurrency(concurrency)?;
        Ok(())
    }

    /// The parameters of a page to fetch now, or `None` when no page may go
    /// out now: the walk is over, `concurrency` pages are in flight, or the
    /// next page is found only from the result of the one in flight. Nothing
    /// in flight and `None` means the walk is over.
    pub fn hand_out(&mut self) -> Option<Value> {
        let next = self.next.as_ref()?;
        if !self.window.is_empty() {
            let page = ops::page_param(next);
            let in_range = self.numbered && self.last_page.is_some_and(|last| page <= last);
            if !in_range || self.window.len() as u64 >= self.concurrency {
                return None;
            }
        }
        let params = self.next.take()?;
        let page = ops::page_param(&params);
        let followed =
            self.numbered && self.concurrency > 1 && self.last_page.is_some_and(|last| page < last);
        if followed {
            self.next = Some(with_page(&params, page + 1));
        }
        self.window.push_back(Handed {
            params: params.clone(),
            followed,
        });
        Some(params)
    }

    /// How many pages are handed out and not yet received.
    pub fn in_flight(&self) -> usize {
        self.window.len()
    }

    /// Takes the result of the earliest page in flight and gives its items,
    /// in order. A page that says it is the last ends the walk: the pages in
    /// flight after it are beyond the end, no longer in flight, and their
    /// answers are to be dropped ([`PageWalk::in_flight`] tells how many remain).
    pub fn receive_next(&mut self, result: Wire) -> Vec<Wire> {
        let Some(handed) = self.window.pop_front() else {
            return Vec::new();
        };
        self.learn_range(&result);
        match next_params(
            &handed.params,
            result.get("next_page").and_then(Wire::as_u64),
        ) {
            None => self.end(),
            Some(following) if !handed.followed => self.next = Some(following),
            Some(_) => {}
        }
        into_items(result)
    }

    /// The earliest page in flight failed: the walk ends after the pages
    /// received before it, and no page is in flight any more.
    pub fn fail_next(&mut self) {
        self.end();
    }

    fn end(&mut self) {
        self.window.clear();
        self.next = None;
    }

    /// Reads the last page from a full page's size and the total it reports.
    fn learn_range(&mut self, result: &Wire) {
        let full_page = item_count(result) as u64;
        let total = result.get("total").and_then(Wire::as_u64);
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

    fn page(numbers: std::ops::RangeInclusive<u64>, total: u64, next: Option<u64>) -> Wire {
        let items: Vec<Value> = numbers.map(Value::from).collect();
        Wire::from_value(json!({"items": items, "total": total, "page": 1, "next_page": next}))
    }

    /// The items of a page, as the numbers they are.
    fn numbers(items: Vec<Wire>) -> Vec<u64> {
        items.iter().filter_map(Wire::as_u64).collect()
    }

    /// Every page the walk hands out now, as page numbers.
    fn hand_out_all(walk: &mut PageWalk) -> Vec<u64> {
        std::iter::from_fn(|| walk.hand_out())
            .map(|params| ops::page_param(&params))
            .collect()
    }

    #[test]
    fn a_known_range_keeps_concurrency_pages_in_flight_in_order() {
        let mut walk = PageWalk::new("erp.inventory.list", &json!({"per_page": 2}), 3).unwrap();
        assert_eq!(walk.hand_out(), Some(json!({"per_page": 2})));
        assert_eq!(walk.hand_out(), None, "the range is not known yet");
        assert_eq!(
            numbers(walk.receive_next(page(1..=2, 9, Some(2)))),
            vec![1, 2]
        );
        assert_eq!(hand_out_all(&mut walk), vec![2, 3, 4]);
        assert_eq!(walk.in_flight(), 3);
        assert_eq!(
            numbers(walk.receive_next(page(3..=4, 9, Some(3)))),
            vec![3, 4]
        );
        assert_eq!(hand_out_all(&mut walk), vec![5], "one page went, one comes");
        assert_eq!(
            numbers(walk.receive_next(page(5..=6, 9, Some(4)))),
            vec![5, 6]
        );
        assert_eq!(
            numbers(walk.receive_next(page(7..=8, 9, Some(5)))),
            vec![7, 8]
        );
        assert_eq!(
            hand_out_all(&mut walk),
            Vec::<u64>::new(),
            "the range ends at ⌈9 / 2⌉"
        );
        assert_eq!(numbers(walk.receive_next(page(9..=9, 9, None))), vec![9]);
        assert_eq!((walk.hand_out(), walk.in_flight()), (None, 0));
    }

    #[test]
    fn a_failed_page_ends_the_walk_after_the_pages_before_it() {
        let mut walk = PageWalk::new("erp.inventory.list", &json!({"per_page": 1}), 4).unwrap();
        walk.hand_out();
        walk.receive_next(page(1..=1, 10, Some(2)));
        assert_eq!(hand_out_all(&mut walk).len(), 4);
        assert_eq!(
            numbers(walk.receive_next(page(2..=2, 10, Some(3)))),
            vec![2]
        );
        walk.fail_next();
        assert_eq!((walk.hand_out(), walk.in_flight()), (None, 0));
    }

    #[test]
    fn a_list_that_grew_goes_on_past_the_range_and_one_that_shrank_stops() {
        let mut walk = PageWalk::new("erp.inventory.list", &json!({"per_page": 1}), 2).unwrap();
        walk.hand_out();
        walk.receive_next(page(1..=1, 2, Some(2)));
        assert_eq!(hand_out_all(&mut walk), vec![2]);
        walk.receive_next(page(2..=2, 3, Some(3)));
        assert_eq!(hand_out_all(&mut walk), vec![3]);
        walk.receive_next(page(3..=3, 5, Some(4)));
        assert_eq!(hand_out_all(&mut walk), vec![4, 5]);
        assert_eq!(
            numbers(walk.receive_next(page(4..=4, 4, None))),
            vec![4],
            "the page that says it is the last ends the walk"
        );
        assert_eq!(walk.in_flight(), 0, "page 5 is beyond the end");
        assert_eq!(walk.hand_out(), None);
    }

    #[test]
    fn unnumbered_services_go_one_page_at_a_time() {
        let mut walk = PageWalk::new("tedbul.ads.list", &json!({}), 8).unwrap();
        assert_eq!(hand_out_all(&mut walk).len(), 1);
        walk.receive_next(page(1..=1, 50, Some(2)));
        assert_eq!(walk.hand_out(), Some(json!({"show": 100, "page": 2})));
        assert_eq!(walk.hand_out(), None);
    }

    #[test]
    fn concurrency_one_waits_for_each_page() {
        let mut walk = PageWalk::new("erp.inventory.list", &json!({"per_page": 1}), 1).unwrap();
        walk.hand_out();
        walk.receive_next(page(1..=1, 5, Some(2)));
        assert_eq!(hand_out_all(&mut walk), vec![2]);
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
