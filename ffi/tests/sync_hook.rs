//! `kopru_sync_run` called as C calls it, against the in-process sandboxes: the
//! hook sees every event with valid JSON, a non-zero answer stops the run with
//! `KOPRU_STOPPED`, and the clients are checked.

use std::ffi::{c_char, c_void, CStr};

use kopru::{
    kopru_client, kopru_client_free, kopru_client_new, kopru_last_error_json, kopru_result,
    kopru_string_free, kopru_sync_hook, kopru_sync_run, KOPRU_CONFIG, KOPRU_NULL_ARGUMENT,
    KOPRU_OK, KOPRU_STOPPED, KOPRU_VALIDATION,
};
use serde_json::Value;

/// A client of the in-process sandbox of `service`.
struct Client(*mut kopru_client);

impl Client {
    fn sandbox(service: &str) -> Client {
        let config =
            kopru_core::sandbox::sandbox_config(kopru_core::Service::from_name(service).unwrap())
                .to_string();
        let mut client = std::ptr::null_mut();
        let code = unsafe { kopru_client_new(config.as_ptr(), config.len(), &mut client) };
        assert_eq!(code, KOPRU_OK);
        Client(client)
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        unsafe { kopru_client_free(self.0) }
    }
}

/// What the test hook saw, and at which call it stops.
#[derive(Default)]
struct Seen {
    kinds: Vec<String>,
    payloads: Vec<Value>,
    stop_at: Option<usize>,
}

unsafe extern "C" fn record(
    user_data: *mut c_void,
    kind: *const c_char,
    json: *const u8,
    json_len: usize,
) -> i32 {
    let seen = &mut *user_data.cast::<Seen>();
    let payload = std::slice::from_raw_parts(json, json_len);
    seen.payloads.push(serde_json::from_slice(payload).unwrap());
    seen.kinds
        .push(CStr::from_ptr(kind).to_str().unwrap().to_string());
    i32::from(seen.stop_at == Some(seen.kinds.len()))
}

/// Runs `kopru_sync_run` without a state file; the code and the parsed report.
fn sync(
    erp: *const kopru_client,
    marketplace: *const kopru_client,
    params: &str,
    hook: kopru_sync_hook,
    seen: &mut Seen,
) -> (kopru_result, Option<Value>) {
    let mut report: *mut c_char = std::ptr::null_mut();
    let mut len = 0usize;
    let code = unsafe {
        kopru_sync_run(
            erp,
            marketplace,
            params.as_ptr(),
            params.len(),
            std::ptr::null(),
            0,
            hook,
            (seen as *mut Seen).cast(),
            &mut report,
            &mut len,
        )
    };
    let report = (!report.is_null()).then(|| unsafe {
        let text = CStr::from_ptr(report).to_str().unwrap().to_string();
        kopru_string_free(report);
        assert_eq!(text.len(), len);
        serde_json::from_str(&text).unwrap()
    });
    (code, report)
}

fn last_error() -> Value {
    let mut text: *mut c_char = std::ptr::null_mut();
    unsafe {
        assert_eq!(
            kopru_last_error_json(&mut text, std::ptr::null_mut()),
            KOPRU_OK
        );
        let json = CStr::from_ptr(text).to_str().unwrap().to_string();
        kopru_string_free(text);
        serde_json::from_str(&json).unwrap()
    }
}

#[test]
fn a_catalogue_run_reports_through_the_hook() {
    let (erp, entegra) = (Client::sandbox("erp"), Client::sandbox("entegra"));
    let mut seen = Seen::default();
    let params = r#"{"job":"catalogue","marketplace":"entegra"}"#;
    let (code, report) = sync(erp.0, entegra.0, params, Some(record), &mut seen);
    assert_eq!(code, KOPRU_OK);
    let report = report.unwrap();
    let sent = report["requests_sent"].as_u64().unwrap();
    assert!(sent > 0, "{report}");
    let batches = seen
        .payloads
        .iter()
        .zip(&seen.kinds)
        .filter(|(payload, kind)| *kind == "progress" && payload["event"] == "batch")
        .count();
    assert_eq!(batches as u64, sent);
    let last_save = seen
        .kinds
        .iter()
        .rposition(|kind| kind == "save")
        .expect("a save");
    assert_eq!(seen.payloads[last_save], report["state"]);
}

