//! The parameters and the results of the sandbox-only operations.
//!
//! `sandbox.erp.update`: products are the ERP product objects the `map.*` and
//! `sync.*` operations read (the same schema); stock rows are the records of
//! `erp.inventory.list`, keyed by warehouse, item, colour and size.
//!
//! `sandbox.tedbul.place_order`: the lines a buyer orders, by the barcode of
//! one of the account's ads; the result is the sold order itself.

use crate::bridge::schemas::ERP_PRODUCT;
use crate::dates::is_datetime;
use crate::messages::{Problem, RuleName};
use crate::schema::{child_path, Field, Problems, Schema, Type};
use crate::wire::{Record, Wire};
use serde_json::json;
use std::collections::BTreeSet;

/// The most lines one placed Tedbul order may have.
pub const MAX_ORDER_LINES: usize = 20;

/// One product to add or change.
static PRODUCT: Type = Type::Object(&ERP_PRODUCT);

/// One stock row to add or change.
static STOCK: Type = Type::Object(&STOCK_ROW);

/// A stock row: its key (warehouse, item, colour, size) and its quantity.
static STOCK_ROW: Schema = Schema {
    fields: &[
        Field::required("WarehouseCode", Type::Code, "Warehouse"),
        Field::required(
            "ItemCode",
            Type::Code,
            "The product's code (a product the ERP has, or one given in `products`)",
        ),
        Field::optional(
            "ColorCode",
            Type::Code,
            "Colour code; left out without variants",
        ),
        Field::optional("ItemDim1Code", Type::Code, "Size; left out without sizes"),
        Field::required(
            "InventoryQty1",
            Type::Decimal,
            "Quantity in stock (absolute; a decimal, may be negative)",
        ),
        Field::optional(
            "OfficeCode",
            Type::Code,
            "Office (default: kept, or the warehouse's)",
        ),
        Field::optional(
            "StoreCode",
            Type::Code,
            "Store (default: kept, or the warehouse's)",
        ),
        Field::optional(
            "ItemTypeCode",
            Type::INT,
            "Item type (default: kept, or the product's)",
        ),
    ],
    open: false,
    rules: &[stock_codes_not_blank],
};

/// A list of any length.
const fn list_of(item: &'static Type) -> Type {
    Type::List {
        item,
        min: 0,
        max: None,
    }
}

/// `sandbox.erp.update`.
pub static UPDATE: Schema = Schema {
    fields: &[
        Field::optional(
            "products",
            list_of(&PRODUCT),
            "Products to add or change, by ItemCode: the given fields replace the stored ones, a new ItemCode is added",
        ),
        Field::optional(
            "inventory",
            list_of(&STOCK),
            "Stock rows to add or change, by WarehouseCode, ItemCode, ColorCode and ItemDim1Code",
        ),
        Field::optional(
            "remove_products",
            list_of(&Type::Code),
            "ItemCodes of products to delete, with their stock rows",
        ),
        Field::optional(
            "replace",
            Type::Choice(&[0, 1]),
            "1: the products and stock rows become exactly the given lists (applied first)",
        ),
    ],
    open: false,
    rules: &[update_codes_not_blank],
};

/// The result: how many products and stock rows the ERP holds afterwards.
pub static COUNTS: Schema = Schema {
    fields: &[
        Field::required("products", Type::COUNT, "Products after the change"),
        Field::required("inventory", Type::COUNT, "Stock rows after the change"),
    ],
    open: false,
    rules: &[],
};

/// One line a buyer orders.
static ORDER_LINE: Schema = Schema {
    fields: &[
        Field::required(
            "barcode",
            Type::Code,
            "A barcode of one of the account's active ads (one of the ad's `barcodes`)",
        ),
        Field::required(
            "qty",
            Type::Int {
                min: Some(1),
                max: None,
            },
            "Quantity ordered, at most the ad's stock",
        ),
    ],
    open: false,
    rules: &[],
};

static LINE: Type = Type::Object(&ORDER_LINE);

/// `sandbox.tedbul.place_order`.
pub static PLACE_ORDER: Schema = Schema {
    fields: &[
        Field::required(
            "products",
            Type::List {
                item: &LINE,
                min: 1,
                max: Some(MAX_ORDER_LINES),
            },
            "The lines, each barcode once: every line is priced at its ad's price and takes its quantity off the ad's stock",
        ),
        Field::optional(
            "orderDate",
            Type::TEXT,
            "Order date and time in Turkey, YYYY-MM-DD HH:MM:SS (default: the emulator's now)",
        ),
        Field::optional(
            "buyerFullName",
            Type::TEXT,
            "Buyer's full name (default: the seed's regular buyer's, as are the other buyer fields)",
        ),
        Field::optional(
            "buyerInvoiceCompanyName",
            Type::TEXT,
            "Buyer's invoice title (default: the seed's regular buyer's)",
        ),
        Field::optional("orderNote", Type::TEXT, "The buyer's note (default: none)"),
    ],
    open: false,
    rules: &[order_lines_distinct, order_date_format],
};

/// Every line names a barcode, each barcode once.
fn order_lines_distinct(order: &Record, path: &str, problems: &mut Problems) {
    let Some(lines) = order.get("products").and_then(Wire::as_array) else {
        return;
    };
    let products = child_path(path, "products");
    let mut seen = BTreeSet::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(barcode) = line.get("barcode").and_then(Wire::as_str) else {
            continue;
        };
        let at = format!("{products}[{i}].barcode");
        if barcode.trim().is_empty() {
            problems.add(&at, Problem::Empty);
        } else if !seen.insert(barcode) {
            problems.add(
                &at,
                Problem::rule(
                    RuleName::Repeated,
                    json!({"value": barcode}),
                    format!("barcode {barcode} is ordered more than once: give one line with the whole quantity"),
                    format!("{barcode} barkodu birden fazla kez sipariş edilmiş: tüm miktarı tek satırda verin"),
                ),
            );
        }
    }
}

/// `orderDate` is `YYYY-MM-DD HH:MM:SS`.
fn order_date_format(order: &Record, path: &str, problems: &mut Problems) {
    if let Some(date) = order.get("orderDate").and_then(Wire::as_str) {
        if !is_datetime(date) {
            problems.add(
                &child_path(path, "orderDate"),
                Problem::BadDate {
                    formats: &["YYYY-MM-DD HH:MM:SS"],
                },
            );
        }
    }
}

/// A stock row's warehouse and item must not be empty.
fn stock_codes_not_blank(row: &Record, path: &str, problems: &mut Problems) {
    for key in ["WarehouseCode", "ItemCode"] {
        if is_blank(row.get(key)) {
            problems.add(&child_path(path, key), Problem::Empty);
        }
    }
}

/// Every product's ItemCode and every code to remove must not be empty.
fn update_codes_not_blank(params: &Record, path: &str, problems: &mut Problems) {
    let items = |key: &str| params.get(key).and_then(Wire::as_array).unwrap_or_default();
    let products = child_path(path, "products");
    for (i, product) in items("products").iter().enumerate() {
        if is_blank(product.get("ItemCode")) {
            problems.add(&format!("{products}[{i}].ItemCode"), Problem::Empty);
        }
    }
    let removed = child_path(path, "remove_products");
    for (i, code) in items("remove_products").iter().enumerate() {
        if is_blank(Some(code)) {
            problems.add(&format!("{removed}[{i}]"), Problem::Empty);
        }
    }
}

/// A text of only white space (a missing or mistyped value is reported elsewhere).
fn is_blank(value: Option<&Wire>) -> bool {
    value
        .and_then(Wire::as_str)
        .is_some_and(|s| s.trim().is_empty())
}
