//! Tedbul's catalogue search and the integration report an integrator files.

use super::fields::{ACK, SEARCH};
use super::parse;
use super::rules::not_blank;
use crate::ops::{Method, Operation, Role};
use crate::schema::{Field, Problems, Schema, Type};
use crate::service::Service;
use crate::wire::Record;

static SEARCH_PARAMS: Schema = Schema {
    fields: &[Field::optional(
        "nameOrBarcode",
        Type::Code,
        "A product name (or part of it) or a barcode; optional in seed 002",
    )],
    open: false,
    rules: &[],
};

static INTEGRATION_PARAMS: Schema = Schema {
    fields: &[
        Field::required("message", Type::TEXT, "What the integration run did"),
        Field::required(
            "messageType",
            Type::Choice(&[1, 2]),
            "1 failed, 2 succeeded (codes: message_type)",
        ),
        Field::required("totalAds", Type::COUNT, "How many ads the run handled"),
        Field::required("pullAds", Type::COUNT, "How many of them were saved"),
    ],
    open: false,
    rules: &[message_not_blank],
};

/// `tedbul.products.search`: find catalogue products by name or barcode.
pub const PRODUCTS_SEARCH: Operation = Operation {
    name: "tedbul.products.search",
    service: Service::Tedbul,
    method: Method::Post,
    path: "api/ads/searchProduct",
    summary: crate::schema::doc(
        "Search Tedbul's product catalogue by name or barcode (for barcodes an ad could not match)",
    ),
    params: &SEARCH_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &SEARCH,
    example: crate::schema::doc(r#"{"nameOrBarcode": "parol"}"#),
    parse: parse::items,
};

/// `tedbul.user.integration_data`: report the outcome of an integration run to Tedbul.
pub const INTEGRATION_DATA: Operation = Operation {
    name: "tedbul.user.integration_data",
    service: Service::Tedbul,
    method: Method::Put,
    path: "api/user/integrationdata",
    summary: crate::schema::doc(
        "Report an integration run to Tedbul: message, success or failure, ads handled and saved",
    ),
    params: &INTEGRATION_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &ACK,
    example: crate::schema::doc(
        r#"{"message": "Başarılı", "messageType": 2, "totalAds": 100, "pullAds": 50}"#,
    ),
    parse: parse::ack,
};

fn message_not_blank(params: &Record, path: &str, problems: &mut Problems) {
    not_blank(params, path, &["message"], problems);
}
