//! Tedbul orders: what the account sold and bought, and the seller's confirmation.

use super::fields::ORDER;
use super::rules::{dates_in_order, distinct_lines};
use super::{parse, ID, ORDER_STATUSES, SHOW};
use crate::ops::{Method, Operation, Role};
use crate::schema::{DateWire, Field, Schema, Type};
use crate::service::Service;

static LIST_PARAMS: Schema = Schema {
    fields: &[
        Field::optional("page", Type::PAGE, "Page number, from 1"),
        Field::optional("show", SHOW, "Orders per page (default 50)"),
        Field::optional(
            "startDate",
            Type::Date(DateWire::Iso),
            "First order date, YYYY-MM-DD (Tedbul's default: one month before today)",
        ),
        Field::optional(
            "endDate",
            Type::Date(DateWire::Iso),
            "Last order date, YYYY-MM-DD (Tedbul's default: today)",
        ),
        Field::optional(
            "orderStatus",
            Type::Choice(ORDER_STATUSES),
            "Only orders in this status (codes: order_status); every status when absent",
        ),
    ],
    open: false,
    rules: &[dates_in_order],
};

static BY_ID: Schema = Schema {
    fields: &[Field::required("id", ID, "Order id (orderId)")],
    open: false,
    rules: &[],
};

static CONFIRMED_LINE: Schema = Schema {
    fields: &[
        Field::required("penId", ID, "Order line id (penId of orderProducts)"),
        Field::required(
            "approvedQty",
            Type::COUNT,
            "Quantity approved for the line, from 0 up to the quantity ordered",
        ),
    ],
    open: false,
    rules: &[],
};

static CONFIRM_PARAMS: Schema = Schema {
    fields: &[
        Field::required("orderId", ID, "Order id"),
        Field::required(
            "products",
            Type::List {
                item: &Type::Object(&CONFIRMED_LINE),
                min: 1,
                max: None,
            },
            "The lines to approve, each once",
        ),
    ],
    open: false,
    rules: &[distinct_lines],
};

/// `tedbul.orders.sold.list`: one page of the orders the account received as a seller.
pub const SOLD_LIST: Operation = Operation {
    name: "tedbul.orders.sold.list",
    service: Service::Tedbul,
    method: Method::Get,
    path: "api/orders/getSoldList",
    summary: crate::schema::doc("List sold orders, one page at a time, by date range and status"),
    params: &LIST_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &ORDER,
    example: crate::schema::doc(
        r#"{"page": 1, "show": 50, "startDate": "2025-10-01", "endDate": "2025-11-30"}"#,
    ),
    parse: parse::page,
};

/// `tedbul.orders.sold.get`: one sold order with its lines and the buyer's details.
pub const SOLD_GET: Operation = Operation {
    name: "tedbul.orders.sold.get",
    service: Service::Tedbul,
    method: Method::Get,
    path: "api/orders/getSold/{id}",
    summary: crate::schema::doc("Read one sold order with its lines"),
    params: &BY_ID,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &ORDER,
    example: crate::schema::doc(r#"{"id": 19}"#),
    parse: parse::data,
};

/// `tedbul.orders.confirm`: the seller approves the quantities of a new order's lines.
pub const CONFIRM: Operation = Operation {
    name: "tedbul.orders.confirm",
    service: Service::Tedbul,
    method: Method::Post,
    path: "api/orders/orderConfirmation",
    summary: crate::schema::doc(
        "Confirm a sold order awaiting the seller, approving a quantity per line",
    ),
    params: &CONFIRM_PARAMS,
    role: Role::Call,
    idempotent: false,
    paginated: false,
    result: &ORDER,
    example: crate::schema::doc(r#"{"orderId": 19, "products": [{"penId": 3, "approvedQty": 7}]}"#),
    parse: parse::confirmed,
};

/// `tedbul.orders.purchased.list`: one page of the orders the account placed as a buyer.
pub const PURCHASED_LIST: Operation = Operation {
    name: "tedbul.orders.purchased.list",
    service: Service::Tedbul,
    method: Method::Get,
    path: "api/orders/getPurchasedList",
    summary: crate::schema::doc(
        "List purchased orders, one page at a time, by date range and status",
    ),
    params: &LIST_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &ORDER,
    example: crate::schema::doc(
        r#"{"page": 1, "startDate": "2025-10-01", "endDate": "2025-11-30", "orderStatus": 2}"#,
    ),
    parse: parse::page,
};

/// `tedbul.orders.purchased.get`: one purchased order with its lines.
pub const PURCHASED_GET: Operation = Operation {
    name: "tedbul.orders.purchased.get",
    service: Service::Tedbul,
    method: Method::Get,
    path: "api/orders/getPurchased/{id}",
    summary: crate::schema::doc("Read one purchased order with its lines"),
    params: &BY_ID,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &ORDER,
    example: crate::schema::doc(r#"{"id": 31}"#),
    parse: parse::data,
};
