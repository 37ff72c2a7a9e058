"""``kopru demo``: a short tour of the three services on the in-process sandbox.

Written the way any user script would be: only ``kopru.Client`` calls, plain dicts and
``decimal.Decimal``; the report is plain text with aligned tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from . import Client, KopruError, __version__, sandbox_config


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(item) for item in value)
    return str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def table(rows: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]], indent: str = "   ") -> str:
    """``rows`` as a plain-text table; ``columns`` are (heading, key) pairs. Numbers align right."""
    cells = [[_cell(row.get(key)) for _, key in columns] for row in rows]
    widths = [
        max([len(title)] + [len(line[index]) for line in cells]) for index, (title, _) in enumerate(columns)
    ]
    right = [bool(rows) and all(_is_number(row.get(key)) for row in rows) for _, key in columns]

    def line(values: Iterable[str]) -> str:
        parts = [
            value.rjust(width) if align else value.ljust(width)
            for value, width, align in zip(values, widths, right)
        ]
        return (indent + "  ".join(parts)).rstrip()

    out = [line(title for title, _ in columns), line("-" * width for width in widths)]
    out.extend(line(values) for values in cells)
    return "\n".join(out)


def _token_expiry(client: Client) -> str:
    state = client.export_state()
    expires = state.get("access_expires_ms")
    if not state.get("access_token") or expires is None:
        return "no token: the credentials go with every request"
    moment = datetime.fromtimestamp(expires / 1000, tz=timezone.utc)
    return f"token valid until {moment:%Y-%m-%d %H:%M} UTC"


def _section(number: int, title: str) -> None:
    print(f"\n{number}. {title}")


AD_COLUMNS = [
    ("adsId", "adsId"),
    ("barcode", "barcodes"),
    ("product", "productName"),
    ("stock", "stock"),
    ("price", "price"),
]


def _rows(items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Plain dicts of typed rows (``kopru.types``), so that the report can add its own columns."""
    return [dict(item) for item in items]


def _ads(tedbul: Client) -> list[dict[str, Any]]:
    return _rows(tedbul.pages("tedbul.ads.list"))


