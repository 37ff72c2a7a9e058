"""`kopru sync --config FILE` against the loopback sandbox server, as cron would run it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import kopru
from support import LoopbackServer, operations
from test_cli import run


def write_config(server: LoopbackServer, folder: Path) -> Path:
    config: dict[str, Any] = {
        "erp": {key: value for key, value in server.config("erp").items() if key != "service"},
        "mapping": {"warehouses": ["WH-IST-M01-MAIN", "WH-ANK-M01-MAIN", "WH-IZM-CENTRAL"]},
        "entegra": {
            "client": {key: value for key, value in server.config("entegra").items() if key != "service"},
            "orders": {
                "CustomerCode": "120.01.001",
                "OfficeCode": "IST-01",
                "WarehouseCode": "WH-IST-M01-MAIN",
            },
        },
        "tedbul": {
            "client": {key: value for key, value in server.config("tedbul").items() if key != "service"},
            "catalogue": {"expiration": "2027-12-31"},
        },
        "state_dir": "state",
        "outbox": "orders",
    }
    path = folder / "kopru-sync.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


def place_entegra_order(server: LoopbackServer, code: str) -> None:
    example = next(op["example"] for op in operations() if op["name"] == "entegra.orders.create")
    order = dict(example["list"][0])
    order["order_id"] = "CRON-1"
    order["order_details"] = [{**example["list"][0]["order_details"][0], "product_code": code}]
    kopru.Client(server.config("entegra")).call("entegra.orders.create", {"list": [order]})


def requests_column(output: str, marketplace: str) -> int:
    line = next(line for line in output.splitlines() if line.startswith(marketplace + " "))
    return int(line.split()[1])


def test_sync_runs_from_a_config_file_and_a_second_run_sends_nothing(
    server: LoopbackServer, tmp_path: Path
) -> None:
    config = write_config(server, tmp_path)
    place_entegra_order(server, "SHIRT-001-RED-M")
    first = run("sync", "--config", str(config))
    assert first.returncode == 0, first.stdout + first.stderr
    assert requests_column(first.stdout, "entegra") > 0
    assert requests_column(first.stdout, "tedbul") > 0
    written = sorted(path.name for path in (tmp_path / "orders").iterdir())
    assert written == ["entegra-CRON-1.json"], first.stdout
    document = json.loads((tmp_path / "orders" / "entegra-CRON-1.json").read_text(encoding="utf-8"))
    assert document["Lines"][0]["ItemCode"] == "SHIRT-001"
    assert document["CustomerCode"] == "120.01.001"
    catalogue = json.loads((tmp_path / "state" / "entegra.catalogue.json").read_text(encoding="utf-8"))
    assert catalogue["items"], "the catalogue state knows what Entegra has"
    orders = json.loads((tmp_path / "state" / "entegra.orders.json").read_text(encoding="utf-8"))
    assert orders["orders"] == {}, "the order was acknowledged"
    assert (tmp_path / "state" / "entegra.session.json").exists(), "the token is kept between runs"
    before = server.stats()
    second = run("sync", "--config", str(config))
    assert second.returncode == 0, second.stdout + second.stderr
    assert requests_column(second.stdout, "entegra") == 0
    assert requests_column(second.stdout, "tedbul") == 0
    after = server.stats()
    assert after["entegra"]["logins"] == before["entegra"]["logins"], "no new login on the second run"
    assert "demo-password" not in first.stdout + second.stdout


def test_a_bad_config_is_reported_with_where(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"erp": {}, "entegra": {"client": {}, "catalog": {}}}), encoding="utf-8")
    done = run("sync", "--config", str(path))
    assert done.returncode == 2
    assert "entegra: unknown keys catalog" in done.stdout


def test_a_failing_marketplace_does_not_stop_the_other(server: LoopbackServer, tmp_path: Path) -> None:
    path = write_config(server, tmp_path)
    config = json.loads(path.read_text(encoding="utf-8"))
    config["tedbul"]["client"]["credentials"]["password"] = "wrong-password"
    path.write_text(json.dumps(config), encoding="utf-8")
    done = run("sync", "--config", str(path))
    assert done.returncode == 1, done.stdout
    assert "tedbul: AuthError" in done.stdout
    assert requests_column(done.stdout, "entegra") > 0
    assert "wrong-password" not in done.stdout
