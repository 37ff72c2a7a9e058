"""``kopru report``: the run history as one self-contained HTML page.

No server, no network, no script: inline CSS and inline SVG charts (requests and items per
run, failures and deferred requests per run, quota used per day against the limits), the
orders waiting for a person with why, and the runs with their requests per endpoint.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from html import escape
from typing import Any

COLORS = ("#2563eb", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6")
STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #1f2937; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
.muted { color: #6b7280; } .bad { color: #b91c1c; font-weight: 600; } .ok { color: #047857; }
table { border-collapse: collapse; margin: 4px 0 12px; } td, th { border-bottom: 1px solid #e5e7eb;
  padding: 4px 10px; text-align: left; vertical-align: top; } th { background: #f3f4f6; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; } figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 4px; } svg text { font: 11px system-ui, sans-serif; }
"""


def _time(run: Mapping[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(run.get("time")))
    except ValueError:
        return None


def _short_time(run: Mapping[str, Any]) -> str:
    moment = _time(run)
    return moment.strftime("%m-%d %H:%M:%S") if moment else "?"


def _markets(run: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [entry for entry in run.get("marketplaces", []) if isinstance(entry, dict)]


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def run_totals(run: Mapping[str, Any]) -> dict[str, int]:
    """Requests, items, failures and deferred requests of one run, over its marketplaces."""
    totals = {"requests": 0, "items": 0, "failures": 0, "deferred": 0}
    for entry in _markets(run):
        catalogue = entry.get("catalogue") or {}
        orders = entry.get("orders") or {}
        totals["requests"] += _count(catalogue.get("requests")) + _count(orders.get("requests"))
        totals["items"] += sum(_count(sent.get("items")) for sent in (catalogue.get("sent") or {}).values())
        totals["items"] += len(orders.get("acknowledged") or [])
        totals["failures"] += len(catalogue.get("errors") or []) + len(orders.get("errors") or [])
        totals["failures"] += 1 if entry.get("stopped") else 0
        totals["deferred"] += _count(catalogue.get("deferred"))
    return totals


def quota_by_day(runs: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Per day and marketplace, the highest day counter seen and the daily limit, oldest first."""
    days: dict[tuple[str, str], dict[str, Any]] = {}
    for run in runs:
        for entry in _markets(run):
            quota = entry.get("quota") or {}
            start = quota.get("day_start_ms")
            if not isinstance(start, int):
                continue
            day = datetime.fromtimestamp(start / 1000, timezone.utc).strftime("%Y-%m-%d")
            key = (day, str(entry.get("marketplace")))
            row = days.setdefault(key, {"day": day, "marketplace": key[1], "used": 0, "limit": None})
            row["used"] = max(row["used"], _count(quota.get("day_count")))
            row["limit"] = quota.get("per_day") if isinstance(quota.get("per_day"), int) else row["limit"]
    return [days[key] for key in sorted(days)]


def waiting_orders(runs: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The unresolved orders of each marketplace's latest order import, with when each was
    first reported unresolved in the runs since it last was not."""
    latest: dict[str, list[dict[str, Any]]] = {}
    since: dict[tuple[str, str], str] = {}
    for run in runs:
        for entry in _markets(run):
            orders = entry.get("orders")
            if not isinstance(orders, dict):
                continue
            name = str(entry.get("marketplace"))
            current = [item for item in orders.get("unresolved") or [] if isinstance(item, dict)]
            ids = {str(item.get("order")) for item in current}
            for key in [key for key in since if key[0] == name and key[1] not in ids]:
                del since[key]
            for order in ids:
                since.setdefault((name, order), str(run.get("time", "")))
            latest[name] = current
    rows = []
    for name, items in sorted(latest.items()):
        for item in items:
            order = str(item.get("order"))
            rows.append(
                {
                    "marketplace": name,
                    "order": order,
                    "line": item.get("line"),
                    "reason": item.get("reason"),
                    "since": since.get((name, order), ""),
                }
            )
    return rows


def _axis_max(values: Iterable[float]) -> float:
    top = max([0.0, *values])
    if top <= 0:
        return 1.0
    step = 10 ** (len(str(int(top))) - 1)
    return float((int(top / step) + 1) * step)


def bar_chart(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    limits: Sequence[tuple[str, float]] = (),
    width: int = 560,
    height: int = 220,
) -> str:
    """Grouped bars as inline SVG: one group per label, one bar per series; dashed lines for
    ``limits`` (label, value). Every bar carries a ``<title>`` with its exact value."""
    left, bottom, top_pad = 48, 34, 26
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    top = _axis_max([v for _, values in series for v in values] + [v for _, v in limits])
    groups = max(1, len(labels))
    group_w = plot_w / groups
    bar_w = max(2.0, min(28.0, (group_w - 6) / max(1, len(series))))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#fff"/>',
    ]
    for tick in (0.0, top / 2, top):
        y = top_pad + plot_h - plot_h * tick / top
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:g}</text>')
    every = max(1, groups // 12)
    for index, label in enumerate(labels):
        x0 = left + index * group_w + (group_w - bar_w * len(series)) / 2
        for number, (name, values) in enumerate(series):
            value = values[index] if index < len(values) else 0
            bar_h = plot_h * value / top
            x = x0 + number * bar_w
            y = top_pad + plot_h - bar_h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w - 1:.1f}" height="{bar_h:.1f}" '
                f'fill="{COLORS[number % len(COLORS)]}"><title>{escape(label)} {escape(name)}: '
                f"{value:g}</title></rect>"
            )
            if groups <= 12:
                parts.append(
                    f'<text x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle" fill="#374151">'
                    f"{value:g}</text>"
                )
        if index % every == 0:
            cx = left + index * group_w + group_w / 2
            parts.append(
                f'<text x="{cx:.1f}" y="{height - bottom + 14}" text-anchor="middle">'
                f"{escape(label.split(' ', 1)[0])}</text>"
            )
    for number, (name, value) in enumerate(limits):
        y = top_pad + plot_h - plot_h * value / top
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" stroke="#b91c1c" '
            f'stroke-dasharray="6 4"><title>{escape(name)}: {value:g}</title></line>'
        )
        parts.append(
            f'<text x="{width - 12}" y="{y - 4 - 12 * number:.1f}" text-anchor="end" fill="#b91c1c">'
            f"{escape(name)} {value:g}</text>"
        )
    legend_x = left
    for number, (name, _) in enumerate(series):
        parts.append(
            f'<rect x="{legend_x}" y="6" width="10" height="10" fill="{COLORS[number % len(COLORS)]}"/>'
            f'<text x="{legend_x + 14}" y="15">{escape(name)}</text>'
        )
        legend_x += 24 + 7 * len(name)
    parts.append("</svg>")
    return "".join(parts)


