//! One planned request: the operation, its params, the item keys it carries
//! and the state each of those items reaches once the marketplace acknowledges it.

use crate::bridge::state::Item;
use serde_json::{Map, Value};

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
        self.clone().into_json()
    }

    /// The request as JSON, its params moved, not copied.
    pub fn into_json(self) -> Value {
        let set: Map<String, Value> = self
            .set
            .iter()
            .map(|(key, item)| (key.clone(), item.to_json()))
            .collect();
        let keys = self.keys.into_iter().map(Value::String).collect();
        let mut out = Map::new();
        out.insert("op".into(), Value::String(self.op));
        out.insert("params".into(), self.params);
        out.insert("keys".into(), Value::Array(keys));
        out.insert("set".into(), Value::Object(set));
        Value::Object(out)
    }

    /// True for a request that creates something (not safe to repeat blindly).
    pub fn creates(&self) -> bool {
        self.op.ends_with(".create")
    }
}

/// Full batches of `size` entries of one endpoint whose params are `{list_key: [...]}`.
pub fn batched(op: &str, list_key: &str, entries: Vec<Entry>, size: usize) -> Vec<Request> {
    let size = size.max(1);
    let mut requests = Vec::with_capacity(entries.len().div_ceil(size));
    let mut entries = entries.into_iter().peekable();
    while entries.peek().is_some() {
        let mut list = Vec::with_capacity(size);
        let mut keys = Vec::new();
        let mut set = Vec::new();
        for entry in entries.by_ref().take(size) {
            list.push(entry.wire);
            keys.extend(entry.set.iter().map(|(key, _)| key.clone()));
            set.extend(entry.set);
        }
        let mut params = Map::new();
        params.insert(list_key.to_string(), Value::Array(list));
        requests.push(Request {
            op: op.to_string(),
            params: Value::Object(params),
            keys,
            set,
        });
    }
    requests
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
