//! Entegra product operations: list, create, update, pictures, stock and prices.

use super::parse::{parse_passthrough, parse_products_page};
use super::product_schemas::{
    PRODUCTS_ADD_PICTURES_PARAMS, PRODUCTS_CREATE_PARAMS, PRODUCTS_LIST_PARAMS,
    PRODUCTS_UPDATE_PARAMS, PRODUCTS_UPDATE_PRICES_PARAMS, PRODUCTS_UPDATE_QUANTITY_PARAMS,
};
use super::results::{
    PICTURES_CREATED, PRICES_UPDATED, PRODUCT, PRODUCTS_CREATED, PRODUCTS_UPDATED,
    QUANTITIES_UPDATED,
};
use crate::ops::{Method, Operation, Role};
use crate::service::Service;

/// `entegra.products.list`: one page of products.
pub const PRODUCTS_LIST: Operation = Operation {
    name: "entegra.products.list",
    service: Service::Entegra,
    method: Method::Get,
    path: "/product/page={page}/",
    summary: crate::schema::doc("List products, one page at a time"),
    params: &PRODUCTS_LIST_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &PRODUCT,
    example: crate::schema::doc(r#"{"page": 1}"#),
    parse: parse_products_page,
};

/// `entegra.products.create`: create products (with variations).
pub const PRODUCTS_CREATE: Operation = Operation {
    name: "entegra.products.create",
    service: Service::Entegra,
    method: Method::Post,
    path: "/product/",
    summary: crate::schema::doc("Create products, with their variations"),
    params: &PRODUCTS_CREATE_PARAMS,
    role: Role::Call,
    idempotent: false,
    paginated: false,
    result: &PRODUCTS_CREATED,
    example: crate::schema::doc(
        r#"{"list": [{"productCode": "EX-1", "productName": "Example mug", "barcode": "8690000000101", "price1": "99.90", "quantity": 5, "variations": [{"barcode": "8690000000102", "productCode": "EX-1-RED", "quantity": 5, "variation_specs": [{"name": "Renk", "value": "Kırmızı"}]}]}]}"#,
    ),
    parse: parse_passthrough,
};

/// `entegra.products.update`: set the stock, status or prices of products.
pub const PRODUCTS_UPDATE: Operation = Operation {
    name: "entegra.products.update",
    service: Service::Entegra,
    method: Method::Put,
    path: "/product/",
    summary: crate::schema::doc(
        "Set the stock, status or prices of products named by id or productCode",
    ),
    params: &PRODUCTS_UPDATE_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &PRODUCTS_UPDATED,
    example: crate::schema::doc(
        r#"{"list": [{"productCode": "w-1-1259", "quantity": 20, "price1": "14.90", "trendyol_salePrice": "15.90"}]}"#,
    ),
    parse: parse_passthrough,
};

/// `entegra.products.add_pictures`: upload pictures (base64) to products or variants.
pub const PRODUCTS_ADD_PICTURES: Operation = Operation {
    name: "entegra.products.add_pictures",
    service: Service::Entegra,
    method: Method::Post,
    path: "/product/pictures/",
    summary: crate::schema::doc(
        "Add pictures, given as base64 bytes, to a product or one of its variants",
    ),
    params: &PRODUCTS_ADD_PICTURES_PARAMS,
    role: Role::Call,
    idempotent: false,
    paginated: false,
    result: &PICTURES_CREATED,
    example: crate::schema::doc(
        r#"{"list": [{"productCode": "w-1-1259", "name": "front", "filename": "front.png", "supplier": "Entegra Bilisim", "supplier_id": "w-1-1259", "variation_productCode": "w-1-1259-m", "picture": [{"picture_byte": "iVBORw0KGgo="}]}]}"#,
    ),
    parse: parse_passthrough,
};

/// `entegra.products.update_quantity`: set stocks, at most 50 a request.
pub const PRODUCTS_UPDATE_QUANTITY: Operation = Operation {
    name: "entegra.products.update_quantity",
    service: Service::Entegra,
    method: Method::Put,
    path: "/product/quantity/",
    summary: crate::schema::doc(
        "Set the stock of products or variants by SKU, optionally per store (at most 50)",
    ),
    params: &PRODUCTS_UPDATE_QUANTITY_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &QUANTITIES_UPDATED,
    example: crate::schema::doc(
        r#"{"list": [{"productCode": "w-1-1259-m", "quantity": 7}, {"productCode": "w-1-1253", "quantity": 4, "store_id": 2}]}"#,
    ),
    parse: parse_passthrough,
};

/// `entegra.products.update_prices`: set prices, at most 50 products a request.
pub const PRODUCTS_UPDATE_PRICES: Operation = Operation {
    name: "entegra.products.update_prices",
    service: Service::Entegra,
    method: Method::Put,
    path: "/product/prices/",
    summary: crate::schema::doc(
        "Set named prices of products or variants by SKU, optionally per store (at most 50)",
    ),
    params: &PRODUCTS_UPDATE_PRICES_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &PRICES_UPDATED,
    example: crate::schema::doc(
        r#"{"list": [{"productCode": "w-1-1259", "prices": [{"priceCode": "price1", "priceValue": "13.90"}, {"priceCode": "trendyol_salePrice", "priceValue": "15.90"}]}]}"#,
    ),
    parse: parse_passthrough,
};
