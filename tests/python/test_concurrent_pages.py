"""``Client.pages(..., concurrency=N)`` against the loopback sandbox server: ERP pages
fetched several at once yield every record once, in order; a failure mid-way is raised
once and ends the iteration; the concurrency is bounded; threads sharing one client
overlap their requests and log in once."""

from __future__ import annotations

import threading
from typing import Any

import kopru
import pytest
from support import LoopbackServer

ROWS = 95
PER_PAGE = 10


def load_inventory(client: kopru.Client) -> None:
    codes = [f"GEN-{n:05d}" for n in range(ROWS)]
    client.call(
        "sandbox.erp.update",
        {
            "products": [{"ItemCode": code, "SalePrice": "9,90"} for code in codes],
            "inventory": [
                {
                    "WarehouseCode": "WH-IST-M01-MAIN",
                    "ItemCode": code,
                    "ColorCode": "RED",
                    "ItemDim1Code": "M",
                    "InventoryQty1": n % 17,
                }
                for n, code in enumerate(codes)
            ],
        },
    )


def key(row: Any) -> str:
    return f"{row['WarehouseCode']}/{row['ItemCode']}/{row['ColorCode']}/{row['ItemDim1Code']}"


def test_every_record_once_in_order_while_pages_overlap(server: LoopbackServer) -> None:
    client = kopru.Client(server.config("erp"))
    load_inventory(client)
    one_by_one = [key(row) for row in client.pages("erp.inventory.list", {"per_page": PER_PAGE})]
    assert len(one_by_one) > ROWS
    server.faults(latency_ms=60)
    concurrent = [
        key(row) for row in client.pages("erp.inventory.list", {"per_page": PER_PAGE}, concurrency=4)
    ]
    assert concurrent == one_by_one
    stats = server.stats()["erp"]
    assert stats["max_in_flight"] >= 2, stats
    pages = -(-len(one_by_one) // PER_PAGE)
    assert stats["requests"] == 1 + 2 * pages, stats


def test_a_failure_mid_way_is_raised_once_after_the_records_before_it(
    server: LoopbackServer,
) -> None:
    client = kopru.Client(server.config("erp"))
    load_inventory(client)
    everything = [key(row) for row in client.pages("erp.inventory.list", {"per_page": PER_PAGE})]
    pages = client.pages("erp.inventory.list", {"per_page": PER_PAGE}, concurrency=4)
    seen = [key(next(pages)) for _ in range(PER_PAGE)]
    server.faults(fail_next=1, fail_status=400)
    with pytest.raises(kopru.KopruError):
        for row in pages:
            seen.append(key(row))
    assert list(pages) == []
    assert seen == everything[: len(seen)]
    assert len(seen) % PER_PAGE == 0


def test_concurrency_is_bounded() -> None:
    client = kopru.Client(
        {
            "service": "erp",
            "sandbox": True,
            "credentials": {"username": "demo", "password": "demo-password"},
        }
    )
    for bad in (0, 17):
        with pytest.raises(kopru.ConfigError):
            client.pages("erp.inventory.list", concurrency=bad)


def test_threads_sharing_a_client_overlap_and_log_in_once(
    server: LoopbackServer,
) -> None:
    server.faults(latency_ms=150)
    client = kopru.Client(server.config("tedbul"))
    threads = [threading.Thread(target=client.call, args=("tedbul.ads.list",)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stats = server.stats()["tedbul"]
    assert stats["logins"] == 1, stats
    assert stats["requests"] == 7, stats
    assert stats["max_in_flight"] >= 2, stats
