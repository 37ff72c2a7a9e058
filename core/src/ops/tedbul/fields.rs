//! The fields of Tedbul's results as kopru returns them: ids as strings, money
//! as dot-decimal strings, counts and codes as integers, dates as ISO text.

use super::ORDER_STATUSES;
use crate::schema::{DateWire, Field, MoneyWire, Schema, Type};

const MONEY: Type = Type::Money(MoneyWire::Dot);
const DATE: Type = Type::Date(DateWire::Iso);
const BARCODES: Type = Type::List {
    item: &Type::Code,
    min: 0,
    max: None,
};

/// An ad (listing), as listed, read, created or updated.
pub static AD: Schema = Schema {
    fields: &[
        Field::required("adsId", Type::Code, "Ad id"),
        Field::optional("productId", Type::Code, "Tedbul product id"),
        Field::optional("productName", Type::TEXT, "Product name"),
        Field::optional("barcodes", BARCODES, "The product's barcodes"),
        Field::optional("price", MONEY, "Price"),
        Field::optional("psf", MONEY, "Market sale price (piyasa satış fiyatı)"),
        Field::optional(
            "stock",
            Type::COUNT,
            "Stock (Tedbul lists it as text; returned as an integer)",
        ),
        Field::optional("minSellQty", Type::COUNT, "Minimum sale quantity"),
        Field::optional("maxSellQty", Type::COUNT, "Maximum sale quantity"),
        Field::optional(
            "levelOfSales",
            Type::COUNT,
            "Multiple (katlı) sale quantity",
        ),
        Field::optional("description", Type::TEXT, "Description"),
        Field::optional("expiration", DATE, "Expiry date (miad)"),
        Field::optional("featured", Type::Choice(&[0, 1]), "Featured ad: 0 or 1"),
        Field::optional(
            "status",
            Type::Choice(&[1, 2]),
            "1 active, 2 passive (codes: ad_status)",
        ),
        Field::optional("specialcode", Type::TEXT, "Special code"),
    ],
    open: true,
    rules: &[],
};

/// One line of an order.
static ORDER_LINE: Schema = Schema {
    fields: &[
        Field::optional(
            "penId",
            Type::Code,
            "Order line id: what tedbul.orders.confirm names",
        ),
        Field::optional(
            "orderProductId",
            Type::Code,
            "The line's product id (\"integer Ürün ID\"), the id sold lines carry in the seed",
        ),
        Field::optional("orderProductName", Type::TEXT, "Product name"),
        Field::optional("orderProductBarcode", Type::Code, "Product barcode"),
        Field::optional("orderProductVAT", Type::COUNT, "VAT rate in percent"),
        Field::optional(
            "orderProductExpiration",
            DATE,
            "Expiry date (miad) of the goods",
        ),
        Field::optional("orderQty", Type::COUNT, "Quantity ordered"),
        Field::optional(
            "orderApprovedQty",
            Type::COUNT,
            "Quantity the seller approved",
        ),
        Field::optional("orderTotalPrice", MONEY, "Line total as ordered"),
        Field::optional("orderProductPrice", MONEY, "Unit price"),
        Field::optional("orderApprovedPrice", MONEY, "Line total as approved"),
        Field::optional("orderRefundPrice", MONEY, "Refunded amount"),
    ],
    open: true,
    rules: &[],
};

