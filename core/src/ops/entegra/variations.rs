//! Entegra variation operations: adding variants to a product and changing them.

use super::parse::parse_passthrough;
use super::product_schemas::VARIATION;
use super::results::{VARIATIONS_CREATED, VARIATIONS_UPDATED};
use super::MONEY;
use crate::ops::{Method, Operation, Role};
use crate::schema::{Field, Schema, Type};
use crate::service::Service;

static NEW_VARIATIONS: Schema = Schema {
    fields: &[
        Field::required("productCode", Type::Code, "SKU of the main product"),
        Field::required(
            "variations",
            Type::List {
                item: &Type::Object(&VARIATION),
                min: 1,
                max: None,
            },
            "The variants to add",
        ),
    ],
    open: false,
    rules: &[],
};

static VARIATIONS_CREATE_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "list",
        Type::List {
            item: &Type::Object(&NEW_VARIATIONS),
            min: 1,
            max: None,
        },
        "Products and the variants to add to each",
    )],
    open: false,
    rules: &[],
};

static VARIATION_UPDATE: Schema = Schema {
    fields: &[
        Field::required("productCode", Type::Code, "Variant SKU"),
        Field::required("mainProductCode", Type::Code, "SKU of the main product"),
        Field::optional("quantity", Type::COUNT, "New stock"),
        Field::optional(
            "price",
            MONEY,
            "New `price` of the variant: its difference to the main price, signed by price_prefix",
        ),
    ],
    open: false,
    rules: &[],
};

static VARIATIONS_UPDATE_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "list",
        Type::List {
            item: &Type::Object(&VARIATION_UPDATE),
            min: 1,
            max: None,
        },
        "Variants to change",
    )],
    open: false,
    rules: &[],
};

/// `entegra.variations.create`: add variants to existing products.
pub const VARIATIONS_CREATE: Operation = Operation {
    name: "entegra.variations.create",
    service: Service::Entegra,
    method: Method::Post,
    path: "/product/variations/",
    summary: crate::schema::doc(
        "Add variants (with the colour spec \"Renk\") to existing products",
    ),
    params: &VARIATIONS_CREATE_PARAMS,
    role: Role::Call,
    idempotent: false,
    paginated: false,
    result: &VARIATIONS_CREATED,
    example: crate::schema::doc(
        r#"{"list": [{"productCode": "w-1-1253", "variations": [{"barcode": "8690000000201", "productCode": "w-1-1258-s", "quantity": 3, "variation_specs": [{"name": "Renk", "value": "Siyah"}, {"name": "Beden", "value": "42"}]}]}]}"#,
    ),
    parse: parse_passthrough,
};

/// `entegra.variations.update`: set the stock or price of variants.
pub const VARIATIONS_UPDATE: Operation = Operation {
    name: "entegra.variations.update",
    service: Service::Entegra,
    method: Method::Put,
    path: "/product/variations/",
    summary: crate::schema::doc(
        "Set the stock or price of variants, each named with its main product",
    ),
    params: &VARIATIONS_UPDATE_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &VARIATIONS_UPDATED,
    example: crate::schema::doc(
        r#"{"list": [{"productCode": "w-1-1258-x", "mainProductCode": "w-1-1253", "quantity": 5, "price": "2.50"}]}"#,
    ),
    parse: parse_passthrough,
};
