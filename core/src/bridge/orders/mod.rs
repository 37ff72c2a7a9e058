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

pub mod entegra;
pub mod tedbul;

use super::catalogue::{code_text, Catalogue, Product, Variant};
use super::options::{flag_option, text_option};
use super::template::{Template, VariantFields};
use crate::dates::Date;
use crate::money::Money;
use crate::schema::Problems;
use serde_json::{json, Value};
use std::collections::HashMap;

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

/// An order line resolved to an ERP item.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// ItemTypeCode.
    pub item_type: Value,
    /// ItemCode.
    pub item_code: String,
    /// ColorCode ("" when none).
    pub color_code: String,
    /// ItemDim1Code ("" when none).
    pub dim1: String,
    /// The product's TaxRate.
    pub tax_rate: Option<i64>,
}

impl Resolved {
    fn of(product: &Product, variant: Option<&Variant>) -> Resolved {
        Resolved {
            item_type: product.item_type.clone(),
            item_code: product.item_code.clone(),
            color_code: variant.map(|v| v.color_code.clone()).unwrap_or_default(),
            dim1: variant.map(|v| v.dim1.clone()).unwrap_or_default(),
            tax_rate: product.tax_rate,
        }
    }
}

type Lookup = HashMap<String, Result<Resolved, String>>;

/// The catalogue indexed by marketplace code and by barcode.
#[derive(Debug, Default)]
pub struct Index {
    by_code: Lookup,
    by_barcode: Lookup,
}

fn add(lookup: &mut Lookup, key: String, value: Result<Resolved, String>) {
    if key.is_empty() {
        return;
    }
    let entry = lookup.entry(key.clone()).or_insert_with(|| value.clone());
    if *entry != value {
        *entry = Err(format!("{key} matches more than one ERP item"));
    }
}

impl Index {
    /// Indexes `catalogue`.
    pub fn build(catalogue: &Catalogue, options: &OrderOptions) -> Index {
        let mut index = Index::default();
        for product in &catalogue.products {
            for variant in &product.variants {
                let code = options.template.render(VariantFields {
                    item_code: &product.item_code,
                    color_code: &variant.color_code,
                    dim1: &variant.dim1,
                    barcode: &variant.barcode,
                });
                let resolved = Resolved::of(product, Some(variant));
                add(&mut index.by_code, code, Ok(resolved.clone()));
                add(&mut index.by_barcode, variant.barcode.clone(), Ok(resolved));
            }
            let own = match product.variants.as_slice() {
                [] => Ok(Resolved::of(product, None)),
                [only] => Ok(Resolved::of(product, Some(only))),
                _ => Err(format!(
                    "{} has several variants and the line names none of them",
                    product.item_code
                )),
            };
            add(&mut index.by_code, product.item_code.clone(), own);
            if product.variants.is_empty() {
                let barcode = code_text(product.field(&options.barcode_field));
                add(&mut index.by_barcode, barcode, Ok(Resolved::of(product, None)));
            }
        }
        index
    }

    /// The item a productCode names.
    pub fn by_code(&self, code: &str) -> Result<Resolved, String> {
        self.by_code
            .get(code)
            .cloned()
            .unwrap_or_else(|| Err(format!("no ERP item has the productCode {code:?}")))
    }

    /// The item a barcode names.
    pub fn by_barcode(&self, barcode: &str) -> Result<Resolved, String> {
        self.by_barcode
            .get(barcode)
            .cloned()
            .unwrap_or_else(|| Err(format!("no ERP item has the barcode {barcode:?}")))
    }
}

/// A line's amounts, without VAT.
#[derive(Clone, Copy, Debug)]
pub struct Amounts {
    /// Qty1.
    pub quantity: i64,
    /// Unit price before discount.
    pub price: Money,
    /// The line's discount.
    pub discount: Money,
    /// The line total after discount.
    pub net: Money,
    /// VAT rate in percent.
    pub vat_rate: Option<i64>,
}

/// An ERP order line.
pub fn line(item: &Resolved, amounts: Amounts) -> Value {
    let code_or_null = |code: &str| {
        if code.is_empty() {
            Value::Null
        } else {
            Value::from(code)
        }
    };
    json!({
        "ItemTypeCode": item.item_type,
        "ItemCode": item.item_code,
        "ColorCode": code_or_null(&item.color_code),
        "ItemDim1Code": code_or_null(&item.dim1),
        "Qty1": amounts.quantity,
        "Price": amounts.price.to_dot_string(),
        "DiscountAmount": amounts.discount.to_dot_string(),
        "NetAmount": amounts.net.to_dot_string(),
        "VatRate": amounts.vat_rate,
    })
}

