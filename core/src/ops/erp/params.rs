//! The ERP operations' parameters and the rules across them.

use crate::codes::{CodeTable, CodeValue, ERP_ITEM_TYPE};
use crate::dates::Date;
use crate::messages::{Problem, RuleName};
use crate::schema::{child_path, DateWire, Field, Problems, Schema, Type};
use crate::wire::{Record, Wire};
use serde_json::{json, Value};

/// The vendor's largest page.
const MAX_PER_PAGE: i64 = 100;

const PAGE: Field = Field::optional("page", Type::PAGE, "Page number (default 1)");
const PER_PAGE: Field = Field::optional(
    "per_page",
    Type::Int {
        min: Some(1),
        max: Some(MAX_PER_PAGE),
    },
    "Records per page (default 50, at most 100)",
);
const DATE: Type = Type::Date(DateWire::Iso);

/// Page and page size only.
pub static LIST: Schema = Schema {
    fields: &[PAGE, PER_PAGE],
    open: false,
    rules: &[],
};

/// `erp.products.list`.
pub static PRODUCTS_LIST: Schema = Schema {
    fields: &[
        PAGE,
        PER_PAGE,
        Field::optional(
            "item_type_code",
            Type::Code,
            "Only items of this ItemTypeCode (the `item_type` table: 1, 2, 4, 5, 6)",
        ),
    ],
    open: false,
    rules: &[item_type_known],
};

/// `erp.inventory.list`.
pub static INVENTORY_LIST: Schema = Schema {
    fields: &[
        PAGE,
        PER_PAGE,
        Field::optional("warehouse_code", Type::TEXT, "Only this WarehouseCode"),
    ],
    open: false,
    rules: &[],
};

/// `erp.purchase_orders.list`.
pub static PURCHASE_ORDERS_LIST: Schema = Schema {
    fields: &[
        PAGE,
        PER_PAGE,
        Field::optional(
            "order_date_start",
            DATE,
            "Orders from this date (YYYY-MM-DD)",
        ),
        Field::optional(
            "order_date_end",
            DATE,
            "Orders up to this date (YYYY-MM-DD)",
        ),
    ],
    open: false,
    rules: &[order_dates_in_order],
};

/// `erp.purchase_invoices.list`.
pub static PURCHASE_INVOICES_LIST: Schema = Schema {
    fields: &[
        PAGE,
        PER_PAGE,
        Field::optional(
            "invoice_date_start",
            DATE,
            "Invoices from this date (YYYY-MM-DD)",
        ),
        Field::optional(
            "invoice_date_end",
            DATE,
            "Invoices up to this date (YYYY-MM-DD)",
        ),
    ],
    open: false,
    rules: &[invoice_dates_in_order],
};

/// The ProcessCodes seed 001 lists for the sales order and invoice filters.
const SALES_PROCESS_CODES: [&str; 6] = ["WS", "R", "RI", "RSD", "EP", "SS"];

const PROCESS_CODE: Field = Field::optional(
    "process_code",
    Type::TEXT,
    "Only documents of this ProcessCode: WS, R, RI, RSD, EP or SS (the filter's list in seed 001)",
);

/// `erp.sales_orders.list`.
pub static SALES_ORDERS_LIST: Schema = Schema {
    fields: &[
        PAGE,
        PER_PAGE,
        Field::optional(
            "order_date_start",
            DATE,
            "Orders from this date (YYYY-MM-DD)",
        ),
        Field::optional(
            "order_date_end",
            DATE,
            "Orders up to this date (YYYY-MM-DD)",
        ),
        PROCESS_CODE,
    ],
    open: false,
    rules: &[order_dates_in_order, process_code_known],
};

/// `erp.sales_invoices.list`.
pub static SALES_INVOICES_LIST: Schema = Schema {
    fields: &[
        PAGE,
        PER_PAGE,
        Field::optional(
            "invoice_date_start",
            DATE,
            "Invoices from this date (YYYY-MM-DD)",
        ),
        Field::optional(
            "invoice_date_end",
            DATE,
            "Invoices up to this date (YYYY-MM-DD)",
        ),
        PROCESS_CODE,
    ],
    open: false,
    rules: &[invoice_dates_in_order, process_code_known],
};

