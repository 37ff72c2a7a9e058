"""The sync runner in Python (`kopru.sync_catalogue`, `kopru.import_orders`) against the loopback
server: the marketplace listing ends up equal to the ERP's mapping, a second run sends nothing,
changes go out in full batches, runs stopped after any batch (or killed) resume without creating
anything twice, orders are imported once and acknowledged, and exceptions of hooks propagate
unchanged."""

from __future__ import annotations

import copy
import json
import math
import os
import random
import signal
import subprocess
import sys
import threading
import types
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

import kopru
import pytest
from support import LoopbackServer, operations, timed_with_a_spinning_thread

ENTEGRA_BATCH = 50
TEDBUL_BATCH = 100
ERP_PAGE = 100
COUNTED = ["WH-A", "WH-B"]
"""The warehouses whose stock counts (the `warehouses` option)."""
IGNORED = "WH-C"
"""A warehouse the options leave out: its stock must not reach the marketplace."""
OPTIONS: dict[str, dict[str, Any]] = {
    "entegra": {"warehouses": COUNTED},
    "tedbul": {"warehouses": COUNTED, "expiration": "2027-01-31"},
}
SEEDED_OPTIONS: dict[str, dict[str, Any]] = {"entegra": {}, "tedbul": {"expiration": "2027-01-31"}}
"""Options for the seeded ERP (its own warehouses)."""
ORDER_OPTIONS = {"CustomerCode": "120.01.001", "OfficeCode": "IST-01", "WarehouseCode": "WH-IST-M01-MAIN"}
COLORS = [("RED", "Kırmızı"), ("BLU", "Mavi"), ("BLK", "Siyah")]
SIZES = ["S", "M", "L", "XL"]
OPERATIONS = {operation["name"]: operation for operation in operations()}

Catalogue = dict[str, list[dict[str, Any]]]
Event = dict[str, Any]


# --- generated catalogues ---------------------------------------------------------------------


def barcode(*parts: int) -> str:
    """A valid EAN-13 made of the parts (unique per part tuple)."""
    body = "86" + "".join(f"{part:03d}" for part in parts)
    body = (body + "0" * 12)[:12]
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def generate(seed: int, count: int, start: int = 0) -> Catalogue:
    """`count` ERP products with their stock: every fifth one without variants (its own Barcode),
    the others with 1–3 colours × 1–4 sizes; some blocked; some variants out of stock; rows in
    two counted warehouses and one ignored one, some rows missing. Money as Decimal."""
    rng = random.Random(seed * 1000 + start)
    products: list[dict[str, Any]] = []
    inventory: list[dict[str, Any]] = []
    for index in range(start, start + count):
        code = f"G{seed}-{index:03d}"
        product: dict[str, Any] = {
            "ItemCode": code,
            "ItemDescription": f"Generated product {seed}/{index}",
            "ItemTypeCode": 1,
            "SalePrice": Decimal(rng.randint(990, 49990)) / 100,
            "TaxRate": 20,
            "IsBlocked": index % 9 == 4,
        }
        if index % 5 == 0:
            product["Barcode"] = barcode(seed, index, 0)
            product["Variants"] = []
            keys: list[tuple[str | None, str | None]] = [(None, None)]
        else:
            colors = COLORS[: 1 + index % 3]
            sizes = SIZES[: 1 + rng.randrange(len(SIZES))]
            product["Variants"] = [
                {
                    "ColorCode": color,
                    "ColorDescription": label,
                    "ItemDim1Code": size,
                    "Barcode": barcode(seed, index, 1 + number),
                }
                for number, ((color, label), size) in enumerate(
                    (color, size) for color in colors for size in sizes
                )
            ]
            keys = [(variant["ColorCode"], variant["ItemDim1Code"]) for variant in product["Variants"]]
        products.append(product)
        for number, (color, size) in enumerate(keys):
            empty = (index + number) % 6 == 0
            for warehouse in [*COUNTED, IGNORED]:
                if rng.random() < 0.25:
                    continue
                inventory.append(
                    {
                        "WarehouseCode": warehouse,
                        "ItemCode": code,
                        "ColorCode": color,
                        "ItemDim1Code": size,
                        "InventoryQty1": 0 if empty else rng.randint(0, 30),
                    }
                )
    return {"products": products, "inventory": inventory}


def counted_rows(catalogue: Catalogue) -> dict[tuple[Any, ...], dict[str, Any]]:
    """The first counted-warehouse row of every stock key (ItemCode, ColorCode, ItemDim1Code)."""
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in catalogue["inventory"]:
        key = (row["ItemCode"], row["ColorCode"], row["ItemDim1Code"])
        if row["WarehouseCode"] in COUNTED and key not in rows:
            rows[key] = row
    return rows


def stock(catalogue: Catalogue) -> Counter[tuple[Any, ...]]:
    """The counted stock of every key."""
    total: Counter[tuple[Any, ...]] = Counter()
    for row in catalogue["inventory"]:
        if row["WarehouseCode"] in COUNTED:
            total[(row["ItemCode"], row["ColorCode"], row["ItemDim1Code"])] += row["InventoryQty1"]
    return total


def change_stocks(
    catalogue: Catalogue, count: int, seed: int, keep: Callable[[tuple[Any, ...]], bool] = lambda _: True
) -> tuple[Catalogue, list[dict[str, Any]]]:
    """A copy of the catalogue with the counted stock of `count` keys raised by 1–5; also the
    changed rows."""
    changed = copy.deepcopy(catalogue)
    rows = counted_rows(changed)
    keys = sorted((key for key in rows if keep(key)), key=str)
    assert len(keys) >= count, f"only {len(keys)} keys can change"
    rng = random.Random(seed)
    touched = []
    for key in rng.sample(keys, count):
        rows[key]["InventoryQty1"] += rng.randint(1, 5)
        touched.append(rows[key])
    return changed, touched


