//! ERP operations (seed 001): Basic auth, read-only paginated lists and single records.
//!
//! Every list answers `{success, data: […], pagination}` and becomes a page
//! result; every `get` answers `{success, data: {…}}` and becomes the record,
//! except `erp.inventory.get`, whose `data` is a list (the item's stock in
//! every warehouse) and becomes `{"items": […]}`.

mod dialect;
mod params;
pub(in crate::ops) mod parse;
mod records;

pub(super) use dialect::DIALECT;

use super::{Body, KeyKinds, Method, Operation, ParseContext, Role, NO_FIELDS};
use crate::error::Error;
use crate::schema::Schema;
use crate::service::Service;
use serde_json::Value;

/// The ERP's result keys by kind. Codes and quantities may arrive as numbers
/// or strings; codes that look like numbers (sizes, tax numbers) stay text.
pub(super) static RESULT_KEYS: KeyKinds = KeyKinds {
    money: &[
        "PurchasePrice",
        "SalePrice",
        "NetAmount",
        "UnitPrice",
        "Price",
        "Amount",
        "TaxAmount",
    ],
    integer: &[
        "ItemTypeCode",
        "ItemDimTypeCode",
        "CurrAccTypeCode",
        "CommunicationTypeCode",
        "TaxTypeCode",
        "TaxRate",
    ],
    decimal: &["InventoryQty1", "Qty1"],
    id: &[
        "ItemCode",
        "Barcode",
        "ColorCode",
        "ItemDim1Code",
        "CurrAccCode",
        "IdentityNum",
        "TaxNumber",
        "SupplierCode",
        "CustomerCode",
        "OrderNumber",
        "InvoiceNumber",
        "DocumentNumber",
        "OfficeCode",
        "StoreCode",
        "WarehouseCode",
    ],
    date: &["OrderDate", "InvoiceDate", "CreatedDate", "UpdatedDate"],
};

/// A paginated GET list.
const fn list(
    name: &'static str,
    path: &'static str,
    summary: &'static str,
    params: &'static Schema,
    result: &'static Schema,
    example: &'static str,
) -> Operation {
    Operation {
        name,
        service: Service::Erp,
        method: Method::Get,
        path,
        summary: crate::schema::doc(summary),
        params,
        role: Role::Call,
        idempotent: true,
        paginated: true,
        parse: parse::page,
        result,
        example: crate::schema::doc(example),
    }
}

