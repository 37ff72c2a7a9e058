//! Walking a paginated list: every binding's `pages()` asks this module for
//! the first page's parameters (the largest page the service accepts) and
//! the next page's, so the page size and the stop rules live in one place
//! (the operation parsers fill in `next_page` with each service's rule).

use crate::ops;
use crate::service::Service;
use crate::wire::Wire;
use serde_json::Value;

/// The ERP's largest page (`per_page`; its API documents 100 as the maximum).
pub const ERP_MAX_PAGE: u64 = 100;
/// Entegra's largest order page (`limit`).
pub const ENTEGRA_MAX_ORDER_PAGE: u64 = 200;
/// The Tedbul page asked for (`show`): its docs give a default of 50 and no
/// maximum, so twice the default, not a size the live service may refuse.
pub const TEDBUL_PAGE: u64 = 100;

/// The page-size parameter of a paginated operation and the size to ask for,
/// when the operation has one (Entegra's product pages have a fixed size).
pub fn page_size(op: &str) -> Option<(&'static str, u64)> {
    let op = ops::find(op).filter(|op| op.paginated)?;
    let (name, size) = match op.service {
        Service::Erp => ("per_page", ERP_MAX_PAGE),
        Service::Entegra => ("limit", ENTEGRA_MAX_ORDER_PAGE),
        Service::Tedbul => ("show", TEDBUL_PAGE),
    };
    op.params
        .fields
        .iter()
        .any(|field| field.name == name)
        .then_some((name, size))
}

/// The first page's parameters for walking `op`: `params` with the largest
/// page size the service accepts, unless the caller set one.
pub fn first_params(op: &str, params: &Value) -> Value {
    let mut first = params.clone();
    if let (Some((name, size)), Some(map)) = (page_size(op), first.as_object_mut()) {
        if map.get(name).is_none_or(Value::is_null) {
            map.insert(name.to_string(), Value::from(size));
        }
    }
    first
}

/// The parameters of the page `next_page` of a page result says comes next
/// (`None` when the result was the last page).
pub fn next_params(params: &Value, next_page: Option<u64>) -> Option<Value> {
    let next = next_page?;
    let mut out = params.as_object().cloned().unwrap_or_default();
    out.insert("page".into(), Value::from(next));
    Some(Value::Object(out))
}

/// The items of a page result, moved out of it (empty when it has none).
pub fn into_items(result: Wire) -> Vec<Wire> {
    match result {
        Wire::Record(mut page) => match page.remove("items") {
            Some(Wire::List(items)) => items,
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// How many items a page result holds.
pub fn item_count(result: &Wire) -> usize {
    result
        .get("items")
        .and_then(Wire::as_array)
        .map_or(0, <[Wire]>::len)
}

/// The items of a page result as JSON, moved out of it (empty when it has none).
pub fn into_value_items(result: Value) -> Vec<Value> {
    match result {
        Value::Object(mut page) => match page.remove("items") {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_first_page_is_the_largest_unless_the_caller_chose() {
        assert_eq!(
            first_params("erp.inventory.list", &json!({})),
            json!({"per_page": 100})
        );
        assert_eq!(
            first_params("erp.inventory.list", &json!({"per_page": 7})),
            json!({"per_page": 7})
        );
        assert_eq!(
            first_params("tedbul.ads.list", &json!({"page": 2})),
            json!({"page": 2, "show": 100})
        );
        assert_eq!(
            first_params("entegra.orders.list", &json!({}))["limit"],
            json!(200)
        );
        assert_eq!(first_params("entegra.products.list", &json!({})), json!({}));
        assert_eq!(page_size("entegra.products.create"), None);
    }

    #[test]
    fn next_page_keeps_the_other_params() {
        let params = json!({"per_page": 2});
        assert_eq!(
            next_params(&params, Some(2)),
            Some(json!({"per_page": 2, "page": 2}))
        );
        assert_eq!(next_params(&params, None), None);
        let result = json!({"items": [1, 2], "next_page": 2});
        assert_eq!(into_value_items(result.clone()), vec![json!(1), json!(2)]);
        let result = Wire::from_value(result);
        assert_eq!(item_count(&result), 2);
        let one_two: Vec<Wire> = vec![Wire::from_value(json!(1)), Wire::from_value(json!(2))];
        assert_eq!(into_items(result), one_two);
        let no_items = Wire::from_value(json!({"items": null}));
        assert_eq!(into_items(no_items), Vec::<Wire>::new());
    }
}
