"""The fault scenario through kopru's Python client.

Runs the operations of tests/faults/mix.json (lists, Entegra product creates,
Tedbul ad creates, Tedbul bulk stock updates) against the loopback sandbox server
with its fault knobs on, classifies every outcome, then turns the faults off and
checks the server's data: no write duplicated, none lost. Prints a report and
exits non-zero when a write was duplicated or lost, or an error was not typed.

    python tests/faults/scenario.py [URL] [--operations N] [--resend-creates]

URL is the server's (default: $KOPRU_SANDBOX_URL). `--resend-creates` plays a careless
caller who sends a create again after a transport error: the report must then show
duplicated writes, which shows that the checks can fail.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

import kopru

MIX = json.loads((Path(__file__).resolve().parent / "mix.json").read_text())
KINDS = ("validation", "api", "auth", "rate_limited", "transport", "decode", "config")
BINDING = "python"
TAG = "1"
CREDENTIALS = {
    "entegra": {"email": "demo@kopru.dev", "password": "demo-password"},
    "tedbul": {"username": "demo", "password": "demo-password", "secretkey": "demo-secret"},
}
UPDATE_BATCH = 3
PRICE = "10.50"
CREATES = ("entegra.products.create", "tedbul.ads.create")
FAULT_NAMES = {
    "failed": "5xx",
    "throttled": "429",
    "reset_mid_body": "reset mid-body",
    "slow_body": "slow body",
    "dropped": "dropped",
    "tokens_expired": "token expiries",
}


def admin(url: str, method: str, name: str, body: Any = None) -> Any:
    """Calls an admin endpoint of the server (never faulted) and returns its JSON."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{url}/_admin/{name}", data=data, method=method)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def path_count(stats: Any, op: str, name: str) -> int:
    """One of the server's counts for the path of `op`."""
    counts = stats[op.split(".")[0]]["paths"].get(MIX["paths"][op], {})
    return int(counts.get(name, 0))


def every_ad(client: kopru.Client) -> list[Any]:
    """Every Tedbul ad, listed page by page."""
    return list(client.pages("tedbul.ads.list", {"show": 100}))