/// `erp.products.get`.
pub static PRODUCT_GET: Schema = Schema {
    fields: &[Field::required(
        "id",
        Type::Code,
        "The product's code (ItemCode)",
    )],
    open: false,
    rules: &[id_not_blank],
};

/// `erp.customers.get`.
pub static CUSTOMER_GET: Schema = Schema {
    fields: &[Field::required(
        "id",
        Type::Code,
        "The current account's code (CurrAccCode) of a customer or supplier",
    )],
    open: false,
    rules: &[id_not_blank],
};

/// `erp.inventory.get`.
pub static INVENTORY_GET: Schema = Schema {
    fields: &[Field::required(
        "ItemCode",
        Type::Code,
        "The product's code (ItemCode)",
    )],
    open: false,
    rules: &[item_code_not_blank],
};

/// No parameters.
pub static NONE: Schema = Schema {
    fields: &[],
    open: false,
    rules: &[],
};

fn item_type_known(params: &Record, path: &str, problems: &mut Problems) {
    code_known(params, "item_type_code", &ERP_ITEM_TYPE, path, problems);
}

/// The sales filters take only the ProcessCodes seed 001 lists for them.
fn process_code_known(params: &Record, path: &str, problems: &mut Problems) {
    let Some(code) = params.get("process_code").filter(|v| !v.is_null()) else {
        return;
    };
    if !code
        .as_str()
        .is_some_and(|c| SALES_PROCESS_CODES.contains(&c))
    {
        let allowed = SALES_PROCESS_CODES
            .iter()
            .map(|c| Value::from(*c))
            .collect();
        problems.add(
            &child_path(path, "process_code"),
            Problem::NotOneOf { allowed },
        );
    }
}

/// The code under `key`, when given, must be one of `table`'s.
fn code_known(params: &Record, key: &str, table: &CodeTable, path: &str, problems: &mut Problems) {
    let Some(code) = params.get(key).filter(|v| !v.is_null()) else {
        return;
    };
    if table.label_of(&code.to_value()).is_none() {
        let known: Vec<Value> = table
            .entries
            .iter()
            .map(|e| match e.code {
                CodeValue::Int(i) => Value::from(i),
                CodeValue::Text(t) => Value::from(t),
            })
            .collect();
        problems.add(&child_path(path, key), Problem::NotOneOf { allowed: known });
    }
}

fn order_dates_in_order(params: &Record, path: &str, problems: &mut Problems) {
    dates_in_order(params, "order_date_start", "order_date_end", path, problems);
}

fn invoice_dates_in_order(params: &Record, path: &str, problems: &mut Problems) {
    dates_in_order(
        params,
        "invoice_date_start",
        "invoice_date_end",
        path,
        problems,
    );
}

/// When both dates are given, the range must not end before it starts.
fn dates_in_order(params: &Record, start: &str, end: &str, path: &str, problems: &mut Problems) {
    let date = |key: &str| {
        params
            .get(key)
            .and_then(Wire::as_str)
            .and_then(Date::parse_iso)
    };
    if let (Some(from), Some(to)) = (date(start), date(end)) {
        if to < from {
            problems.add(
                &child_path(path, end),
                Problem::rule(
                    RuleName::DatesReversed,
                    json!({"start": from.to_iso(), "end": to.to_iso()}),
                    format!("must not be before {start} ({})", from.to_iso()),
                    format!("{start} tarihinden ({}) önce olamaz", from.to_iso()),
                ),
            );
        }
    }
}

fn id_not_blank(params: &Record, path: &str, problems: &mut Problems) {
    not_blank(params, "id", path, problems);
}

fn item_code_not_blank(params: &Record, path: &str, problems: &mut Problems) {
    not_blank(params, "ItemCode", path, problems);
}

/// A code that goes into the path must not be empty (that would call the list instead).
fn not_blank(params: &Record, key: &str, path: &str, problems: &mut Problems) {
    if params
        .get(key)
        .and_then(Wire::as_str)
        .is_some_and(|s| s.trim().is_empty())
    {
        problems.add(&child_path(path, key), Problem::Empty);
    }
}
