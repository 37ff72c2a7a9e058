//! The result schemas of Entegra's operations: what the records of a page
//! hold, and what a write answers (what was done, what was refused and why).

use super::MONEY;
use crate::schema::{DateWire, Field, Schema, Type};

const ID: Type = Type::Code;
const TEXT: Type = Type::TEXT;

/// A list of objects of one schema.
macro_rules! list_of {
    ($schema:expr) => {
        Type::List {
            item: &Type::Object($schema),
            min: 0,
            max: None,
        }
    };
}

static SPEC: Schema = Schema {
    fields: &[
        Field::required("name", TEXT, "Spec name, e.g. \"Renk\" or \"Beden\""),
        Field::required("value", Type::Any, "Spec value"),
    ],
    open: true,
    rules: &[],
};

static PICTURE: Schema = Schema {
    fields: &[
        Field::optional("picture", TEXT, "Picture URL (the list's `pictures`)"),
        Field::optional(
            "url",
            TEXT,
            "Picture URL (a variant's `variation_pictures`)",
        ),
        Field::optional("id", ID, "Picture id (pictures added through the API)"),
        Field::optional("name", TEXT, "Picture name"),
        Field::optional("filename", TEXT, "File name"),
    ],
    open: true,
    rules: &[],
};

/// Dimensions and weight, which Entegra (Django decimals) prints as `"0.50"`.
macro_rules! with_measures {
    ($($head:expr),* $(,)?) => {
        with_price_fields!(
            $($head,)*
            Field::optional("desi", Type::Decimal, "Volumetric weight (desi)"),
            Field::optional("weight", Type::Decimal, "Weight"),
            Field::optional("height", Type::Decimal, "Height"),
            Field::optional("width", Type::Decimal, "Width"),
            Field::optional("depth", Type::Decimal, "Depth"),
        )
    };
}

static VARIATION: Schema = Schema {
    fields: with_measures!(
        Field::optional("id", ID, "Entegra's variant id"),
        Field::required("productCode", ID, "Variant SKU"),
        Field::optional("barcode", ID, "Variant barcode"),
        Field::optional("gtin", ID, "GTIN"),
        Field::optional("quantity", Type::COUNT, "Stock"),
        Field::optional("quantity2", Type::INT, "Second stock"),
        Field::optional("price", MONEY, "Price difference to the main product"),
        Field::optional("price_prefix", TEXT, "Sign of the price difference"),
        Field::optional("subtract", Type::INT, "Subtract stock on sale"),
        Field::optional("points", Type::INT, "Points"),
        Field::optional("hb_sku", ID, "Hepsiburada SKU"),
        Field::optional("hb_st_sku", ID, "Hepsiburada merchant SKU"),
        Field::optional("itemdim1code", ID, "ERP size code (Nebim's ItemDim1Code)"),
        Field::optional("itemdim2code", ID, "ERP second dimension code"),
        Field::optional(
            "variationSpec",
            list_of!(&SPEC),
            "Specs (Renk, Beden, …) as the list sends them"
        ),
        Field::optional(
            "variation_specs",
            list_of!(&SPEC),
            "Specs in the create payload's spelling"
        ),
        Field::optional("variation_pictures", list_of!(&PICTURE), "Variant pictures"),
    ),
    open: true,
    rules: &[],
};

