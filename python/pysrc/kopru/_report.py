"""Plain-text report helpers for the ``kopru`` command: aligned tables and a progress bar."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TextIO


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
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


PROGRESS_LOG = logging.getLogger("kopru.progress")


class ProgressBar:
    """Draws a sync's progress events as one self-updating line on a terminal.

    Off a terminal (a log file, cron, CI) each event becomes one plain line, logged at INFO
    on the ``kopru.progress`` logger (so ``--log-format json`` and ``--log-level`` apply).
    """

    WIDTH = 24

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty()
        self.total = 0

    def __call__(self, event: Mapping[str, Any]) -> None:
        """Takes one progress event of ``kopru.sync_catalogue`` or ``kopru.import_orders``."""
        kind = event.get("event")
        if kind == "planned":
            self.total = int(event.get("requests") or 0)
            self._draw(0, "planned")
        elif kind == "batch":
            self._draw(int(event.get("index") or 0), str(event.get("op")))
        elif kind == "read":
            self._draw(0, f"read {event.get('count')} from {event.get('op')}")
        elif kind in ("imported", "acknowledged"):
            self._draw(0, f"{kind} {_cell(event.get('order') or event.get('orders'))}")

    def close(self) -> None:
        """Ends the line."""
        if self.live:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def _draw(self, done: int, what: str) -> None:
        if not self.live:
            count = f" {done}/{self.total}" if self.total and done else ""
            PROGRESS_LOG.info("%s%s %s", self.label, count, what)
            return
        filled = self.WIDTH * done // self.total if self.total else 0
        bar = "#" * filled + "." * (self.WIDTH - filled)
        count = f"{done}/{self.total}" if self.total else ""
        self.stream.write(f"\r\033[K   {self.label} [{bar}] {count} {what}"[:120])
        self.stream.flush()
