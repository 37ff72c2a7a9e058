"""Dry runs against the loopback sandbox server: ``sync_catalogue(dry_run=True)``, the order
import's, ``kopru sync --dry-run`` and ``kopru call --dry-run``. The server's request counts
show that nothing was written; the real run afterwards sends what the dry run listed."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import kopru
import pytest
from kopru._demo import ERP_CHANGES
from support import LoopbackServer
from test_cli import run
from test_sync_command import place_entegra_order, write_config

OPTIONS = {"entegra": {}, "tedbul": {"expiration": "2099-12-31"}}
STATE_FIELD = {"passive": "status", "status": "status", "quantity": "quantity", "expiration": "expiration"}


def writes(server: LoopbackServer) -> dict[str, int]:
    """Requests per service and path that change something (not a read, not a login)."""
    counts: dict[str, int] = {}
    for service, stats in server.stats().items():
        for path, seen in stats["paths"].items():
            if not path.startswith("GET ") and "token" not in path and "login" not in path:
                counts[f"{service} {path}"] = seen["requests"]
    return counts


def same(shown: Any, kept: Any) -> bool:
    """A change's value equals the state's (amounts by value: "29.90" is "29.9")."""
    if isinstance(shown, str) and isinstance(kept, (str, Decimal)):
        try:
            return Decimal(shown) == Decimal(kept)
        except ArithmeticError:
            return shown == kept
    return bool(shown == kept)


@pytest.mark.parametrize("name", ["entegra", "tedbul"])
def test_a_dry_run_shows_the_demos_second_sync_exactly(
    server: LoopbackServer, tmp_path: Path, name: str
) -> None:
    erp = kopru.Client(server.config("erp"))
    market = kopru.Client(server.config(name))
    state_file = tmp_path / f"{name}.json"
    kopru.sync_catalogue(market, erp, options=OPTIONS[name], state_file=state_file)
    erp.call("sandbox.erp.update", ERP_CHANGES)
    saved = state_file.read_text(encoding="utf-8")
    before = writes(server)
    events: list[str] = []
    preview = kopru.sync_catalogue(
        market, erp, options=OPTIONS[name], state_file=state_file, dry_run=True, on_progress=events.append
    )
    assert writes(server) == before, "the dry run sent a write"
    assert state_file.read_text(encoding="utf-8") == saved, "the dry run saved the state"
    assert preview["dry_run"] is True and preview["requests_sent"] == 0
    assert "batch" not in [event["event"] for event in events]  # type: ignore[index]

    state_before = json.loads(saved)["items"]
    real = kopru.sync_catalogue(market, erp, options=OPTIONS[name], state_file=state_file)
    assert preview["planned"] == real["sent"]
    assert {row["op"]: (row["requests"], row["items"]) for row in preview["endpoints"]} == {
        op: (count["requests"], count["items"]) for op, count in real["sent"].items()
    }
    state_after = real["state"]["items"]
    changed = {
        key
        for key, item in state_after.items()
        if state_before.get(key) != json.loads(json.dumps(item, default=str))
    }
    assert {change["key"] for change in preview["changes"]} == changed
    for change in preview["changes"]:
        field = STATE_FIELD.get(change["field"], "price")
        assert same(change["after"], state_after[change["key"]][field]), change
        assert same(change["now"], state_before[change["key"]].get(field)), change
    if name == "entegra":
        first = preview["changes"][0]
        assert (first["key"], first["field"], first["now"], first["after"], first["change"]) == (
            "SCARF-001",
            "price1",
            "29.90",
            "34.90",
            "+16.72%",
        )
        quantities = {row["key"]: (row["now"], row["after"]) for row in preview["changes"][1:]}
        assert quantities == {"SHIRT-001": (150, 158), "SHIRT-001-RED-L": (47, 55)}
    else:
        rows = [(row["key"], row["field"], row["now"], row["after"]) for row in preview["changes"]]
        assert rows == [("8690123456796", "quantity", 47, 55)]


def test_an_orders_dry_run_hands_over_and_acknowledges_nothing(
    server: LoopbackServer, tmp_path: Path
) -> None:
    place_entegra_order(server, "SHIRT-001-RED-M")
    erp = kopru.Client(server.config("erp"))
    entegra = kopru.Client(server.config("entegra"))
    handed: list[Any] = []
    options = {"CustomerCode": "120.01.001", "OfficeCode": "IST-01", "WarehouseCode": "WH-IST-M01-MAIN"}
    waiting = list(entegra.pages("entegra.orders.list", {"sync": 0}))
    before = writes(server)
    preview = kopru.import_orders(
        entegra,
        lambda document, retry: handed.append(document),
        erp,
        options=options,
        state_file=tmp_path / "orders.json",
        dry_run=True,
    )
    assert handed == [] and writes(server) == before
    assert not (tmp_path / "orders.json").exists()
    assert list(entegra.pages("entegra.orders.list", {"sync": 0})) == waiting
    numbers = {item["order"]: item["document"]["OrderNumber"] for item in preview["to_import"]}
    assert "CRON-1" in numbers.values(), preview
    assert sorted(preview["to_acknowledge"]) == sorted(numbers)
    for item in preview["unresolved"]:
        assert item["reason"], item


def test_kopru_sync_dry_run_prints_counts_then_changes_and_sends_nothing(
    server: LoopbackServer, tmp_path: Path
) -> None:
    config = write_config(server, tmp_path)
    first = run("sync", "--config", str(config), "--job", "catalogue")
    assert first.returncode == 0, first.stdout + first.stderr
    kopru.Client(server.config("erp")).call("sandbox.erp.update", ERP_CHANGES)
    state = tmp_path / "state"
    files = {path.name: path.read_bytes() for path in state.iterdir() if path.suffix != ".lock"}
    before = writes(server)
    shown = run("sync", "--config", str(config), "--dry-run")
    assert shown.returncode == 0, shown.stdout + shown.stderr
    lines = shown.stdout.splitlines()
    endpoint = next(i for i, line in enumerate(lines) if "entegra.products.update_prices" in line)
    change = next(i for i, line in enumerate(lines) if line.split()[:2] == ["SCARF-001", "-"])
    assert endpoint < change, shown.stdout
    assert "29.90" in lines[change] and "34.90" in lines[change] and "+16.72%" in lines[change]
    assert "nothing was sent" in shown.stdout
    as_json = run("sync", "--config", str(config), "--dry-run", "--json")
    assert as_json.returncode == 0, as_json.stderr
    report = json.loads(as_json.stdout)
    entegra = next(item for item in report["marketplaces"] if item["marketplace"] == "entegra")
    assert entegra["catalogue"]["changes"][0]["after"] == "34.90"
    assert "state" not in entegra["catalogue"]
    assert writes(server) == before, "a dry run sent a write"
    kept = {path.name: path.read_bytes() for path in state.iterdir() if path.suffix != ".lock"}
    for name in ("entegra.catalogue.json", "tedbul.catalogue.json", "history.jsonl"):
        assert kept[name] == files[name], name
    assert "demo-password" not in shown.stdout + shown.stderr + as_json.stdout + as_json.stderr


def test_kopru_call_dry_run_prints_the_request_without_secrets(
    server: LoopbackServer, tmp_path: Path
) -> None:
    configs = {}
    for service in ("entegra", "erp"):
        configs[service] = tmp_path / f"{service}.json"
        configs[service].write_text(json.dumps(server.config(service)), encoding="utf-8")
    params = '{"list": [{"productCode": "SHIRT-001", "quantity": 3}]}'
    before = server.stats()
    shown = run(
        "call", "--dry-run", "entegra.products.update_quantity", params, "--config", str(configs["entegra"])
    )
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == f"PUT {server.url}/entegra/product/quantity/"
    assert any(line.startswith("Authorization: ") and line.endswith("<token after login>") for line in lines)
    assert json.loads("\n".join(lines[lines.index("") + 1 :])) == json.loads(params)
    login = run("call", "--dry-run", "entegra.auth.obtain", "--config", str(configs["entegra"]), "--json")
    assert login.returncode == 0, login.stderr
    assert "demo-password" not in login.stdout and "***" in json.loads(login.stdout)["body"]
    erp = run("call", "--dry-run", "erp.products.list", '{"per_page": 5}', "--config", str(configs["erp"]))
    assert erp.returncode == 0, erp.stderr
    assert "Authorization: Basic ***" in erp.stdout.splitlines()
    assert "ZGVtbzpkZW1vLXBhc3N3b3Jk" not in erp.stdout, "Basic credentials leaked"
    for output in (shown, login, erp):
        assert "demo-password" not in output.stdout + output.stderr
    assert server.stats() == before, "a dry run sent a request"
    bad = run(
        "call",
        "--dry-run",
        "entegra.products.update_quantity",
        '{"list": "x"}',
        "--config",
        str(configs["entegra"]),
    )
    assert bad.returncode == 1 and json.loads(bad.stderr)["kind"] == "validation"
