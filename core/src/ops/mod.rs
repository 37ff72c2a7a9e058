//! The operation table: the one source of truth for every API call.
//!
//! Each [`Operation`] names its service, method, path, parameter schema and
//! result parser. The session builds requests from it, validation reads its
//! schema, and docs and per-binding stubs are generated from it.

#[cfg(feature = "bridge")]
mod bridge;
pub mod describe;
pub mod dialect;
mod entegra;
mod envelope;
mod erp;
mod request;
mod results;
mod sandbox;
mod shape;
mod tedbul;
mod typing;

pub use envelope::{api_error, checked_body, success_body, Body};
pub use request::{build_request, build_request_at};
pub use results::NO_FIELDS;
#[cfg(feature = "sandbox")]
pub(crate) use sandbox::ERP_UPDATE as SANDBOX_ERP_UPDATE;
#[cfg(feature = "sandbox")]
pub(crate) use sandbox::MAX_ORDER_LINES as SANDBOX_MAX_ORDER_LINES;
pub use sandbox::{is_sandbox_only, refuse_outside_sandbox};
pub use shape::{Leaf, Shape};
pub use typing::{KeyKinds, Typer, Warning};

use crate::error::Error;
use crate::schema::Schema;
use crate::service::Service;
use crate::wire::{Record, Wire};
use serde_json::Value;

/// The HTTP method of an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// GET: parameters go in the path and query.
    Get,
    /// POST: parameters go in a JSON body.
    Post,
    /// PUT: parameters go in a JSON body.
    Put,
    /// DELETE: parameters go in a JSON body (Tedbul's `deleteAds`).
    Delete,
}

impl Method {
    /// The method's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// A local operation: computed in the core from its (validated) parameters,
/// without any request (code tables, mapping, sync planning).
pub type LocalFn = fn(&Value) -> Result<Value, Error>;

/// What an operation is for the session.
#[derive(Clone, Copy, Debug)]
pub enum Role {
    /// Obtains a token from the credentials.
    Login,
    /// Renews a token from a refresh token.
    Refresh,
    /// An ordinary call that carries the credentials or token.
    Call,
    /// Answered in the core without sending anything.
    Local(LocalFn),
}

/// What a result parser knows besides the response body.
#[derive(Debug)]
pub struct ParseContext<'a> {
    /// The operation's parameters in wire form.
    pub params: &'a Wire,
    /// The configured page size (Entegra lists).
    pub page_size: u32,
    /// The operation's result schema (of each item, for a list), which types the answer.
    pub result: &'static Schema,
}

impl ParseContext<'_> {
    /// The page asked for (`page`), the first when none was.
    pub fn page(&self) -> u64 {
        self.params
            .get("page")
            .and_then(Wire::as_u64)
            .unwrap_or(FIRST_PAGE)
    }
}

/// The page a list operation reads when no `page` is given.
const FIRST_PAGE: u64 = 1;

/// One API operation.
#[derive(Debug)]
pub struct Operation {
    /// The stable name, `service.resource.action`.
    pub name: &'static str,
    /// The service it belongs to. Local operations (code tables, `map.*`,
    /// `sync.*`) run on a session of any service.
    pub service: Service,
    /// The HTTP method.
    pub method: Method,
    /// The default path, relative to the base URL, with `{param}` placeholders.
    pub path: &'static str,
    /// One line on what it does.
    pub summary: &'static str,
    /// Its parameters.
    pub params: &'static Schema,
    /// Login, refresh or an ordinary call.
    pub role: Role,
    /// True when repeating it cannot do harm (retried after timeouts and 5xx).
    pub idempotent: bool,
    /// True when its result is a page of a list (`items`, `next_page`).
    pub paginated: bool,
    /// Turns the success body into the result, in its wire form.
    pub parse: fn(Body<'_>, &ParseContext) -> Result<Wire, Error>,
    /// The fields of the result (of each item, for a paginated list), for docs and stubs.
    pub result: &'static Schema,
    /// Parameters (JSON) that succeed against the seeded sandbox: the docs' example
    /// and what every binding's walk over the table sends.
    pub example: &'static str,
}

/// The key kinds that type the fields of `service`'s open records which its
/// result schemas do not list.
pub fn fallback_of(service: Service) -> &'static KeyKinds {
    match service {
        Service::Entegra => &entegra::RESULT_KEYS,
        Service::Erp => &erp::RESULT_KEYS,
        Service::Tedbul => &tedbul::RESULT_KEYS,
    }
}

/// The bridge's local operations (`map.*`, `sync.*`): none in a build
/// without the `bridge` feature.
#[cfg(feature = "bridge")]
const BRIDGE_OPERATIONS: &[Operation] = bridge::OPERATIONS;
#[cfg(not(feature = "bridge"))]
const BRIDGE_OPERATIONS: &[Operation] = &[];

/// How the names of the bridge's local operations begin.
const BRIDGE_PREFIXES: [&str; 2] = ["map.", "sync."];

