//! Entegra operations (seed 000): JWT auth, products, orders.

use super::normalize::{count, normalize};
use super::{page_param, page_result, KeyKinds, Method, Operation, ParseContext, Role, NO_FIELDS};
use crate::error::Error;
use crate::schema::{child_path, DateWire, DefaultValue, Field, MoneyWire, Problems, Schema, Type};
use crate::service::Service;
use serde_json::{Map, Value};

/// Entegra's result keys by kind.
pub(super) static RESULT_KEYS: KeyKinds = KeyKinds {
    money: &["first_price"],
    integer: &[
        "quantity",
        "status",
        "group",
        "points",
        "weight",
        "subtract",
        "installment",
        "totalProduct",
        "totalOrder",
    ],
    id: &["id", "order_id"],
    date: &["order_date", "date_add", "date_change"],
};

const MONEY: Type = Type::Money(MoneyWire::Dot);
const PREFIX: DefaultValue = DefaultValue::Text("+");

/// The product fields, then every optional price field of the seed's
/// "Opsiyonel Alanlar" list as money.
macro_rules! product_fields {
    ([$($head:expr),* $(,)?], [$($name:literal => $doc:literal),* $(,)?]) => {
        &[$($head,)* $(Field::optional($name, MONEY, $doc)),*]
    };
}

static NO_PARAMS: Schema = Schema {
    fields: &[],
    open: false,
    rules: &[],
};

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

static VARIATION: Schema = Schema {
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
    fields: product_fields!(
        [
        Field::required("productCode", Type::Code, "Product SKU"),
        Field::required("productName", Type::TEXT, "Product name"),
        Field::optional("barcode", Type::Code, "Product barcode"),
        Field::optional("status", Type::INT, "1 active, 0 passive"),
        Field::optional("group", Type::INT, "Product group"),
        Field::optional("quantity", Type::COUNT, "Stock"),
        Field::optional("brand", Type::TEXT, "Brand (Marka)"),
        Field::optional("supplier", Type::TEXT, "Integrator firm name; cannot be changed later"),
        Field::optional("supplier_id", Type::Code, "Unique code of the product at the integrator"),
        Field::optional("product_pictures", Type::List { item: &Type::Any, min: 0, max: None }, "Product pictures"),
        Field::optional(
            "variations",
            Type::List { item: &Type::Object(&VARIATION), min: 0, max: None },
            "Variants",
        ),
        ],
        [
        "price1" => "Price 1", "price2" => "Price 2", "price3" => "Price 3", "price4" => "Price 4",
        "price5" => "Price 5", "price6" => "Price 6", "price7" => "Price 7", "price8" => "Price 8",
        "n11_price" => "N11 price", "n11_discountValue" => "N11 discounted price",
        "n11pro_price" => "N11 Pro price", "n11pro_discountValue" => "N11 Pro discounted price",
        "gg_buyNowPrice" => "GittiGidiyor price", "gg_marketPrice" => "GittiGidiyor market price",
        "amazon_price" => "Amazon price", "amazon_salePrice" => "Amazon discounted price",
        "sp_price" => "Sanal Pazar price", "hb_price" => "Hepsiburada price",
        "eptt_price" => "ePttAVM price", "eptt_iskonto" => "ePttAVM discount",
        "trendyol_listPrice" => "Trendyol list price", "trendyol_salePrice" => "Trendyol sale price",
        "flo_listPrice" => "Flo list price", "flo_salePrice" => "Flo sale price",
        "birvbiry_price1" => "1v1y price 1", "birvbiry_price2" => "1v1y price 2",
        "morhipo_listPrice" => "Morhipo list price", "morhipo_salePrice" => "Morhipo sale price",
        "farmazon_price" => "Farmazon price", "farmazon_market_price" => "Farmazon market price",
        "mizu_price1" => "Mizu price 1", "mizu_price2" => "Mizu price 2",
        "zebramo_listPrice" => "Zebramo list price", "zebramo_salePrice" => "Zebramo sale price",
        "novadan_price" => "Novadan price",
        "lidyana_listPrice" => "Lidyana list price", "lidyana_salePrice" => "Lidyana sale price",
        "modanisa_listPrice" => "Modanisa list price", "modanisa_salePrice" => "Modanisa sale price",
        "aliexpress_price" => "AliExpress price", "amazonEu_price" => "Amazon UK price",
        "amazonFr_price" => "Amazon France price", "joom_price" => "Joom price",
    ]
    ),
    open: true,
    rules: &[],
};

