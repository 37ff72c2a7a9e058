//! The parameter schemas of Entegra's order requests: the seed's order
//! "Zorunlu Alanlar", its order lines, and the two update forms.

use super::product_schemas::PAGE;
use super::MONEY;
use crate::schema::{DateWire, DefaultValue, Field, Schema, Type};

/// The largest order page, sent by default (api-ground-truth §1.5).
pub(super) const ORDER_LIMIT: i64 = 200;

/// An order status of the `order_status` code table.
const STATUS: Type = Type::Int {
    min: Some(1),
    max: Some(13),
};
const ID: Type = Type::Int {
    min: Some(1),
    max: None,
};

static ORDER_LINE: Schema = Schema {
    fields: &[
        Field::required(
            "quantity",
            Type::Int {
                min: Some(1),
                max: None,
            },
            "Quantity sold",
        ),
        Field::required("product_code", Type::Code, "SKU of the product or variant"),
        Field::required("price", MONEY, "Unit price paid, without VAT (KDV hariç)"),
        Field::optional(
            "first_price",
            MONEY,
            "Unit price before the discount, without VAT (optional in the seed; absent means price, no discount); the discount is first_price − price",
        ),
    ],
    open: true,
    rules: &[],
};

static ORDER: Schema = Schema {
    fields: &[
        Field::required(
            "supplier",
            Type::TEXT,
            "Where the order comes from (integrator or shop)",
        ),
        Field::required("order_id", Type::Code, "The order's number at its source"),
        Field::required("company", Type::TEXT, "Customer's company (may be empty)"),
        Field::required("full_name", Type::TEXT, "Customer's full name"),
        Field::required(
            "email",
            Type::TEXT,
            "Customer's e-mail (used for e-invoices)",
        ),
        Field::required("mobile_phone", Type::Code, "Mobile phone, sent as text"),
        Field::required("phone", Type::Code, "Phone, sent as text"),
        Field::required("invoice_address", Type::TEXT, "Invoice address"),
        Field::required("invoice_city", Type::TEXT, "Invoice city"),
        Field::required("invoice_district", Type::TEXT, "Invoice district"),
        Field::required("invoice_fullname", Type::TEXT, "Name on the invoice"),
        Field::required(
            "invoice_postcode",
            Type::Code,
            "Invoice post code, sent as text",
        ),
        Field::required("invoice_tel", Type::Code, "Invoice phone, sent as text"),
        Field::required(
            "invoice_gsm",
            Type::Code,
            "Invoice mobile phone, sent as text",
        ),
        Field::required("ship_address", Type::TEXT, "Shipping address"),
        Field::required("ship_city", Type::TEXT, "Shipping city"),
        Field::required("ship_district", Type::TEXT, "Shipping district"),
        Field::required("ship_fullname", Type::TEXT, "Recipient's name"),
        Field::required(
            "ship_postcode",
            Type::Code,
            "Shipping post code, sent as text",
        ),
        Field::required("ship_tel", Type::Code, "Shipping phone, sent as text"),
        Field::required(
            "ship_gsm",
            Type::Code,
            "Shipping mobile phone, sent as text",
        ),
        Field::required("tax_office", Type::TEXT, "Tax office (vergi dairesi)"),
        Field::required(
            "order_date",
            Type::Date(DateWire::DayFirstDots),
            "Order date; ISO YYYY-MM-DD or DD.MM.YYYY, sent as DD.MM.YYYY",
        ),
        Field::optional("discount", MONEY, "Discount on the whole order"),
        Field::required("cargo_code", Type::Code, "Shipment (cargo) code"),
        Field::required("payment_type", Type::TEXT, "Payment type, e.g. \"nakit\""),
        Field::required("cargo", Type::TEXT, "Cargo company, e.g. \"MNG\""),
        Field::required(
            "cargo_payment_method",
            Type::TEXT,
            "Who pays the cargo, e.g. \"nakit\"",
        ),
        Field::required("bank", Type::TEXT, "Bank of the payment"),
        Field::required(
            "installment",
            Type::COUNT,
            "Number of installments (0: none)",
        ),
        Field::required(
            "order_details",
            Type::List {
                item: &Type::Object(&ORDER_LINE),
                min: 1,
                max: None,
            },
            "The order lines",
        ),
    ],
    open: true,
    rules: &[],
};

/// `entegra.orders.create`.
pub(super) static ORDERS_CREATE_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "list",
        Type::List {
            item: &Type::Object(&ORDER),
            min: 1,
            max: None,
        },
        "Orders to create",
    )],
    open: false,
    rules: &[],
};

/// `entegra.orders.list`.
pub(super) static ORDERS_LIST_PARAMS: Schema = Schema {
    fields: &[
        PAGE,
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
        Field::defaulted(
            "limit",
            Type::Int {
                min: Some(1),
                max: Some(ORDER_LIMIT),
            },
            DefaultValue::Int(ORDER_LIMIT),
            "Orders per page: at most 200, the cap every public client sends (Entegra's own default page size is undocumented)",
        ),
    ],
    open: false,
    rules: &[],
};

static ORDER_UPDATE: Schema = Schema {
    fields: &[
        Field::required("id", ID, "Entegra's order id"),
        Field::optional(
            "status",
            STATUS,
            "New status (order_status code table, 1–13)",
        ),
        Field::optional("cargo_code2", Type::Code, "Second shipment (cargo) code"),
        Field::optional("cargo_follow_url", Type::TEXT, "Shipment tracking URL"),
    ],
    open: false,
    rules: &[],
};

/// `entegra.orders.update`.
pub(super) static ORDERS_UPDATE_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "list",
        Type::List {
            item: &Type::Object(&ORDER_UPDATE),
            min: 1,
            max: None,
        },
        "Orders to change",
    )],
    open: false,
    rules: &[],
};

static ORDER_ERP_UPDATE: Schema = Schema {
    fields: &[
        Field::required("id", ID, "Entegra's order id"),
        Field::optional(
            "status",
            STATUS,
            "New status (order_status code table, 1–13)",
        ),
        Field::optional("cargo_code2", Type::Code, "Second shipment (cargo) code"),
        Field::optional("cargo_follow_url", Type::TEXT, "Shipment tracking URL"),
        Field::defaulted(
            "sync",
            Type::Choice(&[0, 1]),
            DefaultValue::Int(1),
            "1 (the default): taken into the ERP, no longer listed with sync=0; 0: offer it again",
        ),
        Field::optional(
            "api_sync",
            Type::Choice(&[0, 1]),
            "1: fetched through the API; 0: offer it to api_sync=0 fetches again",
        ),
        Field::optional(
            "erp_order_number",
            Type::Code,
            "The order's number in the ERP",
        ),
    ],
    open: false,
    rules: &[],
};

/// `entegra.orders.update_erp`.
pub(super) static ORDERS_UPDATE_ERP_PARAMS: Schema = Schema {
    fields: &[Field::required(
        "list",
        Type::List {
            item: &Type::Object(&ORDER_ERP_UPDATE),
            min: 1,
            max: None,
        },
        "Orders to acknowledge",
    )],
    open: false,
    rules: &[],
};
