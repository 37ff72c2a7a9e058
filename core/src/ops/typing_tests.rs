//! Result typing by each operation's own schema, read leniently.

use crate::ops::{find, ParseContext};
use crate::ErrorKind;
use serde_json::{json, Value};

fn parse(op: &str, params: Value, body: Value) -> Result<Value, crate::Error> {
    let op = find(op).unwrap();
    let params = crate::wire::Wire::from_value(params);
    let context = ParseContext {
        params: &params,
        page_size: 100,
        result: op.result,
    };
    let response = crate::HttpResponse {
        status: 200,
        headers: Vec::new(),
        body: body.to_string(),
    };
    (op.parse)(crate::ops::checked_body(op.service, &response)?, &context)
        .map(crate::wire::Wire::into_value)
}

#[test]
fn entegra_money_total_is_not_tedbuls_integer_total() {
    let body = json!({"orders": [{"id": "26", "total": "149.90", "grand_total": "1.234,50",
        "datetime": "21.09.2020 10:30", "order_product": [{"model": "SHIRT-001-RED-M",
        "quantity": "2", "price": "74.95", "total": "149.90", "tax": "24.98"}]}], "totalOrder": "1"});
    let page = parse("entegra.orders.list", json!({}), body).unwrap();
    let order = &page["items"][0];
    assert_eq!(order["total"], "149.90");
    assert_eq!(order["grand_total"], "1234.50");
    assert_eq!(order["datetime"], "2020-09-21 10:30");
    assert_eq!(order["order_product"][0]["quantity"], 2);
    assert_eq!(order["order_product"][0]["tax"], "24.98");
    assert_eq!(page["total"], 1);
    assert!(page.get("warnings").is_none());
    let tedbul = json!({"status": true, "result": {"total": "1", "data": [{"orderId": 9}]}});
    let page = parse("tedbul.orders.sold.list", json!({}), tedbul).unwrap();
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["orderId"], "9");
}

#[test]
fn decimal_measures_and_quantities_are_numbers() {
    let body = json!({"productList": [{"id": "1", "productCode": "P", "weight": "0.50",
        "desi": "1.5", "height": "12", "variatios": [{"productCode": "P-1", "weight": "0,25"}]}]});
    let page = parse("entegra.products.list", json!({}), body).unwrap();
    let product = &page["items"][0];
    assert_eq!(product["weight"], json!(0.5));
    assert_eq!(product["desi"], json!(1.5));
    assert_eq!(product["height"], json!(12));
    assert_eq!(product["variations"][0]["weight"], json!(0.25));
    let erp = json!({"success": true, "data": [{"ItemCode": "FABRIC", "InventoryQty1": 1250.75},
        {"ItemCode": "DYE", "InventoryQty1": "350.00"}], "pagination": {"total": 2}});
    let page = parse("erp.inventory.list", json!({}), erp).unwrap();
    assert_eq!(page["items"][0]["InventoryQty1"], json!(1250.75));
    assert_eq!(page["items"][1]["InventoryQty1"], json!(350));
}

#[test]
fn values_that_do_not_fit_are_kept_and_warned_about() {
    let body = json!({"productList": [{"id": "1", "productCode": "P", "price1": "1.234",
        "quantity": "lots", "date_add": "yesterday", "variatios": {"oops": 1}},
        {"id": "2", "productCode": "Q", "price2": "12,90"}], "totalProduct": "2"});
    let page = parse("entegra.products.list", json!({}), body).unwrap();
    assert_eq!(page["items"][0]["price1"], "1.234");
    assert_eq!(page["items"][0]["quantity"], "lots");
    assert_eq!(page["items"][1]["price2"], "12.90");
    let paths: Vec<&str> = page["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        vec![
            "items[0].price1",
            "items[0].quantity",
            "items[0].date_add",
            "items[0].variations"
        ]
    );
    assert!(page["warnings"][0]["expected"]
        .as_str()
        .unwrap()
        .contains("amount"));
}

