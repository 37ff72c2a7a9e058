//! The mapping options shared by every `map.*` operation and `sync.plan`.
//!
//! Prices: the ERP price is read from `price_field` (default `SalePrice`).
//! `erp_prices_include_vat` says whether that field includes VAT (Nebim
//! price lists can be either); `marketplace_prices_include_vat` says whether
//! the marketplace should get a VAT-inclusive price. Both default to true, so
//! by default the ERP price is sent unchanged. When they differ, the
//! product's `TaxRate` is added or removed and the result is rounded half away
//! from zero to 2 decimals (a product without a TaxRate is then skipped).

use super::amount;
use super::template::Template;
use crate::dates::Date;
use crate::money::Money;
use crate::schema::{child_path, integer, Problems};
use serde_json::Value;

/// The options of a mapping.
#[derive(Clone, Debug)]
pub struct MapOptions {
    /// Warehouses whose stock counts; empty: every warehouse.
    pub warehouses: Vec<String>,
    /// The ERP product field the price is read from.
    pub price_field: String,
    /// True when the ERP price includes VAT.
    pub erp_prices_include_vat: bool,
    /// True when the marketplace gets VAT-inclusive prices.
    pub marketplace_prices_include_vat: bool,
    /// The variant productCode template (Entegra).
    pub template: Template,
    /// The Entegra price field the price goes to (`price1` by default).
    pub price_code: String,
    /// The ERP product field holding the barcode of a product without variants.
    pub barcode_field: String,
    /// A fixed Tedbul expiry date.
    pub expiration: Option<Date>,
    /// The ERP product field holding the Tedbul expiry date (wins over `expiration`).
    pub expiration_field: Option<String>,
}

impl Default for MapOptions {
    fn default() -> MapOptions {
        MapOptions {
            warehouses: Vec::new(),
            price_field: "SalePrice".into(),
            erp_prices_include_vat: true,
            marketplace_prices_include_vat: true,
            template: Template::default(),
            price_code: "price1".into(),
            barcode_field: "Barcode".into(),
            expiration: None,
            expiration_field: None,
        }
    }
}

/// A text option, trimmed; `None` when absent or blank.
pub fn text_option(options: &Value, name: &str) -> Option<String> {
    options
        .get(name)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A 0/1 (or true/false) option.
pub fn flag_option(options: &Value, name: &str, default: bool) -> bool {
    match options.get(name) {
        Some(Value::Bool(b)) => *b,
        Some(other) => integer(other).map_or(default, |i| i != 0),
        None => default,
    }
}

impl MapOptions {
    /// Reads the (schema-checked) options object at `path`; problems go to `problems`.
    pub fn parse(options: Option<&Value>, path: &str, problems: &mut Problems) -> MapOptions {
        let mut out = MapOptions::default();
        let Some(options) = options.filter(|o| o.is_object()) else {
            return out;
        };
        out.warehouses = options
            .get("warehouses")
            .and_then(Value::as_array)
            .map(|codes| {
                codes
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|c| c.trim().to_string())
                    .collect()
            })
            .unwrap_or_default();
        if let Some(field) = text_option(options, "price_field") {
            out.price_field = field;
        }
        if let Some(code) = text_option(options, "price_code") {
            out.price_code = code;
        }
        if let Some(field) = text_option(options, "barcode_field") {
            out.barcode_field = field;
        }
        out.erp_prices_include_vat = flag_option(options, "erp_prices_include_vat", true);
        out.marketplace_prices_include_vat =
            flag_option(options, "marketplace_prices_include_vat", true);
        if let Some(text) = options.get("variant_code_template").and_then(Value::as_str) {
            match Template::parse(text) {
                Ok(template) => out.template = template,
                Err(message) => problems.add(&child_path(path, "variant_code_template"), message),
            }
        }
        out.expiration = options
            .get("expiration")
            .and_then(Value::as_str)
            .and_then(Date::parse_iso);
        out.expiration_field = text_option(options, "expiration_field");
        out
    }

    /// The marketplace price of an ERP price, VAT handled as configured.
    pub fn marketplace_price(&self, erp: Money, tax_rate: Option<i64>) -> Result<Money, String> {
        match (
            self.erp_prices_include_vat,
            self.marketplace_prices_include_vat,
        ) {
            (a, b) if a == b => Ok(erp),
            (false, true) => tax_rate
                .map(|rate| amount::add_vat(erp, rate))
                .ok_or_else(|| "no TaxRate to add VAT with".to_string()),
            _ => tax_rate
                .map(|rate| amount::remove_vat(erp, rate))
                .ok_or_else(|| "no TaxRate to remove VAT with".to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_and_overrides() {
        let mut problems = Problems::default();
        let options = MapOptions::parse(
            Some(&json!({"warehouses": ["A"], "erp_prices_include_vat": 0,
                         "variant_code_template": "{Barcode}", "expiration": "2027-01-31"})),
            "options",
            &mut problems,
        );
        assert!(problems.is_empty());
        assert_eq!(options.warehouses, vec!["A"]);
        assert!(!options.erp_prices_include_vat);
        assert!(options.marketplace_prices_include_vat);
        assert_eq!(options.expiration, Date::new(2027, 1, 31));
        let price = Money::parse_text("74.92").unwrap();
        assert_eq!(
            options
                .marketplace_price(price, Some(20))
                .unwrap()
                .to_dot_string(),
            "89.90"
        );
        assert!(options.marketplace_price(price, None).is_err());
    }

    #[test]
    fn a_bad_template_is_reported_at_its_path() {
        let mut problems = Problems::default();
        MapOptions::parse(
            Some(&json!({"variant_code_template": "{Size}"})),
            "options",
            &mut problems,
        );
        assert_eq!(
            problems.into_errors()[0].path,
            "options.variant_code_template"
        );
    }
}
