//! Walking a paginated list: every binding's `pages()` asks this module for
//! the next page's parameters, so the stop rules live in one place (the
//! operation parsers fill in `next_page` with each service's rule).

use serde_json::Value;

/// The parameters of the page after `result`, or `None` when `result` was the last page.
pub fn next_params(params: &Value, result: &Value) -> Option<Value> {
    let next = result.get("next_page")?.as_u64()?;
    let mut out = params.as_object().cloned().unwrap_or_default();
    out.insert("page".into(), Value::from(next));
    Some(Value::Object(out))
}

/// The items of a page result (empty when it has none).
pub fn items(result: &Value) -> Vec<Value> {
    result
        .get("items")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn next_page_keeps_the_other_params() {
        let params = json!({"per_page": 2});
        let result = json!({"items": [1, 2], "next_page": 2});
        assert_eq!(
            next_params(&params, &result),
            Some(json!({"per_page": 2, "page": 2}))
        );
        assert_eq!(
            next_params(&params, &json!({"items": [], "next_page": null})),
            None
        );
        assert_eq!(items(&result), vec![json!(1), json!(2)]);
    }
}