class Scenario:
    """One run: the clients, what each operation did, and the stock history of the ads."""

    def __init__(self, url: str, resend_creates: bool) -> None:
        self.url = url
        self.resend_creates = resend_creates
        self.clients = {
            service: kopru.Client(
                {"service": service, "base_url": f"{url}/{service}", "credentials": cred, **MIX["client"]}
            )
            for service, cred in CREDENTIALS.items()
        }
        self.records: list[dict[str, Any]] = []
        self.pool: list[str] = []
        self.initial: dict[str, int] = {}
        self.history: dict[str, list[tuple[int, bool]]] = {}
        self.untyped: list[str] = []

    def params(self, i: int, op: str) -> tuple[dict[str, Any], str | None, list[tuple[str, int]]]:
        """The parameters of operation `i`, the key it creates and the stocks it sets."""
        if op == "entegra.products.list":
            return {"page": 1}, None, []
        if op == "tedbul.ads.list":
            return {"page": 1, "show": 10}, None, []
        if op == "entegra.products.create":
            code = f"FLT-{BINDING}-{i:04d}"
            return {"list": [{"productCode": code, "productName": f"Fault scenario {i}"}]}, code, []
        if op == "tedbul.ads.create":
            barcode = f"869{TAG}{i:09d}"
            name = f"Fault scenario {i}"
            return {"productBarcode": barcode, "productName": name, "stock": 5, "price": PRICE}, barcode, []
        picked = (self.pool[(i * UPDATE_BATCH + j) % len(self.pool)] for j in range(UPDATE_BATCH))
        stocks = [(ad, 3 + (i * 7 + j * 13) % 90) for j, ad in enumerate(dict.fromkeys(picked))]
        return {"adsList": [{"id": ad, "stock": s, "price": PRICE} for ad, s in stocks]}, None, stocks

    def run(self, i: int, op: str, before: Any) -> Any:
        """Runs operation `i`, records its outcome, and returns the server's stats after it."""
        params, key, stocks = self.params(i, op)
        kind, result = self.call(op, params)
        if kind == "transport" and key is not None and self.resend_creates:
            kind, result = self.call(op, params)
        after = admin(self.url, "GET", "stats")
        self.records.append(
            {
                "op": op,
                "kind": kind,
                "key": key,
                "write": not op.endswith(".list"),
                "requests": path_count(after, op, "requests") - path_count(before, op, "requests"),
                "applied": path_count(after, op, "applied") - path_count(before, op, "applied"),
            }
        )
        if op == "tedbul.ads.create" and kind is None:
            self.pool.append(str(result["adsId"]))
            self.initial[str(result["adsId"])] = 5
        for ad, stock in stocks:
            self.history.setdefault(ad, []).append((stock, kind is None))
        return after

    def call(self, op: str, params: dict[str, Any]) -> tuple[str | None, Any]:
        """Calls `op`: (None, the result) or (the error kind, None); notes untyped errors."""
        try:
            return None, self.clients[op.split(".")[0]].call(op, params)
        except kopru.KopruError as err:
            if err.kind not in KINDS:
                self.untyped.append(f"{op}: kind {err.kind!r}: {err}")
            return err.kind, None
        except Exception as err:  # noqa: BLE001 - anything else is what the scenario looks for
            self.untyped.append(f"{op}: {type(err).__name__}: {err}")
            return "untyped", None

    def verify(self) -> dict[str, int]:
        """With the faults off, lists everything and counts duplicated and lost writes."""
        admin(self.url, "POST", "faults", MIX["faults_off"])
        listed: Counter[str] = Counter()
        for product in self.clients["entegra"].pages("entegra.products.list", {}):
            listed[product["productCode"]] += 1
        stock: dict[str, int] = {}
        for ad in every_ad(self.clients["tedbul"]):
            stock[str(ad["adsId"])] = int(ad["stock"])
            for barcode in ad["barcodes"]:
                listed[barcode] += 1
        stats = admin(self.url, "GET", "stats")
        creates = [r for r in self.records if r["key"] is not None]
        return {
            "listed_twice": sum(listed[r["key"]] > 1 for r in creates),
            "resent": sum(path_count(stats, op, "repeated") for op in CREATES),
            "lost_creates": sum(r["kind"] is None and listed[r["key"]] == 0 for r in creates),
            "lost_updates": sum(stock.get(ad) not in self.allowed(ad) for ad in self.history),
            "contradicted": sum(r["kind"] is None and r["requests"] == 0 for r in self.records)
            + sum(r["kind"] is not None and (listed[r["key"]] > 0) != (r["applied"] > 0) for r in creates),
            "requests": stats["entegra"]["requests"] + stats["tedbul"]["requests"],
            "logins_entegra": stats["entegra"]["logins"],
            "logins_tedbul": stats["tedbul"]["logins"],
            **{
                name: stats["entegra"]["injected"].get(name, 0) + stats["tedbul"]["injected"].get(name, 0)
                for name in FAULT_NAMES
            },
        }

    def allowed(self, ad: str) -> set[int]:
        """The stocks an ad may end with: the last one set by a completed update (else its
        first stock), or one set by a failed update after it (the server may have applied it)."""
        steps = self.history[ad]
        done = [n for n, (_, ok) in enumerate(steps) if ok]
        if not done:
            return {self.initial[ad]} | {value for value, _ in steps}
        return {value for value, _ in steps[done[-1] :]}


