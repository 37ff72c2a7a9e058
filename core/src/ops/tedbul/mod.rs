//! Tedbul operations (seed 002): bearer-token auth, sold and purchased orders,
//! order confirmation, ads (listings), product search and the integration report.
//!
//! Every answer comes in `{status, code, message, result}`; prices travel as
//! `"10,50"` and leave kopru as `"10.50"`, stock may arrive as a string, ids
//! leave as strings.

mod account;
mod ads;
mod dialect;
mod fields;
mod orders;
mod parse;
mod rules;

pub(super) use dialect::DIALECT;
pub(super) use fields::ORDER;
pub(super) use parse::data as parse_order;

use super::{KeyKinds, Method, Operation, Role};
use crate::error::Error;
use crate::schema::{Schema, Type};
use crate::service::Service;
use serde_json::Value;

/// Tedbul's result keys by kind (money fields are also read from the result schemas).
pub(super) static RESULT_KEYS: KeyKinds = KeyKinds {
    money: &[
        "orderPrice",
        "orderRefundPrice",
        "orderTotalPrice",
        "orderProductPrice",
        "orderApprovedPrice",
        "minimumListPrice",
    ],
    integer: &[
        "status",
        "stock",
        "minSellQty",
        "maxSellQty",
        "levelOfSales",
        "featured",
        "total",
        "successCount",
        "errorCount",
        "orderStatus",
        "orderQty",
        "orderApprovedQty",
        "orderProductVAT",
        "kdv",
    ],
    decimal: &["orderCargoDesi"],
    id: &[
        "adsId",
        "productId",
        "orderId",
        "orderCode",
        "orderProductId",
        "orderProductBarcode",
        "penId",
        "id",
        "brand",
        "buyerId",
        "sellerId",
        "orderCargoCompanyId",
        "shippingCargoCode",
        "sendFollowCargoCode",
        "refundFollowCargoCode",
        "buyerInvoiceTaxOrTcNo",
        "buyerInvoicePhone",
    ],
    date: &[
        "orderDate",
        "expiration",
        "orderProductExpiration",
        "cargoRequestDate",
        "cargoDeliveryDate",
    ],
};

/// Tedbul's smallest stock for an ad.
pub const MIN_STOCK: i64 = 3;
/// The most ads one `tedbul.ads.update_many` request may carry.
pub const BULK_LIMIT: usize = 100;
/// Tedbul's default page size (`show`).
const DEFAULT_SHOW: u64 = 50;
/// The order status codes (see the `order_status` code table).
const ORDER_STATUSES: &[i64] = &[0, 1, 2, 3, 4, 6, 8];
/// A positive record id (ads, orders, order lines).
const ID: Type = Type::Int {
    min: Some(1),
    max: None,
};
/// The page size `show` (seed 002: default 50, no maximum).
const SHOW: Type = Type::Int {
    min: Some(1),
    max: None,
};

static NO_PARAMS: Schema = Schema {
    fields: &[],
    open: false,
    rules: &[],
};

/// `tedbul.auth.login`: a 3-hour bearer token from username, password and secret key.
pub const AUTH_LOGIN: Operation = Operation {
    name: "tedbul.auth.login",
    service: Service::Tedbul,
    method: Method::Post,
    path: "api/auth",
    summary: crate::schema::doc(
        "Log in with username, password and secret key (done for you when needed)",
    ),
    params: &NO_PARAMS,
    role: Role::Login,
    idempotent: true,
    paginated: false,
    result: &fields::LOGIN,
    example: crate::schema::doc(r#"{}"#),
    parse: parse::result,
};

/// `tedbul.codes.list`: the Tedbul code tables with their Turkish labels (no request).
pub const CODES_LIST: Operation = Operation {
    name: "tedbul.codes.list",
    service: Service::Tedbul,
    method: Method::Get,
    path: "",
    summary: crate::schema::doc(
        "The Tedbul code tables (codes, names and Turkish labels); answered locally",
    ),
    params: &NO_PARAMS,
    role: Role::Local(list_codes),
    idempotent: true,
    paginated: false,
    result: &fields::CODES,
    example: crate::schema::doc(r#"{}"#),
    parse: |body, _| body.wire(),
};

fn list_codes(_: &Value) -> Result<Value, Error> {
    Ok(crate::codes::tables_json(Service::Tedbul))
}

/// Every Tedbul operation.
pub static OPERATIONS: &[Operation] = &[
    CODES_LIST,
    AUTH_LOGIN,
    orders::SOLD_LIST,
    orders::SOLD_GET,
    orders::CONFIRM,
    orders::PURCHASED_LIST,
    orders::PURCHASED_GET,
    ads::CREATE,
    ads::UPDATE,
    ads::UPDATE_MANY,
    ads::DELETE,
    ads::LIST,
    ads::GET,
    account::PRODUCTS_SEARCH,
    account::INTEGRATION_DATA,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::{CodeValue, TEDBUL_ORDER_STATUS};

    #[test]
    fn order_status_choices_are_the_code_table() {
        let table: Vec<CodeValue> = TEDBUL_ORDER_STATUS.entries.iter().map(|e| e.code).collect();
        let choices: Vec<CodeValue> = ORDER_STATUSES.iter().map(|c| CodeValue::Int(*c)).collect();
        assert_eq!(table, choices);
    }

    #[test]
    fn every_operation_of_the_spec_is_listed() {
        let names: Vec<&str> = OPERATIONS.iter().map(|op| op.name).collect();
        for name in [
            "tedbul.auth.login",
            "tedbul.orders.sold.list",
            "tedbul.orders.sold.get",
            "tedbul.orders.confirm",
            "tedbul.orders.purchased.list",
            "tedbul.orders.purchased.get",
            "tedbul.ads.create",
            "tedbul.ads.update",
            "tedbul.ads.update_many",
            "tedbul.ads.delete",
            "tedbul.ads.list",
            "tedbul.ads.get",
            "tedbul.products.search",
            "tedbul.user.integration_data",
        ] {
            assert!(names.contains(&name), "{name} is missing");
        }
    }
}
