//! `kopru_sync_run`: the sync runner (a catalogue sync or an order import) driven
//! with the bundled clients, telling the caller what happens through one hook.

use std::ffi::{c_char, c_void, CStr};
use std::path::Path;

use kopru_blocking::{run_sync, Hook, SyncClients, SyncError};
use serde_json::{json, Value};

use crate::boundary::ffi_call;
use crate::client::kopru_client;
use crate::result::{kopru_result, Failure};
use crate::text::{span_params, span_str, OutString};

/// The hook of a sync run: called for each thing the run tells or asks, with
/// `kind` one of `"progress"`, `"save"` or `"deliver"` (a static NUL-terminated
/// string) and the payload as UTF-8 JSON text of `json_len` bytes at `json`:
///
/// - `"progress"`: a progress event, `{"event": "read" | "planned" | "batch" |
///   "mapped" | "imported" | "acknowledged", …}`.
/// - `"save"`: the new sync state (already written to the state file, when the
///   run has one); keep it to pass as `"state"` to the next run.
/// - `"deliver"`: `{"order", "document", "retry"}`: import `document` (an ERP
///   sales-order document for the marketplace order `order`) into the ERP and
///   return 0 once it is there. `retry` is true when an earlier run stopped while
///   handing it over, so it may be in the ERP already: check its OrderNumber first.
///
/// The payload is NOT NUL-terminated: read exactly `json_len` bytes. `kind` and
/// `json` belong to kopru and are valid only until the hook returns; copy what you
/// keep. `user_data` is the pointer given to `kopru_sync_run`, passed through
/// untouched.
///
/// Return 0 to go on; anything else stops the run, and `kopru_sync_run` returns
/// `KOPRU_STOPPED` (the state saved so far is kept: the next run resumes from it).
/// The hook is called only on the thread that called `kopru_sync_run`, before that
/// call returns, one call at a time. It may call other kopru functions (they
/// change the thread's last error only until `kopru_sync_run` returns), but must
/// not free the clients of the run, and must not unwind or `longjmp` out of the
/// call (return non-zero instead).
pub type kopru_sync_hook = Option<
    unsafe extern "C" fn(
        user_data: *mut c_void,
        kind: *const c_char,
        json: *const u8,
        json_len: usize,
    ) -> i32,
>;

/// Runs a sync job with the bundled clients and blocks until it is done: the
/// catalogue job brings the marketplace's products (Entegra) or ads (Tedbul) up to
/// date with the ERP, sending only what changed since the last run; the orders
/// job turns the marketplace's unacknowledged orders into ERP sales-order
/// documents, hands each to the hook (`"deliver"`), then acknowledges them on the
/// marketplace.
///
/// `params` is a JSON object (an empty span means `{}`): `{"job": "catalogue" |
/// "orders", "marketplace": "entegra" | "tedbul", "state": <sync state> | null,
/// "options": {…}, "snapshot": {"products": […], "inventory": […]}, "dry_run":
/// true | false}`; `options`
/// are `sync.plan`'s for the catalogue job and the ERP document defaults
/// (`CustomerCode`, `OfficeCode`, `WarehouseCode`, …) for the orders job. Every
/// problem is reported at once as `KOPRU_VALIDATION` with its path.
///
/// `erp` is the ERP's client; it may be NULL when `params` carries a `snapshot`
/// of the ERP data (a run that needs the ERP without one fails with
/// `KOPRU_CONFIG`). `marketplace` is the client of the run's marketplace (another
/// service is `KOPRU_CONFIG`).
///
/// `state_file` is the path (UTF-8) of the sync state file, or NULL with a length
/// of 0 for none: the state is read from it when `params` has no `state`, and
/// written whenever it changes (owner-only, `fsync`ed), before the `"save"` hook
/// call: the whole state replaced atomically, or only what changed appended to
/// `<state_file>.journal`, which reading folds back in; a finished run leaves the
/// whole state in the file. It is not the clients' `state_file` (their tokens).
/// The run holds the OS lock `<state_file>.lock` throughout: a
/// second run on the same file waits up to `"lock_wait_ms"` of `params`
/// (default 0) and then returns `KOPRU_LOCKED`, having read and sent nothing.
/// A state file that is not JSON stops the run with `KOPRU_CONFIG` (starting
/// over would adopt the marketplace's listing as it is).
///
/// `hook` (may be NULL) is called with `user_data` for each progress event, save
/// and delivery (see `kopru_sync_hook`). Without a hook, an order to deliver
/// stops the run with `KOPRU_STOPPED`, so an orders job needs one.
///
/// On `KOPRU_OK`, `*out_report` receives the report as JSON text. Catalogue:
/// `{job, marketplace, listing_read, requests_planned, requests_sent, planned,
/// sent, confirmed, unconfirmed, deferred, in_doubt, skipped, errors, state}`;
/// orders: `{job, marketplace, orders_read, imported, documents, acknowledged,
/// unresolved, requests_sent, errors, state}`. Failed batches are listed under
/// `errors` and the run goes on; an `auth` or `config` error stops it with that
/// error's code; a `rate_limited` one ends it with the rest `deferred`.
///
/// `"dry_run": true` reads (for a catalogue also the marketplace's listing) and
/// plans, then returns what a run would send, sending, delivering and saving
/// nothing (the state file's lock is held only while it is read). Catalogue:
/// `{job, dry_run, marketplace, listing_read, requests_planned, requests_sent: 0,
/// planned, sent: {}, endpoints: [{op, method, path, requests, items}], changes:
/// [{key, parent?, op, field, now, after, change?}] (largest first), deferred,
/// in_doubt, skipped, errors: []}`; orders: `{job, dry_run, marketplace,
/// orders_read, to_import: [{order, document}], to_acknowledge, endpoints,
/// unresolved, requests_sent: 0, …}`.
///
/// Thread-safety: the clients are shared, so several runs may go on at the same
/// time on different threads or processes; two runs on one state file never
/// overlap (the lock above), and two runs for one marketplace account should
/// share one state file.
///
/// # Safety
/// `erp` must be NULL or a live handle and `marketplace` a live handle, neither
/// freed before the call returns; `params` and `state_file` must point to
/// `params_len` and `state_file_len` readable bytes (or be NULL with a length of
/// 0); `hook`, when not NULL, must be callable as described above with
/// `user_data`; `out_report` must be valid for writing a pointer and
/// `out_report_len` NULL or valid for writing a `size_t`. Free the report with
/// `kopru_string_free`.
#[no_mangle]
pub unsafe extern "C" fn kopru_sync_run(
    erp: *const kopru_client,
    marketplace: *const kopru_client,
    params: *const u8,
    params_len: usize,
    state_file: *const u8,
    state_file_len: usize,
    hook: kopru_sync_hook,
    user_data: *mut c_void,
    out_report: *mut *mut c_char,
    out_report_len: *mut usize,
) -> kopru_result {
    ffi_call(|| {
        let marketplace = marketplace
            .as_ref()
            .ok_or(Failure::NullArgument("marketplace"))?;
        let erp = erp.as_ref();
        let out = OutString::new(out_report, out_report_len, "out_report")?;
        let params = span_params(params, params_len)?;
        let state_file = span_str(state_file, state_file_len, "state_file")?;
        let state_file = (!state_file.is_empty()).then(|| Path::new(state_file));
        let report = run(
            erp,
            marketplace,
            &params,
            state_file,
            hook_caller(hook, user_data),
        )?;
        out.write_json(&report);
        Ok(())
    })
}

