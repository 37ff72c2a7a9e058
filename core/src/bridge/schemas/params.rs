//! Parameter schemas: the ERP snapshot, the options, the sync inputs.

use super::{FLAG, MONEY, PLANNED_REQUEST, TEXT_LIST};
use crate::schema::{DateWire, DefaultValue, Field, Schema, Type};

/// Any object, fields unchecked.
static OBJECT_ITEM: Type = Type::Object(&ANY_OBJECT);

static ANY_OBJECT: Schema = Schema {
    fields: &[],
    open: true,
    rules: &[],
};

static ERP_VARIANT: Schema = Schema {
    fields: &[
        Field::optional("ColorCode", Type::Code, "Colour code"),
        Field::optional(
            "ColorDescription",
            Type::TEXT,
            "Colour name (the Renk spec)",
        ),
        Field::optional("ItemDim1Code", Type::Code, "Size (the Beden spec)"),
        Field::optional("Barcode", Type::Code, "Variant barcode"),
    ],
    open: true,
    rules: &[],
};

static PRODUCT_ITEM: Type = Type::Object(&ERP_PRODUCT);

pub(crate) static ERP_PRODUCT: Schema = Schema {
    fields: &[
        Field::required("ItemCode", Type::Code, "Item code (Entegra productCode)"),
        Field::optional("ItemDescription", Type::TEXT, "Item name (productName)"),
        Field::optional("ItemTypeCode", Type::Any, "Item type (1 Ürün …)"),
        Field::optional("SalePrice", MONEY, "Sale price"),
        Field::optional("PurchasePrice", MONEY, "Purchase price"),
        Field::optional(
            "TaxRate",
            Type::Int {
                min: Some(0),
                max: Some(100),
            },
            "VAT rate in percent",
        ),
        Field::optional(
            "IsBlocked",
            FLAG,
            "Blocked items are passive on the marketplace",
        ),
        Field::optional(
            "Variants",
            Type::List {
                item: &Type::Object(&ERP_VARIANT),
                min: 0,
                max: None,
            },
            "Colour/size variants",
        ),
    ],
    open: true,
    rules: &[],
};

static INVENTORY_ITEM: Type = Type::Object(&INVENTORY_RECORD);

static INVENTORY_RECORD: Schema = Schema {
    fields: &[
        Field::optional("WarehouseCode", Type::Code, "Warehouse"),
        Field::required("ItemCode", Type::Code, "Item code"),
        Field::optional("ColorCode", Type::Code, "Colour code"),
        Field::optional("ItemDim1Code", Type::Code, "Size"),
        Field::required(
            "InventoryQty1",
            Type::Any,
            "Stock (may be fractional or negative; the sum is rounded down, never below 0)",
        ),
    ],
    open: true,
    rules: &[],
};

const PRODUCTS: Field = Field::required(
    "products",
    Type::List {
        item: &PRODUCT_ITEM,
        min: 0,
        max: None,
    },
    "ERP products: items of erp.products.list (every page)",
);

const INVENTORY: Field = Field::optional(
    "inventory",
    Type::List {
        item: &INVENTORY_ITEM,
        min: 0,
        max: None,
    },
    "ERP stock records: items of erp.inventory.list (every page)",
);

const LISTING: Field = Field::optional(
    "listing",
    Type::List {
        item: &OBJECT_ITEM,
        min: 0,
        max: None,
    },
    "The marketplace's current listing, when known: every item of entegra.products.list or tedbul.ads.list",
);

/// The mapping options, then `$extra` fields.
macro_rules! map_option_fields {
    ($($extra:expr),* $(,)?) => {
        &[
            Field::optional("warehouses", TEXT_LIST, "Warehouses whose stock counts (default: all)"),
            Field::defaulted("price_field", Type::TEXT, DefaultValue::Text("SalePrice"),
                "The ERP product field the price is read from"),
            Field::defaulted("erp_prices_include_vat", FLAG, DefaultValue::Int(1),
                "1 when the ERP price field includes VAT"),
            Field::defaulted("marketplace_prices_include_vat", FLAG, DefaultValue::Int(1),
                "1 when the marketplace gets VAT-inclusive prices; when the two flags differ, TaxRate is added or removed (rounded half up to 2 decimals)"),
            Field::defaulted("variant_code_template", Type::TEXT,
                DefaultValue::Text("{ItemCode}-{ColorCode}-{ItemDim1Code}"),
                "Entegra variation productCode; placeholders {ItemCode} {ColorCode} {ItemDim1Code} {Barcode}, empty parts dropped with the text before them"),
            Field::defaulted("price_code", Type::TEXT, DefaultValue::Text("price1"),
                "The Entegra price field the price goes to"),
            Field::defaulted("barcode_field", Type::TEXT, DefaultValue::Text("Barcode"),
                "The ERP field with the barcode of a product without variants"),
            Field::optional("expiration", Type::Date(DateWire::Iso), "Tedbul: a fixed expiry date"),
            Field::optional("expiration_field", Type::TEXT,
                "Tedbul: the ERP product field with the expiry date (wins over expiration)"),
            $($extra,)*
        ]
    };
}

