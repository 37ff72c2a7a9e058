"""The guard against mass changes from Python, against the loopback server: a generated "wrong
price field" and "missing warehouse" scenario raise ``GuardedError`` with nothing sent (no
marketplace request recorded, the listing and the state file unchanged); ``accept_plan`` with the
right plan_id lets that plan through and a stale one is still stopped; the guard's config is
range-checked with problem codes."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import kopru
import pytest
from support import LoopbackServer
from test_sync_runner import OPTIONS, clients, generate, keyed, marketplace_requests


def with_purchase_prices(catalogue: dict[str, Any]) -> dict[str, Any]:
    """The catalogue with a PurchasePrice of 55 % of each SalePrice (a cost price)."""
    changed = copy.deepcopy(catalogue)
    for product in changed["products"]:
        product["PurchasePrice"] = (product["SalePrice"] * Decimal("0.55")).quantize(Decimal("0.01"))
    return changed


def stopped(
    server: LoopbackServer, service: str, state_file: Path, catalogue: dict[str, Any], **kwargs: Any
) -> kopru.GuardedError:
    """Runs a sync that the guard must stop; checks that nothing was sent or saved."""
    marketplace, _ = clients(server, service)
    listed, saved = keyed(marketplace), state_file.read_bytes()
    requests = marketplace_requests(server, service)
    with pytest.raises(kopru.GuardedError) as raised:
        kopru.sync_catalogue(marketplace, snapshot=catalogue, state_file=state_file, **kwargs)
    assert marketplace_requests(server, service) == requests, "no request reached the marketplace"
    assert keyed(marketplace) == listed, "the marketplace is unchanged"
    assert state_file.read_bytes() == saved, "the state file is unchanged"
    return raised.value


@pytest.mark.parametrize("service", ["entegra", "tedbul"])
def test_a_wrong_price_field_and_a_missing_warehouse_are_stopped(
    server: LoopbackServer, service: str, tmp_path: Path
) -> None:
    catalogue = with_purchase_prices(generate(7, 40))
    marketplace, _ = clients(server, service)
    state_file = tmp_path / "sync.json"
    first = kopru.sync_catalogue(
        marketplace, snapshot=catalogue, options=OPTIONS[service], state_file=state_file
    )
    assert first["errors"] == [] and first["requests_sent"] > 0

    wrong_price = {**OPTIONS[service], "price_field": "PurchasePrice"}
    error = stopped(server, service, state_file, catalogue, options=wrong_price)
    assert error.kind == "guarded" and error.code == 8
    assert [limit["limit"] for limit in error.limits] == ["prices"]
    count = error.limits[0]["count"]
    assert count > 10 and error.items_total == count
    assert f"would move the price of {count} items by more than 25 %, limit 10 items" in str(error)
    assert error.plan_id in str(error) and len(error.plan_id) == 16
    assert error.items[0]["field"] == "price"

    missing = {**OPTIONS[service], "warehouses": ["WH-GONE"]}
    error = stopped(server, service, state_file, catalogue, options=missing)
    assert [limit["limit"] for limit in error.limits] == ["passive"]
    limit = error.limits[0]
    assert limit["count"] * 100 > limit["listed"] * 20
    assert f"would make {limit['count']} of {limit['listed']} listed items passive or out of stock" in str(
        error
    )


def test_accept_plan_lets_exactly_that_plan_through(server: LoopbackServer, tmp_path: Path) -> None:
    catalogue = with_purchase_prices(generate(8, 40))
    marketplace, _ = clients(server, "entegra")
    state_file = tmp_path / "sync.json"
    kopru.sync_catalogue(marketplace, snapshot=catalogue, options=OPTIONS["entegra"], state_file=state_file)
    wrong_price = {**OPTIONS["entegra"], "price_field": "PurchasePrice"}
    plan_id = stopped(server, "entegra", state_file, catalogue, options=wrong_price).plan_id
    missing = {**OPTIONS["entegra"], "warehouses": ["WH-GONE"]}
    stale = stopped(server, "entegra", state_file, catalogue, options=missing, accept_plan=plan_id)
    assert stale.plan_id != plan_id
    report = kopru.sync_catalogue(
        marketplace, snapshot=catalogue, options=wrong_price, state_file=state_file, accept_plan=plan_id
    )
    assert report["errors"] == [] and report["requests_sent"] > 0
    listed = keyed(marketplace)
    for product in catalogue["products"]:
        if product["ItemCode"] in listed:
            assert Decimal(str(listed[product["ItemCode"]]["price1"])) == product["PurchasePrice"]


def test_the_guard_can_be_turned_off_and_its_config_is_checked(
    server: LoopbackServer, tmp_path: Path
) -> None:
    catalogue = generate(9, 30)
    marketplace, _ = clients(server, "tedbul")
    state_file = tmp_path / "sync.json"
    kopru.sync_catalogue(marketplace, snapshot=catalogue, options=OPTIONS["tedbul"], state_file=state_file)
    missing = {**OPTIONS["tedbul"], "warehouses": ["WH-GONE"]}
    with pytest.raises(kopru.ValidationError) as raised:
        kopru.sync_catalogue(
            marketplace,
            snapshot=catalogue,
            options=missing,
            state_file=state_file,
            guard={"max_passive_percent": 101, "max_price_changes": -1},
        )
    codes = {(problem["path"], problem["code"]) for problem in raised.value.errors}
    assert codes == {
        ("options.guard.max_passive_percent", "too_large"),
        ("options.guard.max_price_changes", "too_small"),
    }
    report = kopru.sync_catalogue(
        marketplace, snapshot=catalogue, options=missing, state_file=state_file, guard={"enabled": False}
    )
    assert report["errors"] == [] and report["requests_sent"] > 0
