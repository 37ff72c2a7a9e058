"""Helpers shared by the tests: sandbox credentials and configs, the loopback server's admin
endpoints, the repository paths."""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path
from typing import Any

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
