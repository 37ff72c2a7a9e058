//! `cargo bench -p kopru-core --bench sync_scaling`: a first catalogue sync
//! into the in-process Entegra sandbox, by catalogue size, printed as ratios
//! measured in this one run (no timing is asserted anywhere).
//!
//! Each size starts from an empty state and a freshly seeded emulator and runs
//! the sync runner to its report, as a binding drives it: every planned
//! request goes through a session to the emulator, and every save is written
//! out as JSON text (what a state file costs). Times are this thread's user
//! CPU time (`getrusage(RUSAGE_THREAD)`; wall time off Linux), so other work
//! on a shared machine does not count, and neither does the kernel's time
//! to fault pages in: on the 2-core VM this runs on, the same 8,000-product
//! sync faults the same 16,000 pages in 0.05 s to 6 s of system time from
//! one run to the next (its user time moves by 3 %). The
//! emulator's own time is measured apart; "kopru" is the rest. Columns: the time against the
//! previous (half) size, and kopru's time against `serde_json` parsing the
//! same snapshot text (the least any sync must do with its data).
//!
//! Each size runs three times and the fastest run counts; so does the
//! `serde_json` parse of its snapshot, whose own step against the half size
//! (`json/half`) shows what this machine's allocator and memory make of
//! twice the data with no kopru code at all. The last column
//! is the process's peak resident set so far (snapshot,
//! emulator and kopru together; sizes run from small to large, so it is
//! the peak of the largest run yet).
//!
//! `KOPRU_BENCH_SIZES=2000,4000` picks the sizes (products); the default runs
//! 2k to 32k products and the 100,000-variant catalogue.

use kopru_core::bridge::run::{Action, Answer, Save, SyncRun};
use kopru_core::sandbox::{sandbox_config, Sandbox};
use kopru_core::{Service, Session, Step};
use serde_json::{json, Value};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A clock of this thread's user CPU time, or of wall time off Linux.
#[derive(Clone, Copy)]
enum Clock {
    Cpu(Duration),
    Wall(Instant),
}

impl Clock {
    fn now() -> Clock {
        match user_time() {
            Some(used) => Clock::Cpu(used),
            None => Clock::Wall(Instant::now()),
        }
    }

    fn elapsed(self) -> Duration {
        match (self, Clock::now()) {
            (Clock::Cpu(then), Clock::Cpu(now)) => now.saturating_sub(then),
            (Clock::Wall(then), _) | (_, Clock::Wall(then)) => then.elapsed(),
        }
    }
}

const NOW: u64 = 1_760_000_000_000;
/// Variants per product, cycling: 4.2 on average, like the catalogues.
const VARIANTS: [usize; 5] = [3, 4, 4, 5, 5];
const COLOURS: [&str; 5] = ["RED", "BLU", "BLK", "WHT", "GRN"];
/// The sizes run by default: products, and the catalogue of 100,000 variants.
const SIZES: [usize; 6] = [2_000, 4_000, 8_000, 16_000, 32_000, 23_810];

/// `count` ERP products (4.2 variants each on average) and their stock in two warehouses.
fn snapshot(count: usize) -> Value {
    let mut products = Vec::with_capacity(count);
    let mut inventory = Vec::new();
    for i in 0..count {
        let code = format!("GEN-{i:06}");
        let variants: Vec<Value> = (0..VARIANTS[i % VARIANTS.len()])
            .map(|v| {
                let barcode = format!("869{i:07}{v}");
                json!({"ColorCode": COLOURS[v], "ColorDescription": "Renk",
                       "ItemDim1Code": "M", "Barcode": barcode})
            })
            .collect();
        for colour in &COLOURS[..variants.len()] {
            for warehouse in ["W1", "W2"] {
                inventory.push(json!({"WarehouseCode": warehouse, "ItemCode": code,
                    "ColorCode": colour, "ItemDim1Code": "M", "InventoryQty1": (i % 7) as i64}));
            }
        }
        products.push(
            json!({"ItemCode": code, "ItemDescription": format!("Ürün {i}"),
            "SalePrice": format!("{}.90", 10 + i % 500), "TaxRate": 20,
            "IsBlocked": i % 13 == 0, "Variants": variants}),
        );
    }
    json!({"products": products, "inventory": inventory})
}

/// Runs of each size; the fastest counts (one run's figure moves by a tenth
/// with what the allocator and the page cache hold from the runs before).
const RUNS: usize = 3;

/// This thread's user CPU time so far.
#[cfg(target_os = "linux")]
fn user_time() -> Option<Duration> {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `usage` is valid for writing one `rusage`, which getrusage fills on success.
    if unsafe { libc::getrusage(libc::RUSAGE_THREAD, usage.as_mut_ptr()) } != 0 {
        return None;
    }
    // SAFETY: getrusage succeeded, so `usage` is initialised.
    let user = unsafe { usage.assume_init() }.ru_utime;
    Some(Duration::new(
        u64::try_from(user.tv_sec).ok()?,
        u32::try_from(user.tv_usec).ok()? * 1000,
    ))
}