def table(records: list[dict[str, Any]]) -> list[str]:
    """One row per operation and a total: outcomes, retries and ambiguous writes."""
    heads = ("ops", 6), ("first try", 11), ("retried", 9), ("retries", 9), ("failed", 8), ("ambiguous", 11)
    lines = [f"{'operation':<25}" + "".join(f"{head:>{width}}" for head, width in heads)]
    for op in [*dict.fromkeys(MIX["cycle"]), "total"]:
        mine = [r for r in records if op in ("total", r["op"])]
        ok = [r for r in mine if r["kind"] is None]
        failed = [r for r in mine if r["kind"] is not None]
        lines.append(
            f"{op:<25}{len(mine):>6}{sum(r['requests'] == 1 for r in ok):>11}"
            f"{sum(r['requests'] > 1 for r in ok):>9}{sum(max(r['requests'] - 1, 0) for r in mine):>9}"
            f"{len(failed):>8}{sum(r['write'] and r['applied'] > 0 for r in failed):>11}"
        )
    return lines


def report(scenario: Scenario, checks: dict[str, int], seconds: float) -> list[str]:
    """The whole report."""
    f = MIX["faults"]
    kinds = Counter(r["kind"] for r in scenario.records if r["kind"] is not None)
    lines = [
        f"kopru fault scenario: {BINDING} (kopru {kopru.__version__}), "
        f"{len(scenario.records)} operations in {seconds:.1f} s",
        f"faults (seed {f['seed']}): latency {f['latency_ms']} ms; per request: 5xx {f['fail_rate']:.0%}, "
        f"429 {f['throttle_rate']:.0%} (Retry-After {f['throttle_retry_after']} s), "
        f"reset mid-body {f['reset_mid_body_rate']:.0%}, slow body {f['slow_body_rate']:.0%} "
        f"({f['slow_body_ms']} ms, timeout {MIX['client']['timeout_ms']} ms), dropped {f['drop_rate']:.0%}; "
        f"tokens expire every {f['expire_tokens_every']} requests",
        "faults injected: " + ", ".join(f"{label} {checks[name]}" for name, label in FAULT_NAMES.items()),
        *table(scenario.records),
        "failed by kind: " + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"),
        f"requests the server saw: {checks['requests']} "
        f"(logins: entegra {checks['logins_entegra']}, tedbul {checks['logins_tedbul']})",
        f"duplicated writes: {checks['listed_twice'] + checks['resent']} (listed twice "
        f"{checks['listed_twice']}, creates re-sent after being applied {checks['resent']})",
        f"lost writes: {checks['lost_creates'] + checks['lost_updates']} "
        f"(creates {checks['lost_creates']}, "
        f"ads whose stock is not the last one set {checks['lost_updates']})",
        f"untyped errors or crashes: {len(scenario.untyped)}; "
        f"outcomes the server contradicts: {checks['contradicted']}",
    ]
    return lines + [f"  {line}" for line in scenario.untyped[:10]]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("url", nargs="?", default=os.environ.get("KOPRU_SANDBOX_URL", ""))
    parser.add_argument("--operations", type=int, default=MIX["operations"])
    parser.add_argument("--resend-creates", action="store_true")
    args = parser.parse_args()
    url = args.url.rstrip("/")
    if not url:
        parser.error("no server URL (argument or $KOPRU_SANDBOX_URL)")
    admin(url, "POST", "reset")
    scenario = Scenario(url, args.resend_creates)
    for ad in every_ad(scenario.clients["tedbul"]):
        scenario.pool.append(str(ad["adsId"]))
        scenario.initial[str(ad["adsId"])] = int(ad["stock"])
    admin(url, "POST", "faults", MIX["faults"])
    started = time.monotonic()
    stats = admin(url, "GET", "stats")
    for i in range(args.operations):
        stats = scenario.run(i, MIX["cycle"][i % len(MIX["cycle"])], stats)
    seconds = time.monotonic() - started
    checks = scenario.verify()
    print("\n".join(report(scenario, checks, seconds)))
    bad = sum(checks[k] for k in ("listed_twice", "resent", "lost_creates", "lost_updates", "contradicted"))
    return 1 if bad or scenario.untyped or len(scenario.records) < args.operations else 0


if __name__ == "__main__":
    sys.exit(main())