/// A GET by the code in its path, read by `parse`.
const fn get(
    name: &'static str,
    path: &'static str,
    summary: &'static str,
    params: &'static Schema,
    result: &'static Schema,
    example: &'static str,
    parse: fn(Body<'_>, &ParseContext) -> Result<crate::wire::Wire, Error>,
) -> Operation {
    Operation {
        name,
        service: Service::Erp,
        method: Method::Get,
        path,
        summary: crate::schema::doc(summary),
        params,
        role: Role::Call,
        idempotent: true,
        paginated: false,
        parse,
        result,
        example: crate::schema::doc(example),
    }
}

/// `erp.products.list`: one page of item masters with their variants.
pub const PRODUCTS_LIST: Operation = list(
    "erp.products.list",
    "/api/products",
    "List item masters (products) with their colour/size variants, optionally of one item type",
    &params::PRODUCTS_LIST,
    &records::PRODUCT,
    r#"{"page": 1, "per_page": 50, "item_type_code": 1}"#,
);

/// `erp.products.get`: one item master by its ItemCode.
pub const PRODUCTS_GET: Operation = get(
    "erp.products.get",
    "/api/products/{id}",
    "Get one item master (product) with its variants by its ItemCode",
    &params::PRODUCT_GET,
    &records::PRODUCT,
    r#"{"id": "SHIRT-001"}"#,
    parse::record,
);

/// `erp.suppliers.list`: one page of suppliers.
pub const SUPPLIERS_LIST: Operation = list(
    "erp.suppliers.list",
    "/api/suppliers",
    "List suppliers (current accounts of type 1) with their e-mail and phone",
    &params::LIST,
    &records::CURRENT_ACCOUNT,
    r#"{"page": 1, "per_page": 50}"#,
);

/// `erp.customers.wholesale.list`: one page of wholesale customers.
pub const CUSTOMERS_WHOLESALE_LIST: Operation = list(
    "erp.customers.wholesale.list",
    "/api/customers/wholesale",
    "List wholesale customers (current accounts of type 3)",
    &params::LIST,
    &records::CURRENT_ACCOUNT,
    r#"{"page": 1}"#,
);

/// `erp.customers.retail.list`: one page of retail customers.
pub const CUSTOMERS_RETAIL_LIST: Operation = list(
    "erp.customers.retail.list",
    "/api/customers/retail",
    "List retail customers (current accounts of type 4)",
    &params::LIST,
    &records::CURRENT_ACCOUNT,
    r#"{"per_page": 100}"#,
);

/// `erp.customers.get`: one customer or supplier by its CurrAccCode.
pub const CUSTOMERS_GET: Operation = get(
    "erp.customers.get",
    "/api/customers/{id}",
    "Get one customer or supplier by its CurrAccCode",
    &params::CUSTOMER_GET,
    &records::CURRENT_ACCOUNT,
    r#"{"id": "1-3-46"}"#,
    parse::record,
);

/// `erp.purchase_orders.list`: one page of purchase orders.
pub const PURCHASE_ORDERS_LIST: Operation = list(
    "erp.purchase_orders.list",
    "/api/purchase-orders",
    "List purchase orders with their lines, optionally within order dates",
    &params::PURCHASE_ORDERS_LIST,
    &records::PURCHASE_ORDER,
    r#"{"order_date_start": "2024-02-01", "order_date_end": "2024-02-29"}"#,
);

/// `erp.purchase_invoices.list`: one page of purchase invoices.
pub const PURCHASE_INVOICES_LIST: Operation = list(
    "erp.purchase_invoices.list",
    "/api/purchase-invoices",
    "List purchase invoices with their lines, optionally within invoice dates",
    &params::PURCHASE_INVOICES_LIST,
    &records::PURCHASE_INVOICE,
    r#"{"invoice_date_start": "2024-02-01"}"#,
);

/// `erp.warehouses.list`: one page of warehouses.
pub const WAREHOUSES_LIST: Operation = list(
    "erp.warehouses.list",
    "/api/warehouses",
    "List warehouses with their office and store",
    &params::LIST,
    &records::WAREHOUSE,
    r#"{}"#,
);

/// `erp.inventory.list`: one page of stock records per warehouse and variant.
pub const INVENTORY_LIST: Operation = list(
    "erp.inventory.list",
    "/api/inventory",
    "List stock per warehouse, item, colour and size, optionally of one warehouse",
    &params::INVENTORY_LIST,
    &records::STOCK,
    r#"{"warehouse_code": "WH-IST-M01-MAIN"}"#,
);

/// `erp.inventory.get`: the stock of one item in every warehouse, as `{"items": […]}`.
pub const INVENTORY_GET: Operation = get(
    "erp.inventory.get",
    "/api/inventory/{ItemCode}",
    "Get the stock of one item in every warehouse, colour and size, as {\"items\": [...]}",
    &params::INVENTORY_GET,
    &records::ITEM_STOCK,
    r#"{"ItemCode": "SHIRT-001"}"#,
    parse::all_items,
);

/// `erp.sales_orders.list`: one page of retail and wholesale sales orders.
pub const SALES_ORDERS_LIST: Operation = list(
    "erp.sales_orders.list",
    "/api/sales-orders",
    "List sales orders (retail and wholesale) with their lines, optionally by dates and process",
    &params::SALES_ORDERS_LIST,
    &records::SALES_ORDER,
    r#"{"order_date_start": "2024-02-01", "process_code": "WS"}"#,
);

/// `erp.sales_invoices.list`: one page of retail and wholesale sales invoices.
pub const SALES_INVOICES_LIST: Operation = list(
    "erp.sales_invoices.list",
    "/api/sales-invoices",
    "List sales invoices (retail and wholesale) with their lines, optionally by dates and process",
    &params::SALES_INVOICES_LIST,
    &records::SALES_INVOICE,
    r#"{"invoice_date_end": "2024-02-29", "process_code": "EP"}"#,
);

/// `erp.codes.list`: the ERP code tables with their Turkish labels (no request).
pub const CODES_LIST: Operation = Operation {
    name: "erp.codes.list",
    service: Service::Erp,
    method: Method::Get,
    path: "",
    summary: crate::schema::doc(
        "The ERP code tables (codes, names and Turkish labels); answered locally",
    ),
    params: &params::NONE,
    role: Role::Local(list_codes),
    idempotent: true,
    paginated: false,
    result: &NO_FIELDS,
    example: crate::schema::doc(r#"{}"#),
    parse: |body, _| body.wire(),
};

fn list_codes(_: &Value) -> Result<Value, Error> {
    Ok(crate::codes::tables_json(Service::Erp))
}

/// Every ERP operation.
pub static OPERATIONS: &[Operation] = &[
    CODES_LIST,
    PRODUCTS_LIST,
    PRODUCTS_GET,
    SUPPLIERS_LIST,
    CUSTOMERS_WHOLESALE_LIST,
    CUSTOMERS_RETAIL_LIST,
    CUSTOMERS_GET,
    PURCHASE_ORDERS_LIST,
    PURCHASE_INVOICES_LIST,
    WAREHOUSES_LIST,
    INVENTORY_LIST,
    INVENTORY_GET,
    SALES_ORDERS_LIST,
    SALES_INVOICES_LIST,
];
