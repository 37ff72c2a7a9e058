"""The run history of ``kopru sync``: one JSON line per run in ``<state_dir>/history.jsonl``.

Each line is a run::

    {"version": 1, "time": "2026-12-05T08:00:00.000+00:00", "duration_ms": 1234,
     "job": "all", "status": 0,
     "marketplaces": [{"marketplace": "entegra", "failed": 0,
                       "catalogue": {"requests": 3, "sent": {"op": {"requests": 1, "items": 7}},
                                     "errors": [...], "deferred": 0, "confirmed": 7},
                       "orders": {"read": 2, "imported": [...], "acknowledged": [...],
                                  "unresolved": [{"order", "line", "reason"}], "requests": 1,
                                  "errors": [...]},
                       "quota": {"day_start_ms", "day_count", "hour_count", "per_day", "per_hour"},
                       "stopped": "message when the marketplace could not run"}]}

Lines are appended whole and fsynced; a torn last line (a crash mid-write) stays a line of its
own and is skipped when read.
No secrets go in: no tokens, no credentials, only counts, operation names and order ids.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

FILE_NAME = "history.jsonl"
VERSION = 1


def path_in(state_dir: Path) -> Path:
    """The history file of a state_dir."""
    return state_dir / FILE_NAME


def catalogue_entry(report: Mapping[str, Any]) -> dict[str, Any]:
    """What the history keeps of a ``sync_catalogue`` report."""
    return {
        "requests": report.get("requests_sent", 0),
        "planned": report.get("requests_planned", 0),
        "sent": report.get("sent", {}),
        "confirmed": report.get("confirmed", 0),
        "deferred": report.get("deferred", 0),
        "errors": list(report.get("errors", [])),
    }


def orders_entry(report: Mapping[str, Any]) -> dict[str, Any]:
    """What the history keeps of an ``import_orders`` report (not the documents themselves)."""
    return {
        "read": report.get("orders_read", 0),
        "requests": report.get("requests_sent", 0),
        "imported": list(report.get("imported", [])),
        "acknowledged": list(report.get("acknowledged", [])),
        "unresolved": [
            {"order": item.get("order"), "line": item.get("line"), "reason": item.get("reason")}
            for item in report.get("unresolved", [])
        ],
        "errors": list(report.get("errors", [])),
    }


def quota_entry(session_state: Mapping[str, Any] | None, limits: Mapping[str, Any]) -> dict[str, Any]:
    """The quota counters of a session state (after the run) beside the configured limits."""
    counters = (session_state or {}).get("quota") or {}
    return {
        "day_start_ms": counters.get("day_start_ms"),
        "day_count": counters.get("day_count", 0),
        "hour_count": counters.get("hour_count", 0),
        "per_day": limits.get("per_day"),
        "per_hour": limits.get("per_hour"),
    }


def append(state_dir: Path, run: Mapping[str, Any]) -> Path:
    """Appends one run as a JSON line (written whole, fsynced); returns the file."""
    path = path_in(state_dir)
    line = json.dumps({"version": VERSION, **run}, ensure_ascii=False, default=str) + "\n"
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        size = os.fstat(descriptor).st_size
        if size and os.pread(descriptor, 1, size - 1) != b"\n":
            line = "\n" + line  # a torn line of a crashed run stays a line of its own
        os.write(descriptor, line.encode("utf-8"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    return path


def read(state_dir: Path) -> tuple[list[dict[str, Any]], int]:
    """The runs of a state_dir's history, oldest first, and how many lines were unreadable."""
    path = path_in(state_dir)
    runs: list[dict[str, Any]] = []
    unreadable = 0
    if not path.exists():
        return runs, unreadable
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                run = json.loads(line)
            except json.JSONDecodeError:
                unreadable += 1
                continue
            if isinstance(run, dict) and isinstance(run.get("marketplaces"), list):
                runs.append(run)
            else:
                unreadable += 1
    return runs, unreadable