#[test]
fn a_hook_stops_the_run() {
    let (erp, entegra) = (Client::sandbox("erp"), Client::sandbox("entegra"));
    let mut seen = Seen {
        stop_at: Some(2),
        ..Seen::default()
    };
    let params = r#"{"job":"catalogue","marketplace":"entegra"}"#;
    let (code, report) = sync(erp.0, entegra.0, params, Some(record), &mut seen);
    assert_eq!((code, report), (KOPRU_STOPPED, None));
    assert_eq!(seen.kinds.len(), 2);
    let error = last_error();
    assert_eq!(error["kind"], "stopped");
    assert_eq!(error["code"], KOPRU_STOPPED);
    assert_eq!(error["at"], seen.kinds[1].as_str());
}

#[test]
fn an_order_without_a_hook_stops_the_run() {
    let (erp, entegra) = (Client::sandbox("erp"), Client::sandbox("entegra"));
    let example: Value = serde_json::from_str(
        kopru_core::ops::find("entegra.orders.create")
            .unwrap()
            .example,
    )
    .unwrap();
    let mut order = example["list"][0].clone();
    order["order_details"][0]["product_code"] = "SHIRT-001-RED-M".into();
    let op = "entegra.orders.create";
    let params = serde_json::json!({"list": [order]}).to_string();
    let mut out: *mut c_char = std::ptr::null_mut();
    unsafe {
        let code = kopru::kopru_client_call(
            entegra.0,
            op.as_ptr(),
            op.len(),
            params.as_ptr(),
            params.len(),
            &mut out,
            std::ptr::null_mut(),
        );
        assert_eq!(code, KOPRU_OK);
        kopru_string_free(out);
    }
    let params = r#"{"job":"orders","marketplace":"entegra","options":
        {"CustomerCode":"120.01.001","OfficeCode":"IST-01","WarehouseCode":"WH-IST-M01-MAIN"}}"#;
    let (code, _) = sync(erp.0, entegra.0, params, None, &mut Seen::default());
    assert_eq!(code, KOPRU_STOPPED);
    assert_eq!(last_error()["at"], "deliver");
    let mut seen = Seen::default();
    let (code, report) = sync(erp.0, entegra.0, params, Some(record), &mut seen);
    assert_eq!(code, KOPRU_OK);
    let delivered: Vec<&Value> = seen
        .payloads
        .iter()
        .zip(&seen.kinds)
        .filter(|(_, kind)| *kind == "deliver")
        .map(|(payload, _)| payload)
        .collect();
    assert_eq!(delivered.len(), 1, "{seen:?}", seen = seen.kinds);
    assert_eq!(
        delivered[0]["document"]["Lines"][0]["ItemCode"],
        "SHIRT-001"
    );
    let report = report.unwrap();
    assert_eq!(report["acknowledged"], report["imported"], "{report}");
    assert_eq!(report["acknowledged"][0], delivered[0]["order"], "{report}");
}

#[test]
fn clients_and_params_are_checked() {
    let (erp, tedbul) = (Client::sandbox("erp"), Client::sandbox("tedbul"));
    let mut seen = Seen::default();
    let params = r#"{"job":"catalogue","marketplace":"tedbul"}"#;
    let (code, _) = sync(erp.0, std::ptr::null(), params, None, &mut seen);
    assert_eq!(code, KOPRU_NULL_ARGUMENT);
    let (code, _) = sync(tedbul.0, tedbul.0, params, None, &mut seen);
    assert_eq!(code, KOPRU_CONFIG);
    let (code, _) = sync(std::ptr::null(), tedbul.0, params, None, &mut seen);
    assert_eq!(code, KOPRU_CONFIG, "no ERP client and no snapshot");
    let (code, _) = sync(erp.0, tedbul.0, r#"{"job":"x","extra":1}"#, None, &mut seen);
    assert_eq!(code, KOPRU_VALIDATION);
    let paths: Vec<Value> = last_error()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].clone())
        .collect();
    assert_eq!(paths, ["extra", "job", "marketplace"]);
    assert!(seen.kinds.is_empty());
}
