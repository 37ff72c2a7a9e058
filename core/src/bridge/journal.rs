//! A sync state saved as a snapshot plus journal entries, so that saving after
//! a request costs what the request changed, not the whole catalogue.
//!
//! A journal entry names only the keys that changed, each with its new value
//! or `null` when it left the state:
//!
//! ```json
//! {"items":   {"SHIRT-001": {"quantity": 57, "price": "89.90", "status": 1}},
//!  "pending": {"SHIRT-001": null},
//!  "orders":  {"26": null}}
//! ```
//!
//! [`fold`] applies an entry to a saved state (its JSON); replaying every entry
//! written since the last snapshot, in order, gives the state the run had.

use super::state::SyncState;
use serde_json::{json, Map, Value};

/// The sections of a state a journal entry may change.
const SECTIONS: [&str; 3] = ["items", "pending", "orders"];

/// Applies one journal entry to a saved state, in place: each key given with
/// a value is set, each given `null` removed. Sections missing from the state
/// are made; anything in the entry outside the known sections is ignored.
pub fn fold(state: &mut Value, entry: &Value) {
    let Some(state) = state.as_object_mut() else {
        return;
    };
    for section in SECTIONS {
        let Some(changes) = entry.get(section).and_then(Value::as_object) else {
            continue;
        };
        let target = state
            .entry(section)
            .or_insert_with(|| Value::Object(Map::new()));
        if !target.is_object() {
            *target = Value::Object(Map::new());
        }
        let Some(target) = target.as_object_mut() else {
            continue;
        };
        for (key, value) in changes {
            if value.is_null() {
                target.remove(key);
            } else {
                target.insert(key.clone(), value.clone());
            }
        }
    }
}

/// The journal entry that records `keys` of `state` as they are now (items
/// and pending creations; `null` for a key a section does not hold).
pub fn catalogue_entry<'a>(state: &SyncState, keys: impl IntoIterator<Item = &'a String>) -> Value {
    let mut items = Map::new();
    let mut pending = Map::new();
    for key in keys {
        let item = state.items.get(key).map_or(Value::Null, |i| i.to_json());
        items.insert(key.clone(), item);
        let op = state
            .pending
            .get(key)
            .map_or(Value::Null, |op| json!({ "op": op }));
        pending.insert(key.clone(), op);
    }
    let mut entry = Map::new();
    entry.insert("items".into(), Value::Object(items));
    entry.insert("pending".into(), Value::Object(pending));
    Value::Object(entry)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bridge::state::{Item, Marketplace};

    #[test]
    fn replaying_entries_gives_the_state() {
        let mut state = SyncState::new(Marketplace::Entegra);
        state.items.insert("A".into(), Item::default());
        state
            .pending
            .insert("B".into(), "entegra.products.create".into());
        let mut saved = state.to_json();
        state.items.remove("A");
        state.pending.remove("B");
        state.items.insert(
            "B".into(),
            Item {
                quantity: Some(3),
                ..Item::default()
            },
        );
        let keys = ["A".to_string(), "B".to_string()];
        fold(&mut saved, &catalogue_entry(&state, &keys));
        assert_eq!(saved, state.to_json());
    }

    #[test]
    fn fold_makes_missing_sections_and_ignores_unknown_ones() {
        let mut saved = json!({"version": 1, "marketplace": "tedbul"});
        fold(
            &mut saved,
            &json!({"orders": {"9": {"OrderNumber": "T-9", "delivered": false}}, "x": {"y": 1}}),
        );
        assert_eq!(
            saved,
            json!({"version": 1, "marketplace": "tedbul",
                   "orders": {"9": {"OrderNumber": "T-9", "delivered": false}}})
        );
    }
}
