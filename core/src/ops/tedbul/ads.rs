//! Tedbul ads (listings): create, update one or up to 100, delete, list, read.

use super::fields::{ACK, AD, COUNTS};
use super::rules::{not_blank, quantities_fit_stock};
use super::{parse, BULK_LIMIT, ID, MIN_STOCK, SHOW};
use crate::ops::{Method, Operation, Role};
use crate::schema::{DateWire, Field, MoneyWire, Problems, Schema, Type};
use crate::service::Service;
use crate::wire::Record;

const MONEY: Type = Type::Money(MoneyWire::Comma);
const QUANTITY: Type = Type::Int {
    min: Some(1),
    max: None,
};
const STOCK: Type = Type::Int {
    min: Some(MIN_STOCK),
    max: None,
};

/// The fields an ad carries on create and update, after the given head fields.
macro_rules! ad_fields {
    ($($head:expr),* $(,)?) => {
        &[
            $($head,)*
            Field::optional("expiration", Type::Date(DateWire::Iso), "Expiry date (miad) YYYY-MM-DD"),
            Field::required("stock", STOCK, "Stock, at least 3"),
            Field::required("price", MONEY, "Price; sent as \"10,50\""),
            Field::optional("psf", MONEY, "Market sale price (piyasa satış fiyatı)"),
            Field::optional("description", Type::Text { max_len: Some(255) }, "Description, at most 255 characters"),
            Field::optional("featured", Type::Choice(&[0, 1]), "Featured ad: 0 or 1"),
            Field::optional("minSellQty", QUANTITY, "Minimum sale quantity"),
            Field::optional("levelOfSales", QUANTITY, "Multiple (katlı) sale quantity"),
            Field::optional("specialcode", Type::TEXT, "Special code"),
            Field::optional("status", Type::Choice(&[1, 2]), "1 active, 2 passive (codes: ad_status)"),
        ]
    };
}

static AD_CREATE: Schema = Schema {
    fields: ad_fields!(
        Field::required(
            "productBarcode",
            Type::Code,
            "Product barcode (identifies the product; an unknown one is added to the catalogue)"
        ),
        Field::required("productName", Type::TEXT, "Product name"),
        Field::optional(
            "maxSellQty",
            QUANTITY,
            "Maximum sale quantity (createAds only: the update tables of seed 002 have none)"
        ),
    ),
    open: false,
    rules: &[quantities_fit_stock, names_not_blank],
};

static AD_UPDATE: Schema = Schema {
    fields: ad_fields!(
        Field::required("id", ID, "Ad id (adsId)"),
        Field::optional("productBarcode", Type::Code, "Product barcode"),
    ),
    open: false,
    rules: &[quantities_fit_stock],
};

static LIST_PARAMS: Schema = Schema {
    fields: &[
        Field::optional("page", Type::PAGE, "Page number, from 1"),
        Field::optional("show", SHOW, "Ads per page (default 50)"),
        Field::optional("adsStatus", Type::Choice(&[1, 2]), "1 active, 2 passive"),
    ],
    open: false,
    rules: &[],
};

static UPDATE_MANY_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "adsList",
        Type::List {
            item: &Type::Object(&AD_UPDATE),
            min: 1,
            max: Some(BULK_LIMIT),
        },
        "Ads to update, at most 100 per request",
    )],
    open: false,
    rules: &[],
};

static BY_ID: Schema = Schema {
    fields: &[Field::required("id", ID, "Ad id (adsId)")],
    open: false,
    rules: &[],
};

/// `tedbul.ads.create`: list a product for sale.
pub const CREATE: Operation = Operation {
    name: "tedbul.ads.create",
    service: Service::Tedbul,
    method: Method::Post,
    path: "api/ads/createAds",
    summary: crate::schema::doc("Create an ad for a product identified by its barcode"),
    params: &AD_CREATE,
    role: Role::Call,
    idempotent: false,
    paginated: false,
    result: &AD,
    example: crate::schema::doc(
        r#"{"productBarcode": "8690000000201", "productName": "Example cream", "stock": 10, "price": "12,50", "expiration": "2027-01-31"}"#,
    ),
    parse: parse::result,
};

/// `tedbul.ads.update`: change one ad (stock and price are always sent).
pub const UPDATE: Operation = Operation {
    name: "tedbul.ads.update",
    service: Service::Tedbul,
    method: Method::Put,
    path: "api/ads/updateAds",
    summary: crate::schema::doc("Update one ad: stock, price and any other ad field"),
    params: &AD_UPDATE,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &AD,
    example: crate::schema::doc(
        r#"{"id": 1111111111, "stock": 25, "price": "17,95", "expiration": "2027-06-30", "status": 1}"#,
    ),
    parse: parse::result,
};

/// `tedbul.ads.update_many`: update up to 100 ads in one request.
pub const UPDATE_MANY: Operation = Operation {
    name: "tedbul.ads.update_many",
    service: Service::Tedbul,
    method: Method::Put,
    path: "api/ads/multipleUpdateAds",
    summary: crate::schema::doc(
        "Update up to 100 ads at once; the result counts successes and errors",
    ),
    params: &UPDATE_MANY_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &COUNTS,
    example: crate::schema::doc(
        r#"{"adsList": [{"id": 1111111111, "stock": 20, "price": "17,45"}]}"#,
    ),
    parse: parse::counts,
};

/// `tedbul.ads.delete`: remove an ad (the id travels in a JSON body on DELETE).
pub const DELETE: Operation = Operation {
    name: "tedbul.ads.delete",
    service: Service::Tedbul,
    method: Method::Delete,
    path: "api/ads/deleteAds",
    summary: crate::schema::doc("Delete an ad by its id"),
    params: &BY_ID,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &ACK,
    example: crate::schema::doc(r#"{"id": 22222222222}"#),
    parse: parse::ack,
};

/// `tedbul.ads.list`: one page of the seller's ads.
pub const LIST: Operation = Operation {
    name: "tedbul.ads.list",
    service: Service::Tedbul,
    method: Method::Get,
    path: "api/ads/getAdsList",
    summary: crate::schema::doc("List ads, one page at a time, optionally by status"),
    params: &LIST_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &AD,
    example: crate::schema::doc(r#"{"page": 1, "show": 50}"#),
    parse: parse::page,
};

/// `tedbul.ads.get`: one ad by its id.
pub const GET: Operation = Operation {
    name: "tedbul.ads.get",
    service: Service::Tedbul,
    method: Method::Get,
    path: "api/ads/getAds/{id}",
    summary: crate::schema::doc("Read one ad by its id"),
    params: &BY_ID,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &AD,
    example: crate::schema::doc(r#"{"id": 1111111111}"#),
    parse: parse::data,
};

fn names_not_blank(ad: &Record, path: &str, problems: &mut Problems) {
    not_blank(ad, path, &["productBarcode", "productName"], problems);
}