/// Runs the sync job with the clients behind the handles; `on_hook` decides
/// whether the run goes on after each hook event.
pub(crate) fn run(
    erp: Option<&kopru_client>,
    marketplace: &kopru_client,
    params: &Value,
    state_file: Option<&Path>,
    on_hook: impl FnMut(Hook<'_>) -> Result<(), Failure>,
) -> Result<Value, Failure> {
    let clients = SyncClients {
        erp: erp.map(|client| &*client.inner),
        marketplace: &marketplace.inner,
    };
    run_sync(clients, params, state_file, on_hook).map_err(|error| match error {
        SyncError::Kopru(error) => Failure::Kopru(error),
        SyncError::Hook(failure) => failure,
        SyncError::Locked(busy) => Failure::Locked(busy),
    })
}

/// The `kind` argument of a hook call: as text, and NUL-terminated for C.
fn hook_kind(hook: &Hook<'_>) -> (&'static str, &'static CStr) {
    match hook {
        Hook::Progress(_) => ("progress", c"progress"),
        Hook::Save(_) => ("save", c"save"),
        Hook::Deliver { .. } => ("deliver", c"deliver"),
    }
}

/// The payload of a hook call as JSON text.
fn hook_payload(hook: &Hook<'_>) -> String {
    match hook {
        Hook::Progress(event) => event.to_string(),
        Hook::Save(saved) => saved.state().to_string(),
        Hook::Deliver {
            order,
            document,
            retry,
        } => json!({"order": order, "document": document, "retry": retry}).to_string(),
    }
}

/// The hook call in words, for the message of a stop.
fn event_name(hook: &Hook<'_>) -> String {
    match hook {
        Hook::Progress(event) => event["event"].as_str().map_or_else(
            || "a progress event".to_string(),
            |name| format!("a `{name}` progress event"),
        ),
        Hook::Save(_) => "a save".to_string(),
        Hook::Deliver { order, .. } => format!("the delivery of order {order}"),
    }
}

/// The hook of a run as `run_sync` calls it: passes each event to the caller's C
/// function (none: only a delivery stops the run) and turns a non-zero answer
/// into [`Failure::Stopped`].
pub(crate) fn hook_caller(
    hook: kopru_sync_hook,
    user_data: *mut c_void,
) -> impl FnMut(Hook<'_>) -> Result<(), Failure> {
    move |event| {
        let (at, kind) = hook_kind(&event);
        let Some(hook) = hook else {
            return match event {
                Hook::Deliver { .. } => Err(Failure::Stopped {
                    at,
                    reason: format!(
                        "{} needs a hook to import it into the ERP, and the run has none",
                        event_name(&event)
                    ),
                }),
                _ => Ok(()),
            };
        };
        let payload = hook_payload(&event);
        // SAFETY: the caller of kopru_sync_run promised that `hook` is callable with
        // `user_data`; `kind` and `payload` outlive the call.
        let returned = unsafe { hook(user_data, kind.as_ptr(), payload.as_ptr(), payload.len()) };
        if returned == 0 {
            Ok(())
        } else {
            Err(Failure::Stopped {
                at,
                reason: format!("the hook returned {returned} at {}", event_name(&event)),
            })
        }
    }
}