/// No per-thread user time off Linux: the bench uses wall time there.
#[cfg(not(target_os = "linux"))]
fn user_time() -> Option<Duration> {
    None
}

/// What one first sync took.
struct Measured {
    total: Duration,
    emulator: Duration,
    variants: usize,
    requests: u64,
    saved_bytes: usize,
}

impl Measured {
    fn kopru(&self) -> Duration {
        self.total - self.emulator
    }
}

/// Runs one operation through the session against the emulator, timing the emulator apart.
fn call(
    session: &mut Session,
    sandbox: &mut Sandbox,
    op: &str,
    params: &Value,
    emulator: &mut Duration,
) -> Answer {
    let mut step = session.start(op, params, NOW);
    loop {
        match step {
            Ok(Step::Send { request, .. }) => {
                let started = Clock::now();
                let response = sandbox.handle(&request, NOW);
                *emulator += started.elapsed();
                step = session.receive(&response, NOW);
            }
            Ok(Step::Done(result)) => return Answer::Result(result.into_value()),
            Err(error) => return Answer::Error(error.to_json()),
        }
    }
}

/// A first sync of `snapshot` into a fresh Entegra emulator.
fn first_sync(snapshot: Value) -> Measured {
    let variants = snapshot["inventory"].as_array().map_or(0, Vec::len) / 2;
    let mut sandbox = Sandbox::new(Service::Entegra);
    let mut session = Session::from_json(&sandbox_config(Service::Entegra), None).unwrap();
    let mut emulator = Duration::ZERO;
    let mut saved_bytes = 0;
    let mut params = json!({"job": "catalogue", "marketplace": "entegra"});
    params["snapshot"] = snapshot;
    let started = Clock::now();
    let mut run = SyncRun::new(params).unwrap();
    let mut answer = None;
    let report = loop {
        match run.step(answer.take()).unwrap() {
            Action::Call { op, params, .. } => {
                let outcome = call(&mut session, &mut sandbox, &op, &params, &mut emulator);
                answer = Some(outcome);
            }
            Action::Save(Save::State(state)) => saved_bytes += state.to_string().len(),
            Action::Save(Save::Change(change)) => saved_bytes += change.to_string().len(),
            Action::Done(report) => break report,
            Action::Fail(error) => panic!("the sync failed: {error}"),
            Action::Progress(_) | Action::Deliver { .. } => {}
        }
    };
    let total = started.elapsed();
    assert_eq!(report["errors"], json!([]), "{report}");
    Measured {
        total,
        emulator,
        variants,
        requests: report["requests_sent"].as_u64().unwrap_or(0),
        saved_bytes,
    }
}

/// The process's peak resident set so far in MB (`VmHWM`), where Linux tells it.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn sizes() -> Vec<usize> {
    match std::env::var("KOPRU_BENCH_SIZES") {
        Ok(list) => list
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect(),
        Err(_) => SIZES.to_vec(),
    }
}

fn main() {
    println!("first catalogue sync into the in-process Entegra sandbox (kopru = total − emulator)");
    println!(
        "{:>9} {:>9} {:>9} {:>9} {:>10} {:>10} {:>12} {:>11} {:>10} {:>9} {:>12}",
        "products",
        "variants",
        "requests",
        "saved MB",
        "kopru s",
        "emulator s",
        "kopru/half",
        "total/half",
        "json/half",
        "kopru/json",
        "peak RSS MB"
    );
    let mut previous: Option<(usize, Measured, Duration)> = None;
    for count in sizes() {
        let snapshot = snapshot(count);
        let text = snapshot.to_string();
        let parse = (0..RUNS)
            .map(|_| {
                let started = Clock::now();
                black_box(serde_json::from_str::<Value>(&text).unwrap());
                started.elapsed()
            })
            .min()
            .expect("at least one run");
        let mut runs: Vec<Measured> = (1..RUNS).map(|_| first_sync(snapshot.clone())).collect();
        runs.push(first_sync(snapshot));
        let measured = runs
            .into_iter()
            .min_by_key(Measured::kopru)
            .expect("at least one run");
        let peak = peak_rss_mb().map_or("-".to_string(), |mb| format!("{mb:.0}"));
        let ratio = |now: Duration, before: Duration| now.as_secs_f64() / before.as_secs_f64();
        let (kopru_half, total_half, json_half) = match &previous {
            Some((before_count, before, before_parse)) if *before_count * 2 == count => (
                format!("{:.2}", ratio(measured.kopru(), before.kopru())),
                format!("{:.2}", ratio(measured.total, before.total)),
                format!("{:.2}", ratio(parse, *before_parse)),
            ),
            _ => ("-".to_string(), "-".to_string(), "-".to_string()),
        };
        println!(
            "{count:>9} {:>9} {:>9} {:>9.1} {:>10.2} {:>10.2} {kopru_half:>12} {total_half:>11} {json_half:>10} {:>9.1} {peak:>12}",
            measured.variants,
            measured.requests,
            measured.saved_bytes as f64 / 1e6,
            measured.kopru().as_secs_f64(),
            measured.emulator.as_secs_f64(),
            ratio(measured.kopru(), parse),
        );
        previous = Some((count, measured, parse));
    }
}
