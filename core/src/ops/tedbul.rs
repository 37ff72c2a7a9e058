//! Tedbul operations (seed 002): bearer-token auth and ads (listings).

use super::normalize::{count, normalize};
use super::{page_param, page_result, KeyKinds, Method, Operation, ParseContext, Role, NO_FIELDS};
use crate::error::Error;
use crate::schema::{child_path, integer, DateWire, Field, MoneyWire, Problems, Schema, Type};
use crate::service::Service;
use serde_json::{Map, Value};

/// Tedbul's result keys by kind.
pub(super) static RESULT_KEYS: KeyKinds = KeyKinds {
    money: &[
        "orderPrice",
        "orderRefundPrice",
        "orderTotalPrice",
        "orderProductPrice",
        "orderApprovedPrice",
    ],
    integer: &[
        "status",
        "stock",
        "minSellQty",
        "maxSellQty",
        "levelOfSales",
        "featured",
        "total",
        "successCount",
        "errorCount",
        "orderStatus",
        "orderQty",
        "orderApprovedQty",
        "orderProductVAT",
        "orderCargoDesi",
    ],
    id: &["adsId", "productId", "orderId", "orderProductId", "penId"],
    date: &["orderDate", "expiration"],
};

/// Tedbul's default page size (`show`).
const DEFAULT_SHOW: u64 = 50;
/// Tedbul's smallest stock for an ad.
pub const MIN_STOCK: i64 = 3;
const MONEY: Type = Type::Money(MoneyWire::Comma);
const QUANTITY: Type = Type::Int {
    min: Some(1),
    max: None,
};
const STOCK: Type = Type::Int {
    min: Some(MIN_STOCK),
    max: None,
};

static NO_PARAMS: Schema = Schema {
    fields: &[],
    open: false,
    rules: &[],
};

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
            Field::optional("maxSellQty", QUANTITY, "Maximum sale quantity"),
            Field::optional("levelOfSales", QUANTITY, "Multiple (katlı) sale quantity"),
            Field::optional("specialcode", Type::TEXT, "Special code"),
            Field::optional("status", Type::Choice(&[1, 2]), "1 active, 2 passive"),
        ]
    };
}

static AD_CREATE: Schema = Schema {
    fields: ad_fields!(
        Field::required(
            "productBarcode",
            Type::Code,
            "Product barcode (identifies the product)"
        ),
        Field::required("productName", Type::TEXT, "Product name"),
    ),
    open: false,
    rules: &[quantities_fit_stock],
};

static AD_UPDATE: Schema = Schema {
    fields: ad_fields!(
        Field::required(
            "id",
            Type::Int {
                min: Some(1),
                max: None
            },
            "Ad id"
        ),
        Field::optional("productBarcode", Type::Code, "Product barcode"),
    ),
    open: false,
    rules: &[quantities_fit_stock],
};

static ADS_LIST_PARAMS: Schema = Schema {
    fields: &[
        Field::optional("page", Type::PAGE, "Page number, from 1"),
        Field::optional(
            "show",
            Type::Int {
                min: Some(1),
                max: Some(500),
            },
            "Ads per page (default 50)",
        ),
        Field::optional("adsStatus", Type::Choice(&[1, 2]), "1 active, 2 passive"),
    ],
    open: false,
    rules: &[],
};

static ADS_UPDATE_MANY_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "adsList",
        Type::List {
            item: &Type::Object(&AD_UPDATE),
            min: 1,
            max: Some(100),
        },
        "Ads to update, at most 100 per request",
    )],
    open: false,
    rules: &[],
};

/// `tedbul.auth.login`: a 3-hour bearer token from username, password and secret key.
pub const AUTH_LOGIN: Operation = Operation {
    name: "tedbul.auth.login",
    service: Service::Tedbul,
    method: Method::Post,
    path: "api/auth",
    summary: "Log in with username, password and secret key (done for you when needed)",
    params: &NO_PARAMS,
    role: Role::Login,
    idempotent: true,
    paginated: false,
    result: &NO_FIELDS,
    example: r#"{}"#,
    parse: parse_result,
};

/// `tedbul.ads.list`: one page of the seller's ads.
pub const ADS_LIST: Operation = Operation {
    name: "tedbul.ads.list",
    service: Service::Tedbul,
    method: Method::Get,
    path: "api/ads/getAdsList",
    summary: "List ads, one page at a time, optionally by status",
    params: &ADS_LIST_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &NO_FIELDS,
    example: r#"{"page": 1, "show": 50}"#,
    parse: parse_ads_page,
};