/// A product of `entegra.products.list`, as the live list sends it (every
/// scalar a string, research §1.4).
pub(super) static PRODUCT: Schema = Schema {
    fields: with_measures!(
        Field::required("id", ID, "Entegra's product id (text)"),
        Field::required("productCode", ID, "Product SKU"),
        Field::optional("name", TEXT, "Product name"),
        Field::optional(
            "productName",
            TEXT,
            "Product name in the create payload's spelling"
        ),
        Field::optional("description", TEXT, "Description"),
        Field::optional("product_type", TEXT, "Product type"),
        Field::optional("barcode", ID, "Product barcode"),
        Field::optional("gtin", ID, "GTIN"),
        Field::optional("mpn", ID, "Manufacturer part number"),
        Field::optional("hb_sku", ID, "Hepsiburada SKU"),
        Field::optional("status", Type::INT, "1 active, 0 passive"),
        Field::optional("send_api", Type::INT, "Sent to the marketplaces"),
        Field::optional("group", Type::INT, "Product group (category id)"),
        Field::optional("quantity", Type::COUNT, "Stock"),
        Field::optional("quantity2", Type::INT, "Second stock"),
        Field::optional("quantity2_enable", Type::INT, "Second stock in use"),
        Field::optional("critical_stock", Type::INT, "Critical stock level"),
        Field::optional("critical_stock_enable", Type::INT, "Critical stock in use"),
        Field::optional("currencyType", TEXT, "Currency, e.g. TRL"),
        Field::optional("kdv_id", Type::INT, "VAT rate (percent)"),
        Field::optional("buying_price", MONEY, "Buying price"),
        Field::optional("miad", TEXT, "Shelf life"),
        Field::optional("brand", TEXT, "Brand"),
        Field::optional("supplier", TEXT, "Integrator firm name"),
        Field::optional("supplier_id", ID, "Unique code at the integrator"),
        Field::optional(
            "date_add",
            Type::Date(DateWire::Iso),
            "When it was added: ISO date, with the time when the service gives one"
        ),
        Field::optional(
            "date_change",
            Type::Date(DateWire::Iso),
            "Last change: ISO date, with the time when given"
        ),
        Field::optional(
            "pictures",
            list_of!(&PICTURE),
            "Product pictures (`picture` URLs)"
        ),
        Field::optional(
            "product_pictures",
            list_of!(&PICTURE),
            "Product pictures in the create payload's spelling"
        ),
        Field::optional(
            "variations",
            list_of!(&VARIATION),
            "Variants (the service's misspelt `variatios`)"
        ),
    ),
    open: true,
    rules: &[],
};

static ORDER_LINE: Schema = Schema {
    fields: &[
        Field::optional("order_product_id", ID, "Entegra's line id"),
        Field::optional("order_id", ID, "Entegra's order id"),
        Field::optional("product_id", ID, "Entegra's product id"),
        Field::optional("name", TEXT, "Product name"),
        Field::optional("model", ID, "SKU of the product or variant"),
        Field::optional("store_stock_code", ID, "The stock code at the marketplace"),
        Field::optional("barcode", ID, "Barcode"),
        Field::optional("product_code", ID, "SKU in the create payload's spelling"),
        Field::optional("quantity", Type::COUNT, "Quantity"),
        Field::optional("price", MONEY, "Unit price paid"),
        Field::optional("first_price", MONEY, "Unit price before the discount"),
        Field::optional("buying_price", MONEY, "Buying price"),
        Field::optional("total", MONEY, "Line total"),
        Field::optional("tax", MONEY, "VAT amount of the line"),
        Field::optional("tax_id", Type::INT, "VAT rate (percent)"),
        Field::optional("commission", MONEY, "Marketplace commission"),
        Field::optional("status", Type::INT, "Line status"),
        Field::optional("currencyType", TEXT, "Currency, e.g. TRL"),
        Field::optional("priceIncludedTax", Type::INT, "1 when `price` includes VAT"),
    ],
    open: true,
    rules: &[],
};

