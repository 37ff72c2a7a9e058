//! Marketplace orders → ERP sales-order documents in the ERP's own shape.
//!
//! Each order line is resolved through the ERP catalogue to ItemCode,
//! ColorCode and ItemDim1Code (Entegra: by its stock code, model or product
//! code through the variant code template or a variant-less ItemCode, then
//! by barcode; Tedbul: by barcode). An order with any line that cannot be
//! resolved produces no document — never half an order — and every such
//! line is listed in `unresolved` with the reason.
//!
//! Amounts follow one rule for both marketplaces (see [`paid`]): the line
//! carries the VAT-inclusive price, discount and paid total, and the net
//! amount and VAT computed from that paid total, so the ERP reproduces what
//! the buyer paid to the kuruş.

pub mod document;
pub mod entegra;
pub mod index;
pub mod paid;
pub mod tedbul;
#[cfg(test)]
mod tests_paid;

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

/// A whole, positive quantity (`2`, `"2"` and `"2.00"` alike).
pub fn quantity(value: Option<&Value>) -> Result<i64, String> {
    let whole = |v: &Value| {
        crate::schema::integer(v).or_else(|| {
            let exact = Money::from_json(v).ok()?.with_max_scale(0)?;
            exact.to_dot_string().parse().ok()
        })
    };
    value
        .and_then(whole)
        .filter(|q| *q > 0)
        .ok_or_else(|| "the quantity is missing or not a positive whole number".to_string())
}

/// A VAT rate in percent (0–100) the line gives, else the ERP product's TaxRate.
pub fn vat_rate(
    line_rate: Option<&Value>,
    tax_rate: Option<i64>,
    name: &str,
) -> Result<i64, String> {
    match line_rate.filter(|v| !v.is_null() && v.as_str() != Some("")) {
        Some(v) => crate::schema::integer(v)
            .filter(|r| (0..=100).contains(r))
            .ok_or_else(|| format!("{name} is not a VAT rate in percent: {v}")),
        None => tax_rate.ok_or_else(|| format!("no VAT rate: neither {name} nor the ERP TaxRate")),
    }
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
