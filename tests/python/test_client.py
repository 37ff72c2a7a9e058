"""The bundled client: pages, state export and resume through `state_file`, the GIL released
while a call waits, and sharing one client between threads."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Callable

import kopru
from support import LoopbackServer, sandbox_config, timed_with_a_spinning_thread


def test_pages_walks_every_page_lazily(server: LoopbackServer) -> None:
    client = kopru.Client(server.config("erp"))
    everything = client.call("erp.products.list", {"per_page": 100})
    assert everything["next_page"] is None
    expected = [item["ItemCode"] for item in everything["items"]]
    assert len(expected) >= 3, "the seeded ERP needs at least three products for this test"
    requests_before = server.stats()["erp"]["requests"]
    pages = client.pages("erp.products.list", {"per_page": 2})
    assert server.stats()["erp"]["requests"] == requests_before, "pages() must not fetch before iteration"
    first = next(pages)
    assert first["ItemCode"] == expected[0]
    assert server.stats()["erp"]["requests"] == requests_before + 1
    rest = [item["ItemCode"] for item in pages]
    assert [first["ItemCode"], *rest] == expected
    assert server.stats()["erp"]["requests"] - requests_before == -(-len(expected) // 2)
    assert list(pages) == []


def test_pages_in_process_matches_one_big_page() -> None:
    client = kopru.Client(sandbox_config("tedbul"))
    whole = client.call("tedbul.ads.list", {"show": 100})["items"]
    paged = list(client.pages("tedbul.ads.list", {"show": 1}))
    assert len(whole) >= 2
    assert [ad["adsId"] for ad in paged] == [ad["adsId"] for ad in whole]


def test_pages_raises_typed_errors() -> None:
    client = kopru.Client(sandbox_config("erp"))
    pages = client.pages("erp.products.list", {"per_page": 1000})
    try:
        next(pages)
    except kopru.ValidationError as error:
        assert error.errors[0]["path"] == "per_page"
    else:
        raise AssertionError("per_page over 100 must be refused")


def test_state_file_lets_a_second_client_skip_the_login(server: LoopbackServer, tmp_path: Path) -> None:
    state_file = tmp_path / "entegra-state.json"
    config = server.config("entegra", state_file=str(state_file))
    first = kopru.Client(config)
    first.call("entegra.products.list")
    assert server.stats()["entegra"]["logins"] == 1
    stored = json.loads(state_file.read_text())
    assert stored["access_token"] == first.export_state()["access_token"]
    second = kopru.Client(config)
    assert second.export_state()["access_token"] == stored["access_token"]
    second.call("entegra.orders.list")
    stats = server.stats()["entegra"]
    assert stats["logins"] == 1
    assert stats["requests"] == 3


def test_export_state_has_tokens_and_quota_but_no_password() -> None:
    client = kopru.Client(sandbox_config("entegra"))
    assert not client.export_state().get("access_token")
    client.call("entegra.products.list")
    state = client.export_state()
    assert state["service"] == "entegra"
    assert state["access_token"] and state["access_expires_ms"] > time.time() * 1000
    assert "quota" in state
    assert "demo-password" not in json.dumps(state)


def test_a_waiting_call_releases_the_gil(server: LoopbackServer) -> None:
    client = kopru.Client(server.config("erp"))
    client.call("erp.products.list")
    server.faults(latency_ms=600)
    _, started, finished, seen = timed_with_a_spinning_thread(lambda: client.call("erp.products.list"))
    assert finished - started >= 0.5
    inside = [moment for moment in seen if started + 0.1 < moment < finished - 0.1]
    assert len(inside) >= 10, f"the other thread ran only {len(inside)} times while the call waited"


def run_in_threads(work: Callable[[], int], count: int) -> list[int]:
    results: list[int] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as problem:
            errors.append(problem)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return results


def test_one_client_is_shared_by_threads_and_logs_in_once(server: LoopbackServer) -> None:
    client = kopru.Client(server.config("tedbul"))
    results = run_in_threads(lambda: len(client.call("tedbul.ads.list")["items"]), 4)
    assert len(results) == 4 and len(set(results)) == 1
    assert server.stats()["tedbul"]["logins"] == 1


def test_clients_in_several_threads_wait_in_parallel(server: LoopbackServer) -> None:
    clients = [kopru.Client(server.config("erp")) for _ in range(4)]
    server.faults(latency_ms=400)
    iterator = iter(clients)
    lock = threading.Lock()

    def work() -> int:
        with lock:
            client = next(iterator)
        return len(client.call("erp.products.list")["items"])

    started = time.monotonic()
    results = run_in_threads(work, 4)
    elapsed = time.monotonic() - started
    assert len(results) == 4
    assert elapsed < 4 * 0.4, f"four calls took {elapsed:.2f}s: they ran one after another"