/// An order of `entegra.orders.list`, as the live list sends it (research §1.4).
pub(super) static ORDER: Schema = Schema {
    fields: &[
        Field::required("id", ID, "Entegra's order id (text)"),
        Field::optional("no", ID, "Entegra's internal reference"),
        Field::optional("order_number", ID, "The marketplace's order number"),
        Field::optional("order_prefix", TEXT, "Order number prefix"),
        Field::optional(
            "order_id",
            ID,
            "The order's number at its source (create shape)",
        ),
        Field::optional("entegration", TEXT, "The marketplace it came from"),
        Field::optional("supplier", TEXT, "Where the order comes from"),
        Field::optional("status", Type::INT, "Status (the order_status code table)"),
        Field::optional(
            "sync",
            Type::INT,
            "0 until acknowledged with orders.update_erp",
        ),
        Field::optional("api_sync", Type::INT, "0 until fetched through the API"),
        Field::optional(
            "datetime",
            Type::Date(DateWire::Iso),
            "Order date, ISO (with the time when given)",
        ),
        Field::optional(
            "order_date",
            Type::Date(DateWire::Iso),
            "Order date in the create payload's spelling",
        ),
        Field::optional(
            "date_add",
            Type::Date(DateWire::Iso),
            "When Entegra received it",
        ),
        Field::optional("date_change", Type::Date(DateWire::Iso), "Last change"),
        Field::optional("customer_id", ID, "Customer id"),
        Field::optional("company", TEXT, "Customer's company"),
        Field::optional("firstname", TEXT, "Customer's first name"),
        Field::optional("lastname", TEXT, "Customer's last name"),
        Field::optional("full_name", TEXT, "Customer's full name (create shape)"),
        Field::optional("email", TEXT, "Customer's e-mail"),
        Field::optional("mobil_phone", ID, "Mobile phone (the service's spelling)"),
        Field::optional("mobile_phone", ID, "Mobile phone (create shape)"),
        Field::optional("telephone", ID, "Phone"),
        Field::optional("invoice_fullname", TEXT, "Name on the invoice"),
        Field::optional("invoice_address", TEXT, "Invoice address"),
        Field::optional("invoice_city", TEXT, "Invoice city"),
        Field::optional("invoice_district", TEXT, "Invoice district"),
        Field::optional("invoice_postcode", ID, "Invoice post code (text)"),
        Field::optional("ship_fullname", TEXT, "Recipient's name"),
        Field::optional("ship_address", TEXT, "Shipping address"),
        Field::optional("ship_city", TEXT, "Shipping city"),
        Field::optional("ship_district", TEXT, "Shipping district"),
        Field::optional("ship_postcode", ID, "Shipping post code (text)"),
        Field::optional("tc_id", ID, "Turkish identity number"),
        Field::optional("tax_office", TEXT, "Tax office"),
        Field::optional("tax_number", ID, "Tax number"),
        Field::optional("total", MONEY, "Order total"),
        Field::optional("discount", MONEY, "Discount on the whole order"),
        Field::optional("tax", MONEY, "VAT of the order"),
        Field::optional("grand_total", MONEY, "Total paid"),
        Field::optional("currencyType", TEXT, "Currency, e.g. TRL"),
        Field::optional("cargo_company", TEXT, "Cargo company"),
        Field::optional("cargo_code", TEXT, "Shipment code"),
        Field::optional("cargo_code2", TEXT, "Second shipment code"),
        Field::optional("cargo_follow_url", TEXT, "Tracking URL"),
        Field::optional("paymentType", TEXT, "Payment type"),
        Field::optional("installment", Type::COUNT, "Installments"),
        Field::optional("store_id", ID, "Store id"),
        Field::optional(
            "erp_order_number",
            TEXT,
            "The ERP's order number, once acknowledged",
        ),
        Field::optional("order_product", list_of!(&ORDER_LINE), "The order lines"),
    ],
    open: true,
    rules: &[],
};

/// A category of `entegra.categories.list`.
pub(super) static CATEGORY: Schema = Schema {
    fields: &[
        Field::required("id", ID, "Category id (text)"),
        Field::required("name", TEXT, "Category name"),
        Field::optional("parent_id", ID, "Parent category id; \"0\" at the top"),
        Field::optional("status", Type::INT, "1 active, 0 passive"),
        Field::optional("sort_order", Type::INT, "Position among its siblings"),
        Field::optional("description", TEXT, "Description"),
    ],
    open: true,
    rules: &[],
};

/// A brand of `entegra.brands.list`.
pub(super) static BRAND: Schema = Schema {
    fields: &[
        Field::required("id", ID, "Brand id (text)"),
        Field::required("name", TEXT, "Brand name"),
        Field::optional("status", Type::INT, "1 active, 0 passive"),
    ],
    open: true,
    rules: &[],
};

static CODE_ENTRY: Schema = Schema {
    fields: &[
        Field::required("code", Type::Any, "The vendor's code"),
        Field::required("name", TEXT, "The enum variant's name"),
        Field::required("label", TEXT, "The Turkish label"),
    ],
    open: false,
    rules: &[],
};

static CODE_TABLE: Schema = Schema {
    fields: &[
        Field::required("doc", TEXT, "What the codes mean"),
        Field::required(
            "entries",
            list_of!(&CODE_ENTRY),
            "The rows, in the vendor's order",
        ),
    ],
    open: false,
    rules: &[],
};

/// The result of `entegra.codes.list`.
pub(super) static CODE_TABLES: Schema = Schema {
    fields: &[
        Field::required(
            "order_status",
            Type::Object(&CODE_TABLE),
            "Order status 1–13",
        ),
        Field::required(
            "cargo_fee_type",
            Type::Object(&CODE_TABLE),
            "Who pays the cargo, 1–9",
        ),
        Field::required(
            "cargo_company",
            Type::Object(&CODE_TABLE),
            "Cargo companies 1–30",
        ),
    ],
    open: false,
    rules: &[],
};