#[test]
fn unreadable_totals_are_warned_about_and_paging_follows_the_page() {
    let body = json!({"productList": [{"id": "1", "productCode": "P"}], "totalProduct": "many"});
    let page = parse("entegra.products.list", json!({}), body).unwrap();
    assert_eq!(page["total"], Value::Null);
    assert_eq!(page["next_page"], Value::Null);
    assert_eq!(page["warnings"][0]["path"], "totalProduct");
    let erp = json!({"success": true, "data": [], "pagination": {"total_pages": "x"}});
    let page = parse("erp.products.list", json!({}), erp).unwrap();
    assert_eq!(page["warnings"][0]["path"], "pagination.total_pages");
    let huge = json!({"success": true, "data": [{}], "pagination": {"total": u64::MAX}});
    assert_eq!(
        parse("erp.products.list", json!({}), huge).unwrap()["total"],
        u64::MAX
    );
}

#[test]
fn a_list_that_is_no_list_is_a_decode_error() {
    let body = json!({"productList": {"id": "1"}});
    let err = parse("entegra.products.list", json!({}), body).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert_eq!(err.to_json()["path"], "productList");
}

#[test]
fn unlisted_fields_of_open_records_use_their_own_services_kinds() {
    let body = json!({"productList": [{"id": 1223, "productCode": 7, "pazarama_listPrice": "5",
        "first_price": "9,90", "total": "3", "extra": "kept"}]});
    let page = parse("entegra.products.list", json!({}), body).unwrap();
    let product = &page["items"][0];
    assert_eq!(product["id"], "1223");
    assert_eq!(product["productCode"], "7");
    assert_eq!(product["first_price"], "9.90");
    assert_eq!(product["total"], "3");
    assert_eq!(product["extra"], "kept");
    assert_eq!(product["pazarama_listPrice"], "5");
}

mod one_pass {
    //! Typing while parsing must give what typing the parsed tree gives.
    use crate::ops::{fallback_of, find, Typer, Warning};
    use crate::service::Service;
    use proptest::prelude::*;
    use serde_json::Value;

