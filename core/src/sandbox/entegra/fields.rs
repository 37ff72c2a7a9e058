//! The Entegra emulator's own field lists, copied from seed 000 (the
//! "Urunlere … Opsiyonel" price table, the order's "Zorunlu Alanlar") and
//! api-ground-truth §1.4. The emulator never reads the client's schemas or
//! key lists: a client mistake must not be mirrored by the server it is
//! tested against.

/// The price fields of a product (`price1`…`price8` and the marketplace prices).
pub(super) const PRICE_FIELDS: &[&str] = &[
    "price1",
    "price2",
    "price3",
    "price4",
    "price5",
    "price6",
    "price7",
    "price8",
    "n11_price",
    "n11_discountValue",
    "n11pro_price",
    "n11pro_discountValue",
    "gg_buyNowPrice",
    "gg_marketPrice",
    "amazon_price",
    "amazon_salePrice",
    "sp_price",
    "hb_price",
    "eptt_price",
    "eptt_iskonto",
    "trendyol_listPrice",
    "trendyol_salePrice",
    "flo_listPrice",
    "flo_salePrice",
    "birvbiry_price1",
    "birvbiry_price2",
    "morhipo_listPrice",
    "morhipo_salePrice",
    "farmazon_price",
    "farmazon_market_price",
    "mizu_price1",
    "mizu_price2",
    "zebramo_listPrice",
    "zebramo_salePrice",
    "novadan_price",
    "lidyana_listPrice",
    "lidyana_salePrice",
    "modanisa_listPrice",
    "modanisa_salePrice",
    "aliexpress_price",
    "amazonEu_price",
    "amazonFr_price",
    "joom_price",
];

/// Amount fields other than the product prices: variation and order-line
/// prices, discounts and the price update's value.
const OTHER_AMOUNTS: &[&str] = &[
    "price",
    "first_price",
    "discount",
    "priceValue",
    "buying_price",
];

/// Whole-number fields the emulator checks.
const COUNTS: &[&str] = &["quantity", "status", "installment"];

/// What kind of value the emulator expects under a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A whole number from 0.
    Count,
    /// A non-negative decimal amount.
    Amount,
    /// Anything.
    Other,
}

/// The kind of value the emulator expects under `key`.
pub(super) fn kind(key: &str) -> Kind {
    if COUNTS.contains(&key) {
        Kind::Count
    } else if PRICE_FIELDS.contains(&key) || OTHER_AMOUNTS.contains(&key) {
        Kind::Amount
    } else {
        Kind::Other
    }
}

/// The seed's required order fields ("Zorunlu Alanlar"), in the create shape.
pub(super) const ORDER_REQUIRED: [&str; 30] = [
    "supplier",
    "order_id",
    "company",
    "full_name",
    "email",
    "mobile_phone",
    "phone",
    "invoice_address",
    "invoice_city",
    "invoice_district",
    "invoice_fullname",
    "invoice_postcode",
    "invoice_tel",
    "invoice_gsm",
    "ship_address",
    "ship_city",
    "ship_district",
    "ship_fullname",
    "ship_postcode",
    "ship_tel",
    "ship_gsm",
    "tax_office",
    "order_date",
    "cargo_code",
    "payment_type",
    "cargo",
    "cargo_payment_method",
    "bank",
    "installment",
    "order_details",
];

/// The seed's required order-line fields (`first_price` is not marked "Zorunlu").
pub(super) const LINE_REQUIRED: [&str; 3] = ["quantity", "product_code", "price"];

/// Create-shape order fields and the names the live list shows them under
/// (api-ground-truth §1.4: `mobil_phone` is the API's own spelling).
pub(super) const ORDER_RENAMES: &[(&str, &str)] = &[
    ("order_id", "order_number"),
    ("mobile_phone", "mobil_phone"),
    ("phone", "telephone"),
    ("payment_type", "paymentType"),
    ("cargo", "cargo_company"),
    ("bank", "bank_code"),
];
