//! One planned request: the operation, its params, the item keys it carries
//! and the state each of those items reaches once the marketplace acknowledges it.

use crate::bridge::state::Item;
use serde_json::{json, Map, Value};

/// A planned request.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// The operation to call.
    pub op: String,
    /// Its params.
    pub params: Value,
    /// The item keys it carries, in the order of its list.
    pub keys: Vec<String>,
    /// What each key's item becomes when acknowledged.
    pub set: Vec<(String, Item)>,
}

/// One entry of a batched endpoint's list and the items it sets.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The list entry sent.
    pub wire: Value,
    /// The item's new fields once acknowledged (more keys for a product with variations).
    pub set: Vec<(String, Item)>,
}

impl Entry {
    /// An entry carrying one item.
    pub fn single(key: &str, wire: Value, set: Item) -> Entry {
        Entry {
            wire,
            set: vec![(key.to_string(), set)],
        }
    }
}

impl Request {
    /// The request as JSON: `{"op", "params", "keys", "set"}`.
    pub fn to_json(&self) -> Value {
        let set: Map<String, Value> = self
            .set
            .iter()
            .map(|(key, item)| (key.clone(), item.to_json()))
            .collect();
        json!({"op": self.op, "params": self.params, "keys": self.keys, "set": set})
    }

    /// True for a request that creates something (not safe to repeat blindly).
    pub fn creates(&self) -> bool {
        self.op.ends_with(".create")
    }
}

/// Full batches of `size` entries of one endpoint whose params are `{list_key: [...]}`.
pub fn batched(op: &str, list_key: &str, entries: Vec<Entry>, size: usize) -> Vec<Request> {
    entries
        .chunks(size.max(1))
        .map(|chunk| Request {
            op: op.to_string(),
            params: json!({ list_key: chunk.iter().map(|e| e.wire.clone()).collect::<Vec<_>>() }),
            keys: chunk
                .iter()
                .flat_map(|e| e.set.iter().map(|(key, _)| key.clone()))
                .collect(),
            set: chunk.iter().flat_map(|e| e.set.iter().cloned()).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_are_full_except_the_last() {
        let entries: Vec<Entry> = (0..7)
            .map(|i| Entry::single(&format!("k{i}"), json!({"n": i}), Item::default()))
            .collect();
        let requests = batched("x.y.update", "list", entries, 3);
        let sizes: Vec<usize> = requests.iter().map(|r| r.keys.len()).collect();
        assert_eq!(sizes, vec![3, 3, 1]);
        assert_eq!(requests[2].params, json!({"list": [{"n": 6}]}));
        assert_eq!(requests[2].to_json()["keys"], json!(["k6"]));
    }
}
