//! The sandbox server on a loopback port in this process, its admin
//! endpoints, and clients of its services over real HTTP.

use kopru_blocking::Client;
use kopru_sandbox_server::Server;
use serde_json::{json, Value};
use std::thread;

/// A running sandbox server (it serves until the test process ends).
pub struct Loopback {
    origin: String,
}

impl Loopback {
    /// Starts a server on a free port.
    pub fn start() -> Loopback {
        let server = Server::bind(0).expect("bind a loopback port");
        let origin = format!("http://{}", server.local_addr().unwrap());
        thread::spawn(move || server.serve());
        Loopback { origin }
    }

    /// A client of `service` at this server, with the sandbox's account and `extra` config keys.
    pub fn client(&self, service: &str, extra: Value) -> Client {
        let kind = kopru_core::Service::from_name(service).expect("a service");
        let mut config = kopru_core::sandbox::sandbox_config(kind);
        config["sandbox"] = json!(false);
        config["base_url"] = json!(format!("{}/{service}", self.origin));
        for (key, value) in extra.as_object().expect("an object") {
            config[key] = value.clone();
        }
        Client::new(&config).expect("a valid config")
    }

    /// Sets fault knobs (`latency_ms`, `fail_next`, …).
    pub fn faults(&self, knobs: Value) -> Value {
        self.admin("POST", "faults", Some(knobs))
    }

    /// The counts of one service (`requests`, `logins`, `max_in_flight`, …).
    pub fn stats(&self, service: &str) -> Value {
        self.admin("GET", "stats", None)[service].clone()
    }

    fn admin(&self, method: &str, name: &str, body: Option<Value>) -> Value {
        let url = format!("{}/_admin/{name}", self.origin);
        let mut response = match body {
            Some(body) => ureq::post(&url)
                .header("Content-Type", "application/json")
                .send(body.to_string()),
            None if method == "GET" => ureq::get(&url).call(),
            None => ureq::post(&url).send_empty(),
        }
        .expect("the admin endpoint answers");
        let text = response.body_mut().read_to_string().unwrap();
        serde_json::from_str(&text).unwrap()
    }
}

/// `count` ERP products `GEN-00000` on, with a stock row each in the
/// sandbox's main Istanbul warehouse, loaded into the ERP sandbox.
pub fn load_inventory(erp: &Client, count: usize) {
    let codes: Vec<String> = (0..count).map(|n| format!("GEN-{n:05}")).collect();
    let products: Vec<Value> = codes
        .iter()
        .map(|code| json!({"ItemCode": code, "SalePrice": "9,90"}))
        .collect();
    let rows: Vec<Value> = codes
        .iter()
        .enumerate()
        .map(|(n, code)| {
            json!({"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": code,
                   "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": n % 17})
        })
        .collect();
    erp.call(
        "sandbox.erp.update",
        &json!({"products": products, "inventory": rows}),
    )
    .expect("the ERP sandbox takes the rows");
}