/// `tedbul.ads.create`: list a product for sale.
pub const ADS_CREATE: Operation = Operation {
    name: "tedbul.ads.create",
    service: Service::Tedbul,
    method: Method::Post,
    path: "api/ads/createAds",
    summary: "Create an ad for a product identified by its barcode",
    params: &AD_CREATE,
    role: Role::Call,
    idempotent: false,
    paginated: false,
    result: &NO_FIELDS,
    example: r#"{"productBarcode": "8690000000201", "productName": "Example cream", "stock": 10, "price": "12,50", "expiration": "2027-01-31"}"#,
    parse: parse_result,
};

/// `tedbul.ads.update_many`: update up to 100 ads in one request.
pub const ADS_UPDATE_MANY: Operation = Operation {
    name: "tedbul.ads.update_many",
    service: Service::Tedbul,
    method: Method::Put,
    path: "api/ads/multipleUpdateAds",
    summary: "Update up to 100 ads at once; the result counts successes and errors",
    params: &ADS_UPDATE_MANY_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    result: &NO_FIELDS,
    example: r#"{"adsList": [{"id": 1111111111, "stock": 20, "price": "17,45"}]}"#,
    parse: parse_counts,
};

/// Minimum and multiple sale quantities must fit the stock.
fn quantities_fit_stock(ad: &Map<String, Value>, path: &str, problems: &mut Problems) {
    let get = |key: &str| ad.get(key).and_then(integer);
    let Some(stock) = get("stock") else { return };
    if let Some(min) = get("minSellQty").filter(|m| *m > stock) {
        problems.add(
            &child_path(path, "minSellQty"),
            format!("minimum sale quantity {min} is more than the stock {stock}"),
        );
    }
    if let Some(level) = get("levelOfSales").filter(|l| *l > stock) {
        problems.add(
            &child_path(path, "levelOfSales"),
            format!("multiple sale quantity {level} is more than the stock {stock}"),
        );
    }
    if let (Some(min), Some(max)) = (get("minSellQty"), get("maxSellQty")) {
        if max < min {
            problems.add(
                &child_path(path, "maxSellQty"),
                format!("maximum sale quantity {max} is less than the minimum {min}"),
            );
        }
    }
}

fn parse_result(body: Value, _: &ParseContext) -> Result<Value, Error> {
    match body {
        Value::Object(mut map) => normalize(map.remove("result").unwrap_or(Value::Null), "result"),
        _ => Err(Error::decode(
            "",
            "expected Tedbul's {status, code, message, result}",
        )),
    }
}

fn parse_counts(body: Value, _: &ParseContext) -> Result<Value, Error> {
    let mut body = normalize(body, "")?;
    if let Some(map) = body.as_object_mut() {
        map.remove("status");
        map.remove("code");
        for key in ["successCount", "errorCount"] {
            map.entry(key).or_insert(Value::from(0));
        }
    }
    Ok(body)
}

fn parse_ads_page(body: Value, context: &ParseContext) -> Result<Value, Error> {
    let result = body
        .get("result")
        .ok_or_else(|| Error::decode("result", "missing"))?;
    let total = count(result.get("total"));
    let items = match result.get("data") {
        Some(Value::Array(items)) => items.clone(),
        None | Some(Value::Null) => Vec::new(),
        Some(_) => return Err(Error::decode("result.data", "expected a list")),
    };
    let items = match normalize(Value::Array(items), "result.data")? {
        Value::Array(items) => items,
        _ => Vec::new(),
    };
    let page = page_param(context.params);
    let show = context
        .params
        .get("show")
        .and_then(Value::as_u64)
        .unwrap_or(DEFAULT_SHOW);
    let more = !items.is_empty() && total.is_some_and(|t| page * show < t);
    Ok(page_result(items, total, page, more.then_some(page + 1)))
}

/// `tedbul.codes.list`: the Tedbul code tables with their Turkish labels (no request).
pub const CODES_LIST: Operation = Operation {
    name: "tedbul.codes.list",
    service: Service::Tedbul,
    method: Method::Get,
    path: "",
    summary: "The Tedbul code tables (codes, names and Turkish labels); answered locally",
    params: &NO_PARAMS_CODES,
    role: Role::Local(list_codes),
    idempotent: true,
    paginated: false,
    result: &NO_FIELDS,
    example: r#"{}"#,
    parse: |body, _| Ok(body),
};

static NO_PARAMS_CODES: Schema = Schema {
    fields: &[],
    open: false,
    rules: &[],
};

fn list_codes(_: &Value) -> Result<Value, Error> {
    Ok(crate::codes::tables_json(Service::Tedbul))
}

/// Every Tedbul operation.
pub static OPERATIONS: &[Operation] = &[
    CODES_LIST,
    AUTH_LOGIN,
    ADS_LIST,
    ADS_CREATE,
    ADS_UPDATE_MANY,
];
