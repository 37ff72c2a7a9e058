//! ERP operations (seed 001): Basic auth, paginated read-only lists.

use super::normalize::{count, normalize};
use super::{page_param, page_result, KeyKinds, Method, Operation, ParseContext, Role, NO_FIELDS};
use crate::error::Error;
use crate::schema::{Field, Schema, Type};
use crate::service::Service;
use serde_json::Value;

/// The ERP's result keys by kind.
pub(super) static RESULT_KEYS: KeyKinds = KeyKinds {
    money: &["PurchasePrice", "SalePrice", "NetAmount"],
    integer: &[
        "ItemTypeCode",
        "ItemDimTypeCode",
        "CurrAccTypeCode",
        "CommunicationTypeCode",
        "TaxTypeCode",
        "TaxRate",
        "InventoryQty1",
        "Qty1",
    ],
    id: &[],
    date: &[],
};

const PER_PAGE: Type = Type::Int {
    min: Some(1),
    max: Some(100),
};

static PRODUCTS_LIST_PARAMS: Schema = Schema {
    fields: &[
        Field::optional("page", Type::PAGE, "Page number (default 1)"),
        Field::optional(
            "per_page",
            PER_PAGE,
            "Records per page (default 50, at most 100)",
        ),
        Field::optional(
            "item_type_code",
            Type::Code,
            "Only items of this ItemTypeCode",
        ),
    ],
    open: false,
    rules: &[],
};

static INVENTORY_LIST_PARAMS: Schema = Schema {
    fields: &[
        Field::optional("page", Type::PAGE, "Page number (default 1)"),
        Field::optional(
            "per_page",
            PER_PAGE,
            "Records per page (default 50, at most 100)",
        ),
        Field::optional("warehouse_code", Type::TEXT, "Only this warehouse"),
    ],
    open: false,
    rules: &[],
};

/// `erp.products.list`: one page of item masters with their variants.
pub const PRODUCTS_LIST: Operation = Operation {
    name: "erp.products.list",
    service: Service::Erp,
    method: Method::Get,
    path: "/api/products",
    summary: "List item masters (products) with their colour/size variants",
    params: &PRODUCTS_LIST_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &NO_FIELDS,
    example: r#"{"page": 1, "per_page": 50}"#,
    parse: parse_page,
};

/// `erp.inventory.list`: one page of stock records per warehouse and variant.
pub const INVENTORY_LIST: Operation = Operation {
    name: "erp.inventory.list",
    service: Service::Erp,
    method: Method::Get,
    path: "/api/inventory",
    summary: "List stock per warehouse, item, colour and size",
    params: &INVENTORY_LIST_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &NO_FIELDS,
    example: r#"{"warehouse_code": "WH-IST-M01-MAIN"}"#,
    parse: parse_page,
};

/// `{success, data, pagination: {current_page, total, total_pages}}` → a page result.
fn parse_page(body: Value, context: &ParseContext) -> Result<Value, Error> {
    let items = match body.get("data") {
        Some(Value::Array(items)) => items.clone(),
        None | Some(Value::Null) => Vec::new(),
        Some(_) => return Err(Error::decode("data", "expected a list")),
    };
    let items = match normalize(Value::Array(items), "data")? {
        Value::Array(items) => items,
        _ => Vec::new(),
    };
    let pagination = body.get("pagination");
    let page = count(pagination.and_then(|p| p.get("current_page")))
        .unwrap_or_else(|| page_param(context.params));
    let total = count(pagination.and_then(|p| p.get("total")));
    let total_pages = count(pagination.and_then(|p| p.get("total_pages")));
    let next = total_pages.filter(|pages| page < *pages && !items.is_empty());
    Ok(page_result(items, total, page, next.map(|_| page + 1)))
}

/// `erp.codes.list`: the ERP code tables with their Turkish labels (no request).
pub const CODES_LIST: Operation = Operation {
    name: "erp.codes.list",
    service: Service::Erp,
    method: Method::Get,
    path: "",
    summary: "The ERP code tables (codes, names and Turkish labels); answered locally",
    params: &NO_PARAMS_CODES,
    role: Role::Local(list_codes),
    idempotent: true,
    paginated: false,
    result: &NO_FIELDS,
    example: r#"{}"#,
    parse: |body, _| Ok(body),
};

static NO_PARAMS_CODES: Schema = Schema {
    fields: &[],
    open: false,
    rules: &[],
};

fn list_codes(_: &Value) -> Result<Value, Error> {
    Ok(crate::codes::tables_json(Service::Erp))
}

/// Every ERP operation.
pub static OPERATIONS: &[Operation] = &[CODES_LIST, PRODUCTS_LIST, INVENTORY_LIST];
