"""``kopru sync --config FILE``: the main job against real services, from cron.

The config file (JSON; ``docs/sync-config.example.json`` is a complete one)::

    {
      "erp":     {"base_url": "...", "credentials": {"username": "...", "password": "..."}},
      "entegra": {"client": {"credentials": {"email": "...", "password": "..."}},
                  "catalogue": {...sync options...}, "orders": {...document options...}},
      "tedbul":  {"client": {...}, "catalogue": {...}, "orders": {...}},
      "mapping": {...sync options shared by both marketplaces...},
      "state_dir": "state",
      "outbox": "orders"
    }

A marketplace that is left out is not synced; one without ``orders`` has no orders
imported. ``client`` is a kopru client config (``service`` is filled in); its session
state goes to ``state_dir/<service>.session.json`` unless it names a ``state_file``. The
sync states are ``state_dir/<marketplace>.sync.json``. Each imported order is written to
``outbox/<marketplace>-<OrderNumber>.json`` (an ERP import job picks them up) before the
marketplace is told it was taken. Relative paths are relative to the config file.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import Client, KopruError, import_orders, sync_catalogue
from ._report import ProgressBar, table

MARKETPLACES = ("entegra", "tedbul")
KEYS = {"erp", "mapping", "state_dir", "outbox", *MARKETPLACES}
MARKETPLACE_KEYS = {"client", "catalogue", "orders"}


class SyncConfigError(ValueError):
    """The config file is not usable; the message says where."""


def _object(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise SyncConfigError(f"{where} must be an object")
    return value


def load(path: Path) -> dict[str, Any]:
    """Reads and checks the config file; paths are made absolute."""
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as problem:
        raise SyncConfigError(f"cannot read {path}: {problem}") from problem
    config = _object(config, "the config")
    unknown = sorted(set(config) - KEYS)
    if unknown:
        raise SyncConfigError(f"unknown keys: {', '.join(unknown)} (known: {', '.join(sorted(KEYS))})")
    if "erp" not in config:
        raise SyncConfigError("erp: required (the ERP client config)")
    if not any(name in config for name in MARKETPLACES):
        raise SyncConfigError("give at least one marketplace: entegra or tedbul")
    for name in MARKETPLACES:
        section = _object(config.get(name), name)
        extra = sorted(set(section) - MARKETPLACE_KEYS)
        if extra:
            raise SyncConfigError(
                f"{name}: unknown keys {', '.join(extra)} (known: client, catalogue, orders)"
            )
    base = path.parent
    config["state_dir"] = base / config.get("state_dir", "state")
    config["outbox"] = base / config.get("outbox", "orders")
    return config


def _client(service: str, settings: Mapping[str, Any], state_dir: Path) -> Client:
    config = {**settings, "service": service}
    config.setdefault("state_file", str(state_dir / f"{service}.session.json"))
    return Client(config)


class Outbox:
    """Writes each ERP document as a JSON file, atomically; a retried order already there is kept."""

    def __init__(self, folder: Path, marketplace: str) -> None:
        self.folder = folder
        self.marketplace = marketplace
        self.written: list[Path] = []

    def __call__(self, document: Mapping[str, Any], retry: bool) -> None:
        """Imports one document (the importer of ``kopru.import_orders``)."""
        number = re.sub(r"[^A-Za-z0-9._-]", "_", str(document["OrderNumber"]))
        target = self.folder / f"{self.marketplace}-{number}.json"
        if retry and target.exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(
            json.dumps(document, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )
        os.replace(temporary, target)
        self.written.append(target)


def run(path: str, job: str = "all", only: str | None = None) -> int:
    """Runs the sync jobs of the config at ``path``; prints a report; returns the exit status."""
    try:
        config = load(Path(path))
    except SyncConfigError as problem:
        print(f"kopru sync: {problem}")
        return 2
    state_dir: Path = config["state_dir"]
    state_dir.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    status = 0
    try:
        erp = _client("erp", _object(config["erp"], "erp"), state_dir)
        for name in MARKETPLACES:
            section = _object(config.get(name), name)
            if name not in config or (only and only != name):
                continue
            market = _client(name, _object(section.get("client"), f"{name}.client"), state_dir)
            sync_state = state_dir / f"{name}.sync.json"
            row: dict[str, Any] = {"marketplace": name}
            if job in ("all", "catalogue"):
                options = {
                    **_object(config.get("mapping"), "mapping"),
                    **_object(section.get("catalogue"), name),
                }
                bar = ProgressBar(name)
                try:
                    report = sync_catalogue(
                        market, erp, options=options, state_file=sync_state, on_progress=bar
                    )
                finally:
                    bar.close()
                row.update(requests=report["requests_sent"], deferred=report["deferred"])
                row["failed"] = len(report["errors"])
                status = status or (1 if report["errors"] else 0)
                for error in report["errors"]:
                    print(f"   {name}: {error['op']} failed ({error['kind']}): {error['message']}")
            if job in ("all", "orders") and "orders" in section:
                outbox = Outbox(config["outbox"], name)
                report = import_orders(
                    market,
                    outbox,
                    erp,
                    options=_object(section["orders"], f"{name}.orders"),
                    state_file=sync_state,
                )
                row.update(imported=len(report["imported"]), acknowledged=len(report["acknowledged"]))
                row["unresolved"] = len({item["order"] for item in report["unresolved"]})
                for item in report["unresolved"]:
                    print(f"   {name}: order {item['order']} line {item['line']}: {item['reason']}")
                for written in outbox.written:
                    print(f"   {name}: wrote {written}")
            rows.append(row)
    except KopruError as error:
        print(f"kopru sync: {type(error).__name__}: {error}")
        return 1
    print(
        table(
            rows,
            [
                ("marketplace", "marketplace"),
                ("requests", "requests"),
                ("failed", "failed"),
                ("deferred", "deferred"),
                ("orders imported", "imported"),
                ("acknowledged", "acknowledged"),
                ("unresolved", "unresolved"),
            ],
            indent="",
        )
    )
    return status