def _table(headings: Sequence[str], rows: Iterable[Sequence[Any]], numeric: Sequence[int] = ()) -> str:
    head = "".join(f"<th>{escape(title)}</th>" for title in headings)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="n">{escape(str(cell))}</td>' if index in numeric else f"<td>{escape(str(cell))}</td>"
            for index, cell in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _endpoints(run: Mapping[str, Any]) -> str:
    parts = []
    for entry in _markets(run):
        for op, sent in sorted(((entry.get("catalogue") or {}).get("sent") or {}).items()):
            parts.append(f"{op}: {_count(sent.get('requests'))} req / {_count(sent.get('items'))} items")
        orders = entry.get("orders") or {}
        if orders:
            parts.append(
                f"{entry.get('marketplace')} orders: {len(orders.get('imported') or [])} imported, "
                f"{len(orders.get('acknowledged') or [])} acknowledged"
            )
        if entry.get("stopped"):
            parts.append(f"{entry.get('marketplace')} stopped: {entry.get('stopped')}")
    return "; ".join(parts) or "nothing to send"


def render(runs: Sequence[Mapping[str, Any]], source: str, unreadable: int = 0) -> str:
    """The whole page for ``runs`` (oldest first) read from ``source``."""
    labels = [f"#{number} {_short_time(run)}" for number, run in enumerate(runs, 1)]
    totals = [run_totals(run) for run in runs]
    quota = quota_by_day(runs)
    waiting = waiting_orders(runs)
    markets = sorted({row["marketplace"] for row in quota})
    days = sorted({row["day"] for row in quota})
    used = {(row["day"], row["marketplace"]): row["used"] for row in quota}
    limits = {row["marketplace"]: row["limit"] for row in quota if row["limit"] is not None}
    last = runs[-1] if runs else {}
    status = last.get("status")
    status_text = (
        '<span class="ok">everything went through</span>'
        if status == 0
        else f'<span class="bad">exit status {escape(str(status))}: something failed</span>'
    )
    charts = [
        (
            "Requests and items per run",
            bar_chart(
                labels,
                [("requests", [t["requests"] for t in totals]), ("items", [t["items"] for t in totals])],
            ),
        ),
        (
            "Failures and deferred requests per run",
            bar_chart(
                labels,
                [
                    ("failures", [t["failures"] for t in totals]),
                    ("deferred", [t["deferred"] for t in totals]),
                ],
            ),
        ),
        (
            "Quota used per day against the daily limit",
            bar_chart(
                days,
                [(name, [used.get((day, name), 0) for day in days]) for name in markets],
                [(f"{name} limit", float(limit)) for name, limit in sorted(limits.items())],
            ),
        ),
    ]
    figures = "".join(
        f"<figure><figcaption>{escape(title)}</figcaption>{svg}</figure>" for title, svg in charts
    )
    waiting_html = (
        _table(
            ["marketplace", "order", "line", "why", "waiting since"],
            ([row["marketplace"], row["order"], row["line"], row["reason"], row["since"]] for row in waiting),
        )
        if waiting
        else '<p class="ok">No order is waiting: every order of the last import was resolved.</p>'
    )
    failures = [
        [f"#{number}", entry.get("marketplace"), error.get("op"), error.get("kind"), error.get("message")]
        for number, run in list(enumerate(runs, 1))[-20:]
        for entry in _markets(run)
        for part in ("catalogue", "orders")
        for error in ((entry.get(part) or {}).get("errors") or [])
        if isinstance(error, dict)
    ]
    failures_html = (
        _table(["run", "marketplace", "operation", "kind", "message"], failures)
        if failures
        else '<p class="ok">No failed request in the last 20 runs.</p>'
    )
    run_rows = (
        [
            f"#{number}",
            str(run.get("time", "")),
            f"{_count(run.get('duration_ms')) / 1000:.1f} s",
            run.get("job", ""),
            run.get("status", ""),
            t["requests"],
            t["items"],
            t["failures"],
            t["deferred"],
            _endpoints(run),
        ]
        for number, run, t in reversed(list(zip(range(1, len(runs) + 1), runs, totals)))
    )
    period = (
        f"{escape(str(runs[0].get('time')))} – {escape(str(last.get('time')))}" if runs else "no runs yet"
    )
    skipped = f" ({unreadable} unreadable lines skipped)" if unreadable else ""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>kopru sync history</title>"
        f"<style>{STYLE}</style></head><body>"
        "<h1>kopru sync history</h1>"
        f'<p class="muted">{len(runs)} runs from {escape(source)}{escape(skipped)}: {period}</p>'
        f"<p>Last run: {status_text}.</p>"
        f'<div class="charts">{figures}</div>'
        f"<h2>Orders waiting for a person ({len(waiting)})</h2>{waiting_html}"
        f"<h2>Failed requests</h2>{failures_html}"
        "<h2>Runs, newest first</h2>"
        + _table(
            [
                "run",
                "time",
                "duration",
                "job",
                "status",
                "requests",
                "items",
                "failures",
                "deferred",
                "per endpoint",
            ],
            run_rows,
            numeric=(5, 6, 7, 8),
        )
        + "</body></html>\n"
    )
