//! The parameter schemas of Entegra's product, picture, variation, stock and
//! price requests: the seed's "Zorunlu/Opsiyonel" tables as data.

use super::rules::{
    colour_spec_required, id_or_product_code, picture_is_base64, unique_price_codes,
    unique_product_codes,
};
use super::MONEY;
use crate::schema::{DefaultValue, Field, Schema, Type};

const PREFIX: DefaultValue = DefaultValue::Text("+");
/// Entegra's limit for the stock and price endpoints.
const MAX_BATCH: usize = 50;

/// A page number, 1 when absent.
pub(super) const PAGE: Field = Field::defaulted(
    "page",
    Type::PAGE,
    DefaultValue::Int(1),
    "Page number, from 1",
);

static VARIATION_SPEC: Schema = Schema {
    fields: &[
        Field::required(
            "name",
            Type::TEXT,
            "Spec name, e.g. \"Renk\" (colour) or \"Beden\" (size)",
        ),
        Field::required("value", Type::Any, "Spec value, e.g. \"Siyah\" or 40"),
    ],
    open: true,
    rules: &[],
};

static VARIATION_PICTURE: Schema = Schema {
    fields: &[Field::required("url", Type::TEXT, "Picture URL")],
    open: true,
    rules: &[],
};

/// One variant (Varyant Alanları): barcode, productCode and quantity required,
/// the prefixes default to "+", one spec must be the colour "Renk".
pub(super) static VARIATION: Schema = Schema {
    fields: &[
        Field::required("barcode", Type::Code, "Variant barcode"),
        Field::required("productCode", Type::Code, "Variant SKU"),
        Field::required("quantity", Type::COUNT, "Variant stock"),
        Field::optional("subtract", Type::INT, "Subtract stock on sale"),
        Field::optional("price", MONEY, "Price difference of the variant"),
        Field::defaulted(
            "price_prefix",
            Type::TEXT,
            PREFIX,
            "Sign of the price difference",
        ),
        Field::optional("points", Type::INT, "Points"),
        Field::defaulted("points_prefix", Type::TEXT, PREFIX, "Sign of the points"),
        Field::optional("weight", Type::INT, "Weight difference"),
        Field::defaulted(
            "weight_prefix",
            Type::TEXT,
            PREFIX,
            "Sign of the weight difference",
        ),
        Field::optional(
            "variation_specs",
            Type::List {
                item: &Type::Object(&VARIATION_SPEC),
                min: 0,
                max: None,
            },
            "Specs; one must be the colour \"Renk\"",
        ),
        Field::optional(
            "variation_pictures",
            Type::List {
                item: &Type::Object(&VARIATION_PICTURE),
                min: 0,
                max: None,
            },
            "Variant pictures",
        ),
    ],
    open: true,
    rules: &[colour_spec_required],
};

static PRODUCT: Schema = Schema {
    fields: with_price_fields!(
        Field::required("productCode", Type::Code, "Product SKU"),
        Field::required("productName", Type::TEXT, "Product name"),
        Field::optional("barcode", Type::Code, "Product barcode"),
        Field::optional("status", Type::INT, "1 active, 0 passive"),
        Field::optional("group", Type::INT, "Product group"),
        Field::optional("quantity", Type::COUNT, "Stock"),
        Field::optional("brand", Type::TEXT, "Brand (Marka)"),
        Field::optional(
            "supplier",
            Type::TEXT,
            "Integrator firm name; cannot be changed later"
        ),
        Field::optional(
            "supplier_id",
            Type::Code,
            "Unique code of the product at the integrator"
        ),
        Field::optional(
            "product_pictures",
            Type::List {
                item: &Type::Any,
                min: 0,
                max: None
            },
            "Product pictures"
        ),
        Field::optional(
            "variations",
            Type::List {
                item: &Type::Object(&VARIATION),
                min: 0,
                max: None
            },
            "Variants"
        ),
    ),
    open: true,
    rules: &[],
};

/// `entegra.products.list`.
pub(super) static PRODUCTS_LIST_PARAMS: Schema = Schema {
    fields: &[PAGE],
    open: false,
    rules: &[],
};

/// `entegra.products.create`.
pub(super) static PRODUCTS_CREATE_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "list",
        Type::List {
            item: &Type::Object(&PRODUCT),
            min: 1,
            max: None,
        },
        "Products to create",
    )],
    open: false,
    rules: &[],
};

