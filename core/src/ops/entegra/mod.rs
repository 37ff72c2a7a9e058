//! Entegra operations (seed 000): JWT auth, products, pictures, variations,
//! orders, categories, brands and the code tables.
//!
//! One file per resource declares its operations; the schemas they share live
//! in `product_schemas`, `order_schemas` and `results`, the rules across fields
//! in `rules`, and the response readers (the live service's quirks) in `parse`.

use crate::schema::{MoneyWire, Type};

/// Money as Entegra takes it: a dot-decimal string.
const MONEY: Type = Type::Money(MoneyWire::Dot);

/// The given fields, then every price field of the seed's "Opsiyonel Alanlar"
/// list (price1…price8 and the marketplace prices) as optional money.
macro_rules! with_price_fields {
    ($($head:expr),* $(,)?) => {
        &[
            $($head,)*
            Field::optional("price1", MONEY, "Price 1 (Fiyat 1)"),
            Field::optional("price2", MONEY, "Price 2 (Fiyat 2)"),
            Field::optional("price3", MONEY, "Price 3 (Fiyat 3)"),
            Field::optional("price4", MONEY, "Price 4 (Fiyat 4)"),
            Field::optional("price5", MONEY, "Price 5 (Fiyat 5)"),
            Field::optional("price6", MONEY, "Price 6 (Fiyat 6)"),
            Field::optional("price7", MONEY, "Price 7 (Fiyat 7)"),
            Field::optional("price8", MONEY, "Price 8 (Fiyat 8)"),
            Field::optional("n11_price", MONEY, "N11 price"),
            Field::optional("n11_discountValue", MONEY, "N11 discounted price"),
            Field::optional("n11pro_price", MONEY, "N11 Pro price"),
            Field::optional("n11pro_discountValue", MONEY, "N11 Pro discounted price"),
            Field::optional("gg_buyNowPrice", MONEY, "GittiGidiyor price"),
            Field::optional("gg_marketPrice", MONEY, "GittiGidiyor market price"),
            Field::optional("amazon_price", MONEY, "Amazon price"),
            Field::optional("amazon_salePrice", MONEY, "Amazon discounted price"),
            Field::optional("sp_price", MONEY, "Sanal Pazar price"),
            Field::optional("hb_price", MONEY, "Hepsiburada price"),
            Field::optional("eptt_price", MONEY, "ePttAVM price"),
            Field::optional("eptt_iskonto", MONEY, "ePttAVM discount"),
            Field::optional("trendyol_listPrice", MONEY, "Trendyol list price"),
            Field::optional("trendyol_salePrice", MONEY, "Trendyol sale price"),
            Field::optional("flo_listPrice", MONEY, "Flo list price"),
            Field::optional("flo_salePrice", MONEY, "Flo sale price"),
            Field::optional("birvbiry_price1", MONEY, "1v1y price 1"),
            Field::optional("birvbiry_price2", MONEY, "1v1y price 2"),
            Field::optional("morhipo_listPrice", MONEY, "Morhipo list price"),
            Field::optional("morhipo_salePrice", MONEY, "Morhipo sale price"),
            Field::optional("farmazon_price", MONEY, "Farmazon price"),
            Field::optional("farmazon_market_price", MONEY, "Farmazon market price"),
            Field::optional("mizu_price1", MONEY, "Mizu price 1"),
            Field::optional("mizu_price2", MONEY, "Mizu price 2"),
            Field::optional("zebramo_listPrice", MONEY, "Zebramo list price"),
            Field::optional("zebramo_salePrice", MONEY, "Zebramo sale price"),
            Field::optional("novadan_price", MONEY, "Novadan price"),
            Field::optional("lidyana_listPrice", MONEY, "Lidyana list price"),
            Field::optional("lidyana_salePrice", MONEY, "Lidyana sale price"),
            Field::optional("modanisa_listPrice", MONEY, "Modanisa list price"),
            Field::optional("modanisa_salePrice", MONEY, "Modanisa sale price"),
            Field::optional("aliexpress_price", MONEY, "AliExpress price"),
            Field::optional("amazonEu_price", MONEY, "Amazon UK price"),
            Field::optional("amazonFr_price", MONEY, "Amazon France price"),
            Field::optional("joom_price", MONEY, "Joom price"),
        ]
    };
}

mod auth;
mod catalog;
mod dialect;
mod order_schemas;
mod orders;
mod parse;
mod product_schemas;
mod products;
mod results;
mod rules;
mod variations;

pub(super) use dialect::DIALECT;

use super::{KeyKinds, Operation};

/// Entegra's open-record key kinds, for fields its result schemas do not list (the
/// live service sends every scalar as a string).
pub(super) static RESULT_KEYS: KeyKinds = KeyKinds {
    money: &[
        "first_price",
        "discount",
        "total",
        "grand_total",
        "buying_price",
        "ship_price",
        "pazarama_listPrice",
        "pazarama_salePrice",
    ],
    integer: &[
        "quantity",
        "status",
        "group",
        "points",
        "subtract",
        "installment",
        "totalProduct",
        "totalOrder",
        "sync",
        "api_sync",
        "sort_order",
    ],
    decimal: &["weight", "desi", "height", "width", "depth"],
    id: &[
        "id",
        "order_id",
        "parent_id",
        "store_id",
        "productCode",
        "mainProductCode",
        "product_code",
        "barcode",
        "supplier_id",
        "mobile_phone",
        "phone",
        "invoice_postcode",
        "invoice_tel",
        "invoice_gsm",
        "ship_postcode",
        "ship_tel",
        "ship_gsm",
    ],
    date: &["order_date", "datetime", "date_add", "date_change"],
};

/// Every Entegra operation.
pub static OPERATIONS: &[Operation] = &[
    auth::CODES_LIST,
    auth::AUTH_OBTAIN,
    auth::AUTH_REFRESH,
    products::PRODUCTS_LIST,
    products::PRODUCTS_CREATE,
    products::PRODUCTS_UPDATE,
    products::PRODUCTS_ADD_PICTURES,
    products::PRODUCTS_UPDATE_QUANTITY,
    products::PRODUCTS_UPDATE_PRICES,
    variations::VARIATIONS_CREATE,
    variations::VARIATIONS_UPDATE,
    orders::ORDERS_CREATE,
    orders::ORDERS_LIST,
    orders::ORDERS_UPDATE,
    orders::ORDERS_UPDATE_ERP,
    catalog::CATEGORIES_LIST,
    catalog::BRANDS_LIST,
];
