//! The parameter and result schemas of the `map.*` and `sync.*` operations.

use crate::schema::{DateWire, DefaultValue, Field, MoneyWire, Schema, Type};

const MONEY: Type = Type::Money(MoneyWire::Dot);
const FLAG: Type = Type::Choice(&[0, 1]);
const TEXT_LIST: Type = Type::List {
    item: &Type::TEXT,
    min: 0,
    max: None,
};

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
        Field::optional("ColorDescription", Type::TEXT, "Colour name (the Renk spec)"),
        Field::optional("ItemDim1Code", Type::Code, "Size (the Beden spec)"),
        Field::optional("Barcode", Type::Code, "Variant barcode"),
    ],
    open: true,
    rules: &[],
};

static PRODUCT_ITEM: Type = Type::Object(&ERP_PRODUCT);

static ERP_PRODUCT: Schema = Schema {
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
        Field::optional("IsBlocked", FLAG, "Blocked items are passive on the marketplace"),
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
        Field::required("CustomerCode", Type::Code, "The ERP current account of the marketplace's sales"),
        Field::defaulted("ProcessCode", Type::TEXT, DefaultValue::Text("R"), "ERP process (R retail, WS wholesale …)"),
        Field::required("OfficeCode", Type::Code, "ERP office"),
        Field::required("WarehouseCode", Type::Code, "ERP warehouse"),
        Field::defaulted("DocCurrencyCode", Type::TEXT, DefaultValue::Text("TRY"), "Document currency"),
        Field::defaulted("variant_code_template", Type::TEXT,
            DefaultValue::Text("{ItemCode}-{ColorCode}-{ItemDim1Code}"),
            "Entegra: the template the variation productCodes were made with"),
        Field::defaulted("barcode_field", Type::TEXT, DefaultValue::Text("Barcode"),
            "Tedbul: the ERP field with the barcode of a product without variants"),
        Field::defaulted("prices_include_vat", FLAG, DefaultValue::Int(1),
            "Tedbul: 1 when line prices include VAT (it is removed with the line's rate)"),
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
        Field::required("options", Type::Object(&ORDER_OPTIONS), "Document header and resolution options"),
    ],
    open: false,
    rules: &[],
};

/// `sync.plan` params.
pub static PLAN_PARAMS: Schema = Schema {
    fields: &[
        Field::optional("state", Type::Any, "The state of the previous sync (absent or null: the first)"),
        Field::optional("marketplace", Type::TEXT, "\"entegra\" or \"tedbul\"; required without a state"),
        PRODUCTS,
        INVENTORY,
        Field::optional("options", Type::Object(&SYNC_OPTIONS), "Mapping options, batch size, quota"),
        LISTING,
    ],
    open: false,
    rules: &[],
};

static PLANNED_REQUEST: Schema = Schema {
    fields: &[
        Field::required("op", Type::TEXT, "The operation to call"),
        Field::optional("params", Type::Any, "Its params"),
        Field::required("keys", TEXT_LIST, "The item keys it carries"),
        Field::required("set", Type::Any, "What each key's item becomes once acknowledged"),
    ],
    open: false,
    rules: &[],
};

/// `sync.apply` params.
pub static APPLY_PARAMS: Schema = Schema {
    fields: &[
        Field::required("state", Type::Any, "The current sync state"),
        Field::required("request", Type::Object(&PLANNED_REQUEST), "One request of sync.plan, as planned"),
        Field::optional("result", Type::Any, "The operation's result"),
        Field::optional("error", Type::Any, "Or the error it ended with (its JSON: kind, message …)"),
    ],
    open: false,
    rules: &[],
};

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

const ANY_LIST: Type = Type::List {
    item: &Type::Any,
    min: 0,
    max: None,
};

/// `map.entegra.products` result.
pub static ENTEGRA_PRODUCTS_RESULT: Schema = Schema {
    fields: &[
        Field::required("list", ANY_LIST, "entegra.products.create items (send at most 50 per request)"),
        SKIPPED,
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
    ],
    open: false,
    rules: &[],
};

/// `map.tedbul.ads` result.
pub static TEDBUL_ADS_RESULT: Schema = Schema {
    fields: &[
        Field::required("create", ANY_LIST, "tedbul.ads.create params, one request each"),
        Field::required("update", ANY_LIST, "tedbul.ads.update_many items (with id) of listed ads"),
        Field::required("deactivate", ANY_LIST, "tedbul.ads.update_many items making listed ads passive (status 2)"),
        SKIPPED,
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
        Field::required("Price", MONEY, "Unit price before discount, without VAT"),
        Field::required("DiscountAmount", MONEY, "The line's discount, without VAT"),
        Field::required("NetAmount", MONEY, "Line total after discount, without VAT"),
        Field::required("VatRate", Type::COUNT, "VAT rate in percent (null when unknown)"),
    ],
    open: false,
    rules: &[],
};

static ERP_DOCUMENT: Schema = Schema {
    fields: &[
        Field::required("OrderNumber", Type::TEXT, "The marketplace's order number"),
        Field::required("OrderDate", Type::Date(DateWire::Iso), "Order date"),
        Field::required("DocumentNumber", Type::TEXT, "The marketplace's order number"),
        Field::required("CustomerCode", Type::TEXT, "From the options"),
        Field::required("ProcessCode", Type::TEXT, "From the options"),
        Field::required("OfficeCode", Type::TEXT, "From the options"),
        Field::required("WarehouseCode", Type::TEXT, "From the options"),
        Field::required("DocCurrencyCode", Type::TEXT, "From the options"),
        Field::required("Description", Type::TEXT, "Marketplace, order number and id"),
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
        Field::required("line", Type::COUNT, "The line's index (null: the order itself)"),
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
        Field::required("deferred", Type::COUNT, "Requests left for a later run by the quota"),
        Field::required("in_doubt", TEXT_LIST, "Keys whose creation may have happened: pass the listing to settle them"),
        Field::required("listing_needed", Type::Any, "true when in_doubt is not empty"),
        SKIPPED,
        Field::required("state", Type::Any, "The state to persist before sending (creations marked pending)"),
    ],
    open: false,
    rules: &[],
};

/// `sync.apply` result.
pub static APPLY_RESULT: Schema = Schema {
    fields: &[
        Field::required("state", Type::Any, "The new state, to persist"),
        Field::required("confirmed", TEXT_LIST, "Keys the marketplace acknowledged"),
        Field::required("unconfirmed", TEXT_LIST, "Keys it did not; the next plan sends them again"),
    ],
    open: false,
    rules: &[],
};
