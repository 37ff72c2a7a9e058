//! Entegra's catalogue lists: categories and brands.

use super::parse::{parse_brands_page, parse_categories_page};
use super::product_schemas::PAGE;
use super::results::{BRAND, CATEGORY};
use crate::ops::{Method, Operation, Role};
use crate::schema::Schema;
use crate::service::Service;

static PAGE_PARAMS: Schema = Schema {
    fields: &[PAGE],
    open: false,
    rules: &[],
};

/// `entegra.categories.list`: one page of categories.
pub const CATEGORIES_LIST: Operation = Operation {
    name: "entegra.categories.list",
    service: Service::Entegra,
    method: Method::Get,
    path: "/category/page={page}/",
    summary: crate::schema::doc("List product categories, one page at a time"),
    params: &PAGE_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &CATEGORY,
    example: crate::schema::doc(r#"{"page": 1}"#),
    parse: parse_categories_page,
};

/// `entegra.brands.list`: one page of brands.
pub const BRANDS_LIST: Operation = Operation {
    name: "entegra.brands.list",
    service: Service::Entegra,
    method: Method::Get,
    path: "/product/brand/page={page}/",
    summary: crate::schema::doc("List brands, one page at a time"),
    params: &PAGE_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &BRAND,
    example: crate::schema::doc(r#"{"page": 1}"#),
    parse: parse_brands_page,
};