static MAP_OPTIONS: Schema = Schema {
    fields: map_option_fields!(),
    open: false,
    rules: &[],
};

static SYNC_OPTIONS: Schema = Schema {
    fields: map_option_fields!(
        Field::optional(
            "batch_size",
            Type::Int {
                min: Some(1),
                max: Some(100)
            },
            "Items per bulk request (default and limit: Entegra 50, Tedbul 100)"
        ),
        Field::optional(
            "quota_remaining",
            Type::COUNT,
            "Requests the quota still allows; the rest are deferred"
        ),
        Field::optional(
            "guard",
            Type::Object(&crate::bridge::guard::options::GUARD_OPTIONS),
            "Sync runs: the guard against mass changes (passive/zero stock, big price moves); {\"enabled\": 0} turns it off"
        ),
        Field::optional(
            "accept_plan",
            Type::Text { max_len: Some(64) },
            "Sync runs: the plan_id of a guarded plan a person accepted; only that plan goes ahead"
        ),
    ),
    open: false,
    rules: &[],
};

/// `map.entegra.products` and `map.entegra.stock_prices` params.
pub static MAP_PARAMS: Schema = Schema {
    fields: &[
        PRODUCTS,
        INVENTORY,
        Field::optional("options", Type::Object(&MAP_OPTIONS), "Mapping options"),
    ],
    open: false,
    rules: &[],
};

/// `map.tedbul.ads` params.
pub static MAP_TEDBUL_PARAMS: Schema = Schema {
    fields: &[
        PRODUCTS,
        INVENTORY,
        Field::optional("options", Type::Object(&MAP_OPTIONS), "Mapping options"),
        LISTING,
    ],
    open: false,
    rules: &[],
};

static ORDER_OPTIONS: Schema = Schema {
    fields: &[
        Field::required(
            "CustomerCode",
            Type::Code,
            "The ERP current account of the marketplace's sales",
        ),
        Field::defaulted(
            "ProcessCode",
            Type::TEXT,
            DefaultValue::Text("R"),
            "ERP process (R retail, WS wholesale …)",
        ),
        Field::required("OfficeCode", Type::Code, "ERP office"),
        Field::required("WarehouseCode", Type::Code, "ERP warehouse"),
        Field::defaulted(
            "DocCurrencyCode",
            Type::TEXT,
            DefaultValue::Text("TRY"),
            "Document currency",
        ),
        Field::defaulted(
            "variant_code_template",
            Type::TEXT,
            DefaultValue::Text("{ItemCode}-{ColorCode}-{ItemDim1Code}"),
            "Entegra: the template the variation productCodes were made with",
        ),
        Field::defaulted(
            "barcode_field",
            Type::TEXT,
            DefaultValue::Text("Barcode"),
            "Tedbul: the ERP field with the barcode of a product without variants",
        ),
        Field::defaulted(
            "prices_include_vat",
            FLAG,
            DefaultValue::Int(1),
            "Tedbul: 1 when line prices include VAT (it is removed with the line's rate)",
        ),
    ],
    open: false,
    rules: &[],
};

/// `map.entegra.orders_to_erp` and `map.tedbul.orders_to_erp` params.
pub static ORDERS_PARAMS: Schema = Schema {
    fields: &[
        Field::required(
            "orders",
            Type::List {
                item: &OBJECT_ITEM,
                min: 0,
                max: None,
            },
            "Marketplace orders: items of entegra.orders.list / tedbul.orders.sold.list",
        ),
        PRODUCTS,
        Field::required(
            "options",
            Type::Object(&ORDER_OPTIONS),
            "Document header and resolution options",
        ),
    ],
    open: false,
    rules: &[],
};

/// `sync.plan` params.
pub static PLAN_PARAMS: Schema = Schema {
    fields: &[
        Field::optional(
            "state",
            Type::Any,
            "The state of the previous sync (absent or null: the first)",
        ),
        Field::optional(
            "marketplace",
            Type::TEXT,
            "\"entegra\" or \"tedbul\"; required without a state",
        ),
        PRODUCTS,
        INVENTORY,
        Field::optional(
            "options",
            Type::Object(&SYNC_OPTIONS),
            "Mapping options, batch size, quota",
        ),
        LISTING,
    ],
    open: false,
    rules: &[],
};

/// `sync.apply` params.
pub static APPLY_PARAMS: Schema = Schema {
    fields: &[
        Field::required("state", Type::Any, "The current sync state"),
        Field::required(
            "request",
            Type::Object(&PLANNED_REQUEST),
            "One request of sync.plan, as planned",
        ),
        Field::optional("result", Type::Any, "The operation's result"),
        Field::optional(
            "error",
            Type::Any,
            "Or the error it ended with (its JSON: kind, message …)",
        ),
    ],
    open: false,
    rules: &[],
};
