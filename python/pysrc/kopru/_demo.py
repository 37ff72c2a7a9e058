"""``kopru demo``: the main job on the in-process sandbox, no network.

Reads the ERP catalogue and stock, syncs them to Entegra and Tedbul, changes some ERP
stock and prices and syncs again (only the changes go out), then brings the
marketplaces' orders back as ERP sales-order documents and acknowledges them. Written the
way a user's cron script would be: only the public API (``kopru.Client``,
``kopru.sync_catalogue``, ``kopru.import_orders``), plain dicts and ``decimal.Decimal``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import Client, KopruError, __version__, import_orders, quota_limits, sandbox_config, sync_catalogue
from . import _history as history
from ._report import ProgressBar, table

MARKETPLACES = ("entegra", "tedbul")
TITLES = {"entegra": "Entegra", "tedbul": "Tedbul"}

# Where the marketplace orders go in the ERP (the sandbox ERP's own codes).
ORDER_OPTIONS = {
    "entegra": {"CustomerCode": "120.01.001", "OfficeCode": "IST-01", "WarehouseCode": "WH-IST-M01-MAIN"},
    "tedbul": {
        "CustomerCode": "120.01.002",
        "OfficeCode": "IST-01",
        "WarehouseCode": "WH-IST-M01-MAIN",
        "ProcessCode": "WS",
    },
}

# What changes in the ERP between the first and the second sync.
ERP_CHANGES: dict[str, list[dict[str, Any]]] = {
    "inventory": [
        {
            "WarehouseCode": "WH-IST-M01-MAIN",
            "ItemCode": "SHIRT-001",
            "ColorCode": "RED",
            "ItemDim1Code": "L",
            "InventoryQty1": 40,
        },
    ],
    "products": [{"ItemCode": "SCARF-001", "SalePrice": Decimal("34.90")}],
}


def _section(number: int, title: str) -> None:
    print(f"\n{number}. {title}")


class Demo:
    """The clients, the sync states the runs leave behind, and the figures for the summary."""

    def __init__(self, history_dir: Path | None = None) -> None:
        self.history_dir = history_dir
        self.erp = Client(sandbox_config("erp"))
        self.clients = {name: Client(sandbox_config(name)) for name in MARKETPLACES}
        self.states: dict[str, Any] = {name: None for name in MARKETPLACES}
        self.summary: dict[str, dict[str, Any]] = {
            name: {"marketplace": TITLES[name]} for name in MARKETPLACES
        }
        expiry = date.today() + timedelta(days=365)
        self.options: dict[str, dict[str, Any]] = {
            "entegra": {},
            "tedbul": {"expiration": expiry.isoformat()},
        }

    def sync(self, name: str) -> dict[str, Any]:
        """One catalogue sync of ``name``, from the state the last one saved."""

        def keep(state: Mapping[str, Any]) -> None:
            self.states[name] = state

        bar = ProgressBar(f"{TITLES[name]:<8}")
        try:
            report = sync_catalogue(
                self.clients[name],
                self.erp,
                options=self.options[name],
                state=self.states[name],
                on_save=keep,
                on_progress=bar,
            )
        finally:
            bar.close()
        return report

    def remember(self, job: str, when: datetime, started: float, entries: list[dict[str, Any]]) -> None:
        """Appends one run to the history in ``history_dir`` (``kopru demo --state-dir``), as
        ``kopru sync`` does, so ``kopru report`` can show the demo's runs."""
        if self.history_dir is None:
            return
        for entry in entries:
            name = entry["marketplace"]
            limits = quota_limits(sandbox_config(name))
            entry["quota"] = history.quota_entry(self.clients[name].export_state(), limits)
        failed = any(entry["failed"] for entry in entries)
        record = {
            "time": when.isoformat(timespec="milliseconds"),
            "duration_ms": round((time.monotonic() - started) * 1000),
            "job": job,
            "status": 1 if failed else 0,
            "marketplaces": entries,
        }
        self.history_dir.mkdir(parents=True, exist_ok=True)
        history.append(self.history_dir, record)

    def sync_both(self, column: str) -> None:
        """Syncs both marketplaces and prints what went out."""
        rows: list[dict[str, Any]] = []
        entries: list[dict[str, Any]] = []
        when, started = datetime.now(timezone.utc), time.monotonic()
        for name in MARKETPLACES:
            report = self.sync(name)
            entries.append(
                {
                    "marketplace": name,
                    "catalogue": history.catalogue_entry(report),
                    "failed": len(report["errors"]),
                }
            )
            self.summary[name][column] = report["requests_sent"]
            for op, count in report["sent"].items():
                rows.append(
                    {
                        "marketplace": TITLES[name],
                        "op": op,
                        "requests": count["requests"],
                        "items": count["items"],
                    }
                )
            if not report["sent"]:
                rows.append(
                    {"marketplace": TITLES[name], "op": "(nothing to send)", "requests": 0, "items": 0}
                )
            for skip in report["skipped"] if column == "first_sync" else []:
                print(f"   {TITLES[name]}: left out {skip['key']}: {skip['reason']}")
            for error in report["errors"]:
                print(f"   {TITLES[name]}: {error['op']} failed ({error['kind']}): {error['message']}")
        self.remember("catalogue", when, started, entries)
        print(
            table(
                rows,
                [
                    ("marketplace", "marketplace"),
                    ("endpoint", "op"),
                    ("requests", "requests"),
                    ("items", "items"),
                ],
            )
        )

    def show_marketplaces(self) -> None:
        """What Entegra and Tedbul list now."""
        products = [
            {**item, "variants": len(item.get("variations") or [])}
            for item in self.clients["entegra"].pages("entegra.products.list")
        ]
        print(f"   Entegra lists {len(products)} products:")
        print(
            table(
                products,
                [
                    ("productCode", "productCode"),
                    ("name", "name"),
                    ("qty", "quantity"),
                    ("price1", "price1"),
                    ("status", "status"),
                    ("variations", "variants"),
                ],
                indent="      ",
            )
        )
        ads = list(self.clients["tedbul"].pages("tedbul.ads.list"))
        print(f"   Tedbul lists {len(ads)} ads:")
        print(
            table(
                ads,
                [
                    ("adsId", "adsId"),
                    ("barcode", "barcodes"),
                    ("product", "productName"),
                    ("stock", "stock"),
                    ("price", "price"),
                    ("status", "status"),
                ],
                indent="      ",
            )
        )

    def place_orders(self) -> None:
        """Shoppers order: two on Entegra (through entegra.orders.create), one on Tedbul
        (``sandbox.tedbul.place_order``: on the real Tedbul, buyers place orders themselves)."""
        buyer = {
            "supplier": "Kopru Demo Mağaza",
            "company": "",
            "full_name": "Ayşe Yılmaz",
            "email": "ayse@example.com",
            "mobile_phone": "5325550000",
            "phone": "2165550000",
            "invoice_fullname": "Ayşe Yılmaz",
            "invoice_address": "Moda Cd. 12",
            "invoice_city": "İstanbul",
            "invoice_district": "Kadıköy",
            "invoice_postcode": "34710",
            "invoice_tel": "2165550000",
            "invoice_gsm": "5325550000",
            "ship_fullname": "Ayşe Yılmaz",
            "ship_address": "Moda Cd. 12",
            "ship_city": "İstanbul",
            "ship_district": "Kadıköy",
            "ship_postcode": "34710",
            "ship_tel": "2165550000",
            "ship_gsm": "5325550000",
            "tax_office": "Kadıköy",
            "order_date": date.today(),
            "cargo_code": "K-1001",
            "cargo": "Aras Kargo",
            "cargo_payment_method": "satici",
            "payment_type": "kredi karti",
            "bank": "Demo Bank",
            "installment": 0,
        }

        def line(code: str, quantity: int, price: str, first_price: str) -> dict[str, Any]:
            return {
                "product_code": code,
                "quantity": quantity,
                "price": Decimal(price),
                "first_price": Decimal(first_price),
            }

        orders = [
            {
                **buyer,
                "order_id": "ENT-1001",
                "order_details": [line("SHIRT-001-RED-M", 2, "74.92", "74.92")],
            },
            {
                **buyer,
                "order_id": "ENT-1002",
                "full_name": "Mehmet Kaya",
                "order_details": [
                    line("SHIRT-001-BLUE-M", 1, "67.43", "74.92"),
                    line("SCARF-001-RED", 3, "24.92", "24.92"),
                ],
            },
        ]
        created = self.clients["entegra"].call("entegra.orders.create", {"list": orders})
        numbers = ", ".join(str(item.get("order_id") or item.get("id")) for item in created["created"])
        print(f"   two shoppers ordered on Entegra: {numbers}")
        placed = self.clients["tedbul"].call(
            "sandbox.tedbul.place_order", {"products": [{"barcode": "8690123456789", "qty": 2}]}
        )
        print(f"   a buyer ordered on Tedbul: {placed['orderCode']} (orderId {placed['orderId']})")
        listed = self.clients["entegra"].call("entegra.orders.list", {"sync": 0})
        shown = next(order for order in listed["items"] if order.get("order_number") == "ENT-1002")
        print(
            f"\n   Entegra lists it in its live shape: order_number {shown['order_number']},"
            f" no {shown['no']}, datetime {shown['datetime']}, mobil_phone {shown['mobil_phone']},"
            " lines under order_product (prices without VAT):"
        )
        print(
            table(
                shown.get("order_product") or [],
                [
                    ("model", "model"),
                    ("store_stock_code", "store_stock_code"),
                    ("barcode", "barcode"),
                    ("quantity", "quantity"),
                    ("price", "price"),
                    ("first_price", "first_price"),
                    ("total", "total"),
                ],
                indent="      ",
            )
        )

    def import_all(self) -> list[dict[str, Any]]:
        """Imports both marketplaces' orders; the ERP importer here just collects the documents."""
        documents: list[dict[str, Any]] = []
        unresolved: list[dict[str, Any]] = []
        entries: list[dict[str, Any]] = []
        when, started = datetime.now(timezone.utc), time.monotonic()
        for name in MARKETPLACES:

            def into_erp(document: Mapping[str, Any], retry: bool, name: str = name) -> None:
                documents.append({**document, "marketplace": TITLES[name]})

            def keep(state: Mapping[str, Any], name: str = name) -> None:
                self.states[name] = state

            bar = ProgressBar(f"{TITLES[name]:<8}")
            try:
                report = import_orders(
                    self.clients[name],
                    into_erp,
                    self.erp,
                    options=ORDER_OPTIONS[name],
                    state=self.states[name],
                    on_save=keep,
                    on_progress=bar,
                )
            finally:
                bar.close()
            self.summary[name]["orders_read"] = report["orders_read"]
            self.summary[name]["imported"] = len(report["imported"])
            self.summary[name]["acknowledged"] = len(report["acknowledged"])
            self.summary[name]["unresolved"] = len({item["order"] for item in report["unresolved"]})
            unresolved.extend({**item, "marketplace": TITLES[name]} for item in report["unresolved"])
            entries.append(
                {"marketplace": name, "orders": history.orders_entry(report), "failed": len(report["errors"])}
            )
        self.remember("orders", when, started, entries)
        for document in documents:
            print(
                f"\n   {document['marketplace']} → ERP sales order {document['OrderNumber']}"
                f" of {document['OrderDate']}: {document['CustomerCode']}, process {document['ProcessCode']},"
                f" office {document['OfficeCode']}, warehouse {document['WarehouseCode']},"
                f" {document['DocCurrencyCode']}; paid {document['TotalVI']} incl. VAT"
            )
            print(
                table(
                    document["Lines"],
                    [
                        ("ItemCode", "ItemCode"),
                        ("colour", "ColorCode"),
                        ("size", "ItemDim1Code"),
                        ("Qty1", "Qty1"),
                        ("PriceVI", "PriceVI"),
                        ("DiscountVI", "DiscountVI"),
                        ("AmountVI (paid)", "AmountVI"),
                        ("NetAmount", "NetAmount"),
                        ("VatAmount", "VatAmount"),
                        ("VAT %", "VatRate"),
                    ],
                    indent="      ",
                )
            )
        if unresolved:
            print("\n   Orders left on the marketplace for a person to look at (no line dropped silently):")
            print(
                table(
                    unresolved,
                    [
                        ("marketplace", "marketplace"),
                        ("order", "order"),
                        ("line", "line"),
                        ("reason", "reason"),
                    ],
                    indent="      ",
                )
            )
        return documents


