//! Entegra order operations: create, list, update, and the ERP acknowledgement.

use super::order_schemas::{
    ORDERS_CREATE_PARAMS, ORDERS_LIST_PARAMS, ORDERS_UPDATE_ERP_PARAMS, ORDERS_UPDATE_PARAMS,
};
use super::parse::{parse_orders_page, parse_passthrough};
use super::results::{ORDER, ORDERS_CREATED, ORDERS_UPDATED};
use crate::ops::{Method, Operation, Role};
use crate::service::Service;

/// `entegra.orders.create`: push orders (from a shop) into Entegra.
pub const ORDERS_CREATE: Operation = Operation {
    name: "entegra.orders.create",
    service: Service::Entegra,
    method: Method::Post,
    path: "/order/",
    summary: crate::schema::doc(
        "Create orders with their lines (prices without VAT, order_date sent as DD.MM.YYYY)",
    ),
    params: &ORDERS_CREATE_PARAMS,
    role: Role::Call,
    idempotent: false,
    paginated: false,
    result: &ORDERS_CREATED,
    example: crate::schema::doc(
        r#"{"list": [{"supplier": "Entegra Bilisim", "order_id": "e-2001", "company": "Kopru", "full_name": "Deniz Yilmaz", "email": "deniz@example.com", "mobile_phone": 5321112233, "phone": 2125556677, "invoice_address": "Bagdat Cad. 5", "invoice_city": "Istanbul", "invoice_district": "Kadikoy", "invoice_fullname": "Deniz Yilmaz", "invoice_postcode": 34710, "invoice_tel": 2125556677, "invoice_gsm": 5321112233, "ship_address": "Bagdat Cad. 5", "ship_city": "Istanbul", "ship_district": "Kadikoy", "ship_fullname": "Deniz Yilmaz", "ship_postcode": 34710, "ship_tel": 2125556677, "ship_gsm": 5321112233, "tax_office": "Kadikoy", "order_date": "2024-03-15", "cargo_code": "K-2001", "payment_type": "kredi karti", "cargo": "Aras Kargo", "cargo_payment_method": "satici", "bank": "Garanti", "installment": 0, "order_details": [{"product_code": "w-1-1259-m", "quantity": 2, "price": "10.75", "first_price": "12.90"}]}]}"#,
    ),
    parse: parse_passthrough,
};

/// `entegra.orders.list`: one page of orders, filtered.
pub const ORDERS_LIST: Operation = Operation {
    name: "entegra.orders.list",
    service: Service::Entegra,
    method: Method::Get,
    path: "/order/page={page}/",
    summary: crate::schema::doc(
        "List orders, one page at a time, filtered by sync flag, status and dates",
    ),
    params: &ORDERS_LIST_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &ORDER,
    example: crate::schema::doc(r#"{"page": 1, "sync": 0}"#),
    parse: parse_orders_page,
};

/// `entegra.orders.update`: set the status or shipment details of orders.
pub const ORDERS_UPDATE: Operation = Operation {
    name: "entegra.orders.update",
    service: Service::Entegra,
    method: Method::Put,
    path: "/order/",
    summary: crate::schema::doc("Set the status, second cargo code or tracking URL of orders"),
    params: &ORDERS_UPDATE_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &ORDERS_UPDATED,
    example: crate::schema::doc(r#"{"list": [{"id": 26, "status": 2}]}"#),
    parse: parse_passthrough,
};

/// `entegra.orders.update_erp`: acknowledge orders as taken into the ERP.
pub const ORDERS_UPDATE_ERP: Operation = Operation {
    name: "entegra.orders.update_erp",
    service: Service::Entegra,
    method: Method::Put,
    path: "/order/update/",
    summary: crate::schema::doc(
        "Acknowledge orders as taken into the ERP (sync=1), with the ERP's order number",
    ),
    params: &ORDERS_UPDATE_ERP_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &ORDERS_UPDATED,
    example: crate::schema::doc(r#"{"list": [{"id": 26, "erp_order_number": "SIP-2024-0001"}]}"#),
    parse: parse_passthrough,
};
