"""``kopru sync --dry-run`` and ``kopru call --dry-run``: what would be sent, sending nothing.

``kopru sync --dry-run --config FILE`` reads the ERP and each marketplace's listing and plans as
``kopru sync`` would, then prints per marketplace the requests and items each endpoint would
get and every item change (field, marketplace value now → value after, the largest first:
creations, items made passive, other status changes, prices by relative change, quantities by
absolute change, expiry dates). The order import shows the ERP documents it would hand over and
the orders it would leave unresolved. Nothing is sent, acknowledged, written to the outbox or
saved to a sync state, no lock is held beyond reading a state file, and the run history is left
alone (a dry run is not a run). ``--json`` prints the same as one JSON object.

``kopru call --dry-run OP PARAMS`` prints the request OP would send (method, URL, headers,
body) with no secret in it: the ``Authorization`` header shows ``<token after login>`` (or
``***`` for credentials), and no login is made.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from . import Client, KopruError, Session, import_orders, sync_catalogue
from ._report import table
from ._sync_command import MARKETPLACES, SyncConfigError, _client, _client_config, _object, load

LOG = logging.getLogger("kopru.sync")

ENDPOINT_COLUMNS = [
    ("endpoint", "op"),
    ("method", "method"),
    ("path", "path"),
    ("requests", "requests"),
    ("items", "items"),
]
CHANGE_COLUMNS = [
    ("item", "key"),
    ("of", "parent"),
    ("field", "field"),
    ("now", "now"),
    ("after", "after"),
    ("change", "change"),
]


def _never_called(document: Mapping[str, Any], retry: bool) -> None:
    """The importer of a dry run: ``import_orders`` calls none in a dry run."""
    raise AssertionError("a dry run handed over a document")


def _plain(value: Any) -> Any:
    """A change's value for the table: a created item's fields as ``key value`` pairs."""
    if isinstance(value, dict):
        return ", ".join(f"{key} {item}" for key, item in value.items())
    return value


def _preview_marketplace(config: Mapping[str, Any], name: str, erp: Client, job: str) -> dict[str, Any]:
    """The dry-run reports of one marketplace: ``{"marketplace", "catalogue"?, "orders"?}``."""
    state_dir: Path = config["state_dir"]
    section = _object(config.get(name), name)
    market = Client(_client_config(name, _object(section.get("client"), f"{name}.client"), state_dir))
    out: dict[str, Any] = {"marketplace": name}
    if job in ("all", "catalogue"):
        options = {**_object(config.get("mapping"), "mapping"), **_object(section.get("catalogue"), name)}
        report = sync_catalogue(
            market, erp, options=options, state_file=state_dir / f"{name}.catalogue.json", dry_run=True
        )
        out["catalogue"] = report
    if job in ("all", "orders") and "orders" in section:
        report = import_orders(
            market,
            _never_called,
            erp,
            options=_object(section["orders"], f"{name}.orders"),
            state_file=state_dir / f"{name}.orders.json",
            dry_run=True,
        )
        out["orders"] = report
    return out


def _print_marketplace(preview: Mapping[str, Any]) -> None:
    """One marketplace's dry run as text: endpoint counts, then the changes; then the orders."""
    name = preview["marketplace"]
    catalogue = preview.get("catalogue")
    if catalogue is not None:
        print(f"\n{name}: catalogue, {catalogue['requests_planned']} requests would be sent")
        if catalogue["endpoints"]:
            print(table(catalogue["endpoints"], ENDPOINT_COLUMNS))
        changes = [{**change, "after": _plain(change["after"])} for change in catalogue["changes"]]
        print(f"\n   {len(changes)} changes, largest first:")
        if changes:
            print(table(changes, CHANGE_COLUMNS))
        if catalogue["deferred"]:
            print(f"   {catalogue['deferred']} more requests would wait for the quota")
        for skip in catalogue["skipped"]:
            print(f"   left out {skip['key']}: {skip['reason']}")
    orders = preview.get("orders")
    if orders is not None:
        documents = orders["to_import"]
        print(f"\n{name}: orders, {len(documents)} ERP documents would be handed over")
        rows = [{"order": item["order"], "number": item["document"].get("OrderNumber")} for item in documents]
        if rows:
            print(table(rows, [("order", "order"), ("OrderNumber", "number")]))
        if orders["endpoints"]:
            print(table(orders["endpoints"], ENDPOINT_COLUMNS))
        for item in orders["unresolved"]:
            print(f"   order {item['order']} line {item['line']} stays unresolved: {item['reason']}")


def _without_state(report: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in report.items() if key != "state"}


def run_sync(
    path: str,
    job: str,
    only: str | None,
    as_json: bool,
    refuse: Callable[[str, bool], int],
) -> int:
    """``kopru sync --dry-run``: prints what each marketplace's run would send; returns the exit
    status (0, or 1 when a marketplace could not be read, 2 for an unusable config)."""
    try:
        config = load(Path(path))
        state_dir: Path = config["state_dir"]
        state_dir.mkdir(parents=True, exist_ok=True)
        erp = _client("erp", _object(config["erp"], "erp"), state_dir)
    except SyncConfigError as problem:
        return refuse(f"kopru sync: {problem}", as_json)
    except (KopruError, OSError) as problem:
        return refuse(f"kopru sync: {type(problem).__name__}: {problem}", as_json)
    previews: list[dict[str, Any]] = []
    status = 0
    for name in MARKETPLACES:
        if name not in config or (only and only != name):
            continue
        try:
            preview = _preview_marketplace(config, name, erp, job)
        except (KopruError, OSError, SyncConfigError) as problem:
            LOG.error("kopru sync --dry-run: %s: %s: %s", name, type(problem).__name__, problem)
            preview = {"marketplace": name, "stopped": f"{type(problem).__name__}: {problem}"}
            status = 1
        previews.append(preview)
        if not as_json and "stopped" not in preview:
            _print_marketplace(preview)
    if as_json:
        shown = [
            {key: _without_state(value) if isinstance(value, dict) else value for key, value in item.items()}
            for item in previews
        ]
        print(
            json.dumps(
                {"dry_run": True, "job": job, "marketplaces": shown},
                ensure_ascii=False,
                indent=2,
                default=str,
            )
        )
    else:
        print("\ndry run: nothing was sent, acknowledged or saved")
    return status


def request_text(request: Mapping[str, Any]) -> str:
    """A previewed request as an HTTP message: the request line, headers, a blank line, the body."""
    lines = [f"{request['method']} {request['url']}"]
    lines.extend(f"{name}: {value}" for name, value in request["headers"])
    body = request.get("body")
    if body is not None:
        try:
            body = json.dumps(json.loads(body), ensure_ascii=False, indent=2)
        except json.JSONDecodeError:
            pass
        lines.extend(["", body])
    return "\n".join(lines)


def preview_call(config: Mapping[str, Any], op: str, params: Any) -> dict[str, Any]:
    """The request ``op`` would send with ``params`` on the service of ``config`` (see the
    module documentation); raises the ``KopruError`` a call would raise before sending."""
    return Session(dict(config), seed=0).preview(op, params)
