"""The eight core operations, in-process (`"sandbox": True`) and over real HTTP against the
loopback sandbox server, through the bundled `kopru.Client`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable

import kopru
import pytest
from support import sandbox_config

MakeClient = Callable[[str], kopru.Client]


@pytest.fixture(params=["in-process", "http"])
def make_client(request: pytest.FixtureRequest) -> MakeClient:
    """Makes a client of a service, either on the in-process sandbox or over loopback HTTP."""
    if request.param == "in-process":
        return lambda service: kopru.Client(sandbox_config(service))
    server = request.getfixturevalue("server")
    return lambda service: kopru.Client(server.config(service))


def new_product(code: str, barcode: str) -> dict[str, Any]:
    return {
        "productCode": code,
        "productName": f"Test product {code}",
        "barcode": barcode,
        "quantity": 7,
        "price1": Decimal("12.90"),
        "status": 1,
        "supplier": "kopru-tests",
        "supplier_id": code,
    }


def new_ad(barcode: str, price: Any = Decimal("17.45")) -> dict[str, Any]:
    return {
        "productBarcode": barcode,
        "productName": f"Test ad {barcode}",
        "expiration": "2027-06-30",
        "stock": 12,
        "price": price,
        "description": "created by the Python tests",
        "featured": 0,
        "minSellQty": 1,
        "maxSellQty": 10,
        "levelOfSales": 1,
        "status": 1,
    }


@pytest.mark.parametrize(
    "op",
    [
        "entegra.products.list",
        "entegra.orders.list",
        "tedbul.ads.list",
        "erp.products.list",
        "erp.inventory.list",
    ],
)
def test_list_operations_return_a_page_of_items(make_client: MakeClient, op: str) -> None:
    result = make_client(op.split(".")[0]).call(op)
    assert isinstance(result, dict)
    assert isinstance(result["items"], list) and result["items"], f"{op} returned no items"
    assert all(isinstance(item, dict) for item in result["items"])
    assert result["page"] == 1
    assert "next_page" in result and "total" in result


def test_entegra_products_create_then_list(make_client: MakeClient) -> None:
    client = make_client("entegra")
    before = {item["productCode"] for item in client.pages("entegra.products.list")}
    assert "PY-TEST-1" not in before
    client.call("entegra.products.create", {"list": [new_product("PY-TEST-1", "8691111111111")]})
    after = {item["productCode"]: item for item in client.pages("entegra.products.list")}
    assert set(after) == before | {"PY-TEST-1"}
    created = after["PY-TEST-1"]
    assert created["price1"] == Decimal("12.90")
    assert isinstance(created["price1"], Decimal)


def test_entegra_orders_list_lines_and_money(make_client: MakeClient) -> None:
    orders = list(make_client("entegra").pages("entegra.orders.list"))
    assert orders
    lines = [line for order in orders for line in order["order_product"]]
    assert lines
    assert all(isinstance(line["price"], Decimal) for line in lines)
    assert all(isinstance(order["id"], str) for order in orders)


def test_tedbul_ads_create_then_list(make_client: MakeClient) -> None:
    client = make_client("tedbul")
    before = list(client.pages("tedbul.ads.list"))
    client.call("tedbul.ads.create", new_ad("8692222222222"))
    after = list(client.pages("tedbul.ads.list"))
    assert len(after) == len(before) + 1
    created = [ad for ad in after if ad["barcodes"] == ["8692222222222"]]
    assert len(created) == 1
    assert created[0]["price"] == Decimal("17.45")
    assert created[0]["stock"] == 12


def test_tedbul_ads_update_many_changes_every_listed_ad(make_client: MakeClient) -> None:
    client = make_client("tedbul")
    ads = list(client.pages("tedbul.ads.list"))[:2]
    assert len(ads) == 2
    updates = [
        {"id": int(ad["adsId"]), "stock": 40 + index, "price": Decimal("99.95") + index}
        for index, ad in enumerate(ads)
    ]
    result = client.call("tedbul.ads.update_many", {"adsList": updates})
    assert result["successCount"] == 2 and result["errorCount"] == 0
    by_id = {ad["adsId"]: ad for ad in client.pages("tedbul.ads.list")}
    for index, ad in enumerate(ads):
        assert by_id[ad["adsId"]]["stock"] == 40 + index
        assert by_id[ad["adsId"]]["price"] == Decimal("99.95") + index


def test_erp_products_list_filters_by_item_type(make_client: MakeClient) -> None:
    client = make_client("erp")
    every = list(client.pages("erp.products.list"))
    assert every
    code = every[0]["ItemTypeCode"]
    filtered = list(client.pages("erp.products.list", {"item_type_code": code}))
    assert filtered and all(str(item["ItemTypeCode"]) == str(code) for item in filtered)


def test_erp_inventory_list_has_quantities(make_client: MakeClient) -> None:
    client = make_client("erp")
    rows = list(client.pages("erp.inventory.list"))
    assert rows
    assert all(isinstance(row["InventoryQty1"], int) for row in rows)
    warehouse = rows[0]["WarehouseCode"]
    only = list(client.pages("erp.inventory.list", {"warehouse_code": warehouse}))
    assert only and len(only) < len(rows) and all(row["WarehouseCode"] == warehouse for row in only)


def test_unknown_operation_is_refused(make_client: MakeClient) -> None:
    with pytest.raises(kopru.KopruError) as caught:
        make_client("erp").call("erp.nothing.here")
    assert caught.value.kind in ("config", "validation")