    /// Scalars Turkish back-ends print, odd ones included.
    fn scalar() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            (0.0f64..1e6).prop_map(Value::from),
            prop::sample::select(vec![
                "10,50",
                "1.234,50",
                "1234.50",
                "1.234",
                "12",
                "0.50",
                "",
                "lots",
                "21.09.2020 10:30",
                "2020-09-21",
                "-3",
                "007",
                "1e3",
            ])
            .prop_map(Value::from),
        ]
    }

    /// Keys of Entegra's product and order records, typed and untyped.
    const RECORD_KEYS: [&str; 16] = [
        "id",
        "productCode",
        "price1",
        "weight",
        "desi",
        "quantity",
        "total",
        "datetime",
        "order_product",
        "variatios",
        "variations",
        "price",
        "tax",
        "first_price",
        "extra",
        "barcode",
    ];

    /// Keys of the ERP's product and stock records, typed and untyped.
    const ERP_RECORD_KEYS: [&str; 12] = [
        "ItemCode",
        "ItemTypeCode",
        "SalePrice",
        "PurchasePrice",
        "TaxRate",
        "IsBlocked",
        "CreatedDate",
        "Variants",
        "ColorCode",
        "Barcode",
        "Qty1",
        "extra",
    ];

    /// Values with the keys of Entegra's product and order records.
    fn value() -> impl Strategy<Value = Value> {
        value_with(&RECORD_KEYS)
    }

    /// Values whose objects have `keys`.
    fn value_with(keys: &'static [&'static str]) -> impl Strategy<Value = Value> {
        let keys = prop::sample::select(keys.to_vec());
        scalar().prop_recursive(3, 24, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map(keys.clone(), inner, 0..6).prop_map(|map| {
                    Value::Object(map.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
                }),
            ]
        })
    }

    /// The JSON text of a value as a service may send it: objects whose keys
    /// may come twice, some spelt with an escape (`"\u0069d"` for `"id"`).
    fn sent_text() -> impl Strategy<Value = String> {
        let keys = prop::sample::select(RECORD_KEYS.to_vec());
        let scalar = scalar().prop_map(|value| value.to_string());
        scalar.prop_recursive(3, 24, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4)
                    .prop_map(|items| format!("[{}]", items.join(","))),
                prop::collection::vec((keys.clone(), any::<bool>(), inner), 0..8).prop_map(
                    |fields| {
                        let fields: Vec<String> = fields
                            .into_iter()
                            .map(|(key, escaped, value)| {
                                let key = if escaped {
                                    format!("\\u{:04x}{}", u32::from(key.as_bytes()[0]), &key[1..])
                                } else {
                                    key.to_string()
                                };
                                format!("\"{key}\":{value}")
                            })
                            .collect();
                        format!("{{{}}}", fields.join(","))
                    }
                ),
            ]
        })
    }

    fn both_ways(op: &str, key: &'static str, records: Vec<Value>) -> Result<(), TestCaseError> {
        let records: Vec<String> = records.iter().map(Value::to_string).collect();
        let (one_pass, walked) = both_ways_sent(op, key, records)?;
        prop_assert_eq!(one_pass, walked);
        Ok(())
    }

    /// The ERP's page reader (one pass) against the walk of the records it
    /// replaced: the same items, in the same text, with the same warnings. The
    /// body has the envelope seed 001 shows for `GET /api/v1/inventory` and
    /// `/products` (`success`, `data`, `pagination` with `current_page`,
    /// `total`, `total_pages`).
    fn erp_page_both_ways(op: &str, records: Vec<Value>) -> Result<(), TestCaseError> {
        let operation = find(op).unwrap();
        let text = serde_json::json!({
            "success": true,
            "data": records,
            "pagination": {"current_page": 1, "total": 9, "total_pages": 3},
        })
        .to_string();
        let response = crate::http::HttpResponse::new(200, text.clone());
        let body = crate::ops::envelope::checked_body(Service::Erp, &response).unwrap();
        let params = crate::wire::Wire::from_value(serde_json::json!({"page": 1}));
        let context = crate::ops::ParseContext {
            params: &params,
            page_size: 100,
            result: operation.result,
        };
        let read = crate::ops::erp::parse::page(body, &context)
            .unwrap()
            .into_value();
        let mut walked = Typer::new(fallback_of(Service::Erp));
        let mut tree: Value = serde_json::from_str(&text).unwrap();
        walked.records(
            tree["data"].as_array_mut().unwrap(),
            operation.result,
            "items",
        );
        prop_assert_eq!(read["items"].to_string(), tree["data"].to_string());
        let next = if tree["data"].as_array().unwrap().is_empty() {
            Value::Null
        } else {
            Value::from(2)
        };
        prop_assert_eq!(
            (&read["page"], &read["total"], &read["next_page"]),
            (&Value::from(1), &Value::from(9), &next)
        );
        let warnings: Vec<Value> = walked
            .into_warnings()
            .iter()
            .map(Warning::to_json)
            .collect();
        let expected = if warnings.is_empty() {
            Value::Null
        } else {
            Value::from(warnings)
        };
        prop_assert_eq!(&read["warnings"], &expected);
        Ok(())
    }

    /// The one pass and the walk over the same text: the same text out (fields,
    /// order, a repeated key's first place and last value); their warnings.
    fn both_ways_sent(
        op: &str,
        key: &'static str,
        records: Vec<String>,
    ) -> Result<(Vec<Warning>, Vec<Warning>), TestCaseError> {
        let schema = find(op).unwrap().result;
        let text = format!("{{\"{key}\":[{}]}}", records.join(","));
        let keys: &'static [&'static str] = match key {
            "orders" => &["orders"],
            _ => &["productList"],
        };
        let mut one_pass = Typer::new(fallback_of(Service::Entegra));
        let read = one_pass.read_page(&text, schema, keys, &[]).unwrap();
        let mut walked = Typer::new(fallback_of(Service::Entegra));
        let mut tree: Value = serde_json::from_str(&text).unwrap();
        walked.records(tree[key].as_array_mut().unwrap(), schema, "items");
        // The same fields in the same order: the text of the one pass is the walked tree's.
        let mut written = String::new();
        read.write_json(&mut written);
        prop_assert_eq!(written, tree.to_string());
        Ok((one_pass.into_warnings(), walked.into_warnings()))
    }

    proptest! {
        #[test]
        fn products_read_in_one_pass_are_typed_as_walked(records in prop::collection::vec(value(), 0..5)) {
            both_ways("entegra.products.list", "productList", records)?;
        }

        #[test]
        fn orders_read_in_one_pass_are_typed_as_walked(records in prop::collection::vec(value(), 0..5)) {
            both_ways("entegra.orders.list", "orders", records)?;
        }

        #[test]
        fn erp_products_read_in_one_pass_are_typed_as_walked(
            records in prop::collection::vec(value_with(&ERP_RECORD_KEYS), 0..5),
        ) {
            erp_page_both_ways("erp.products.list", records)?;
        }

        #[test]
        fn erp_inventory_read_in_one_pass_is_typed_as_walked(
            records in prop::collection::vec(value_with(&ERP_RECORD_KEYS), 0..5),
        ) {
            erp_page_both_ways("erp.inventory.list", records)?;
        }

        #[test]
        fn repeated_and_escaped_keys_read_in_one_pass_are_kept_as_walked(
            records in prop::collection::vec(sent_text(), 0..5),
        ) {
            let (one_pass, walked) = both_ways_sent("entegra.products.list", "productList", records)?;
            // The one pass also warns about a value a repeated key then replaced.
            for warning in &walked {
                prop_assert!(one_pass.contains(warning), "{:?} not in {:?}", warning, one_pass);
            }
        }
    }
}

