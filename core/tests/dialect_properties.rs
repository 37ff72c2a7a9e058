//! Property tests of the dialect (issue 9 item 8): every list operation is fed
//! pages whose records hold every field of its result schema (nested lists and
//! records included) with scalars drawn at random: words, digit strings, dot
//! and comma decimals, Turkish thousands, numbers, fractions, booleans, nulls,
//! or nothing at all. No page may ever fail for a field kopru does not need:
//! every page ends in its result, with every record, and each value that did
//! not fit is named in `warnings` by a path into that record.

use kopru_core::ops::{all, is_sandbox_only, Role};
use kopru_core::schema::{Schema, Type};
use kopru_core::{HttpResponse, Service, Session, Step};
use serde_json::{json, Map, Value};

const NOW: u64 = 1_700_000_000_000;
const FAR: u64 = 1_900_000_000_000;
const PAGES_PER_OPERATION: usize = 80;

/// A small deterministic generator (xorshift64*), so a failure repeats.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// A scalar of any kind a back-end might print, or `None` for a missing field.
    fn scalar(&mut self) -> Option<Value> {
        let digits = self.below(100_000);
        let cents = self.below(100);
        Some(match self.below(14) {
            0 => return None,
            1 => Value::Null,
            2 => json!(""),
            3 => json!(["kelime", "lots", "yok", "N/A", "0000-00-00"][self.below(5) as usize]),
            4 => json!(digits.to_string()),
            5 => json!(format!("{digits}.{cents:02}")),
            6 => json!(format!("{digits},{cents:02}")),
            7 => json!(format!(
                "{}.{:03},{cents:02}",
                1 + self.below(999),
                self.below(1000)
            )),
            8 => json!(format!("{}.{:03}", 1 + self.below(999), self.below(1000))),
            9 => json!(digits),
            10 => json!(digits as f64 + cents as f64 / 100.0),
            11 => json!(self.below(2) == 1),
            12 => json!(-(digits as i64)),
            _ => json!(
                ["21.09.2020", "2024-03-01 10:00:00", "1e300", "-0,5"][self.below(4) as usize]
            ),
        })
    }

    /// A value for a field of type `ty`: nested lists and records keep their
    /// shape (sometimes), scalars are drawn at random.
    fn value(&mut self, ty: &'static Type, depth: usize) -> Option<Value> {
        match ty {
            Type::List { item, .. } if depth < 4 && self.below(4) != 0 => {
                let items = (0..self.below(3))
                    .filter_map(|_| self.value(item, depth + 1))
                    .collect();
                Some(Value::Array(items))
            }
            Type::Object(schema) if depth < 4 && self.below(4) != 0 => {
                Some(self.record(schema, depth + 1))
            }
            _ => self.scalar(),
        }
    }

    fn record(&mut self, schema: &'static Schema, depth: usize) -> Value {
        let mut record = Map::new();
        for field in schema.fields {
            if let Some(value) = self.value(&field.ty, depth) {
                record.insert(field.name.to_string(), value);
            }
        }
        Value::Object(record)
    }
}

fn session(service: Service) -> Session {
    let (credentials, account) = match service {
        Service::Entegra => (
            json!({"email": "demo@kopru.dev", "password": "p"}),
            "demo@kopru.dev",
        ),
        Service::Tedbul => (
            json!({"username": "demo", "password": "p", "secretkey": "s"}),
            "demo",
        ),
        Service::Erp => (json!({"username": "demo", "password": "p"}), "demo"),
    };
    let config = json!({"service": service.name(), "credentials": credentials,
                        "base_url": "https://erp.example.com", "max_retries": 0});
    let state = json!({"version": 1, "service": service.name(), "account": account,
                       "access_token": "T", "access_expires_ms": FAR,
                       "refresh_token": "R", "refresh_expires_ms": FAR});
    let state = (service != Service::Erp).then_some(state);
    Session::from_json(&config, state.as_ref()).expect("a valid config")
}

