//! Sandbox-only operations: they change the emulators' data, which the
//! vendors' own APIs cannot (the ERP's is read-only; Tedbul's lets a seller
//! read its sold orders but only a buyer creates them), so that demos and
//! tests can move stock and prices, load a generated catalogue, or have a
//! buyer order the account's ads.
//!
//! Their names start with `sandbox.`; a request for one is only ever built for
//! a sandbox: `sandbox: true` in the config, or a base URL on a loopback
//! address (the loopback sandbox server). Anything else is refused with a
//! `config` error before a request exists, so a real ERP never sees one.

mod params;

use super::tedbul::{parse_order, ORDER};
use super::typing::count;
use super::{Body, Method, Operation, ParseContext, Role};
use crate::config::Config;
use crate::error::Error;
use crate::service::Service;
use crate::url::is_loopback_url;
use serde_json::json;

/// The name prefix of every sandbox-only operation.
const PREFIX: &str = "sandbox.";

/// `sandbox.erp.update`: adds, changes and removes ERP products and stock rows.
pub const ERP_UPDATE: Operation = Operation {
    name: "sandbox.erp.update",
    service: Service::Erp,
    method: Method::Put,
    path: "/_sandbox/erp",
    summary: crate::schema::doc("Sandbox only: upsert or remove ERP products and stock rows, or replace them all; answers the counts afterwards"),
    params: &params::UPDATE,
    role: Role::Call,
    idempotent: true,
    paginated: false,
    parse: counts,
    result: &params::COUNTS,
    example: crate::schema::doc(r#"{"inventory": [{"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 45}]}"#),
};

#[cfg(feature = "sandbox")]
pub use params::MAX_ORDER_LINES;

/// `sandbox.tedbul.place_order`: a buyer orders the account's ads on the Tedbul emulator.
pub const TEDBUL_PLACE_ORDER: Operation = Operation {
    name: "sandbox.tedbul.place_order",
    service: Service::Tedbul,
    method: Method::Post,
    path: "api/_sandbox/placeOrder",
    summary: crate::schema::doc("Sandbox only: a buyer orders the account's ads by barcode (priced as the ads, taken off their stock); answers the new sold order, awaiting the seller"),
    params: &params::PLACE_ORDER,
    role: Role::Call,
    idempotent: false,
    paginated: false,
    parse: parse_order,
    result: &ORDER,
    example: crate::schema::doc(r#"{"products": [{"barcode": "170017341905", "qty": 1}]}"#),
};

/// Every sandbox-only operation.
pub static OPERATIONS: &[Operation] = &[ERP_UPDATE, TEDBUL_PLACE_ORDER];

/// True for an operation that only a sandbox may receive.
pub fn is_sandbox_only(op: &Operation) -> bool {
    op.name.starts_with(PREFIX)
}

/// A `config` error for a sandbox-only `op` when `config` may reach a real
/// service: neither `sandbox: true` nor a loopback base URL.
pub fn refuse_outside_sandbox(op: &Operation, config: &Config) -> Result<(), Error> {
    if !is_sandbox_only(op) || config.sandbox || is_loopback_url(&config.base_url) {
        return Ok(());
    }
    Err(Error::config(format!(
        "{} only goes to the sandbox: use `sandbox: true`, or a base_url on a loopback address \
         (127.0.0.1, localhost, [::1]) for the loopback sandbox server; it is never sent to a real {}",
        op.name,
        op.service.name()
    )))
}

/// `{success, data: {products, inventory}}` → `{"products": N, "inventory": M}`.
fn counts(body: Body<'_>, _: &ParseContext) -> Result<crate::wire::Wire, Error> {
    let body = body.value()?;
    let data = body.get("data");
    let read = |key: &str| {
        count(data.and_then(|d| d.get(key)))
            .ok_or_else(|| Error::decode(format!("data.{key}"), "expected a count"))
    };
    Ok(crate::wire::Wire::from_value(
        json!({"products": read("products")?, "inventory": read("inventory")?}),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::session::Session;
    use crate::Step;
    use serde_json::Value;

    const NOW: u64 = 1_700_000_000_000;

    fn session(extra: Value) -> Session {
        let mut config = json!({
            "service": "erp",
            "credentials": {"username": "demo", "password": "demo-password"},
        });
        for (key, value) in extra.as_object().unwrap() {
            config[key] = value.clone();
        }
        Session::from_json(&config, None).unwrap()
    }

    fn start(extra: Value) -> Result<Step, Error> {
        session(extra).start(
            ERP_UPDATE.name,
            &serde_json::from_str(ERP_UPDATE.example).unwrap(),
            NOW,
        )
    }

    #[test]
    fn refused_when_a_real_erp_could_receive_it() {
        for base in [
            "https://erp.example.com.tr",
            "https://127.0.0.1.example.com/erp",
            "https://erp.example.com/?via=http://127.0.0.1",
        ] {
            let err = start(json!({"base_url": base})).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Config, "{base}");
            assert!(
                err.to_string().contains("only goes to the sandbox"),
                "{err}"
            );
        }
        let err = start(json!({"base_url": "https://erp.example.com", "sandbox": false}));
        assert_eq!(err.unwrap_err().kind(), ErrorKind::Config);
    }

    #[test]
    fn accepted_for_the_sandbox_and_loopback() {
        let bases = [
            json!({"sandbox": true}),
            json!({"sandbox": true, "base_url": "https://erp.example.com"}),
            json!({"base_url": "http://127.0.0.1:8080/erp"}),
            json!({"base_url": "http://localhost:1/erp"}),
            json!({"base_url": "http://[::1]:9/erp"}),
            json!({"base_url": "https://127.0.0.2/erp"}),
        ];
        for extra in bases {
            match start(extra.clone()) {
                Ok(Step::Send { request, .. }) => {
                    assert_eq!(request.method, "PUT");
                    assert!(request.url.ends_with("/_sandbox/erp"), "{}", request.url);
                }
                other => panic!("{extra}: {other:?}"),
            }
        }
    }

    fn tedbul_start(extra: Value) -> Result<Step, Error> {
        let mut config = json!({
            "service": "tedbul",
            "credentials": {"username": "demo", "password": "demo-password", "secretkey": "demo-secret"},
        });
        for (key, value) in extra.as_object().unwrap() {
            config[key] = value.clone();
        }
        let mut session = Session::from_json(&config, None).unwrap();
        session.start(
            TEDBUL_PLACE_ORDER.name,
            &serde_json::from_str(TEDBUL_PLACE_ORDER.example).unwrap(),
            NOW,
        )
    }

    #[test]
    fn placing_a_tedbul_order_is_refused_outside_the_sandbox() {
        for extra in [
            json!({}),
            json!({"base_url": "https://test-api.tedbul.com.tr/"}),
            json!({"sandbox": false, "base_url": "https://api.tedbul.com.tr/"}),
        ] {
            let err = tedbul_start(extra.clone()).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Config, "{extra}");
            assert!(
                err.to_string().contains("never sent to a real tedbul"),
                "{err}"
            );
        }
        for extra in [
            json!({"sandbox": true}),
            json!({"base_url": "http://127.0.0.1:8080/tedbul"}),
        ] {
            match tedbul_start(extra.clone()) {
                // the session logs in first
                Ok(Step::Send { request, .. }) => assert!(request.url.ends_with("/api/auth")),
                other => panic!("{extra}: {other:?}"),
            }
        }
    }

    #[test]
    fn other_operations_are_not_affected() {
        let mut real = session(json!({"base_url": "https://erp.example.com"}));
        assert!(real.start("erp.products.list", &json!({}), NOW).is_ok());
        assert!(!is_sandbox_only(
            super::super::find("erp.products.list").unwrap()
        ));
        assert!(is_sandbox_only(&ERP_UPDATE));
        assert!(is_sandbox_only(&TEDBUL_PLACE_ORDER));
    }

    #[test]
    fn the_result_is_the_counts() {
        let context = ParseContext {
            params: &crate::wire::Wire::Null,
            page_size: 100,
            result: &crate::ops::NO_FIELDS,
        };
        let read = |body: Value| {
            let response = crate::HttpResponse {
                status: 200,
                headers: Vec::new(),
                body: body.to_string(),
            };
            counts(crate::ops::checked_body(Service::Erp, &response)?, &context)
        };
        let body = json!({"success": true, "data": {"products": 3, "inventory": "8"}});
        assert_eq!(
            read(body).unwrap().into_value(),
            json!({"products": 3, "inventory": 8})
        );
        let err = read(json!({"success": true})).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode);
    }
}
