//! A parameter path (`list[0]["a.b"].price`) as its list of segments
//! (`["list", 0, "a.b", "price"]`): the `loc` of a field error.

use serde_json::Value;

/// The segments of `path`: names as strings, list indexes as numbers. Reads
/// what [`crate::schema::child_path`] writes (quoted names included).
pub fn segments(path: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut name = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '.' => flush(&mut name, &mut out),
            '[' => {
                flush(&mut name, &mut out);
                if chars.peek() == Some(&'"') {
                    out.push(Value::String(quoted(&mut chars)));
                    chars.next_if_eq(&']');
                } else {
                    let inside: String = chars.by_ref().take_while(|c| *c != ']').collect();
                    out.push(match inside.parse::<u64>() {
                        Ok(index) => Value::from(index),
                        Err(_) => Value::String(inside),
                    });
                }
            }
            other => name.push(other),
        }
    }
    flush(&mut name, &mut out);
    out
}

fn flush(name: &mut String, out: &mut Vec<Value>) {
    if !name.is_empty() {
        out.push(Value::String(std::mem::take(name)));
    }
}

/// A JSON string starting at the next `"`: its text, unescaped.
fn quoted(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
    let mut literal = String::new();
    let mut escaped = false;
    for c in chars.by_ref() {
        literal.push(c);
        if literal.len() > 1 && c == '"' && !escaped {
            break;
        }
        escaped = c == '\\' && !escaped;
    }
    serde_json::from_str(&literal).unwrap_or_else(|_| literal.trim_matches('"').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::child_path;
    use serde_json::json;

    #[test]
    fn reads_names_indexes_and_quoted_names() {
        assert_eq!(
            segments("list[0].price"),
            vec![json!("list"), json!(0), json!("price")]
        );
        assert_eq!(segments("limit"), vec![json!("limit")]);
        let odd = child_path(&child_path("list[3]", "a.b\"]"), "c");
        assert_eq!(
            segments(&odd),
            vec![json!("list"), json!(3), json!("a.b\"]"), json!("c")]
        );
        assert_eq!(segments(&child_path("", "")), vec![json!("")]);
        assert_eq!(segments(""), Vec::<Value>::new());
    }
}