def evolve(catalogue: Catalogue, seed: int) -> Catalogue:
    """The next state of the ERP: 70 stocks raised, 10 prices changed, 3 products blocked or
    unblocked, 30 new products."""
    changed, _ = change_stocks(catalogue, 70, seed)
    rng = random.Random(seed)
    for product in rng.sample(changed["products"], 10):
        product["SalePrice"] += Decimal("1.25")
    for product in rng.sample(changed["products"], 3):
        product["IsBlocked"] = not product["IsBlocked"]
    extra = generate(seed, 30, start=len(changed["products"]))
    changed["products"] += extra["products"]
    changed["inventory"] += extra["inventory"]
    return changed


def as_json(value: Any) -> Any:
    """Plain JSON values (Decimal as its text), e.g. for a snapshot file."""
    return json.loads(json.dumps(value, default=str))


# --- listings and mappings --------------------------------------------------------------------


def saved_state(state_file: Path) -> dict[str, Any]:
    """The sync state a state file holds: its snapshot with the journal's entries replayed in order.

    Written from the documented format (README "Choices", docs/ARCHITECTURE.md), not from kopru's code: each
    journal line names changed keys of ``items``/``pending``/``orders``, a value to set or null to remove.
    """
    state: dict[str, Any] = json.loads(state_file.read_text())
    journal = state_file.with_name(state_file.name + ".journal")
    lines = journal.read_text().splitlines() if journal.exists() else []
    for line in lines:
        for section, changes in json.loads(line).items():
            target = state.setdefault(section, {})
            for key, value in changes.items():
                if value is None:
                    target.pop(key, None)
                else:
                    target[key] = value
    return state


def number(value: Any) -> Any:
    """Money and counts compare as numbers, whatever their text (`"89,90"`, `"89.9"`, 89.9)."""
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.replace(",", "."))
        except ArithmeticError:
            return value
    return value


def listing(client: kopru.Client) -> list[dict[str, Any]]:
    """Every product (Entegra) or ad (Tedbul) of the marketplace."""
    if client.service == "entegra":
        return list(client.pages("entegra.products.list"))
    return list(client.pages("tedbul.ads.list", {"show": 100}))


def keyed(client: kopru.Client) -> dict[str, dict[str, Any]]:
    """The listing keyed by productCode (variations by theirs, under their product) or, for
    Tedbul, by barcode; fails on a key listed twice (something created twice)."""
    items: dict[str, dict[str, Any]] = {}
    seen: Counter[str] = Counter()
    for item in listing(client):
        if client.service == "entegra":
            variations = {variation["productCode"]: variation for variation in item.get("variations") or []}
            seen.update([item["productCode"], *variations])
            seen.update(variation["barcode"] for variation in variations.values() if variation.get("barcode"))
            items[item["productCode"]] = {**item, "variations": variations}
        else:
            seen.update(item["barcodes"])
            for code in item["barcodes"]:
                items[code] = item
    twice = sorted(key for key, times in seen.items() if times > 1)
    assert twice == [], f"listed more than once: {twice}"
    return items


def fingerprint(client: kopru.Client) -> dict[str, Any]:
    """The listing without the marketplace's ids and dates, for comparing two runs."""
    dropped = {"id", "adsId", "productId", "date_add", "date_change"}

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: strip(item) for key, item in value.items() if key not in dropped}
        if isinstance(value, list):
            return [strip(item) for item in value]
        return number(value)

    return {key: strip(item) for key, item in keyed(client).items()}