/// One body that carries `items` wherever any service's list answer puts them.
fn page_body(items: &[Value], draw: &mut Draw) -> String {
    let total = draw.scalar().unwrap_or(Value::Null);
    json!({
        "productList": items, "totalProduct": total,
        "orders": items, "totalOrder": total,
        "categories": items, "brand": items,
        "status": true, "code": 200, "message": "ok",
        "result": {"total": total, "data": items},
        "success": true, "data": items,
        "pagination": {"current_page": 1, "total": total, "total_pages": draw.scalar()},
    })
    .to_string()
}

fn receive_page(session: &mut Session, op: &str, params: &Value, body: String) -> Value {
    let step = session.start(op, params, NOW).expect("the example starts");
    assert!(matches!(step, Step::Send { .. }), "{op}: {step:?}");
    let response = HttpResponse {
        status: 200,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body,
    };
    match session.receive(&response, NOW) {
        Ok(Step::Done(result)) => result.into_value(),
        other => panic!("{op}: a page failed: {other:?}\nbody: {}", response.body),
    }
}

#[test]
fn no_list_page_fails_for_a_field_kopru_does_not_need() {
    let mut draw = Draw(0x9e37_79b9_7f4a_7c15);
    let lists: Vec<_> = all()
        .filter(|op| op.paginated && matches!(op.role, Role::Call) && !is_sandbox_only(op))
        .collect();
    assert!(lists.len() >= 15, "only {} list operations", lists.len());
    let mut warned = 0;
    for op in &lists {
        let params: Value = serde_json::from_str(op.example).expect("the example is JSON");
        let mut session = session(op.service);
        for _ in 0..PAGES_PER_OPERATION {
            let items: Vec<Value> = (0..1 + draw.below(3))
                .map(|_| draw.record(op.result, 0))
                .collect();
            let body = page_body(&items, &mut draw);
            let page = receive_page(&mut session, op.name, &params, body);
            let got = page["items"].as_array().expect("items").len();
            assert_eq!(got, items.len(), "{}: records were lost", op.name);
            for warning in page["warnings"].as_array().into_iter().flatten() {
                let path = warning["path"].as_str().expect("a path");
                let known = path.starts_with("items[")
                    || path.contains("total")
                    || path.contains("current_page");
                assert!(known, "{}: a warning outside the page: {path}", op.name);
                warned += 1;
            }
        }
    }
    assert!(
        warned > 0,
        "the draws never produced a value that does not fit"
    );
}

#[test]
fn money_and_quantities_that_fit_are_typed_exactly() {
    let mut draw = Draw(7);
    let mut session = session(Service::Entegra);
    for _ in 0..PAGES_PER_OPERATION {
        let (int, cents) = (draw.below(1_000_000), draw.below(100));
        let (head, group) = (1 + (int / 1000) % 999, int % 1000);
        let grouped = format!("{head},{group:03}.{cents:02}");
        let turkish = format!("{head}.{group:03},{cents:02}");
        let body = json!({"productList": [{"id": "1", "productCode": "P", "price1": turkish,
            "price2": grouped, "price3": format!("{int},{cents:02}"), "weight": format!("{int},{cents:02}")}]});
        let page = receive_page(
            &mut session,
            "entegra.products.list",
            &json!({}),
            body.to_string(),
        );
        let product = &page["items"][0];
        let plain = format!("{head}{group:03}.{cents:02}");
        assert_eq!(product["price1"], plain.as_str());
        assert_eq!(product["price2"], plain.as_str());
        assert_eq!(product["price3"], format!("{int}.{cents:02}").as_str());
        let weight = product["weight"].as_f64().expect("a number");
        assert!((weight - (int as f64 + cents as f64 / 100.0)).abs() < 1e-6);
        assert!(page.get("warnings").is_none(), "{page}");
    }
}
