//! The `map.*` catalogue operations: ERP snapshot → marketplace payloads.

use super::catalogue::Catalogue;
use super::listing;
use super::mapping::tedbul::{deactivate_item, passive_stock};
use super::mapping::{entegra, skips_json, tedbul, Skip};
use super::options::MapOptions;
use super::quantity::{mapped_warnings, warnings_json};
use crate::error::Error;
use crate::schema::Problems;
use serde_json::{json, Value};

/// The catalogue and options of a mapping, or every problem.
fn prepare(params: &Value) -> Result<(Catalogue, MapOptions), Error> {
    let mut problems = Problems::default();
    let options = MapOptions::parse(params.get("options"), "options", &mut problems);
    let catalogue = Catalogue::parse(params, &options.warehouses, &mut problems);
    if problems.is_empty() {
        Ok((catalogue, options))
    } else {
        Err(Error::Validation {
            errors: problems.into_errors(),
        })
    }
}

/// `map.entegra.products`: `{"list": [entegra.products.create items], "skipped"}`.
pub fn entegra_products(params: &Value) -> Result<Value, Error> {
    let (catalogue, options) = prepare(params)?;
    let mut skipped: Vec<Skip> = Vec::new();
    let products = entegra::products(&catalogue, &options, &mut skipped);
    let list: Vec<Value> = products
        .iter()
        .map(|p| p.to_json(&options.price_code))
        .collect();
    Ok(json!({
        "list": list,
        "skipped": skips_json(&skipped),
        "warnings": warnings_json(&mapped_warnings(&catalogue, &skipped)),
    }))
}

/// `map.entegra.stock_prices`: `{"update_quantity": [...], "update_prices": [...], "skipped"}`.
pub fn entegra_stock_prices(params: &Value) -> Result<Value, Error> {
    let (catalogue, options) = prepare(params)?;
    let mut skipped = Vec::new();
    let products = entegra::products(&catalogue, &options, &mut skipped);
    let mut quantities = Vec::new();
    let mut prices = Vec::new();
    for product in &products {
        quantities.push(json!({"productCode": product.code, "quantity": product.quantity}));
        for variation in &product.variations {
            quantities.push(json!({"productCode": variation.code, "quantity": variation.quantity}));
        }
        prices.push(json!({"productCode": product.code, "prices": [
            {"priceCode": options.price_code, "priceValue": product.price.to_dot_string()}]}));
    }
    Ok(json!({
        "update_quantity": quantities,
        "update_prices": prices,
        "skipped": skips_json(&skipped),
        "warnings": warnings_json(&mapped_warnings(&catalogue, &skipped)),
    }))
}

/// `map.tedbul.ads`: `{"create", "update", "deactivate", "skipped"}`; ads in
/// `listing` (matched by barcode) are updated or made passive, the others created.
pub fn tedbul_ads(params: &Value) -> Result<Value, Error> {
    let (catalogue, options) = prepare(params)?;
    let mut skipped = Vec::new();
    let ads = tedbul::ads(&catalogue, &options, &mut skipped);
    let listed = params
        .get("listing")
        .and_then(Value::as_array)
        .map(|l| listing::tedbul(l))
        .unwrap_or_default();
    let (mut create, mut update, mut deactivate) = (Vec::new(), Vec::new(), Vec::new());
    for ad in &ads {
        match listed.get(&ad.barcode) {
            Some(item) => match (&item.id, ad.active) {
                (Some(id), true) => update.push(ad.update_item(id)),
                (Some(id), false) if item.status != Some(2) => {
                    let price = item.price.unwrap_or(ad.price);
                    deactivate.push(deactivate_item(id, passive_stock(item.quantity), price));
                }
                (None, _) => skipped.push(Skip::new(
                    &ad.barcode,
                    "listing".into(),
                    "the listed ad has no adsId",
                )),
                _ => {}
            },
            None if ad.active => create.push(ad.create_params()),
            None => {}
        }
    }
    Ok(json!({
        "create": create,
        "update": update,
        "deactivate": deactivate,
        "skipped": skips_json(&skipped),
        "warnings": warnings_json(&mapped_warnings(&catalogue, &skipped)),
    }))
}