def run() -> int:
    """Runs the tour and prints the report; returns the exit status."""
    print(f"kopru {__version__} demo: Entegra, Tedbul and the ERP on the in-process sandbox (no network)")
    erp = Client(sandbox_config("erp"))
    entegra = Client(sandbox_config("entegra"))
    tedbul = Client(sandbox_config("tedbul"))

    _section(1, "Log in: the first call of each client logs in, later calls reuse the token")
    products = _rows(erp.pages("erp.products.list"))
    entegra_products = _rows(entegra.pages("entegra.products.list"))
    ads = _ads(tedbul)
    logins = [
        {"service": "ERP", "auth": "HTTP Basic", "token": _token_expiry(erp)},
        {"service": "Entegra", "auth": "JWT (email, password)", "token": _token_expiry(entegra)},
        {"service": "Tedbul", "auth": "Bearer (secret key)", "token": _token_expiry(tedbul)},
    ]
    print(table(logins, [("service", "service"), ("auth", "auth"), ("token", "token")]))

    _section(2, f"ERP products ({len(products)})")
    for product in products:
        product["variant_count"] = len(product.get("Variants") or [])
    print(
        table(
            products,
            [
                ("ItemCode", "ItemCode"),
                ("description", "ItemDescription"),
                ("type", "ItemTypeCode"),
                ("sale price", "SalePrice"),
                ("variants", "variant_count"),
            ],
        )
    )

    inventory = _rows(erp.pages("erp.inventory.list"))
    warehouses = sorted({row["WarehouseCode"] for row in inventory})
    _section(3, f"ERP inventory ({len(inventory)} rows in {len(warehouses)} warehouses)")
    print(
        table(
            inventory,
            [
                ("warehouse", "WarehouseCode"),
                ("ItemCode", "ItemCode"),
                ("colour", "ColorCode"),
                ("size", "ItemDim1Code"),
                ("qty", "InventoryQty1"),
            ],
        )
    )

    _section(4, f"Entegra products ({len(entegra_products)})")
    product_columns = [
        ("productCode", "productCode"),
        ("productName", "productName"),
        ("barcode", "barcode"),
        ("qty", "quantity"),
        ("price1", "price1"),
    ]
    print(table(entegra_products, product_columns))

    orders = _rows(entegra.pages("entegra.orders.list"))
    for order in orders:
        lines = order.get("order_product") or []
        order["line_count"] = len(lines)
        order["total"] = sum((line["price"] * line["quantity"] for line in lines), Decimal("0"))
    _section(5, f"Entegra orders ({len(orders)})")
    print(
        table(
            orders,
            [
                ("id", "id"),
                ("order_id", "order_id"),
                ("customer", "full_name"),
                ("date", "order_date"),
                ("status", "status"),
                ("lines", "line_count"),
                ("total", "total"),
            ],
        )
    )

    _section(6, f"Tedbul ads ({len(ads)})")
    print(table(ads, AD_COLUMNS))

    _section(7, "Create an Entegra product and a Tedbul ad")
    product = {
        "productCode": "KOPRU-MUG-1",
        "productName": "Kopru stoneware mug 350 ml",
        "barcode": "8690000000017",
        "quantity": 25,
        "price1": Decimal("149.90"),
        "status": 1,
    }
    created = entegra.call("entegra.products.create", {"list": [product]})
    entegra_after = _rows(entegra.pages("entegra.products.list"))
    listed = any(item["productCode"] == product["productCode"] for item in entegra_after)
    new_ids = ", ".join(f"{item['productCode']} (id {item['id']})" for item in created["created"])
    print(f"   entegra.products.create -> created {new_ids}, {len(created['errors'])} errors")
    among = "yes" if listed else "no"
    print(f"   Entegra now lists {len(entegra_after)} products; {product['productCode']} among them: {among}")
    ad = tedbul.call(
        "tedbul.ads.create",
        {
            "productBarcode": "8690000000017",
            "productName": "Kopru stoneware mug 350 ml",
            "expiration": "2027-12-31",
            "stock": 40,
            "price": Decimal("149.90"),
            "description": "Stoneware mug, 350 ml, dishwasher safe",
            "minSellQty": 1,
            "maxSellQty": 20,
        },
    )
    ads_after = _ads(tedbul)
    print(f"   tedbul.ads.create -> adsId {ad['adsId']}; Tedbul now lists {len(ads_after)} ads:")
    print(table(ads_after, AD_COLUMNS))

    _section(8, "Bulk-update Tedbul ads: +10 stock and +5.00 on every price, one request")
    updates = [
        {"id": int(row["adsId"]), "stock": row["stock"] + 10, "price": row["price"] + Decimal("5.00")}
        for row in ads_after
    ]
    outcome = tedbul.call("tedbul.ads.update_many", {"adsList": updates})
    print(f"   tedbul.ads.update_many -> {outcome['successCount']} updated, {outcome['errorCount']} failed")
    print(table(_ads(tedbul), AD_COLUMNS))

    _section(9, "Validation: every problem at once, with its path; nothing is sent")
    attempts: list[tuple[str, Client, str, dict[str, Any]]] = [
        (
            "Tedbul ad with stock 1 and no price",
            tedbul,
            "tedbul.ads.create",
            {"productBarcode": "8690000000024", "productName": "Almost sold out", "stock": 1},
        ),
        (
            "Entegra product whose second variation has no barcode",
            entegra,
            "entegra.products.create",
            {
                "list": [
                    {
                        "productCode": "KOPRU-TEE",
                        "productName": "Kopru tee",
                        "variations": [
                            {
                                "barcode": "8690000000031",
                                "productCode": "KOPRU-TEE-M",
                                "quantity": 4,
                                "variation_specs": [
                                    {"name": "Renk", "value": "Mavi"},
                                    {"name": "Beden", "value": "M"},
                                ],
                            },
                            {
                                "productCode": "KOPRU-TEE-L",
                                "quantity": 2,
                                "variation_specs": [
                                    {"name": "Renk", "value": "Mavi"},
                                    {"name": "Beden", "value": "L"},
                                ],
                            },
                        ],
                    }
                ]
            },
        ),
    ]
    for title, client, op, params in attempts:
        try:
            client.call(op, params)
        except KopruError as error:
            print(f"   {title}: {type(error).__name__}")
            problems = [dict(item) for item in error.errors]
            print(table(problems, [("path", "path"), ("problem", "message")], indent="      "))
        else:
            print(f"   {title}: accepted (unexpected)")
            return 1
    print('\nDone. The same calls work against the real services with real credentials and no "sandbox" key.')
    return 0