static PRODUCTS_LIST_PARAMS: Schema = Schema {
    fields: &[Field::defaulted(
        "page",
        Type::PAGE,
        DefaultValue::Int(1),
        "Page number, from 1",
    )],
    open: false,
    rules: &[],
};

static PRODUCTS_CREATE_PARAMS: Schema = Schema {
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

static ORDERS_LIST_PARAMS: Schema = Schema {
    fields: &[
        Field::defaulted(
            "page",
            Type::PAGE,
            DefaultValue::Int(1),
            "Page number, from 1",
        ),
        Field::optional(
            "sync",
            Type::Choice(&[0, 1]),
            "0: orders not yet taken by the ERP",
        ),
        Field::optional(
            "status",
            Type::Int {
                min: Some(0),
                max: Some(13),
            },
            "Order status (1–13)",
        ),
        Field::optional(
            "start_date",
            Type::Date(DateWire::Iso),
            "Orders from this date",
        ),
        Field::optional(
            "end_date",
            Type::Date(DateWire::Iso),
            "Orders up to this date",
        ),
        Field::optional(
            "limit",
            Type::Int {
                min: Some(1),
                max: Some(200),
            },
            "Orders per page, at most 200",
        ),
    ],
    open: false,
    rules: &[],
};

/// `entegra.auth.obtain`: a token pair from the configured email and password.
pub const AUTH_OBTAIN: Operation = Operation {
    name: "entegra.auth.obtain",
    service: Service::Entegra,
    method: Method::Post,
    path: "/api/user/token/obtain/",
    summary: "Log in with the configured email and password (done for you when needed)",
    params: &NO_PARAMS,
    role: Role::Login,
    idempotent: true,
    paginated: false,
    result: &NO_FIELDS,
    example: r#"{}"#,
    parse: parse_passthrough,
};

/// `entegra.auth.refresh`: a new access token from the refresh token.
pub const AUTH_REFRESH: Operation = Operation {
    name: "entegra.auth.refresh",
    service: Service::Entegra,
    method: Method::Post,
    path: "/api/user/token/refresh/",
    summary: "Renew the access token with the refresh token (done for you when needed)",
    params: &NO_PARAMS,
    role: Role::Refresh,
    idempotent: true,
    paginated: false,
    result: &NO_FIELDS,
    example: r#"{}"#,
    parse: parse_passthrough,
};

/// `entegra.products.list`: one page of products.
pub const PRODUCTS_LIST: Operation = Operation {
    name: "entegra.products.list",
    service: Service::Entegra,
    method: Method::Get,
    path: "/product/page={page}/",
    summary: "List products, one page at a time",
    params: &PRODUCTS_LIST_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &NO_FIELDS,
    example: r#"{"page": 1}"#,
    parse: parse_products_page,
};

/// `entegra.products.create`: create products (with variations).
pub const PRODUCTS_CREATE: Operation = Operation {
    name: "entegra.products.create",
    service: Service::Entegra,
    method: Method::Post,
    path: "/product/",
    summary: "Create products, with their variations",
    params: &PRODUCTS_CREATE_PARAMS,
    role: Role::Call,
    idempotent: false,
    paginated: false,
    result: &NO_FIELDS,
    example: r#"{"list": [{"productCode": "EX-1", "productName": "Example mug", "barcode": "8690000000101", "price1": "99.90", "quantity": 5, "variations": [{"barcode": "8690000000102", "productCode": "EX-1-RED", "quantity": 5, "variation_specs": [{"name": "Renk", "value": "Kırmızı"}]}]}]}"#,
    parse: parse_passthrough,
};

/// `entegra.orders.list`: one page of orders, filtered.
pub const ORDERS_LIST: Operation = Operation {
    name: "entegra.orders.list",
    service: Service::Entegra,
    method: Method::Get,
    path: "/order/page={page}/",
    summary: "List orders, one page at a time, filtered by sync flag, status and dates",
    params: &ORDERS_LIST_PARAMS,
    role: Role::Call,
    idempotent: true,
    paginated: true,
    result: &NO_FIELDS,
    example: r#"{"page": 1, "sync": 0}"#,
    parse: parse_orders_page,
};

/// When a product has variations, each must carry the colour spec "Renk".
fn colour_spec_required(variation: &Map<String, Value>, path: &str, problems: &mut Problems) {
    let has_colour = variation
        .get("variation_specs")
        .and_then(Value::as_array)
        .is_some_and(|specs| {
            specs.iter().any(|spec| {
                spec.get("name")
                    .and_then(Value::as_str)
                    .is_some_and(|n| n.trim().eq_ignore_ascii_case("renk"))
            })
        });
    if !has_colour {
        problems.add(
            &child_path(path, "variation_specs"),
            "a spec named \"Renk\" (colour) is required for every variation",
        );
    }
}

fn parse_passthrough(body: Value, _: &ParseContext) -> Result<Value, Error> {
    normalize(body, "")
}

fn parse_products_page(body: Value, context: &ParseContext) -> Result<Value, Error> {
    let key = if body.get("productList").is_some() {
        "productList"
    } else {
        "porductList"
    };
    parse_page(body, key, "totalProduct", context.page_size, context).map(|mut page| {
        if let Some(items) = page["items"].as_array_mut() {
            for product in items.iter_mut().filter_map(Value::as_object_mut) {
                if let Some(variations) = product.remove("variatios") {
                    product.entry("variations").or_insert(variations);
                }
            }
        }
        page
    })
}

fn parse_orders_page(body: Value, context: &ParseContext) -> Result<Value, Error> {
    let page_size = context
        .params
        .get("limit")
        .and_then(Value::as_u64)
        .map(|l| l as u32)
        .unwrap_or(context.page_size);
    parse_page(body, "orders", "totalOrder", page_size, context)
}

/// Entegra pages have no next link: a page is the last when it is empty,
/// shorter than the page size, or reaches the total.
fn parse_page(
    body: Value,
    items_key: &str,
    total_key: &str,
    page_size: u32,
    context: &ParseContext,
) -> Result<Value, Error> {
    let mut body = match body {
        Value::Object(map) => map,
        Value::Array(items) => Map::from_iter([(items_key.to_string(), Value::Array(items))]),
        _ => return Err(Error::decode("", "expected an object with a list")),
    };
    let total = count(body.get(total_key));
    let items = match body.remove(items_key) {
        Some(Value::Array(items)) => items,
        None | Some(Value::Null) => Vec::new(),
        Some(_) => return Err(Error::decode(items_key, "expected a list")),
    };
    let items = match normalize(Value::Array(items), items_key)? {
        Value::Array(items) => items,
        _ => Vec::new(),
    };
    let page = page_param(context.params);
    let seen = (page - 1) * u64::from(page_size) + items.len() as u64;
    let last =
        items.is_empty() || items.len() < page_size as usize || total.is_some_and(|t| seen >= t);
    Ok(page_result(items, total, page, (!last).then_some(page + 1)))
}

/// `entegra.codes.list`: the Entegra code tables with their Turkish labels (no request).
pub const CODES_LIST: Operation = Operation {
    name: "entegra.codes.list",
    service: Service::Entegra,
    method: Method::Get,
    path: "",
    summary: "The Entegra code tables (codes, names and Turkish labels); answered locally",
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
    Ok(crate::codes::tables_json(Service::Entegra))
}

/// Every Entegra operation.
pub static OPERATIONS: &[Operation] = &[
    CODES_LIST,
    AUTH_OBTAIN,
    AUTH_REFRESH,
    PRODUCTS_LIST,
    PRODUCTS_CREATE,
    ORDERS_LIST,
];
