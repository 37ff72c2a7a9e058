//! Result schemas, for the docs and the per-binding stubs.

use super::{MONEY, PLANNED_REQUEST, TEXT_LIST};
use crate::schema::{DateWire, Field, Schema, Type};

static SKIP_ITEM: Type = Type::Object(&SKIP);

static SKIP: Schema = Schema {
    fields: &[
        Field::required("key", Type::TEXT, "productCode / barcode (or ItemCode)"),
        Field::required("path", Type::TEXT, "Where it is in the params"),
        Field::required("reason", Type::TEXT, "Why it was left out"),
    ],
    open: false,
    rules: &[],
};

const SKIPPED: Field = Field::required(
    "skipped",
    Type::List {
        item: &SKIP_ITEM,
        min: 0,
        max: None,
    },
    "Products and variants that could not be mapped, with the reason",
);

/// One quantity warning, as a list item.
pub static QUANTITY_WARNING_ITEM: Type = Type::Object(&QUANTITY_WARNING);

static QUANTITY_WARNING: Schema = Schema {
    fields: &[
        Field::required("item", Type::TEXT, "The ERP ItemCode"),
        Field::required(
            "color",
            Type::TEXT,
            "The variant's ColorCode (\"\" without variants)",
        ),
        Field::required(
            "size",
            Type::TEXT,
            "The variant's ItemDim1Code (\"\" when none)",
        ),
        Field::required(
            "path",
            Type::TEXT,
            "Where the product or variant is in the params",
        ),
        Field::required(
            "erp",
            MONEY,
            "The ERP stock summed over the warehouses: exact dot-decimal text, like money",
        ),
        Field::required("sent", Type::COUNT, "The whole units the marketplace gets"),
        Field::required(
            "rule",
            Type::TEXT,
            "rounded_down (a fraction: never offer stock the ERP lacks) or negative_as_zero",
        ),
    ],
    open: false,
    rules: &[],
};

const WARNINGS: Field = Field::required(
    "warnings",
    Type::List {
        item: &QUANTITY_WARNING_ITEM,
        min: 0,
        max: None,
    },
    "Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0",
);

const ANY_LIST: Type = Type::List {
    item: &Type::Any,
    min: 0,
    max: None,
};

/// `map.entegra.products` result.
pub static ENTEGRA_PRODUCTS_RESULT: Schema = Schema {
    fields: &[
        Field::required(
            "list",
            ANY_LIST,
            "entegra.products.create items (send at most 50 per request)",
        ),
        SKIPPED,
        WARNINGS,
    ],
    open: false,
    rules: &[],
};

/// `map.entegra.stock_prices` result.
pub static ENTEGRA_STOCK_PRICES_RESULT: Schema = Schema {
    fields: &[
        Field::required("update_quantity", ANY_LIST,
            "entegra.products.update_quantity items {productCode, quantity}: products and their variations"),
        Field::required("update_prices", ANY_LIST,
            "entegra.products.update_prices items {productCode, prices: [{priceCode, priceValue}]}: products (ERP prices are per item)"),
        SKIPPED,
        WARNINGS,
    ],
    open: false,
    rules: &[],
};

/// `map.tedbul.ads` result.
pub static TEDBUL_ADS_RESULT: Schema = Schema {
    fields: &[
        Field::required(
            "create",
            ANY_LIST,
            "tedbul.ads.create params, one request each",
        ),
        Field::required(
            "update",
            ANY_LIST,
            "tedbul.ads.update_many items (with id) of listed ads",
        ),
        Field::required(
            "deactivate",
            ANY_LIST,
            "tedbul.ads.update_many items making listed ads passive (status 2)",
        ),
        SKIPPED,
        WARNINGS,
    ],
    open: false,
    rules: &[],
};

static ERP_LINE: Schema = Schema {
    fields: &[
        Field::required("ItemTypeCode", Type::Any, "Item type, as in the catalogue"),
        Field::required("ItemCode", Type::TEXT, "Item code"),
        Field::required("ColorCode", Type::TEXT, "Colour code (null when none)"),
        Field::required("ItemDim1Code", Type::TEXT, "Size (null when none)"),
        Field::required("Qty1", Type::COUNT, "Quantity"),
        Field::required(
            "PriceVI",
            MONEY,
            "Unit price with VAT, before discount, as the marketplace charged it",
        ),
        Field::required("DiscountVI", MONEY, "The line's discount, with VAT"),
        Field::required(
            "AmountVI",
            MONEY,
            "What the buyer paid for the line: PriceVI × Qty1 − DiscountVI, exactly",
        ),
        Field::required(
            "NetAmount",
            MONEY,
            "AmountVI without VAT, rounded half away from zero to 2 decimals",
        ),
        Field::required("VatAmount", MONEY, "AmountVI − NetAmount, exactly"),
        Field::required("VatRate", Type::COUNT, "VAT rate in percent"),
    ],
    open: false,
    rules: &[],
};

