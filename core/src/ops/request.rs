//! Building the HTTP request of an operation from its wire-form parameters.

use super::sandbox::refuse_outside_sandbox;
use super::{Method, Operation};
use crate::config::Config;
use crate::error::Error;
use crate::http::HttpRequest;
use crate::url::{encode_component, join};
use crate::wire::{Record, Wire};

/// The request for `op` with validated `params`, without authentication headers.
/// A sandbox-only operation is refused (a `config` error) unless `config` talks
/// to a sandbox, so no request for it can exist for a real service.
pub fn build_request(op: &Operation, params: &Wire, config: &Config) -> Result<HttpRequest, Error> {
    build_request_at(op, params, config, config.path_for(op.name, op.path))
}

/// As [`build_request`], with the path `template` instead of the configured one
/// (the session's choice between two spellings of a drifting path).
pub fn build_request_at(
    op: &Operation,
    params: &Wire,
    config: &Config,
    template: &str,
) -> Result<HttpRequest, Error> {
    refuse_outside_sandbox(op, config)?;
    let no_params = Record::default();
    let given = params.as_record().unwrap_or(&no_params);
    // Only a path with placeholders takes parameters out (a copy); others send them as given.
    let with_path_params;
    let (path, remaining) = if template.contains('{') {
        let mut rest = given.clone();
        let path = fill_path(template, &mut rest)?;
        with_path_params = rest;
        (path, &with_path_params)
    } else {
        (template.to_string(), given)
    };
    let mut headers = vec![
        ("Accept".to_string(), "application/json".to_string()),
        ("User-Agent".to_string(), config.user_agent.clone()),
    ];
    let (url, body) = if op.method == Method::Get {
        let mut query = Vec::new();
        for field in op.params.fields {
            if let Some(value) = remaining.get(field.name).filter(|v| !v.is_null()) {
                query.push(format!(
                    "{}={}",
                    encode_component(field.name),
                    encode_component(&value.scalar_text())
                ));
            }
        }
        let base = join(&config.base_url, &path);
        let url = if query.is_empty() {
            base
        } else {
            format!("{base}?{}", query.join("&"))
        };
        (url, None)
    } else {
        headers.push(("Content-Type".to_string(), "application/json".to_string()));
        (join(&config.base_url, &path), Some(body_text(remaining)))
    };
    Ok(HttpRequest {
        method: op.method.as_str().to_string(),
        url,
        headers,
        body,
    })
}

/// The JSON text of a request body.
fn body_text(body: &Record) -> String {
    let mut text = String::new();
    body.write_json(&mut text);
    text
}

/// Replaces `{name}` placeholders with the (removed) parameters of that name.
fn fill_path(template: &str, params: &mut Record) -> Result<String, Error> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| Error::config(format!("path {template:?} has an unclosed '{{'")))?;
        out.push_str(&rest[..open]);
        let name = &rest[open + 1..close];
        let value = params
            .remove(name)
            .filter(|v| !v.is_null())
            .ok_or_else(|| {
                Error::config(format!("path {template:?} needs the parameter {name:?}"))
            })?;
        out.push_str(&encode_component(&value.scalar_text()));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}
