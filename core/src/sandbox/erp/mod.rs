//! The ERP emulator: a read-only REST layer over Nebim-style data with Basic auth.
//!
//! Lists answer `{success, data, pagination}` and honour the documented
//! filters; a record by its code answers `{success, data}` or 404
//! `{success: false, message}`. The data is the seed document's examples,
//! which only the sandbox's own `PUT _sandbox/erp` route ([`update`]) changes.

mod list;
mod update;

use super::credentials::{PASSWORD, USERNAME};
use super::request::Incoming;
use crate::http::HttpResponse;
use crate::url::decode_component;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use list::{DateRange, Filters};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// One list route: its path, the seed collection it serves and its filters.
struct ListRoute {
    path: &'static [&'static str],
    collection: &'static str,
    filters: Filters,
}

const NO_FILTERS: Filters = Filters {
    exact: &[],
    dates: None,
};
const ORDER_DATES: Option<DateRange> = Some(DateRange {
    field: "OrderDate",
    start: "order_date_start",
    end: "order_date_end",
});
const INVOICE_DATES: Option<DateRange> = Some(DateRange {
    field: "InvoiceDate",
    start: "invoice_date_start",
    end: "invoice_date_end",
});
const BY_PROCESS: &[(&str, &str)] = &[("process_code", "ProcessCode")];

/// Every list, matched before the routes that end in a code.
const LISTS: &[ListRoute] = &[
    ListRoute {
        path: &["api", "products"],
        collection: "products",
        filters: Filters {
            exact: &[("item_type_code", "ItemTypeCode")],
            dates: None,
        },
    },
    ListRoute {
        path: &["api", "suppliers"],
        collection: "suppliers",
        filters: NO_FILTERS,
    },
    ListRoute {
        path: &["api", "customers", "wholesale"],
        collection: "customers_wholesale",
        filters: NO_FILTERS,
    },
    ListRoute {
        path: &["api", "customers", "retail"],
        collection: "customers_retail",
        filters: NO_FILTERS,
    },
    ListRoute {
        path: &["api", "purchase-orders"],
        collection: "purchase_orders",
        filters: Filters {
            exact: &[],
            dates: ORDER_DATES,
        },
    },
    ListRoute {
        path: &["api", "purchase-invoices"],
        collection: "purchase_invoices",
        filters: Filters {
            exact: &[],
            dates: INVOICE_DATES,
        },
    },
    ListRoute {
        path: &["api", "warehouses"],
        collection: "warehouses",
        filters: NO_FILTERS,
    },
    ListRoute {
        path: &["api", "inventory"],
        collection: "inventory",
        filters: Filters {
            exact: &[("warehouse_code", "WarehouseCode")],
            dates: None,
        },
    },
    ListRoute {
        path: &["api", "sales-orders"],
        collection: "sales_orders",
        filters: Filters {
            exact: BY_PROCESS,
            dates: ORDER_DATES,
        },
    },
    ListRoute {
        path: &["api", "sales-invoices"],
        collection: "sales_invoices",
        filters: Filters {
            exact: BY_PROCESS,
            dates: INVOICE_DATES,
        },
    },
];

/// The collections of current accounts, searched by `GET api/customers/{id}`.
const ACCOUNTS: [&str; 3] = ["suppliers", "customers_wholesale", "customers_retail"];

/// The emulator's state: the seed's collections by name.
#[derive(Debug)]
pub struct ErpSandbox {
    collections: BTreeMap<String, Vec<Value>>,
}

impl ErpSandbox {
    /// Seeded with every example of the seed document.
    pub fn seeded() -> Self {
        let seed: BTreeMap<String, Vec<Value>> =
            serde_json::from_str(include_str!("../seed/erp.json"))
                .expect("the ERP seed is an object of record lists");
        ErpSandbox { collections: seed }
    }

    /// Answers one request.
    pub fn handle(&mut self, request: &Incoming) -> HttpResponse {
        let expected = format!("{USERNAME}:{PASSWORD}");
        let authorized = request
            .token("Basic")
            .and_then(|t| STANDARD.decode(t).ok())
            .is_some_and(|decoded| decoded == expected.as_bytes());
        if !authorized {
            let mut response =
                HttpResponse::json(401, &json!({"success": false, "message": "Unauthorized"}));
            response
                .headers
                .push(("WWW-Authenticate".into(), "Basic realm=\"ERP\"".into()));
            return response;
        }
        if request.ends_with(update::ROUTE) {
            return update::answer(&mut self.collections, request);
        }
        if let Some(route) = LISTS.iter().find(|r| request.ends_with(r.path)) {
            return match request.method.as_str() {
                "GET" => list::answer(request, self.records(route.collection), &route.filters),
                _ => method_not_allowed(),
            };
        }
        let code = decode_component(request.last_segment());
        let found = if request.ends_with(&["api", "products", "*"]) {
            self.product(&code)
        } else if request.ends_with(&["api", "customers", "*"]) {
            self.account(&code)
        } else if request.ends_with(&["api", "inventory", "*"]) {
            self.stock(&code)
        } else {
            return not_found("Not found".into());
        };
        match (request.method.as_str(), found) {
            ("GET", Some(data)) => HttpResponse::json(200, &json!({"success": true, "data": data})),
            ("GET", None) => not_found(format!("No record with the code {code}")),
            _ => method_not_allowed(),
        }
    }

    fn records(&self, collection: &str) -> &[Value] {
        self.collections
            .get(collection)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    fn find(&self, collection: &str, key: &str, code: &str) -> Option<&Value> {
        self.records(collection)
            .iter()
            .find(|record| record[key] == code)
    }

    fn product(&self, item_code: &str) -> Option<Value> {
        self.find("products", "ItemCode", item_code).cloned()
    }

    fn account(&self, code: &str) -> Option<Value> {
        ACCOUNTS
            .iter()
            .find_map(|collection| self.find(collection, "CurrAccCode", code))
            .cloned()
    }

    /// Every stock record of a known item (an empty list when it has none).
    fn stock(&self, item_code: &str) -> Option<Value> {
        let records: Vec<Value> = self
            .records("inventory")
            .iter()
            .filter(|record| record["ItemCode"] == item_code)
            .cloned()
            .collect();
        let known = !records.is_empty() || self.product(item_code).is_some();
        known.then_some(Value::Array(records))
    }
}

fn not_found(message: String) -> HttpResponse {
    HttpResponse::json(404, &json!({"success": false, "message": message}))
}

fn method_not_allowed() -> HttpResponse {
    HttpResponse::json(
        405,
        &json!({"success": false, "message": "Method not allowed: this API is read-only"}),
    )
}
