"""Python-side cost of kopru, as ratios against a baseline measured in the same run.

    python python/bench.py        (with kopru installed: pip install ./python)

- An Entegra product page (100 products, 3 variations each, every scalar a string as
  the live service sends them) received through ``kopru.Session`` — parsed, typed,
  money as ``decimal.Decimal`` — against ``json.loads`` of the same body, and against
  pydantic v2 ``model_validate_json`` doing the same typing when pydantic is installed
  (``pip install pydantic`` in the bench's own environment, never in the tests').
- A catalogue sync of 500 ERP products planned and sent to the in-process Entegra
  sandbox (``kopru.sync_catalogue``), against ``json.loads`` + ``json.dumps`` of the
  snapshot (the least any sync must do with its data).

Nothing here is asserted: the figures go in the README.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import kopru

NOW = 1_700_000_000_000


def mean(work: Callable[[], object], least: float = 2.0) -> float:
    """Seconds per run of ``work``, over at least ``least`` seconds."""
    work()
    runs = 0
    started = time.perf_counter()
    while time.perf_counter() - started < least:
        work()
        runs += 1
    return (time.perf_counter() - started) / runs


def report(name: str, measured: float, baseline: float, baseline_name: str) -> None:
    print(
        f"{name:<44} {measured * 1e3:9.2f} ms   {baseline_name}: {baseline * 1e3:8.2f} ms"
        f"   ratio {measured / baseline:6.2f}"
    )


def entegra_page() -> str:
    products = [
        {
            "id": str(1000 + i),
            "productCode": f"P{i}",
            "productName": f"Ürün {i}",
            "quantity": "13",
            "price1": "129.90",
            "status": "1",
            "variatios": [
                {
                    "productCode": f"P{i}-{v}",
                    "barcode": f"869{i:05d}{v}",
                    "quantity": str(v + 2),
                    "price": "12.50",
                }
                for v in range(3)
            ],
        }
        for i in range(100)
    ]
    return json.dumps({"productList": products, "totalProduct": "250"})


def receive_page() -> None:
    body = entegra_page()
    config = {"service": "entegra", "credentials": {"email": "demo@kopru.dev", "password": "demo-password"}}
    state = {
        "version": 1,
        "service": "entegra",
        "account": "demo@kopru.dev",
        "access_token": "T",
        "access_expires_ms": NOW * 2,
        "refresh_token": "R",
        "refresh_expires_ms": NOW * 2,
    }
    session = kopru.Session(config, state)
    response = {"status": 200, "headers": [["Content-Type", "application/json"]], "body": body}

    def through_kopru() -> object:
        session.start("entegra.products.list", {"page": 1}, NOW)
        return session.receive(response, NOW)

    kopru_receive = mean(through_kopru)
    report("entegra.products.list page (100 products)", kopru_receive, mean(lambda: json.loads(body)), "json")
    pydantic_page = pydantic_page_model()
    if pydantic_page is None:
        print("  (pydantic not installed: pip install pydantic for the comparison)")
        return
    report(
        "entegra.products.list page (100 products)",
        kopru_receive,
        mean(lambda: pydantic_page.model_validate_json(body)),
        "pydantic",
    )


def pydantic_page_model() -> Any:
    """The page as pydantic v2 models doing the same typing (ints, ``Decimal`` money,
    ``variatios`` read as ``variations``), or ``None`` when pydantic is not installed."""
    try:
        from decimal import Decimal

        from pydantic import BaseModel, ConfigDict, Field
    except ImportError:
        return None

    class Variation(BaseModel):
        model_config = ConfigDict(extra="allow")
        productCode: str
        barcode: str
        quantity: int
        price: Decimal

    class Product(BaseModel):
        model_config = ConfigDict(extra="allow")
        id: str
        productCode: str
        productName: str
        quantity: int
        price1: Decimal
        status: int
        variations: list[Variation] = Field(alias="variatios")

    class Page(BaseModel):
        productList: list[Product]
        totalProduct: int

    return Page


def snapshot(count: int) -> dict[str, Any]:
    products: list[dict[str, Any]] = []
    inventory: list[dict[str, Any]] = []
    for i in range(count):
        code = f"GEN-{i:05d}"
        sizes = ("S", "M", "L")
        products.append(
            {
                "ItemCode": code,
                "ItemDescription": f"Ürün {i}",
                "SalePrice": f"{10 + i % 500}.90",
                "TaxRate": 20,
                "Variants": [
                    {
                        "ColorCode": "RED",
                        "ColorDescription": "Kırmızı",
                        "ItemDim1Code": s,
                        "Barcode": f"869{i:06d}{v}",
                    }
                    for v, s in enumerate(sizes)
                ],
            }
        )
        inventory.extend(
            {
                "WarehouseCode": "W1",
                "ItemCode": code,
                "ColorCode": "RED",
                "ItemDim1Code": s,
                "InventoryQty1": i % 9,
            }
            for s in sizes
        )
    return {"products": products, "inventory": inventory}


def sync_catalogue() -> None:
    data = snapshot(500)
    text = json.dumps(data)

    def first_sync() -> object:
        client = kopru.Client(kopru.sandbox_config("entegra"))
        return kopru.sync_catalogue(client, snapshot=data)

    report(
        "sync_catalogue, 500 products, in-process sandbox",
        mean(first_sync, 4.0),
        mean(lambda: json.dumps(json.loads(text))),
        "json",
    )


if __name__ == "__main__":
    print(f"kopru {kopru.__version__} Python bench (mean per run; ratio = kopru / baseline on the same data)")
    receive_page()
    sync_catalogue()