/// Every operation kopru knows, service by service (the bridge's only with
/// the `bridge` feature).
pub fn all() -> impl Iterator<Item = &'static Operation> {
    entegra::OPERATIONS
        .iter()
        .chain(erp::OPERATIONS)
        .chain(tedbul::OPERATIONS)
        .chain(BRIDGE_OPERATIONS)
        .chain(sandbox::OPERATIONS)
}

/// Whether `name` names one of the bridge's local operations (`map.*`,
/// `sync.*`), with or without the `bridge` feature: a build without it (the
/// default WebAssembly module) hands these to the build that has them.
pub fn is_bridge_operation(name: &str) -> bool {
    BRIDGE_PREFIXES
        .iter()
        .any(|prefix| name.starts_with(prefix))
}

/// The operation called `name`.
pub fn find(name: &str) -> Option<&'static Operation> {
    all().find(|op| op.name == name)
}

/// Runs the local operation `name` (a `map.*` or `sync.*` operation, a code
/// table) on `params`, validated by its schema exactly as a session would.
pub fn run_local(name: &str, params: &Value) -> Result<Value, Error> {
    let op = find(name).ok_or_else(|| Error::config(format!("no operation {name}")))?;
    let Role::Local(run) = op.role else {
        return Err(Error::config(format!("{name} is not a local operation")));
    };
    let mut problems = crate::schema::Problems::default();
    let wire = crate::schema::check_object(params, op.params, "", &mut problems);
    if !problems.is_empty() {
        return Err(Error::Validation {
            errors: problems.into_errors(),
        });
    }
    run(&wire)
}

/// The login (or, for the ERP, none) operation of a service.
pub fn login_of(service: Service) -> Option<&'static Operation> {
    dialect::dialect_of(service).login
}

/// The refresh operation of a service, if it has one.
pub fn refresh_of(service: Service) -> Option<&'static Operation> {
    dialect::dialect_of(service).refresh
}

/// A list page result: `{"items", "total", "page", "next_page"}`, plus
/// `warnings` when a value did not fit its declared type. The items are moved, not copied.
pub fn page_result(
    items: Vec<Wire>,
    total: Option<u64>,
    page: u64,
    next_page: Option<u64>,
    warnings: Vec<Warning>,
) -> Wire {
    let count = |n: Option<u64>| n.map_or(Wire::Null, |n| Wire::Number(n.into()));
    let mut out = Record::with_capacity(5);
    out.push("items", Wire::List(items));
    out.push("total", count(total));
    out.push("page", count(Some(page)));
    out.push("next_page", count(next_page));
    if !warnings.is_empty() {
        let list = warnings.iter().map(Warning::to_json).collect();
        out.push("warnings", Wire::from_value(Value::Array(list)));
    }
    Wire::Record(out)
}

/// `result` with a `warnings` list added when there are any (`result` must be an object).
pub fn with_warnings(mut result: Value, warnings: Vec<Warning>) -> Value {
    if let (Value::Object(map), false) = (&mut result, warnings.is_empty()) {
        let list = warnings.iter().map(Warning::to_json).collect();
        map.insert("warnings".into(), Value::Array(list));
    }
    result
}

/// The page number in a list operation's wire params (1 when absent).
pub fn page_param(params: &Value) -> u64 {
    params
        .get("page")
        .and_then(Value::as_u64)
        .unwrap_or(FIRST_PAGE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn names_are_unique_and_match_their_service() {
        let mut seen = BTreeSet::new();
        for op in all() {
            assert!(seen.insert(op.name), "duplicate {}", op.name);
            let local = matches!(op.role, Role::Local(_));
            let prefixed = op.name.starts_with(&format!("{}.", op.service.name()));
            let sandboxed = op
                .name
                .starts_with(&format!("sandbox.{}.", op.service.name()));
            assert!(
                prefixed || local || sandboxed,
                "{} must start with its service (or sandbox.<service>)",
                op.name
            );
            assert_eq!(sandboxed, is_sandbox_only(op), "{}", op.name);
        }
    }

    #[test]
    fn every_example_passes_its_own_validation() {
        for op in all() {
            let example: Value = serde_json::from_str(op.example)
                .unwrap_or_else(|e| panic!("{}: example is not JSON: {e}", op.name));
            let mut problems = crate::schema::Problems::default();
            crate::schema::check_object(&example, op.params, "", &mut problems);
            assert!(
                problems.is_empty(),
                "{}: {:?}",
                op.name,
                problems.into_errors()
            );
        }
    }

    #[cfg(feature = "bridge")]
    #[test]
    fn bridge_operations_are_the_names_with_bridge_prefixes() {
        for op in all() {
            let in_bridge = bridge::OPERATIONS.iter().any(|b| b.name == op.name);
            assert_eq!(is_bridge_operation(op.name), in_bridge, "{}", op.name);
        }
        assert!(!is_bridge_operation("entegra.products.list"));
        assert!(!is_bridge_operation("mapping.x"));
    }

    #[test]
    fn services_with_tokens_have_a_login() {
        assert!(login_of(Service::Entegra).is_some());
        assert!(login_of(Service::Tedbul).is_some());
        assert!(login_of(Service::Erp).is_none());
        assert!(refresh_of(Service::Entegra).is_some());
    }
}
