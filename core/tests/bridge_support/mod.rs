//! Shared by the bridge tests: a deterministic catalogue generator, a driver
//! that runs operations against the in-process sandbox, and a sync runner.

#![allow(dead_code)]

use kopru_core::sandbox::{sandbox_config, Sandbox};
use kopru_core::{Error, Service, Session, Step};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// A fixed "now": the sandbox only needs it for token lifetimes.
pub const NOW: u64 = 1_760_000_000_000;

/// The warehouses of the generated inventory; the first two are synced.
pub const WAREHOUSES: [&str; 3] = ["WH-IST", "WH-ANK", "WH-IZM"];

/// A session and the emulator it talks to.
pub struct Marketplace {
    pub session: Session,
    pub sandbox: Sandbox,
    /// Requests sent to the emulator (logins included).
    pub sent: usize,
}

impl Marketplace {
    /// A fresh, seeded emulator of `service` with a logged-out session.
    pub fn new(service: Service) -> Marketplace {
        Marketplace {
            session: Session::from_json(&sandbox_config(service), None).unwrap(),
            sandbox: Sandbox::new(service),
            sent: 0,
        }
    }

    /// Runs one operation to the end.
    pub fn call(&mut self, op: &str, params: &Value) -> Result<Value, Error> {
        let mut step = self.session.start(op, params, NOW);
        loop {
            match step? {
                Step::Send { request, .. } => {
                    self.sent += 1;
                    let response = self.sandbox.handle(&request, NOW);
                    step = self.session.receive(&response, NOW);
                }
                Step::Done(result) => return Ok(result.into_value()),
            }
        }
    }

    /// Every item of a paginated list.
    pub fn list_all(&mut self, op: &str, params: Value) -> Vec<Value> {
        let mut items = Vec::new();
        let mut params = Some(params);
        while let Some(page) = params {
            let result = self.call(op, &page).unwrap();
            items.extend(result["items"].as_array().unwrap().iter().cloned());
            params = kopru_core::pages::next_params(&page, result["next_page"].as_u64());
        }
        items
    }
}

/// Runs a local operation (no request is ever sent).
pub fn local(op: &str, params: &Value) -> Result<Value, Error> {
    let mut session = Session::from_json(&sandbox_config(Service::Erp), None).unwrap();
    match session.start(op, params, NOW)? {
        Step::Done(result) => Ok(result.into_value()),
        Step::Send { request, .. } => panic!("{op} sent {} {}", request.method, request.url),
    }
}

/// A tiny linear congruential generator: deterministic, no crate needed.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// A generated ERP snapshot.
#[derive(Clone, Debug)]
pub struct Erp {
    pub products: Vec<Value>,
    pub inventory: Vec<Value>,
}

const COLOURS: [(&str, &str); 4] = [
    ("RED", "Kırmızı"),
    ("BLUE", "Lacivert"),
    ("BLK", "Siyah"),
    ("WHT", "Beyaz"),
];
const SIZES: [&str; 4] = ["S", "M", "L", "XL"];
const TAX_RATES: [i64; 3] = [1, 10, 20];