static REFUSED: Schema = Schema {
    fields: &[
        Field::optional("id", ID, "The refused record's id, when it was named by id"),
        Field::optional("productCode", ID, "The refused product's or variant's SKU"),
        Field::optional("mainProductCode", ID, "Its main product's SKU"),
        Field::optional("priceCode", ID, "The refused price code"),
        Field::optional("order_id", ID, "The refused order's number"),
        Field::required("message", TEXT, "Why it was refused"),
    ],
    open: true,
    rules: &[],
};

/// A write's answer: the records done under `$key` (each `$item`) and the refused ones.
macro_rules! write_result {
    ($(#[doc = $doc:literal])* $name:ident, $key:literal, $item:ident, $what:literal) => {
        $(#[doc = $doc])*
        pub(super) static $name: Schema = Schema {
            fields: &[
                Field::required($key, list_of!(&$item), $what),
                Field::required("errors", list_of!(&REFUSED), "The items refused, each with the reason"),
            ],
            open: true,
            rules: &[],
        };
    };
}

static PRODUCT_DONE: Schema = Schema {
    fields: &[
        Field::required("id", ID, "Entegra's product id"),
        Field::required("productCode", ID, "Product SKU"),
    ],
    open: true,
    rules: &[],
};

static PICTURE_DONE: Schema = Schema {
    fields: &[
        Field::required("id", ID, "The picture's id"),
        Field::required("productCode", ID, "Product SKU"),
        Field::optional(
            "variation_productCode",
            ID,
            "Variant SKU, when added to a variant",
        ),
        Field::required("filename", TEXT, "File name"),
    ],
    open: true,
    rules: &[],
};

static STOCK_DONE: Schema = Schema {
    fields: &[
        Field::required("productCode", ID, "SKU of the product or variant"),
        Field::required("quantity", Type::COUNT, "The stock now"),
        Field::optional("store_id", ID, "The store, when one was named"),
    ],
    open: true,
    rules: &[],
};

static PRICE_DONE: Schema = Schema {
    fields: &[
        Field::required("productCode", ID, "SKU of the product or variant"),
        Field::required("priceCode", ID, "The price set"),
        Field::required("priceValue", MONEY, "Its value now"),
        Field::optional("store_id", ID, "The store, when one was named"),
    ],
    open: true,
    rules: &[],
};

static VARIATION_DONE: Schema = Schema {
    fields: &[
        Field::optional("id", ID, "Entegra's variant id"),
        Field::required("productCode", ID, "Variant SKU"),
        Field::required("mainProductCode", ID, "Main product's SKU"),
    ],
    open: true,
    rules: &[],
};

static ORDER_CREATED: Schema = Schema {
    fields: &[
        Field::required("id", ID, "Entegra's order id"),
        Field::required("order_id", ID, "The order's number at its source"),
    ],
    open: true,
    rules: &[],
};

static ORDER_DONE: Schema = Schema {
    fields: &[Field::required("id", ID, "Entegra's order id")],
    open: true,
    rules: &[],
};

write_result!(
    /// The answer of `entegra.products.create`.
    PRODUCTS_CREATED, "created", PRODUCT_DONE, "The products created"
);
write_result!(
    /// The answer of `entegra.products.update`.
    PRODUCTS_UPDATED, "updated", PRODUCT_DONE, "The products changed"
);
write_result!(
    /// The answer of `entegra.products.add_pictures`.
    PICTURES_CREATED, "created", PICTURE_DONE, "The pictures added"
);
write_result!(
    /// The answer of `entegra.products.update_quantity`.
    QUANTITIES_UPDATED, "updated", STOCK_DONE, "The stocks set"
);
write_result!(
    /// The answer of `entegra.products.update_prices`.
    PRICES_UPDATED, "updated", PRICE_DONE, "The prices set, one entry per price"
);
write_result!(
    /// The answer of `entegra.variations.create`.
    VARIATIONS_CREATED, "created", VARIATION_DONE, "The variants added"
);
write_result!(
    /// The answer of `entegra.variations.update`.
    VARIATIONS_UPDATED, "updated", VARIATION_DONE, "The variants changed"
);
write_result!(
    /// The answer of `entegra.orders.create`.
    ORDERS_CREATED, "created", ORDER_CREATED, "The orders created"
);
write_result!(
    /// The answer of `entegra.orders.update` and `entegra.orders.update_erp`.
    ORDERS_UPDATED, "updated", ORDER_DONE, "The orders changed"
);