def mapped(
    client: kopru.Client, catalogue: Catalogue, options: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """What the ERP data should look like on the marketplace: `map.entegra.products` (its list),
    or `map.tedbul.ads` (its creations, as there is no listing to compare with)."""
    params = {**catalogue, "options": OPTIONS[client.service] if options is None else options}
    if client.service == "entegra":
        result = client.call("map.entegra.products", params)
        products: list[dict[str, Any]] = result["list"]
        return products
    result = client.call("map.tedbul.ads", params)
    ads: list[dict[str, Any]] = result["create"]
    return ads


# Entegra lists what a create calls productName, product_pictures, variation_specs under
# other names (research §1.4), and the sandbox lists it that way.
LISTED_AS = {"productName": "name", "product_pictures": "pictures", "variation_specs": "variationSpec"}


def assert_listing_is_the_mapping(
    client: kopru.Client, catalogue: Catalogue, others: set[str], options: dict[str, Any] | None = None
) -> None:
    """Every mapped product/ad is listed with the mapped values; nothing else is listed besides
    `others` (the marketplace's seeded items)."""
    options = OPTIONS[client.service] if options is None else options
    items = keyed(client)
    wanted = mapped(client, catalogue, options)
    assert wanted, "the mapping is empty"
    if client.service == "entegra":
        for product in wanted:
            listed = items[product["productCode"]]
            for key, value in product.items():
                if key == "variations":
                    assert set(listed["variations"]) == {v["productCode"] for v in value}
                    for variation in value:
                        got = listed["variations"][variation["productCode"]]
                        for name, expected in variation.items():
                            shown = got.get(LISTED_AS.get(name, name))
                            assert number(shown) == number(expected), (variation, got)
                else:
                    shown = listed.get(LISTED_AS.get(key, key))
                    assert number(shown) == number(value), (product["productCode"], key)
        codes = {product["productCode"] for product in wanted}
    else:
        for ad in wanted:
            listed = items[ad["productBarcode"]]
            for key, value in ad.items():
                if key != "productBarcode":
                    assert number(listed.get(key)) == number(value), (ad["productBarcode"], key)
        codes = {ad["productBarcode"] for ad in wanted}
        # given the listing, the mapping finds nothing to create and nothing to make passive
        again = client.call(
            "map.tedbul.ads", {**catalogue, "options": options, "listing": list(items.values())}
        )
        assert (again["create"], again["deactivate"]) == ([], [])
    assert set(items) - codes == others


def marketplace_requests(server: LoopbackServer, service: str) -> dict[str, int]:
    """Requests per `METHOD /path` the marketplace has seen since the last reset."""
    paths = server.stats()[service]["paths"]
    return {path: counts["requests"] for path, counts in paths.items()}


def endpoint(op: str) -> str:
    """The stats key of an operation's endpoint: `PUT /product/quantity/`."""
    operation = OPERATIONS[op]
    return f"{operation['method']} /{operation['path'].lstrip('/')}"


def clients(server: LoopbackServer, service: str) -> tuple[kopru.Client, kopru.Client]:
    """The marketplace's client and the ERP's."""
    return kopru.Client(server.config(service)), kopru.Client(server.config("erp"))


def seeded_keys(client: kopru.Client) -> set[str]:
    """The keys the marketplace lists before any sync."""
    return set(keyed(client))


class Stop(Exception):
    """Raised by a hook to stop a run."""


def stop_at_batch(k: int) -> Callable[[Event], None]:
    """An on_progress hook that raises Stop at the k-th batch event."""
    seen = 0

    def on_progress(event: Event) -> None:
        nonlocal seen
        if event["event"] == "batch":
            seen += 1
            if seen == k:
                raise Stop(k)

    return on_progress


# --- 1. the seeded ERP to Entegra and Tedbul --------------------------------------------------


@pytest.mark.parametrize("service", ["entegra", "tedbul"])
def test_sync_from_the_erp_then_a_second_sync_sends_nothing(
    server: LoopbackServer, service: str, tmp_path: Path
) -> None:
    marketplace, erp = clients(server, service)
    others = seeded_keys(marketplace)
    erp_data = {
        "products": list(erp.pages("erp.products.list", {"per_page": 100})),
        "inventory": list(erp.pages("erp.inventory.list", {"per_page": 100})),
    }
    state_file = tmp_path / "sync.json"
    first = kopru.sync_catalogue(marketplace, erp, options=SEEDED_OPTIONS[service], state_file=state_file)
    assert first["job"] == "catalogue" and first["marketplace"] == service
    assert first["requests_sent"] > 0 and first["errors"] == [] and first["listing_read"]
    assert_listing_is_the_mapping(marketplace, erp_data, others, SEEDED_OPTIONS[service])
    before = marketplace_requests(server, service)
    erp_before = server.stats()["erp"]["requests"]
    second = kopru.sync_catalogue(marketplace, erp, options=SEEDED_OPTIONS[service], state_file=state_file)
    assert second["requests_sent"] == 0 and second["requests_planned"] == 0, second
    assert not second["listing_read"]
    assert marketplace_requests(server, service) == before, "the second sync sent marketplace requests"
    assert server.stats()["erp"]["requests"] == erp_before + 2, "it reads the ERP's products and stock"
    assert second["state"] == first["state"]


# --- 2. generated catalogues: snapshots, the ERP emulator, full batches -----------------------


@pytest.mark.parametrize("changed", [1, 50, 51, 120])
def test_entegra_stock_changes_go_out_in_full_batches(
    server: LoopbackServer, changed: int, tmp_path: Path
) -> None:
    entegra = kopru.Client(server.config("entegra"))
    others = seeded_keys(entegra)
    catalogue = generate(3, 60)
    state_file = tmp_path / "entegra.json"
    first = kopru.sync_catalogue(
        entegra, snapshot=catalogue, options=OPTIONS["entegra"], state_file=state_file
    )
    creates = math.ceil(len(catalogue["products"]) / ENTEGRA_BATCH)
    assert first["sent"] == {"entegra.products.create": {"requests": creates, "items": first["confirmed"]}}
    assert_listing_is_the_mapping(entegra, catalogue, others)

    after, _ = change_stocks(catalogue, changed, seed=changed)
    quantities = {key: item["quantity"] for key, item in flat(mapped(entegra, catalogue)).items()}
    new = {key: item["quantity"] for key, item in flat(mapped(entegra, after)).items()}
    moved = {key for key in new if new[key] != quantities[key]}
    assert len(moved) >= changed  # each changed variant, and the product whose total moved
    before = marketplace_requests(server, "entegra")
    report = kopru.sync_catalogue(entegra, snapshot=after, options=OPTIONS["entegra"], state_file=state_file)
    expected = {"requests": math.ceil(len(moved) / ENTEGRA_BATCH), "items": len(moved)}
    assert report["planned"] == {"entegra.products.update_quantity": expected}, report["planned"]
    assert report["sent"] == report["planned"]
    now = marketplace_requests(server, "entegra")
    path = endpoint("entegra.products.update_quantity")
    assert now[path] - before.get(path, 0) == expected["requests"]
    assert {p: n - before.get(p, 0) for p, n in now.items() if n != before.get(p, 0)} == {
        path: expected["requests"]
    }
    assert_listing_is_the_mapping(entegra, after, others)


def flat(products: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Mapped Entegra products and their variations, by productCode."""
    out: dict[str, dict[str, Any]] = {}
    for product in products:
        out[product["productCode"]] = product
        for variation in product.get("variations") or []:
            out[variation["productCode"]] = variation
    return out


def test_tedbul_stock_changes_go_out_in_full_batches(server: LoopbackServer, tmp_path: Path) -> None:
    tedbul = kopru.Client(server.config("tedbul"))
    others = seeded_keys(tedbul)
    catalogue = generate(4, 80)
    state_file = tmp_path / "tedbul.json"
    first = kopru.sync_catalogue(tedbul, snapshot=catalogue, options=OPTIONS["tedbul"], state_file=state_file)
    ads = len(mapped(tedbul, catalogue))
    assert first["sent"] == {"tedbul.ads.create": {"requests": ads, "items": ads}}
    assert_listing_is_the_mapping(tedbul, catalogue, others)

    blocked = {product["ItemCode"] for product in catalogue["products"] if product["IsBlocked"]}
    totals = stock(catalogue)
    listed = {key for key in counted_rows(catalogue) if key[0] not in blocked and totals[key] >= 3}
    changed = min(len(listed), 130)
    assert changed > TEDBUL_BATCH, "the catalogue needs more listed ads for two batches"
    after, _ = change_stocks(catalogue, changed, seed=5, keep=lambda key: key in listed)
    before = marketplace_requests(server, "tedbul")
    report = kopru.sync_catalogue(tedbul, snapshot=after, options=OPTIONS["tedbul"], state_file=state_file)
    expected = {"requests": math.ceil(changed / TEDBUL_BATCH), "items": changed}
    assert report["planned"] == {"tedbul.ads.update_many": expected}
    assert report["sent"] == report["planned"]
    now = marketplace_requests(server, "tedbul")
    path = endpoint("tedbul.ads.update_many")
    assert {p: n - before.get(p, 0) for p, n in now.items() if n != before.get(p, 0)} == {
        path: expected["requests"]
    }
    assert_listing_is_the_mapping(tedbul, after, others)


def test_sync_reads_a_generated_catalogue_from_the_erp(server: LoopbackServer, tmp_path: Path) -> None:
    entegra, erp = clients(server, "entegra")
    others = seeded_keys(entegra)
    catalogue = generate(6, 70)
    if "sandbox.erp.update" not in OPERATIONS:
        pytest.skip("this build has no sandbox.erp.update")
    loaded = erp.call("sandbox.erp.update", {**catalogue, "replace": 1})
    assert loaded == {"products": len(catalogue["products"]), "inventory": len(catalogue["inventory"])}
    state_file = tmp_path / "entegra.json"
    first = kopru.sync_catalogue(entegra, erp, options=OPTIONS["entegra"], state_file=state_file)
    assert first["errors"] == [] and first["requests_sent"] > 0
    erp_paths = marketplace_requests(server, "erp")
    assert erp_paths[endpoint("erp.products.list")] == math.ceil(len(catalogue["products"]) / ERP_PAGE)
    assert erp_paths[endpoint("erp.inventory.list")] == math.ceil(len(catalogue["inventory"]) / ERP_PAGE)
    assert_listing_is_the_mapping(entegra, catalogue, others)

    after, rows = change_stocks(catalogue, 60, seed=6)
    erp.call("sandbox.erp.update", {"inventory": rows})
    old = flat(mapped(entegra, catalogue))
    moved = [
        key for key, item in flat(mapped(entegra, after)).items() if item["quantity"] != old[key]["quantity"]
    ]
    report = kopru.sync_catalogue(entegra, erp, options=OPTIONS["entegra"], state_file=state_file)
    expected = {"requests": math.ceil(len(moved) / ENTEGRA_BATCH), "items": len(moved)}
    assert report["sent"] == {"entegra.products.update_quantity": expected}
    assert_listing_is_the_mapping(entegra, after, others)
    assert (
        kopru.sync_catalogue(entegra, erp, options=OPTIONS["entegra"], state_file=state_file)["requests_sent"]
        == 0
    )


def test_decimal_erp_stock_goes_out_in_whole_units_rounded_down_with_a_warning(
    server: LoopbackServer, tmp_path: Path
) -> None:
    """The ERP's decimal stock (1250.75 m of fabric over two warehouses) reaches Entegra as 1250,
    a negative stock as 0, and the report warns of both with the ERP value, the value sent and
    the rule."""
    entegra, erp = clients(server, "entegra")
    products = [
        {
            "ItemCode": code,
            "ItemDescription": f"{code} by the metre",
            "ItemTypeCode": 1,
            "Barcode": ean,
            "SalePrice": Decimal("12.50"),
            "TaxRate": 20,
            "IsBlocked": False,
            "Variants": [],
        }
        for code, ean in [
            ("FABRIC-Q", barcode(9, 1, 0)),
            ("DYE-Q", barcode(9, 2, 0)),
            ("BUTTON-Q", barcode(9, 3, 0)),
        ]
    ]
    inventory = [
        {"WarehouseCode": "WH-A", "ItemCode": "FABRIC-Q", "InventoryQty1": Decimal("1000.50")},
        {"WarehouseCode": "WH-B", "ItemCode": "FABRIC-Q", "InventoryQty1": Decimal("250.25")},
        {"WarehouseCode": "WH-A", "ItemCode": "DYE-Q", "InventoryQty1": Decimal("-3.5")},
        {"WarehouseCode": "WH-A", "ItemCode": "BUTTON-Q", "InventoryQty1": 40},
    ]
    erp.call("sandbox.erp.update", {"products": products, "inventory": inventory, "replace": 1})
    assert [row["InventoryQty1"] for row in erp.pages("erp.inventory.list")][:2] == [
        Decimal("1000.5"),
        Decimal("250.25"),
    ], "the sandbox ERP keeps the decimal stock"
    report = kopru.sync_catalogue(
        entegra, erp, options=OPTIONS["entegra"], state_file=tmp_path / "entegra.json"
    )
    assert report["errors"] == []
    listed = keyed(entegra)
    assert {code: listed[code]["quantity"] for code in ("FABRIC-Q", "DYE-Q", "BUTTON-Q")} == {
        "FABRIC-Q": 1250,
        "DYE-Q": 0,
        "BUTTON-Q": 40,
    }
    assert report["warnings"] == [
        {
            "item": "FABRIC-Q",
            "color": "",
            "size": "",
            "path": "products[0]",
            "erp": Decimal("1250.75"),
            "sent": 1250,
            "rule": "rounded_down",
        },
        {
            "item": "DYE-Q",
            "color": "",
            "size": "",
            "path": "products[1]",
            "erp": Decimal("-3.5"),
            "sent": 0,
            "rule": "negative_as_zero",
        },
    ]
    assert isinstance(report["warnings"][0]["erp"], Decimal)


# --- 3. stopped and killed runs resume without creating anything twice ------------------------

SCENARIOS: dict[str, tuple[Catalogue | None, Catalogue]] = {}


def scenario(name: str) -> tuple[Catalogue | None, Catalogue]:
    """`first`: 120 new products (three create batches) on an empty sync state; `changes`: a
    synced catalogue of 60, then stock, price, blocked and new-product changes."""
    if name not in SCENARIOS:
        if name == "first":
            SCENARIOS[name] = (None, generate(8, 120))
        else:
            base = generate(9, 60)
            SCENARIOS[name] = (base, evolve(base, 9))
    return SCENARIOS[name]


def reference(server: LoopbackServer, service: str, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The listing after uninterrupted runs on a freshly reset server, and the last report."""
    server.reset()
    marketplace = kopru.Client(server.config(service))
    base, target = scenario(name)
    state: dict[str, Any] | None = None
    if base is not None:
        state = kopru.sync_catalogue(marketplace, snapshot=base, options=OPTIONS[service])["state"]
    report = kopru.sync_catalogue(marketplace, snapshot=target, options=OPTIONS[service], state=state)
    assert report["errors"] == []
    fingerprinted = fingerprint(marketplace)
    server.reset()
    return fingerprinted, dict(report)


def creates(server: LoopbackServer, service: str) -> dict[str, dict[str, int]]:
    """Stats of the create endpoints."""
    paths = server.stats()[service]["paths"]
    names = ["entegra.products.create", "entegra.variations.create", "tedbul.ads.create"]
    return {endpoint(name): paths[endpoint(name)] for name in names if endpoint(name) in paths}


@pytest.mark.parametrize(
    ("service", "name", "k"),
    [
        ("entegra", "first", 1),
        ("entegra", "first", 2),
        ("entegra", "changes", 1),
        ("entegra", "changes", 3),
        ("entegra", "changes", 5),
        ("entegra", "changes", 6),
        ("tedbul", "changes", 2),
        ("tedbul", "changes", 40),
    ],
)
def test_a_run_stopped_after_a_batch_resumes_from_its_state_file(
    server: LoopbackServer, service: str, name: str, k: int, tmp_path: Path
) -> None:
    expected, uninterrupted = reference(server, service, name)
    assert uninterrupted["requests_sent"] >= k
    marketplace = kopru.Client(server.config(service))
    base, target = scenario(name)
    state_file = tmp_path / "sync.json"
    if base is not None:
        kopru.sync_catalogue(marketplace, snapshot=base, options=OPTIONS[service], state_file=state_file)
    with pytest.raises(Stop):
        kopru.sync_catalogue(
            marketplace,
            snapshot=target,
            options=OPTIONS[service],
            state_file=state_file,
            on_progress=stop_at_batch(k),
        )
    resumed = kopru.sync_catalogue(
        marketplace, snapshot=target, options=OPTIONS[service], state_file=state_file
    )
    assert resumed["errors"] == []
    assert resumed["requests_sent"] == uninterrupted["requests_sent"] - k, "only what was not confirmed"
    assert fingerprint(marketplace) == expected
    for path, counts in creates(server, service).items():
        assert counts["repeated"] == 0, f"{path} got a create again: {counts}"
    before = marketplace_requests(server, service)
    third = kopru.sync_catalogue(
        marketplace, snapshot=target, options=OPTIONS[service], state_file=state_file
    )
    assert third["requests_sent"] == 0, third
    assert marketplace_requests(server, service) == before


KILLED_RUN = """
import json, os, sys
from decimal import Decimal
import kopru

config, snapshot_path, state_file, options = json.loads(sys.argv[1])
with open(snapshot_path, encoding="utf-8") as file:
    snapshot = json.load(file, parse_float=Decimal)
batches = 0

def on_progress(event):
    global batches
    if event["event"] == "batch":
        batches += 1

def on_save(state):
    # After two confirmed creates, the third is marked pending and saved just before it
    # is sent: the process dies there, so the state holds a creation in doubt.
    if batches == 2 and state["pending"]:
        os._exit(9)

kopru.sync_catalogue(kopru.Client(config), snapshot=snapshot, options=options,
                     state_file=state_file, on_progress=on_progress, on_save=on_save)
"""


def test_a_killed_process_resumes_from_its_state_file(server: LoopbackServer, tmp_path: Path) -> None:
    expected, _ = reference(server, "entegra", "first")
    _, target = scenario("first")
    snapshot_path = tmp_path / "snapshot.json"
    snapshot_path.write_text(json.dumps(as_json(target)), encoding="utf-8")
    state_file = tmp_path / "sync.json"
    config = server.config("entegra")
    argument = json.dumps([config, str(snapshot_path), str(state_file), OPTIONS["entegra"]])
    done = subprocess.run(
        [sys.executable, "-c", KILLED_RUN, argument], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 9, done.stdout + done.stderr
    assert marketplace_requests(server, "entegra")[endpoint("entegra.products.create")] == 2
    assert saved_state(state_file)["pending"], "the planned creations are pending"
    entegra = kopru.Client(config)
    resumed = kopru.sync_catalogue(
        entegra, snapshot=target, options=OPTIONS["entegra"], state_file=state_file
    )
    assert resumed["listing_read"], "creations in doubt are checked against the listing"
    assert resumed["sent"] == {"entegra.products.create": {"requests": 1, "items": resumed["confirmed"]}}
    assert fingerprint(entegra) == expected
    assert creates(server, "entegra")[endpoint("entegra.products.create")]["repeated"] == 0
    third = kopru.sync_catalogue(entegra, snapshot=target, options=OPTIONS["entegra"], state_file=state_file)
    assert third["requests_sent"] == 0


# --- 4. orders ----------------------------------------------------------------------------------


def order(order_id: str, lines: list[tuple[str, int, str]]) -> dict[str, Any]:
    """The operation table's example order with other lines: (product_code, quantity, price)."""
    template = OPERATIONS["entegra.orders.create"]["example"]["list"][0]
    made = copy.deepcopy(template)
    made["order_id"] = order_id
    made["order_details"] = [
        {"product_code": code, "quantity": quantity, "price": Decimal(price), "first_price": Decimal(price)}
        for code, quantity, price in lines
    ]
    return made


def create_orders(entegra: kopru.Client, orders: list[dict[str, Any]]) -> dict[str, str]:
    """Creates the orders; their Entegra ids by order_id."""
    result = entegra.call("entegra.orders.create", {"list": orders})
    assert result["errors"] == []
    return {str(created["order_id"]): str(created["id"]) for created in result["created"]}


def unacknowledged(entegra: kopru.Client) -> set[str]:
    """The order numbers (the create's order_id) Entegra lists with sync=0."""
    return {str(item["order_number"]) for item in entegra.pages("entegra.orders.list", {"sync": 0})}


def test_orders_are_imported_once_and_acknowledged(server: LoopbackServer, tmp_path: Path) -> None:
    entegra, erp = clients(server, "entegra")
    seeded = unacknowledged(entegra)
    ids = create_orders(
        entegra,
        [
            order("e-5001", [("SHIRT-001-RED-M", 2, "89.90"), ("SCARF-001-BLUE", 1, "29.90")]),
            order("e-5002", [("SHIRT-001-BLUE-M", 1, "89.90")]),
            order("e-5003", [("NO-SUCH-PRODUCT", 1, "10.00")]),
        ],
    )
    delivered: list[tuple[dict[str, Any], bool]] = []
    state_file = tmp_path / "orders.json"
    events: list[Event] = []

    def importer(document: dict[str, Any], retry: bool) -> None:
        # an importer may use kopru clients itself, the run's own included
        assert erp.call("erp.products.list", {"per_page": 1})["items"]
        delivered.append((document, retry))

    def run() -> dict[str, Any]:
        report = kopru.import_orders(
            entegra,
            importer,
            erp,
            options=ORDER_OPTIONS,
            state_file=state_file,
            on_progress=events.append,
        )
        return dict(report)

    report = run()
    assert sorted(document["OrderNumber"] for document, _ in delivered) == ["e-5001", "e-5002"]
    assert all(retry is False for _, retry in delivered)
    first = next(document for document, _ in delivered if document["OrderNumber"] == "e-5001")
    assert [
        (line["ItemCode"], line["ColorCode"], line["ItemDim1Code"], line["Qty1"]) for line in first["Lines"]
    ] == [
        ("SHIRT-001", "RED", "M", 2),
        ("SCARF-001", "BLUE", None, 1),
    ]
    assert all(isinstance(line["NetAmount"], Decimal) for line in first["Lines"])
    assert sorted(report["imported"]) == sorted([ids["e-5001"], ids["e-5002"]])
    assert sorted(report["acknowledged"]) == sorted(report["imported"])
    assert report["documents"] == [document for document, _ in delivered]
    unresolved = {entry["order"] for entry in report["unresolved"]}
    assert ids["e-5003"] in unresolved and ids["e-5003"] not in report["acknowledged"]
    assert unacknowledged(entegra) == seeded | {"e-5003"}
    kinds = [event["event"] for event in events]
    assert kinds.count("imported") == 2 and kinds.count("acknowledged") == 1

    delivered.clear()
    again = run()
    assert delivered == []
    assert again["imported"] == [] and again["acknowledged"] == [] and again["requests_sent"] == 0
    assert ids["e-5003"] in {entry["order"] for entry in again["unresolved"]}


class ImportFailed(Exception):
    """The importer's own failure."""


def test_a_failing_importer_stops_the_run_and_the_order_comes_again_as_a_retry(
    server: LoopbackServer, tmp_path: Path
) -> None:
    entegra, erp = clients(server, "entegra")
    ids = create_orders(
        entegra,
        [order(f"e-600{n}", [("SHIRT-001-RED-L", n, "89.90")]) for n in (1, 2, 3)],
    )
    state_file = tmp_path / "orders.json"
    calls: list[tuple[str, bool]] = []
    failure = ImportFailed("the ERP database is down")

    def failing(document: dict[str, Any], retry: bool) -> None:
        calls.append((document["OrderNumber"], retry))
        if len(calls) == 2:
            raise failure

    with pytest.raises(ImportFailed) as raised:
        kopru.import_orders(entegra, failing, erp, options=ORDER_OPTIONS, state_file=state_file)
    assert raised.value is failure
    assert endpoint("entegra.orders.update_erp") not in marketplace_requests(server, "entegra")
    (done, _), (stopped, _) = calls
    calls.clear()
    report = kopru.import_orders(
        entegra,
        lambda d, r: calls.append((d["OrderNumber"], r)),
        erp,
        options=ORDER_OPTIONS,
        state_file=state_file,
    )
    rest = ({"e-6001", "e-6002", "e-6003"} - {done, stopped}).pop()
    assert sorted(calls) == sorted([(stopped, True), (rest, False)]), "the first order is not imported twice"
    assert sorted(report["acknowledged"]) == sorted(ids.values())
    calls.clear()
    third = kopru.import_orders(
        entegra,
        lambda d, r: calls.append((d["OrderNumber"], r)),
        erp,
        options=ORDER_OPTIONS,
        state_file=state_file,
    )
    assert calls == [] and third["imported"] == [] and third["acknowledged"] == []


# --- 5. reports, progress events, saves ---------------------------------------------------------


def test_report_counts_progress_events_and_saves_agree(server: LoopbackServer, tmp_path: Path) -> None:
    entegra = kopru.Client(server.config("entegra"))
    base = generate(10, 60)
    target = evolve(base, 10)
    state_file = tmp_path / "sync.json"
    kopru.sync_catalogue(entegra, snapshot=base, options=OPTIONS["entegra"], state_file=state_file)
    before = marketplace_requests(server, "entegra")
    events: list[Event] = []
    saves: list[dict[str, Any]] = []
    report = kopru.sync_catalogue(
        entegra,
        snapshot=target,
        options=types.MappingProxyType(OPTIONS["entegra"]),
        state_file=str(state_file),
        on_progress=events.append,
        on_save=saves.append,
    )
    kinds = [event["event"] for event in events]
    assert kinds.count("planned") == 1
    planned = events[kinds.index("planned")]
    batches = events[kinds.index("planned") + 1 :]
    assert all(kind == "read" for kind in kinds[: kinds.index("planned")])
    assert [event["event"] for event in batches] == ["batch"] * report["requests_planned"]
    assert planned["requests"] == report["requests_planned"] == report["requests_sent"]
    assert planned["by_op"] == report["planned"] == report["sent"]
    assert len(report["planned"]) >= 4, "stock, price, status and creation changes use four endpoints"
    assert [event["index"] for event in batches] == list(range(1, len(batches) + 1))
    assert {event["total"] for event in batches} == {len(batches)}
    per_op: dict[str, dict[str, int]] = {}
    for event in batches:
        count = per_op.setdefault(event["op"], {"requests": 0, "items": 0})
        count["requests"] += 1
        count["items"] += event["items"]
        assert event["error"] is None and event["unconfirmed"] == 0
    assert per_op == report["sent"]
    assert report["confirmed"] == sum(count["items"] for count in per_op.values())
    now = marketplace_requests(server, "entegra")
    for op, count in report["sent"].items():
        assert now[endpoint(op)] - before.get(endpoint(op), 0) == count["requests"], op
    # the planned state, then one save per request; the file holds the last one
    creates = sum(count["requests"] for op, count in report["sent"].items() if op.endswith(".create"))
    assert len(saves) == 1 + creates + len(batches), "the plan, each create just before it goes, each answer"
    assert saves[-1] == report["state"]
    assert json.loads(state_file.read_text()) == as_json(report["state"])
    assert any(isinstance(item.get("price"), Decimal) for item in report["state"]["items"].values())


# --- errors, hooks, the GIL -----------------------------------------------------------------------


def test_errors_of_the_run_are_typed(server: LoopbackServer, tmp_path: Path) -> None:
    entegra, erp = clients(server, "entegra")
    catalogue = generate(11, 5)
    wrong = server.config("entegra")
    wrong["credentials"]["password"] = "not-the-password"
    with pytest.raises(kopru.AuthError):
        kopru.sync_catalogue(kopru.Client(wrong), snapshot=catalogue)
    with pytest.raises(kopru.ValidationError) as invalid:
        kopru.sync_catalogue(entegra, snapshot=catalogue, options={"batch_size": 500})
    assert [error["path"] for error in invalid.value.errors] == ["options.batch_size"]
    bad = copy.deepcopy(catalogue)
    bad["products"][1]["SalePrice"] = float("nan")
    with pytest.raises(kopru.ValidationError) as unconvertible:
        kopru.sync_catalogue(entegra, snapshot=bad)
    assert unconvertible.value.errors[0]["path"] == "snapshot.products[1].SalePrice"
    with pytest.raises(kopru.ConfigError):
        kopru.sync_catalogue(erp, snapshot=catalogue)
    with pytest.raises(kopru.ConfigError):
        kopru.sync_catalogue(entegra, entegra, options=OPTIONS["entegra"])
    with pytest.raises(kopru.ConfigError):
        kopru.sync_catalogue(entegra)  # no ERP client and no snapshot
    with pytest.raises(TypeError):
        kopru.sync_catalogue(entegra, snapshot=catalogue, on_progress=42)  # type: ignore[arg-type]
    with pytest.raises(kopru.ValidationError):
        kopru.import_orders(entegra, print, erp, options={"CustomerCode": 5})
    assert marketplace_requests(server, "entegra").get(endpoint("entegra.products.create"), 0) == 0


def test_an_exception_from_on_save_propagates_and_the_state_is_kept(
    server: LoopbackServer, tmp_path: Path
) -> None:
    entegra = kopru.Client(server.config("entegra"))
    others = seeded_keys(entegra)
    catalogue = generate(12, 120)
    state_file = tmp_path / "sync.json"
    failure = KeyError("the database of states is gone")
    saved: list[dict[str, Any]] = []

    def on_save(state: dict[str, Any]) -> None:
        saved.append(state)
        if len(saved) == 3:  # the plan, the first create just before it goes, its answer
            raise failure

    with pytest.raises(KeyError) as raised:
        kopru.sync_catalogue(
            entegra, snapshot=catalogue, options=OPTIONS["entegra"], state_file=state_file, on_save=on_save
        )
    assert raised.value is failure
    assert saved_state(state_file) == as_json(saved[-1])
    assert marketplace_requests(server, "entegra")[endpoint("entegra.products.create")] == 1
    # the state handed to on_save (money as Decimal) is accepted back as `state`
    resumed = kopru.sync_catalogue(entegra, snapshot=catalogue, options=OPTIONS["entegra"], state=saved[-1])
    assert resumed["errors"] == [] and not resumed["listing_read"], "nothing is in doubt"
    assert resumed["sent"]["entegra.products.create"]["requests"] == 2  # the 70 products left
    assert_listing_is_the_mapping(entegra, catalogue, others)


def test_a_run_releases_the_gil_and_calls_hooks_on_the_calling_thread(server: LoopbackServer) -> None:
    entegra = kopru.Client(server.config("entegra"))
    entegra.call("entegra.products.list")
    server.faults(latency_ms=150)
    threads: set[int] = set()
    report, started, finished, seen = timed_with_a_spinning_thread(
        lambda: kopru.sync_catalogue(
            entegra, snapshot=generate(13, 10), on_progress=lambda _: threads.add(threading.get_ident())
        )
    )
    assert report["requests_sent"] >= 1
    assert finished - started >= 0.25
    inside = [moment for moment in seen if started < moment < finished]
    assert len(inside) >= 10, f"the other thread ran only {len(inside)} times during the run"
    assert threads == {threading.get_ident()}


def test_client_service_names_its_service() -> None:
    for service in ("entegra", "erp", "tedbul"):
        assert kopru.Client(kopru.sandbox_config(service)).service == service


def test_a_signal_stops_a_waiting_run_at_its_next_step(server: LoopbackServer, tmp_path: Path) -> None:
    """The run checks for signals at every step, so Ctrl-C (here SIGUSR1 with a handler that
    raises) stops it with the GIL released, not only once it is over."""
    tedbul = kopru.Client(server.config("tedbul"))
    others = seeded_keys(tedbul)
    catalogue = generate(14, 30)
    server.faults(latency_ms=50)

    def on_signal(number: int, frame: object) -> None:
        raise Stop("signal")

    previous = signal.signal(signal.SIGUSR1, on_signal)
    timer = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGUSR1))
    state_file = tmp_path / "sync.json"
    try:
        timer.start()
        with pytest.raises(Stop):
            kopru.sync_catalogue(tedbul, snapshot=catalogue, options=OPTIONS["tedbul"], state_file=state_file)
    finally:
        timer.cancel()
        signal.signal(signal.SIGUSR1, previous)
    sent = marketplace_requests(server, "tedbul").get(endpoint("tedbul.ads.create"), 0)
    assert 0 < sent < len(mapped(tedbul, catalogue)), "the run stopped in the middle"
    server.faults(latency_ms=0)
    resumed = kopru.sync_catalogue(
        tedbul, snapshot=catalogue, options=OPTIONS["tedbul"], state_file=state_file
    )
    assert resumed["errors"] == []
    assert_listing_is_the_mapping(tedbul, catalogue, others)


TYPED_USE = """
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import kopru


class Progress:
    def __call__(self, event: Mapping[str, Any]) -> None:
        print(event["event"])


def importer(document: Mapping[str, Any], retry: bool) -> bool:
    return retry


def run(erp: kopru.Client, entegra: kopru.Client) -> int:
    name: str = entegra.service
    report = kopru.sync_catalogue(
        entegra,
        erp,
        options={"warehouses": ["A"]},
        snapshot={"products": [{"SalePrice": Decimal("1.50")}], "inventory": []},
        state_file=Path("s.json"),
        on_progress=Progress(),
        on_save=lambda state: None,
    )
    orders = kopru.import_orders(entegra, importer, erp, options={"CustomerCode": "1"}, state_file="o.json")
    sent: int = report["requests_sent"]
    return sent + len(orders["imported"]) + len(name)
"""

WRONG_USE = """
import kopru
client = kopru.Client({"service": "entegra"})
kopru.sync_catalogue(client, options=3)
kopru.import_orders(client, print, client)
kopru.sync_catalogue(client, on_progress=lambda: None)
number: int = client.service
"""


def test_the_sync_functions_are_typed(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy is not installed in this environment")
    (tmp_path / "typed_sync.py").write_text(TYPED_USE)
    (tmp_path / "wrong_sync.py").write_text(WRONG_USE)
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    done = subprocess.run(
        [*command, "typed_sync.py"], capture_output=True, text=True, cwd=tmp_path, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr
    done = subprocess.run(
        [*command, "wrong_sync.py"], capture_output=True, text=True, cwd=tmp_path, timeout=600
    )
    assert done.returncode == 1
    lines = sorted({line.split(":")[1] for line in done.stdout.splitlines() if ": error:" in line})
    assert lines == ["4", "5", "6", "7"], done.stdout
