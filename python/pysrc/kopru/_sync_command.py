"""``kopru sync --config FILE``: the main job against real services, from cron.

The config file (JSON; ``docs/sync-config.example.json`` is a complete one)::

    {
      "erp":     {"base_url": "...", "credentials": {"username": "...", "password": "..."}},
      "entegra": {"client": {"credentials": {"email": "...", "password": "..."}},
                  "catalogue": {...sync options...}, "orders": {...document options...}},
      "tedbul":  {"client": {...}, "catalogue": {...}, "orders": {...}},
      "mapping": {...sync options shared by both marketplaces...},
      "state_dir": "state",
      "outbox": "orders",
      "lock_wait_ms": 0
    }

A marketplace that is left out is not synced; one without ``orders`` has no orders
imported. ``client`` is a kopru client config (``service`` is filled in); its session
state goes to ``state_dir/<service>.session.json`` unless it names a ``state_file``. The
sync states are ``state_dir/<marketplace>.catalogue.json`` and ``<marketplace>.orders.json``.
A run holds the OS lock ``state_dir/kopru-sync.lock`` (with its pid in it) from start to end:
a second ``kopru sync`` on the same state_dir waits up to ``lock_wait_ms`` (default 0) and then
exits with status 3, naming the running one's pid. Each imported order is
written to ``outbox/<marketplace>-<OrderNumber>.json`` (an ERP import job picks them up; it
must skip an OrderNumber it already has) before the marketplace is told it was taken.
Relative paths are relative to the config file.

Every run appends its report to ``state_dir/history.jsonl`` (``kopru._history`` documents a
line); ``kopru report --state-dir DIR`` turns that history into an HTML page.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from . import Client, GuardedError, KopruError, import_orders, quota_limits, sync_catalogue
from . import _history as history
from ._report import ProgressBar, table

LOG = logging.getLogger("kopru.sync")

MARKETPLACES = ("entegra", "tedbul")
KEYS = {"erp", "mapping", "state_dir", "outbox", "lock_wait_ms", *MARKETPLACES}
#: Exit status when another ``kopru sync`` holds the state_dir lock.
EXIT_LOCKED = 3
#: Exit status when the guard against mass changes stopped a catalogue sync (nothing sent).
EXIT_GUARDED = 4
#: The longest ``lock_wait_ms`` accepted: one day.
MAX_LOCK_WAIT_MS = 86_400_000
_TEMPORARY_COUNTER = itertools.count()
MARKETPLACE_KEYS = {"client", "catalogue", "orders"}


class SyncConfigError(ValueError):
    """The config file is not usable; the message says where."""


class StateDirLocked(RuntimeError):
    """Another ``kopru sync`` holds the lock of the state_dir; the message names its pid."""


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
    wait = config.get("lock_wait_ms", 0)
    if isinstance(wait, bool) or not isinstance(wait, int) or not 0 <= wait <= MAX_LOCK_WAIT_MS:
        raise SyncConfigError(
            f"lock_wait_ms must be a whole number of milliseconds from 0 to {MAX_LOCK_WAIT_MS}"
        )
    base = path.parent
    config["state_dir"] = base / config.get("state_dir", "state")
    config["outbox"] = base / config.get("outbox", "orders")
    return config


def _try_lock(handle: IO[bytes]) -> bool:
    """One attempt at the OS lock of an open file: ``flock`` on Unix, ``msvcrt.locking`` on
    Windows (its first byte; both are released when the process ends)."""
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(path: Path) -> str:
    """The pid written in a lock file, for the message (unreadable while locked on Windows)."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        text = ""
    return f"pid {text}" if text.isdigit() else "another process"


@contextmanager
def state_dir_lock(state_dir: Path, wait_ms: int) -> Iterator[None]:
    """Holds ``state_dir/kopru-sync.lock`` for the block, waiting at most ``wait_ms`` for a
    running ``kopru sync``; raises ``StateDirLocked`` when it is still running by then."""
    path = state_dir / "kopru-sync.lock"
    with open(path, "a+b") as handle:
        deadline = time.monotonic() + wait_ms / 1000
        pause = 0.001
        while not _try_lock(handle):
            left = deadline - time.monotonic()
            if left <= 0:
                raise StateDirLocked(
                    f"another kopru sync ({_holder(path)}) is running on {state_dir} "
                    f"(lock {path}); waited {wait_ms} ms (lock_wait_ms)"
                )
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.05)
        if sys.platform != "win32":
            handle.truncate(0)
            handle.write(str(os.getpid()).encode("ascii"))
            handle.flush()
        yield


