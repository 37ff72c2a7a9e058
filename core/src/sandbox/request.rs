//! A request as the emulators see it: path segments, query, token, JSON body.

use crate::http::HttpResponse;
use crate::url::split_query;
use serde_json::{json, Value};

/// A parsed incoming request.
#[derive(Debug)]
pub struct Incoming {
    /// The method, upper case.
    pub method: String,
    /// Non-empty path segments.
    pub segments: Vec<String>,
    /// True when the path ends with `/` (Django cares).
    pub trailing_slash: bool,
    /// Decoded query pairs.
    pub query: Vec<(String, String)>,
    /// The `Authorization` header.
    pub authorization: Option<String>,
    /// The JSON body (`Null` when there was none).
    pub body: Value,
}

impl Incoming {
    /// Parses a request; a malformed JSON body gets a 400 answer.
    pub fn parse(
        method: &str,
        path_and_query: &str,
        headers: &[(String, String)],
        body: Option<&str>,
    ) -> Result<Incoming, HttpResponse> {
        let (path, query) = split_query(path_and_query);
        let body = match body.map(str::trim).filter(|b| !b.is_empty()) {
            None => Value::Null,
            Some(text) => serde_json::from_str(text).map_err(|_| {
                HttpResponse::json(
                    400,
                    &json!({"detail": "JSON parse error", "message": "Malformed JSON body"}),
                )
            })?,
        };
        Ok(Incoming {
            method: method.to_ascii_uppercase(),
            segments: path
                .split('/')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            trailing_slash: path.ends_with('/'),
            query,
            authorization: headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("authorization"))
                .map(|(_, v)| v.clone()),
            body,
        })
    }

    /// True when the path ends with these segments (`*` matches any one segment).
    pub fn ends_with(&self, pattern: &[&str]) -> bool {
        self.segments.len() >= pattern.len()
            && self.segments[self.segments.len() - pattern.len()..]
                .iter()
                .zip(pattern)
                .all(|(segment, want)| *want == "*" || segment == want)
    }

    /// The last path segment.
    pub fn last_segment(&self) -> &str {
        self.segments.last().map(String::as_str).unwrap_or("")
    }

    /// A query parameter, if present and non-empty.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, v)| n == name && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// A positive integer query parameter, with a default; `Err` when malformed.
    pub fn query_number(&self, name: &str, default: u64) -> Result<u64, String> {
        match self.query(name) {
            None => Ok(default),
            Some(text) => text
                .parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("{name} must be a positive integer")),
        }
    }

    /// The token after `scheme ` in the Authorization header, when the scheme matches.
    pub fn token(&self, scheme: &str) -> Option<&str> {
        let header = self.authorization.as_deref()?;
        let (given, token) = header.split_once(' ')?;
        given.eq_ignore_ascii_case(scheme).then_some(token.trim())
    }
}

/// One page of `items` (pages from 1) and the total count.
pub fn page_of(items: &[Value], page: u64, size: u64) -> Vec<Value> {
    let start = (page.saturating_sub(1)).saturating_mul(size) as usize;
    items
        .iter()
        .skip(start)
        .take(size as usize)
        .cloned()
        .collect()
}
