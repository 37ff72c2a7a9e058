//! Entegra's token operations and its code tables (answered locally).

use super::parse::parse_passthrough;
use super::results::CODE_TABLES;
use crate::error::Error;
use crate::ops::{Method, Operation, Role, NO_FIELDS};
use crate::schema::Schema;
use crate::service::Service;
use serde_json::Value;

static NO_PARAMS: Schema = Schema {
    fields: &[],
    open: false,
    rules: &[],
};

/// `entegra.auth.obtain`: a token pair from the configured email and password.
pub const AUTH_OBTAIN: Operation = Operation {
    name: "entegra.auth.obtain",
    service: Service::Entegra,
    method: Method::Post,
    path: "/api/user/token/obtain/",
    summary: crate::schema::doc(
        "Log in with the configured email and password (done for you when needed)",
    ),
    params: &NO_PARAMS,
    role: Role::Login,
    idempotent: true,
    paginated: false,
    result: &NO_FIELDS,
    example: crate::schema::doc(r#"{}"#),
    parse: parse_passthrough,
};

/// `entegra.auth.refresh`: a new access token from the refresh token.
pub const AUTH_REFRESH: Operation = Operation {
    name: "entegra.auth.refresh",
    service: Service::Entegra,
    method: Method::Post,
    path: "/api/user/token/refresh/",
    summary: crate::schema::doc(
        "Renew the access token with the refresh token (done for you when needed)",
    ),
    params: &NO_PARAMS,
    role: Role::Refresh,
    idempotent: true,
    paginated: false,
    result: &NO_FIELDS,
    example: crate::schema::doc(r#"{}"#),
    parse: parse_passthrough,
};

/// `entegra.codes.list`: the Entegra code tables with their Turkish labels (no request).
pub const CODES_LIST: Operation = Operation {
    name: "entegra.codes.list",
    service: Service::Entegra,
    method: Method::Get,
    path: "",
    summary:
        crate::schema::doc("The Entegra code tables (order status, cargo fee types, cargo companies); answered locally"),
    params: &NO_PARAMS,
    role: Role::Local(list_codes),
    idempotent: true,
    paginated: false,
    result: &CODE_TABLES,
    example: crate::schema::doc(r#"{}"#),
    parse: |body, _| body.wire(),
};

fn list_codes(_: &Value) -> Result<Value, Error> {
    Ok(crate::codes::tables_json(Service::Entegra))
}
