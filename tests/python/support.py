"""Helpers shared by the tests: sandbox credentials and configs, the loopback server's admin
endpoints, the repository paths."""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors"
OPERATIONS_JSON = ROOT / "tests" / "operations.json"

CREDENTIALS: dict[str, dict[str, str]] = {
    "entegra": {"email": "demo@kopru.dev", "password": "demo-password"},
    "erp": {"username": "demo", "password": "demo-password"},
    "tedbul": {"username": "demo", "password": "demo-password", "secretkey": "demo-secret"},
}


def sandbox_config(service: str, **extra: Any) -> dict[str, Any]:
    """Config for the in-process sandbox of a service."""
    return {"service": service, "sandbox": True, "credentials": dict(CREDENTIALS[service]), **extra}


class LoopbackServer:
    """The loopback sandbox server (tests/sandbox-server) and its admin endpoints."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")

    def config(self, service: str, **extra: Any) -> dict[str, Any]:
        """Config for a real-HTTP client of one service of the server."""
        return {
            "service": service,
            "base_url": f"{self.url}/{service}",
            "credentials": dict(CREDENTIALS[service]),
            **extra,
        }

    def admin(self, method: str, name: str, body: dict[str, Any] | None = None) -> Any:
        """Calls one admin endpoint (`/_admin/NAME`) and returns its JSON answer."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.url}/_admin/{name}", data=data, method=method)
        request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def reset(self) -> None:
        """Fresh seeded data, no faults, zeroed stats."""
        self.admin("POST", "reset")

    def faults(self, **knobs: Any) -> Any:
        """Sets fault knobs (latency_ms, fail_next, fail_status, retry_after, drop_next, expire_tokens)."""
        return self.admin("POST", "faults", knobs)

    def stats(self) -> dict[str, dict[str, int]]:
        """Requests and logins each service has seen since the last reset."""
        return self.admin("GET", "stats")


def operations() -> list[dict[str, Any]]:
    """Every operation of the table with its example: tests/operations.json, written by kopru-codegen."""
    loaded: list[dict[str, Any]] = json.loads(OPERATIONS_JSON.read_text(encoding="utf-8"))
    return loaded


def type_stem(name: str) -> str:
    """The stem kopru-codegen gives an operation's type names: ``tedbul.ads.list`` → ``TedbulAdsList``."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", name))


def timed_with_a_spinning_thread(work: Callable[[], T]) -> tuple[T, float, float, list[float]]:
    """Runs ``work`` while another Python thread notes the time every 10 ms; returns its
    result, when it started and finished, and the moments the other thread ran (it can only
    run while ``work`` has released the GIL)."""
    seen: list[float] = []
    stop = threading.Event()

    def spin() -> None:
        last = 0.0
        while not stop.is_set():
            now = time.monotonic()
            if now - last >= 0.01:
                seen.append(now)
                last = now

    thread = threading.Thread(target=spin)
    thread.start()
    try:
        started = time.monotonic()
        result = work()
        finished = time.monotonic()
    finally:
        stop.set()
        thread.join()
    return result, started, finished, seen