def _validation(demo: Demo) -> int:
    """Shows a validation error: every problem at once, with its path; nothing is sent."""
    try:
        demo.clients["tedbul"].call(
            "tedbul.ads.create",
            {"productBarcode": "8690000000024", "productName": "Almost sold out", "stock": 1},
        )
    except KopruError as error:
        print(f"   tedbul.ads.create with stock 1 and no price: {type(error).__name__}")
        print(
            table([dict(item) for item in error.errors], [("path", "path"), ("problem", "message")], "      ")
        )
        return 0
    print("   tedbul.ads.create with stock 1 and no price: accepted (unexpected)")
    return 1


def run(state_dir: str | None = None) -> int:
    """Runs the demo and prints its report; returns the exit status. With ``state_dir``, each
    sync and the order import are appended to its ``history.jsonl`` (see ``kopru report``)."""
    print(f"kopru {__version__} demo: ERP → Entegra and Tedbul, and orders back, on the in-process sandbox")
    demo = Demo(Path(state_dir) if state_dir else None)

    products = list(demo.erp.pages("erp.products.list"))
    stock: dict[str, int] = {}
    for record in demo.erp.pages("erp.inventory.list"):
        code = str(record["ItemCode"])
        stock[code] = stock.get(code, 0) + int(record["InventoryQty1"] or 0)
    _section(1, f"The ERP catalogue: {len(products)} products, stock summed over every warehouse")
    rows = [
        {
            **product,
            "variants": len(product.get("Variants") or []),
            "stock": stock.get(str(product["ItemCode"]), 0),
        }
        for product in products
    ]
    print(
        table(
            rows,
            [
                ("ItemCode", "ItemCode"),
                ("description", "ItemDescription"),
                ("SalePrice", "SalePrice"),
                ("VAT %", "TaxRate"),
                ("variants", "variants"),
                ("stock", "stock"),
            ],
        )
    )

    _section(2, "First sync: what Entegra and Tedbul lack is created (the listing is read once, first)")
    demo.sync_both("first_sync")
    demo.show_marketplaces()

    _section(3, "The ERP changes: one stock count and one price")
    demo.erp.call("sandbox.erp.update", ERP_CHANGES)
    for change in ERP_CHANGES["inventory"]:
        print(
            f"   stock of {change['ItemCode']} {change['ColorCode']}/{change['ItemDim1Code']}"
            f" in {change['WarehouseCode']} is now {change['InventoryQty1']}"
        )
    for change in ERP_CHANGES["products"]:
        print(f"   SalePrice of {change['ItemCode']} is now {change['SalePrice']}")

    _section(4, "Second sync: only what changed is sent")
    demo.sync_both("second_sync")

    _section(5, "Third sync, nothing changed: nothing is sent")
    demo.sync_both("third_sync")

    _section(6, "Orders: marketplace orders become ERP sales-order documents, then are acknowledged")
    demo.place_orders()
    documents = demo.import_all()
    left = demo.clients["entegra"].call("entegra.orders.list", {"sync": 0})
    waiting = ", ".join(str(order["order_number"]) for order in left["items"]) or "none"
    print(f"\n   Entegra orders still waiting for the ERP afterwards: {waiting}")

    _section(7, "Validation: every problem at once, with its path; nothing is sent")
    status = _validation(demo)

    print("\nSummary (write requests sent to each marketplace; the first sync also read each listing once)")
    print(
        table(
            list(demo.summary.values()),
            [
                ("marketplace", "marketplace"),
                ("1st sync", "first_sync"),
                ("2nd sync", "second_sync"),
                ("3rd sync", "third_sync"),
                ("orders read", "orders_read"),
                ("imported", "imported"),
                ("acknowledged", "acknowledged"),
                ("left (unresolved)", "unresolved"),
            ],
        )
    )
    print(f"\n{len(documents)} ERP documents produced. Sync state kept between runs (the Tedbul one):")
    print("   " + json.dumps(demo.states["tedbul"], ensure_ascii=False, default=str)[:160] + " …")
    print("\nThe same runs work against the real services: `kopru sync --config FILE` (see the README).")
    if state_dir:
        print(f"The runs are in {history.path_in(Path(state_dir))}: `kopru report --state-dir {state_dir}`.")
    return status