/// A sold or purchased order (the buyer's invoice and delivery fields come with sold orders).
pub static ORDER: Schema = Schema {
    fields: &[
        Field::required("orderId", Type::Code, "Order id"),
        Field::optional("orderCode", Type::Code, "Order number"),
        Field::optional(
            "orderDate",
            DATE,
            "Order date and time, YYYY-MM-DD HH:MM:SS",
        ),
        Field::optional(
            "orderStatus",
            Type::Choice(ORDER_STATUSES),
            "Status code (codes: order_status)",
        ),
        Field::optional("orderStatusText", Type::TEXT, "Status label (Turkish)"),
        Field::optional("orderNote", Type::TEXT, "The buyer's note"),
        Field::optional("cancelNote", Type::TEXT, "Cancellation reason"),
        Field::optional("orderPrice", MONEY, "Order amount"),
        Field::optional("orderRefundPrice", MONEY, "Refunded amount"),
        Field::optional("orderCargoDesi", Type::Decimal, "Parcel volume in desi"),
        Field::optional("orderCargoCompanyId", Type::Code, "Cargo company id"),
        Field::optional("orderCargoCompanyText", Type::TEXT, "Cargo company name"),
        Field::optional("buyerId", Type::Code, "Buyer's member id"),
        Field::optional("buyerUsername", Type::TEXT, "Buyer's username"),
        Field::optional("sellerId", Type::Code, "Seller's member id"),
        Field::optional("sellerUsername", Type::TEXT, "Seller's username"),
        Field::optional("shippingCargoCode", Type::Code, "Cargo shipment code"),
        Field::optional("sendFollowCargoCode", Type::Code, "Cargo tracking code"),
        Field::optional(
            "refundFollowCargoCode",
            Type::Code,
            "Return cargo tracking code",
        ),
        Field::optional(
            "cargoRequestDate",
            DATE,
            "When the shipment was created, YYYY-MM-DD HH:MM:SS",
        ),
        Field::optional(
            "cargoDeliveryDate",
            DATE,
            "When it was delivered, YYYY-MM-DD HH:MM:SS",
        ),
        Field::optional(
            "buyerFullName",
            Type::TEXT,
            "Buyer's full name (sold orders)",
        ),
        Field::optional(
            "buyerInvoiceCompanyName",
            Type::TEXT,
            "Buyer's invoice title",
        ),
        Field::optional("buyerInvoicePhone", Type::Code, "Buyer's phone number"),
        Field::optional("buyerInvoiceEmail", Type::TEXT, "Buyer's email"),
        Field::optional(
            "buyerInvoiceTaxOrTcNo",
            Type::Code,
            "Buyer's tax number or T.C. identity number",
        ),
        Field::optional("buyerInvoiceTaxOffice", Type::TEXT, "Buyer's tax office"),
        Field::optional("buyerInvoiceAddress", Type::TEXT, "Invoice address"),
        Field::optional("buyerInvoiceCity", Type::TEXT, "Invoice province (il)"),
        Field::optional("buyerInvoiceTown", Type::TEXT, "Invoice district (ilçe)"),
        Field::optional("buyerDeliveryAddress", Type::TEXT, "Delivery address"),
        Field::optional(
            "buyerDeliveryCity",
            Type::TEXT,
            "Delivery province (il; the seed swaps the two labels)",
        ),
        Field::optional("buyerDeliveryTown", Type::TEXT, "Delivery district (ilçe)"),
        Field::optional(
            "orderProducts",
            Type::List {
                item: &Type::Object(&ORDER_LINE),
                min: 0,
                max: None,
            },
            "The order lines",
        ),
    ],
    open: true,
    rules: &[],
};

/// A catalogue product found by `tedbul.products.search`.
static PRODUCT: Schema = Schema {
    fields: &[
        Field::required("id", Type::Code, "Tedbul product id"),
        Field::optional("name", Type::TEXT, "Product name"),
        Field::optional("brand", Type::Code, "Brand id"),
        Field::optional("barcodes", BARCODES, "The product's barcodes"),
        Field::optional("image", Type::TEXT, "Picture URL"),
        Field::optional("kdv", Type::COUNT, "VAT rate in percent"),
        Field::optional(
            "minimumListPrice",
            MONEY,
            "Lowest price among the product's ads",
        ),
    ],
    open: true,
    rules: &[],
};

/// The products a search found.
pub static SEARCH: Schema = Schema {
    fields: &[Field::required(
        "items",
        Type::List {
            item: &Type::Object(&PRODUCT),
            min: 0,
            max: None,
        },
        "The matching catalogue products",
    )],
    open: true,
    rules: &[],
};

/// How many ads of a bulk update succeeded and failed.
pub static COUNTS: Schema = Schema {
    fields: &[
        Field::required("successCount", Type::COUNT, "Ads updated"),
        Field::required("errorCount", Type::COUNT, "Ads refused"),
    ],
    open: true,
    rules: &[],
};

/// Tedbul's acknowledgement of a request that returns nothing else.
pub static ACK: Schema = Schema {
    fields: &[
        Field::required("code", Type::COUNT, "Tedbul's code (200)"),
        Field::required("message", Type::TEXT, "Tedbul's message (\"ok\")"),
    ],
    open: true,
    rules: &[],
};

/// What a login called on its own answers (the token itself stays in the session).
pub static LOGIN: Schema = Schema {
    fields: &[
        Field::required("authenticated", Type::Any, "Always true"),
        Field::required(
            "access_expires_ms",
            Type::COUNT,
            "When the token expires (Unix time in ms; Tedbul tokens last 3 hours)",
        ),
        Field::optional(
            "refresh_expires_ms",
            Type::Any,
            "Always null: Tedbul has no refresh token",
        ),
    ],
    open: true,
    rules: &[],
};

/// The Tedbul code tables, each `{doc, entries: [{code, name, label}]}`.
pub static CODES: Schema = Schema {
    fields: &[
        Field::required(
            "order_status",
            Type::Any,
            "Order status codes (orderStatus)",
        ),
        Field::required(
            "ad_status",
            Type::Any,
            "Ad status codes (status, adsStatus)",
        ),
        Field::required(
            "message_type",
            Type::Any,
            "Integration report types (messageType)",
        ),
    ],
    open: true,
    rules: &[],
};