/// One ERP sales-order document (`documents` of orders results; what the runner delivers).
pub static ERP_DOCUMENT: Schema = Schema {
    fields: &[
        Field::required("OrderNumber", Type::TEXT, "The marketplace's order number"),
        Field::required("OrderDate", Type::Date(DateWire::Iso), "Order date"),
        Field::required(
            "DocumentNumber",
            Type::TEXT,
            "The marketplace's order number",
        ),
        Field::required("CustomerCode", Type::TEXT, "From the options"),
        Field::required("ProcessCode", Type::TEXT, "From the options"),
        Field::required("OfficeCode", Type::TEXT, "From the options"),
        Field::required("WarehouseCode", Type::TEXT, "From the options"),
        Field::required("DocCurrencyCode", Type::TEXT, "From the options"),
        Field::required(
            "Description",
            Type::TEXT,
            "Marketplace, order number and id",
        ),
        Field::required(
            "TotalVI",
            MONEY,
            "What the buyer paid for the order's lines: the sum of AmountVI",
        ),
        Field::required(
            "Lines",
            Type::List {
                item: &Type::Object(&ERP_LINE),
                min: 1,
                max: None,
            },
            "Order lines",
        ),
    ],
    open: false,
    rules: &[],
};

static UNRESOLVED: Schema = Schema {
    fields: &[
        Field::required("order", Type::TEXT, "The marketplace's order id"),
        Field::required(
            "line",
            Type::COUNT,
            "The line's index (null: the order itself)",
        ),
        Field::required("reason", Type::TEXT, "Why it cannot be imported"),
    ],
    open: false,
    rules: &[],
};

/// Result of the `*.orders_to_erp` operations.
pub static ORDERS_RESULT: Schema = Schema {
    fields: &[
        Field::required(
            "documents",
            Type::List {
                item: &Type::Object(&ERP_DOCUMENT),
                min: 0,
                max: None,
            },
            "ERP sales orders, one per fully resolved marketplace order",
        ),
        Field::required("sources", TEXT_LIST,
            "The marketplace order id of each document, in the same order (for entegra.orders.update_erp / tedbul.orders.confirm)"),
        Field::required(
            "unresolved",
            Type::List {
                item: &Type::Object(&UNRESOLVED),
                min: 0,
                max: None,
            },
            "Every line (or order) that could not be resolved; its order has no document",
        ),
    ],
    open: false,
    rules: &[],
};

/// `sync.plan` result.
pub static PLAN_RESULT: Schema = Schema {
    fields: &[
        Field::required(
            "requests",
            Type::List {
                item: &Type::Object(&PLANNED_REQUEST),
                min: 0,
                max: None,
            },
            "The requests to send, in order; pass each with its outcome to sync.apply",
        ),
        Field::required(
            "deferred",
            Type::COUNT,
            "Requests left for a later run by the quota",
        ),
        Field::required(
            "in_doubt",
            TEXT_LIST,
            "Keys whose creation may have happened: pass the listing to settle them",
        ),
        Field::required(
            "listing_needed",
            Type::Any,
            "true when in_doubt is not empty",
        ),
        SKIPPED,
        WARNINGS,
        Field::required(
            "state",
            Type::Any,
            "The state to persist before sending (creations marked pending)",
        ),
    ],
    open: false,
    rules: &[],
};

/// `sync.apply` result.
pub static APPLY_RESULT: Schema = Schema {
    fields: &[
        Field::required("state", Type::Any, "The new state, to persist"),
        Field::required("confirmed", TEXT_LIST, "Keys the marketplace acknowledged"),
        Field::required(
            "unconfirmed",
            TEXT_LIST,
            "Keys it did not; the next plan sends them again",
        ),
    ],
    open: false,
    rules: &[],
};