impl Erp {
    /// `count` products: a quarter without variants (a product barcode), the
    /// rest with colour or colour × size variants; every 11th blocked, every
    /// 9th without stock, stock spread over three warehouses (some negative).
    pub fn generate(count: usize, seed: u64) -> Erp {
        let mut rng = Lcg::new(seed);
        let mut products = Vec::new();
        let mut inventory = Vec::new();
        for i in 0..count {
            let code = format!("GEN-{i:04}");
            let price = format!("{}.{:02}", 10 + rng.below(490), rng.below(100));
            let shape = i % 4;
            let mut variants = Vec::new();
            let (colours, sizes) = match shape {
                0 => (0, 0),
                1 => (2, 0),
                2 => (2, 3),
                _ => (1, 2),
            };
            for c in 0..colours {
                let size_list: Vec<Option<&str>> = if sizes == 0 {
                    vec![None]
                } else {
                    SIZES[..sizes].iter().map(|s| Some(*s)).collect()
                };
                for size in size_list {
                    let (colour, description) = COLOURS[(i + c) % COLOURS.len()];
                    variants.push(json!({
                        "ColorCode": colour,
                        "ColorDescription": description,
                        "ItemDim1Code": size,
                        "Barcode": format!("869{i:05}{:02}", variants.len()),
                    }));
                }
            }
            let mut product = json!({
                "ItemTypeCode": 1,
                "ItemDimTypeCode": if sizes > 0 { 2 } else if colours > 0 { 1 } else { 0 },
                "ItemCode": code,
                "ItemDescription": format!("Ürün {i}"),
                "SalePrice": price,
                "PurchasePrice": "5.00",
                "TaxRate": TAX_RATES[i % 3],
                "IsBlocked": i % 11 == 5,
                "Variants": variants,
            });
            if variants_empty(&product) {
                product["Barcode"] = json!(format!("869{i:05}99"));
            }
            let keys: Vec<(Value, Value)> = if variants_empty(&product) {
                vec![(Value::Null, Value::Null)]
            } else {
                product["Variants"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| (v["ColorCode"].clone(), v["ItemDim1Code"].clone()))
                    .collect()
            };
            for (colour, size) in keys {
                for warehouse in WAREHOUSES {
                    let quantity = if i % 9 == 0 {
                        0
                    } else {
                        rng.below(12) as i64 - 1
                    };
                    inventory.push(json!({
                        "OfficeCode": "IST-01",
                        "WarehouseCode": warehouse,
                        "ItemTypeCode": 1,
                        "ItemCode": code,
                        "ColorCode": colour,
                        "ItemDim1Code": size,
                        "InventoryQty1": quantity,
                    }));
                }
            }
            products.push(product);
        }
        Erp {
            products,
            inventory,
        }
    }

    /// Sets the stock of every record of `item_code` in the first warehouse.
    pub fn set_stock(&mut self, item_code: &str, quantity: i64) {
        for record in &mut self.inventory {
            if record["ItemCode"] == item_code && record["WarehouseCode"] == WAREHOUSES[0] {
                record["InventoryQty1"] = json!(quantity);
            }
        }
    }

    /// True when the ERP has a product `item_code`.
    pub fn has(&self, item_code: &str) -> bool {
        self.products.iter().any(|p| p["ItemCode"] == item_code)
    }

    /// Sets a product's SalePrice.
    pub fn set_price(&mut self, item_code: &str, price: &str) {
        self.product_mut(item_code)["SalePrice"] = json!(price);
    }

    /// Blocks or unblocks a product.
    pub fn set_blocked(&mut self, item_code: &str, blocked: bool) {
        self.product_mut(item_code)["IsBlocked"] = json!(blocked);
    }

    /// Removes a product (its stock records stay, as in a real ERP).
    pub fn remove(&mut self, item_code: &str) {
        self.products.retain(|p| p["ItemCode"] != item_code);
    }

    fn product_mut(&mut self, item_code: &str) -> &mut Value {
        self.products
            .iter_mut()
            .find(|p| p["ItemCode"] == item_code)
            .unwrap()
    }

    /// The snapshot part of mapping and plan params.
    pub fn params(&self, options: &Value) -> Value {
        json!({"products": self.products, "inventory": self.inventory, "options": options})
    }
}

fn variants_empty(product: &Value) -> bool {
    product["Variants"].as_array().is_none_or(Vec::is_empty)
}

/// Requests of a plan, counted by operation.
pub fn count_by_op(plan: &Value) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for request in plan["requests"].as_array().unwrap() {
        *counts
            .entry(request["op"].as_str().unwrap().to_string())
            .or_insert(0) += 1;
    }
    counts
}

/// Sends one planned request and applies its outcome to `state`.
pub fn send_and_apply(market: &mut Marketplace, state: &Value, request: &Value) -> Value {
    let outcome = match market.call(request["op"].as_str().unwrap(), &request["params"]) {
        Ok(result) => json!({"state": state, "request": request, "result": result}),
        Err(error) => json!({"state": state, "request": request, "error": error.to_json()}),
    };
    local("sync.apply", &outcome).unwrap()["state"].clone()
}

/// Plans from `state` and sends every request; the final state and the plan.
pub fn sync(market: &mut Marketplace, state: &Value, params: &Value) -> (Value, Value) {
    let mut params = params.clone();
    params["state"] = state.clone();
    let plan = local("sync.plan", &params).unwrap();
    let mut state = plan["state"].clone();
    for request in plan["requests"].as_array().unwrap() {
        state = send_and_apply(market, &state, request);
    }
    (state, plan)
}

/// ⌈items / size⌉.
pub fn batches(items: usize, size: usize) -> usize {
    items.div_ceil(size)
}
