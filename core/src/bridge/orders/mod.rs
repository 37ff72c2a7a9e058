//! Marketplace orders → ERP sales-order documents in the ERP's own shape.
//!
//! Each order line is resolved through the ERP catalogue to ItemCode,
//! ColorCode and ItemDim1Code (Entegra: by productCode, i.e. the variant code
//! template or a variant-less ItemCode; Tedbul: by barcode). An order with any
//! line that cannot be resolved produces no document — never half an order —
//! and every such line is listed in `unresolved` with the reason.
//!
//! Amounts: `Price` is the unit price before discount, `DiscountAmount` the
//! line's discount and `NetAmount` the line total after discount, all without
//! VAT, rounded half away from zero to 2 decimals; `VatRate` is the line's
//! VAT rate in percent (null when unknown).

pub mod document;
pub mod entegra;
pub mod index;
pub mod tedbul;

use super::catalogue::Catalogue;
use super::options::{flag_option, text_option};
use super::template::Template;
use crate::money::Money;
use crate::schema::Problems;
use index::Index;
use serde_json::Value;

/// The document header options and how lines are resolved.
#[derive(Clone, Debug)]
pub struct OrderOptions {
    /// CustomerCode of every document (the marketplace's current account).
    pub customer_code: String,
    /// ProcessCode (default `R`, retail sale).
    pub process_code: String,
    /// OfficeCode.
    pub office_code: String,
    /// WarehouseCode.
    pub warehouse_code: String,
    /// DocCurrencyCode (default `TRY`).
    pub currency: String,
    /// The variant productCode template (Entegra lines).
    pub template: Template,
    /// The ERP field with the barcode of a product without variants.
    pub barcode_field: String,
    /// True when marketplace line prices include VAT (Tedbul; default true).
    pub prices_include_vat: bool,
}

impl OrderOptions {
    /// Reads the schema-checked `options`.
    pub fn parse(options: &Value, problems: &mut Problems) -> OrderOptions {
        let text = |name: &str, default: &str| {
            text_option(options, name).unwrap_or_else(|| default.to_string())
        };
        let template = match options.get("variant_code_template").and_then(Value::as_str) {
            Some(text) => Template::parse(text).unwrap_or_else(|message| {
                problems.add("options.variant_code_template", message);
                Template::default()
            }),
            None => Template::default(),
        };
        OrderOptions {
            customer_code: text("CustomerCode", ""),
            process_code: text("ProcessCode", "R"),
            office_code: text("OfficeCode", ""),
            warehouse_code: text("WarehouseCode", ""),
            currency: text("DocCurrencyCode", "TRY"),
            template,
            barcode_field: text("barcode_field", "Barcode"),
            prices_include_vat: flag_option(options, "prices_include_vat", true),
        }
    }
}

/// Reads the catalogue and options of an orders operation.
pub fn prepare(params: &Value) -> Result<(Index, OrderOptions), crate::error::Error> {
    let mut problems = Problems::default();
    let options = OrderOptions::parse(params.get("options").unwrap_or(&Value::Null), &mut problems);
    let catalogue = Catalogue::parse(params, &[], &mut problems);
    if !problems.is_empty() {
        return Err(crate::error::Error::Validation {
            errors: problems.into_errors(),
        });
    }
    Ok((Index::build(&catalogue, &options), options))
}

/// The items of a list parameter (none when absent).
pub fn list_of(value: Option<&Value>) -> &[Value] {
    value
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// A whole, positive quantity.
pub fn quantity(value: Option<&Value>) -> Result<i64, String> {
    value
        .and_then(crate::schema::integer)
        .filter(|q| *q > 0)
        .ok_or_else(|| "the quantity is missing or not a positive whole number".to_string())
}

/// An amount, or why there is none.
pub fn money(value: Option<&Value>, name: &str) -> Result<Option<Money>, String> {
    match value.filter(|v| !v.is_null() && v.as_str() != Some("")) {
        None => Ok(None),
        Some(v) => Money::from_json(v)
            .map(Some)
            .map_err(|message| format!("{name}: {message}")),
    }
}