static PRODUCT_UPDATE: Schema = Schema {
    fields: with_price_fields!(
        Field::optional(
            "id",
            Type::Int {
                min: Some(1),
                max: None
            },
            "Entegra's product id (this or productCode)"
        ),
        Field::optional("productCode", Type::Code, "Product SKU (this or id)"),
        Field::optional("quantity", Type::COUNT, "New stock"),
        Field::optional("status", Type::INT, "1 active, 0 passive"),
    ),
    open: true,
    rules: &[id_or_product_code],
};

/// `entegra.products.update`.
pub(super) static PRODUCTS_UPDATE_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "list",
        Type::List {
            item: &Type::Object(&PRODUCT_UPDATE),
            min: 1,
            max: None,
        },
        "Products to change, each named by id or productCode",
    )],
    open: false,
    rules: &[],
};

static PICTURE: Schema = Schema {
    fields: &[Field::required(
        "picture_byte",
        Type::TEXT,
        "The picture's bytes as base64 text (the bindings encode raw bytes)",
    )],
    open: false,
    rules: &[picture_is_base64],
};

static PICTURE_UPLOAD: Schema = Schema {
    fields: &[
        Field::required("productCode", Type::Code, "SKU of the product"),
        Field::required("name", Type::TEXT, "Picture name"),
        Field::required(
            "filename",
            Type::TEXT,
            "File name, e.g. \"front.jpg\" (the seed's \"file name\")",
        ),
        Field::required("supplier", Type::TEXT, "Integrator firm name"),
        Field::required(
            "supplier_id",
            Type::Code,
            "Unique code of the product at the integrator",
        ),
        Field::optional(
            "variation_productCode",
            Type::Code,
            "SKU of the variant the pictures belong to",
        ),
        Field::required(
            "picture",
            Type::List {
                item: &Type::Object(&PICTURE),
                min: 1,
                max: None,
            },
            "The pictures, each {picture_byte}",
        ),
    ],
    open: false,
    rules: &[],
};

/// `entegra.products.add_pictures`.
pub(super) static PRODUCTS_ADD_PICTURES_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "list",
        Type::List {
            item: &Type::Object(&PICTURE_UPLOAD),
            min: 1,
            max: None,
        },
        "Pictures to add, grouped by product",
    )],
    open: false,
    rules: &[],
};

const STORE_ID: Field = Field::optional(
    "store_id",
    Type::COUNT,
    "Entegra store id; absent: the main stock or price",
);

static QUANTITY_UPDATE: Schema = Schema {
    fields: &[
        Field::required("productCode", Type::Code, "SKU of a product or a variant"),
        Field::required("quantity", Type::COUNT, "New stock"),
        STORE_ID,
    ],
    open: false,
    rules: &[],
};

/// `entegra.products.update_quantity`.
pub(super) static PRODUCTS_UPDATE_QUANTITY_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "list",
        Type::List {
            item: &Type::Object(&QUANTITY_UPDATE),
            min: 1,
            max: Some(MAX_BATCH),
        },
        "Stocks to set, at most 50 a request",
    )],
    open: false,
    rules: &[unique_product_codes],
};

static PRICE: Schema = Schema {
    fields: &[
        Field::required(
            "priceCode",
            Type::Code,
            "Which price: a price field such as \"price1\" or \"trendyol_salePrice\"",
        ),
        Field::required("priceValue", MONEY, "The new price"),
        STORE_ID,
    ],
    open: false,
    rules: &[],
};

static PRICES_UPDATE: Schema = Schema {
    fields: &[
        Field::required("productCode", Type::Code, "SKU of a product or a variant"),
        Field::required(
            "prices",
            Type::List {
                item: &Type::Object(&PRICE),
                min: 1,
                max: None,
            },
            "The prices to set",
        ),
    ],
    open: false,
    rules: &[unique_price_codes],
};

/// `entegra.products.update_prices`.
pub(super) static PRODUCTS_UPDATE_PRICES_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "list",
        Type::List {
            item: &Type::Object(&PRICES_UPDATE),
            min: 1,
            max: Some(MAX_BATCH),
        },
        "Products and their new prices, at most 50 a request",
    )],
    open: false,
    rules: &[],
};