mod text_kept_as_sent {
    //! Text already in kopru's form is kept as sent; it must be exactly what
    //! reading and printing it would give.
    use super::super::typed_text;
    use crate::dates::Date;
    use crate::money_text::{quantity_number, read_amount_text};
    use crate::schema::{DateWire, MoneyWire, Type};
    use proptest::prelude::*;
    use serde_json::Value;

    fn read_then_printed(text: &str, ty: &Type) -> Option<Value> {
        match ty {
            Type::Money(_) => read_amount_text(text).map(|m| Value::String(m.to_dot_string())),
            Type::Decimal => read_amount_text(text).map(|m| quantity_number(&m)),
            _ => {
                let trimmed = text.trim();
                let at = trimmed.find([' ', 'T']).unwrap_or(trimmed.len());
                let (date_part, rest) = trimmed.split_at(at);
                Date::parse_iso(date_part)
                    .or_else(|| Date::parse_day_first(date_part))
                    .map(|date| Value::String(format!("{}{}", date.to_iso(), rest)))
            }
        }
    }

    proptest! {
        #[test]
        fn amounts_and_quantities_match_reading_them(text in "[-+ ]?[0-9]{0,6}([.,][0-9]{0,4})?[ ]?") {
            for ty in [Type::Money(MoneyWire::Dot), Type::Decimal] {
                prop_assert_eq!(typed_text(&text, &ty), read_then_printed(&text, &ty));
            }
        }

        #[test]
        fn dates_match_reading_them(text in "[ ]?[0-9]{1,4}[-./][0-9]{1,2}[-./][0-9]{1,4}([ T][0-9:]{0,8})?") {
            let ty = Type::Date(DateWire::Iso);
            prop_assert_eq!(typed_text(&text, &ty), read_then_printed(&text, &ty));
        }
    }
}