def _client_config(service: str, settings: Mapping[str, Any], state_dir: Path) -> dict[str, Any]:
    config = {**settings, "service": service}
    config.setdefault("state_file", str(state_dir / f"{service}.session.json"))
    return config


def _client(service: str, settings: Mapping[str, Any], state_dir: Path) -> Client:
    return Client(_client_config(service, settings, state_dir))


class Outbox:
    """Writes each ERP document as a JSON file, atomically and durably, before the order is
    acknowledged. A retried order whose file is still there is not written again; the ERP's
    import job must itself skip an OrderNumber it already has (it may have taken the file)."""

    def __init__(self, folder: Path, marketplace: str) -> None:
        self.folder = folder
        self.marketplace = marketplace
        self.written: list[Path] = []

    def path_of(self, document: Mapping[str, Any]) -> Path:
        """The file of a document: one per OrderNumber (percent-encoded, so no two share a name)."""
        number = quote(str(document["OrderNumber"]), safe="")
        return self.folder / f"{self.marketplace}-{number}.json"

    def __call__(self, document: Mapping[str, Any], retry: bool) -> None:
        """Imports one document (the importer of ``kopru.import_orders``)."""
        target = self.path_of(document)
        if retry and target.exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        unique = f"{os.getpid()}-{next(_TEMPORARY_COUNTER)}-{secrets.token_hex(4)}"
        temporary = target.with_name(f".{target.name}.{unique}.tmp")
        text = json.dumps(document, ensure_ascii=False, indent=2, default=str)
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        folder = os.open(self.folder, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
        self.written.append(target)


def _sync_marketplace(
    config: Mapping[str, Any],
    name: str,
    erp: Client,
    job: str,
    entry: dict[str, Any],
    say: Callable[[int, str], object],
    accept_plan: str | None = None,
) -> dict[str, Any]:
    """Runs the jobs of one marketplace; the row of the summary table. ``entry`` (its line of
    the run history) gets the reports; ``say`` takes the lines about failures and orders
    with their logging level."""
    state_dir: Path = config["state_dir"]
    section = _object(config.get(name), name)
    settings = _client_config(name, _object(section.get("client"), f"{name}.client"), state_dir)
    market = Client(settings)
    row: dict[str, Any] = {"marketplace": name, "failed": 0}
    try:
        _run_jobs(config, name, erp, job, market, row, entry, say, accept_plan)
    finally:
        entry["quota"] = history.quota_entry(market.export_state(), quota_limits(settings))
    return row


def _run_jobs(
    config: Mapping[str, Any],
    name: str,
    erp: Client,
    job: str,
    market: Client,
    row: dict[str, Any],
    entry: dict[str, Any],
    say: Callable[[int, str], object],
    accept_plan: str | None = None,
) -> None:
    """The catalogue sync and the order import of one marketplace (see ``_sync_marketplace``)."""
    state_dir: Path = config["state_dir"]
    section = _object(config.get(name), name)
    if job in ("all", "catalogue"):
        options = {**_object(config.get("mapping"), "mapping"), **_object(section.get("catalogue"), name)}
        bar = ProgressBar(name)
        try:
            report = sync_catalogue(
                market,
                erp,
                options=options,
                state_file=state_dir / f"{name}.catalogue.json",
                on_progress=bar,
                accept_plan=accept_plan,
            )
        finally:
            bar.close()
        row.update(requests=report["requests_sent"], deferred=report["deferred"])
        entry["catalogue"] = history.catalogue_entry(report)
        row["failed"] += len(report["errors"])
        for error in report["errors"]:
            say(logging.WARNING, f"   {name}: {error['op']} failed ({error['kind']}): {error['message']}")
    if job in ("all", "orders") and "orders" in section:
        outbox = Outbox(config["outbox"], name)
        report = import_orders(
            market,
            outbox,
            erp,
            options=_object(section["orders"], f"{name}.orders"),
            state_file=state_dir / f"{name}.orders.json",
        )
        row.update(imported=len(report["imported"]), acknowledged=len(report["acknowledged"]))
        entry["orders"] = history.orders_entry(report)
        row["unresolved"] = len({item["order"] for item in report["unresolved"]})
        row["failed"] += len(report["errors"])
        for error in report["errors"]:
            say(logging.WARNING, f"   {name}: {error['op']} failed ({error['kind']}): {error['message']}")
        for item in report["unresolved"]:
            say(logging.WARNING, f"   {name}: order {item['order']} line {item['line']}: {item['reason']}")
        for written in outbox.written:
            say(logging.INFO, f"   {name}: wrote {written}")


def run(
    path: str,
    job: str = "all",
    only: str | None = None,
    as_json: bool = False,
    accept_plan: str | None = None,
) -> int:
    """Runs the sync jobs of the config at ``path``; prints a report (a table, or with
    ``as_json`` one JSON object: the run as the history keeps it); appends the run to
    ``state_dir/history.jsonl``; returns the exit status: 0 when everything went through, 1
    when something failed (each marketplace still runs), 2 for an unusable config, 3 when
    another ``kopru sync`` holds the state_dir for all of ``lock_wait_ms``, 4 when the guard
    against mass changes stopped a catalogue sync (``accept_plan``: the plan_id it printed,
    to let exactly that plan through)."""
    try:
        config = load(Path(path))
        state_dir: Path = config["state_dir"]
        state_dir.mkdir(parents=True, exist_ok=True)
        with state_dir_lock(state_dir, config.get("lock_wait_ms", 0)):
            return _run_locked(config, job, only, as_json, accept_plan)
    except StateDirLocked as problem:
        return _refuse(f"kopru sync: {problem}", as_json, EXIT_LOCKED)
    except SyncConfigError as problem:
        return _refuse(f"kopru sync: {problem}", as_json)
    except (KopruError, OSError) as problem:
        return _refuse(f"kopru sync: {type(problem).__name__}: {problem}", as_json)


def _refuse(message: str, as_json: bool, status: int = 2) -> int:
    """Prints why nothing ran; the exit status."""
    print(json.dumps({"status": status, "error": message}) if as_json else message)
    return status


def _run_locked(
    config: Mapping[str, Any], job: str, only: str | None, as_json: bool, accept_plan: str | None = None
) -> int:
    """The jobs of ``run``, under the state_dir lock."""
    started = time.monotonic()
    when = datetime.now(timezone.utc)
    state_dir: Path = config["state_dir"]
    try:
        erp = _client("erp", _object(config["erp"], "erp"), state_dir)
    except (KopruError, OSError) as problem:
        return _refuse(f"kopru sync: {type(problem).__name__}: {problem}", as_json)

    def say(level: int, line: str) -> None:
        if as_json:
            LOG.log(level, "%s", line.strip())
        else:
            print(line)

    rows: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    status = 0
    guarded = False
    for name in MARKETPLACES:
        if name not in config or (only and only != name):
            continue
        entry: dict[str, Any] = {"marketplace": name}
        try:
            row = _sync_marketplace(config, name, erp, job, entry, say, accept_plan)
        except GuardedError as problem:
            say(logging.ERROR, f"kopru sync: {name}: {problem}")
            entry["stopped"] = f"GuardedError: {problem}"
            entry["plan_id"] = problem.plan_id
            row = {"marketplace": name, "failed": "guarded"}
            guarded = True
        except (KopruError, OSError, SyncConfigError) as problem:
            say(logging.ERROR, f"kopru sync: {name}: {type(problem).__name__}: {problem}")
            entry["stopped"] = f"{type(problem).__name__}: {problem}"
            row = {"marketplace": name, "failed": "stopped"}
        entry["failed"] = row["failed"]
        status = status or (1 if row["failed"] else 0)
        rows.append(row)
        entries.append(entry)
    if guarded:
        status = EXIT_GUARDED
    record = {
        "time": when.isoformat(timespec="milliseconds"),
        "duration_ms": round((time.monotonic() - started) * 1000),
        "job": job,
        "status": status,
        "marketplaces": entries,
    }
    try:
        history.append(state_dir, record)
    except OSError as problem:
        LOG.error("could not append to the run history %s: %s", history.path_in(state_dir), problem)
    if as_json:
        print(json.dumps(record, ensure_ascii=False, indent=2, default=str))
        return status
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