/// A line that could not be imported.
#[derive(Clone, Debug)]
pub struct Unresolved {
    /// The marketplace's order id.
    pub order: String,
    /// The line's index in the order (None: the order itself).
    pub line: Option<usize>,
    /// Why.
    pub reason: String,
}

/// One marketplace order, read far enough to build its document.
#[derive(Clone, Debug)]
pub struct OrderHeader {
    /// The marketplace's id (what acknowledgements take).
    pub id: String,
    /// The order number the buyer sees (OrderNumber and DocumentNumber).
    pub number: String,
    /// The order date.
    pub date: Option<Date>,
    /// Which marketplace, for the Description.
    pub marketplace: &'static str,
}

/// Builds the documents of `orders`: `line_of` turns one raw line into an ERP line.
pub fn documents(
    orders: &[Value],
    header_of: impl Fn(&Value) -> OrderHeader,
    lines_key: &str,
    line_of: impl Fn(&Value) -> Result<Value, String>,
    options: &OrderOptions,
) -> Value {
    let mut documents = Vec::new();
    let mut sources = Vec::new();
    let mut unresolved = Vec::new();
    for order in orders {
        let header = header_of(order);
        let mut problems = Vec::new();
        if header.date.is_none() {
            problems.push((None, "the order date is missing or not a date".to_string()));
        }
        let raw_lines = order.get(lines_key).and_then(Value::as_array);
        let raw_lines = raw_lines.map(Vec::as_slice).unwrap_or_default();
        if raw_lines.is_empty() {
            problems.push((None, format!("the order has no lines ({lines_key})")));
        }
        let mut lines = Vec::new();
        for (at, raw) in raw_lines.iter().enumerate() {
            match line_of(raw) {
                Ok(line) => lines.push(line),
                Err(reason) => problems.push((Some(at), reason)),
            }
        }
        if !problems.is_empty() {
            unresolved.extend(problems.into_iter().map(|(line, reason)| Unresolved {
                order: header.id.clone(),
                line,
                reason,
            }));
            continue;
        }
        sources.push(Value::from(header.id.as_str()));
        documents.push(json!({
            "OrderNumber": header.number,
            "OrderDate": header.date.map(Date::to_iso),
            "DocumentNumber": header.number,
            "CustomerCode": options.customer_code,
            "ProcessCode": options.process_code,
            "OfficeCode": options.office_code,
            "WarehouseCode": options.warehouse_code,
            "DocCurrencyCode": options.currency,
            "Description": format!("{} order {} (id {})", header.marketplace, header.number, header.id),
            "Lines": lines,
        }));
    }
    let unresolved: Vec<Value> = unresolved
        .iter()
        .map(|u| json!({"order": u.order, "line": u.line, "reason": u.reason}))
        .collect();
    json!({"documents": documents, "sources": sources, "unresolved": unresolved})
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_barcodes_resolve_and_ambiguity_is_reported() {
        let params = json!({"products": [
            {"ItemCode": "SHIRT", "ItemTypeCode": 1, "TaxRate": 20, "Variants": [
                {"ColorCode": "RED", "ItemDim1Code": "M", "Barcode": "1"},
                {"ColorCode": "RED", "ItemDim1Code": "L", "Barcode": "2"}]},
            {"ItemCode": "SCARF", "Variants": [{"ColorCode": "RED", "Barcode": "3"}]},
            {"ItemCode": "FABRIC", "Barcode": "4", "Variants": []},
            {"ItemCode": "TWIN", "Barcode": "4"}
        ]});
        let mut problems = Problems::default();
        let options = OrderOptions::parse(&json!({}), &mut problems);
        let index = Index::build(&Catalogue::parse(&params, &[], &mut problems), &options);
        let shirt = index.by_code("SHIRT-RED-L").unwrap();
        assert_eq!((shirt.color_code.as_str(), shirt.dim1.as_str()), ("RED", "L"));
        assert_eq!(index.by_barcode("1").unwrap().dim1, "M");
        assert_eq!(index.by_code("SCARF").unwrap().color_code, "RED");
        assert_eq!(index.by_code("FABRIC").unwrap().color_code, "");
        assert!(index.by_code("SHIRT").unwrap_err().contains("several variants"));
        assert!(index.by_barcode("4").unwrap_err().contains("more than one"));
        assert!(index.by_barcode("9").unwrap_err().contains("no ERP item"));
    }
}