#[test]
fn indexed_key_lists_type_keys_as_the_lists_do() {
    use crate::ops::fallback_of;
    use crate::service::Service;
    for service in Service::ALL {
        let kinds = fallback_of(service);
        let keys = kinds.kinds().flat_map(|(keys, _)| keys.iter().copied());
        for key in keys.chain(["no_such_key", ""]) {
            let scanned = kinds
                .kinds()
                .find(|(keys, _)| keys.contains(&key))
                .map(|(_, ty)| ty);
            assert_eq!(
                kinds
                    .named_type_of(key)
                    .map(|(name, ty)| (name, ty as *const _)),
                scanned.map(|ty| (key, ty as *const _)),
                "{service:?} {key}"
            );
        }
        assert!(super::indexed_kinds(kinds).is_some());
    }
}

#[test]
fn a_key_known_from_the_last_record_is_typed_by_its_own_schema() {
    use super::{field_index, lookup};
    use crate::ops::{all, fallback_of};
    use crate::service::Service;
    let fallback = fallback_of(Service::Entegra);
    let mut typer = super::Typer::new(fallback);
    let schemas: Vec<_> = all().map(|op| op.result).collect();
    let mut differing = 0;
    for first in &schemas {
        for field in first.fields {
            for second in &schemas {
                typer.type_at(first, field_index(first), field.name, 0, 0);
                let typed = typer.type_at(second, field_index(second), field.name, 0, 0);
                let looked_up = lookup(second, field_index(second), fallback, field.name);
                assert_eq!(
                    typed.map(|(_, t)| t as *const _),
                    looked_up.map(|t| t as *const _)
                );
                assert!(typed.is_none_or(|(name, _)| name == field.name));
                differing +=
                    usize::from(typed.map(|(_, t)| t as *const _) != Some(&field.ty as *const _));
            }
        }
    }
    assert!(differing > 0, "no two schemas type one key differently");
}

#[test]
fn records_of_two_schemas_at_one_depth_are_typed_each_by_its_own() {
    use crate::ops::{fallback_of, find, Typer};
    use crate::service::Service;
    let schema = find("entegra.products.list").unwrap().result;
    let body = json!({"productList": [{
        "id": "1", "productCode": "P",
        "pictures": [{"picture": "a.jpg"}],
        "variations": [{"productCode": "P-1", "price": "12,50"}],
    }]})
    .to_string();
    let mut typer = Typer::new(fallback_of(Service::Entegra));
    let read = typer
        .read_page(&body, schema, &["productList"], &[])
        .unwrap();
    let read = read.into_value();
    assert_eq!(read["productList"][0]["variations"][0]["price"], "12.50");
}

#[test]
fn a_key_sent_twice_keeps_its_first_place_and_its_last_value_and_a_rename_never_overwrites() {
    use crate::ops::{fallback_of, find, Typer};
    use crate::service::Service;
    let schema = find("entegra.products.list").unwrap().result;
    let body = r#"{"productList": [
        {"id": "1", "name": "a", "extra": 1, "id": "2", "extra": 2,
         "variatios": [{"productCode": "V1"}], "variations": [{"productCode": "V2"}]},
        {"variations": [{"productCode": "V3"}], "variatios": [{"productCode": "V4"}]}
    ], "totalProduct": "2", "totalProduct": "3"}"#;
    let renames = &[("variatios", "variations")];
    let mut typer = Typer::new(fallback_of(Service::Entegra));
    let read = typer
        .read_page(body, schema, &["productList"], renames)
        .unwrap();
    let mut text = String::new();
    read.write_json(&mut text);
    assert_eq!(
        text,
        concat!(
            r#"{"productList":[{"id":"2","name":"a","extra":2,"variations":[{"productCode":"V2"}]},"#,
            r#"{"variations":[{"productCode":"V3"}]}],"totalProduct":"3"}"#
        )
    );
}

#[test]
fn a_wide_record_sizes_neither_deep_records_nor_more_than_the_bound() {
    use super::read::Shapes;
    let mut shapes = Shapes::default();
    shapes.record_size(3, 200_000);
    shapes.record_size(40, 200_000);
    assert_eq!(shapes.size_hint(3), 64);
    assert_eq!(shapes.size_hint(40), 0);
    shapes.record_size(3, 12);
    assert_eq!(shapes.size_hint(3), 12);
}
