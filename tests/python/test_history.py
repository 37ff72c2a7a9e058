"""The run history of `kopru sync` (state_dir/history.jsonl) and `kopru report`, rendered in
headless Chromium; the screenshot stays in tests/.build/report/."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from support import ROOT, LoopbackServer
from test_cli import run
from test_sync_command import place_entegra_order, write_config

REPORT_DIR = ROOT / "tests" / ".build" / "report"


def history_of(folder: Path) -> list[dict[str, Any]]:
    return history_of_dir(folder / "state")


def entry(run_record: dict[str, Any], marketplace: str) -> dict[str, Any]:
    return next(item for item in run_record["marketplaces"] if item["marketplace"] == marketplace)


def make_history(server: LoopbackServer, folder: Path) -> Path:
    """Three runs: a first one where Tedbul refuses the login and Entegra has an order that
    cannot be resolved, a second one with the right password, a third that sends nothing."""
    config = write_config(server, folder)
    right = config.read_text(encoding="utf-8")
    broken = json.loads(right)
    broken["tedbul"]["client"]["credentials"]["password"] = "wrong-password"
    config.write_text(json.dumps(broken), encoding="utf-8")
    place_entegra_order(server, "NO-SUCH-ITEM-RED-M")
    assert run("sync", "--config", str(config)).returncode == 1
    config.write_text(right, encoding="utf-8")
    assert run("sync", "--config", str(config)).returncode == 0
    assert run("sync", "--config", str(config)).returncode == 0
    return config


def test_every_sync_appends_its_report(server: LoopbackServer, tmp_path: Path) -> None:
    make_history(server, tmp_path)
    first, second, third = history_of(tmp_path)
    assert first["version"] == 1 and first["status"] == 1 and first["job"] == "all"
    assert first["time"].endswith("+00:00") and first["duration_ms"] >= 0
    assert "AuthError" in entry(first, "tedbul")["stopped"]
    entegra = entry(first, "entegra")
    sent = entegra["catalogue"]["sent"]
    assert sent and all(count["requests"] > 0 and count["items"] > 0 for count in sent.values())
    assert entegra["catalogue"]["requests"] == sum(count["requests"] for count in sent.values())
    unresolved = entegra["orders"]["unresolved"]
    assert any("NO-SUCH-ITEM" in str(item["reason"]) for item in unresolved), unresolved
    assert entegra["quota"]["per_day"] == 20000 and entegra["quota"]["day_count"] > 0
    assert second["status"] == 0 and entry(second, "tedbul")["catalogue"]["requests"] > 0
    assert entry(second, "tedbul")["quota"]["per_day"] is None
    assert entry(second, "entegra")["catalogue"]["requests"] == 0
    assert entry(second, "entegra")["orders"]["unresolved"] == unresolved, "still waiting"
    assert third["status"] == 0
    assert all(item["catalogue"]["requests"] == 0 for item in third["marketplaces"])
    text = (tmp_path / "state" / "history.jsonl").read_text(encoding="utf-8")
    for secret in ("demo-password", "wrong-password", "demo-secret", "eyJ"):
        assert secret not in text


def test_sync_json_prints_the_history_line(server: LoopbackServer, tmp_path: Path) -> None:
    config = write_config(server, tmp_path)
    done = run("sync", "--config", str(config), "--json")
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert {**printed, "version": 1} == history_of(tmp_path)[-1]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "chromium is needed (tests/suites/python.sh installs it)"
    return found


def headless(*args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="kopru-chromium-") as profile:
        return subprocess.run(
            [
                chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                f"--user-data-dir={profile}",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )


def test_report_renders_in_headless_chromium(server: LoopbackServer, tmp_path: Path) -> None:
    make_history(server, tmp_path)
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    page = REPORT_DIR / "report.html"
    done = run("report", "--state-dir", str(tmp_path / "state"), "--out", str(page), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"out": str(page), "runs": 3, "unreadable": 0, "last_status": 0}
    html = page.read_text(encoding="utf-8")
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html and "<script" not in html, "self-contained: nothing to fetch or run"
    dom = headless("--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = dom.stdout
    assert rendered.count("<svg") == 3
    for text in (
        "Requests and items per run",
        "Failures and deferred requests per run",
        "Quota used per day against the daily limit",
        "entegra limit 20000",
        "Orders waiting for a person (",
        "NO-SUCH-ITEM",
        "tedbul stopped: AuthError",
        "everything went through",
    ):
        assert text in rendered, text
    screenshot = REPORT_DIR / "report.png"
    screenshot.unlink(missing_ok=True)
    shot = headless(
        f"--screenshot={screenshot}", "--window-size=1280,1500", "--hide-scrollbars", page.as_uri()
    )
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000, "a page with charts, not a blank one"


def test_report_skips_a_torn_line_and_needs_a_history(server: LoopbackServer, tmp_path: Path) -> None:
    empty = run("report", "--state-dir", str(tmp_path / "nothing"), "--out", str(tmp_path / "r.html"))
    assert empty.returncode == 2 and "no runs" in empty.stderr
    config = write_config(server, tmp_path)
    assert run("sync", "--config", str(config)).returncode == 0
    with open(tmp_path / "state" / "history.jsonl", "a", encoding="utf-8") as handle:
        handle.write('{"version": 1, "time": "2026-12-')
    assert run("sync", "--config", str(config)).returncode == 0
    done = run("report", "--state-dir", str(tmp_path / "state"), "--out", str(tmp_path / "r.html"))
    assert done.returncode == 0, done.stderr
    assert "2 runs" in done.stdout
    assert "1 unreadable lines skipped" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_the_demo_history_renders(tmp_path: Path) -> None:
    demo = run("demo", "--state-dir", str(tmp_path), "--log-level", "error")
    assert demo.returncode == 0, demo.stderr
    runs = history_of_dir(tmp_path)
    assert [item["job"] for item in runs] == ["catalogue", "catalogue", "catalogue", "orders"]
    first, second, third = (
        sum(m["catalogue"]["requests"] for m in item["marketplaces"]) for item in runs[:3]
    )
    assert first > second > third == 0, "the second sync sends only the changes, the third nothing"
    page = tmp_path / "demo.html"
    done = run("report", "--state-dir", str(tmp_path), "--out", str(page))
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    assert "4 runs" in html and html.count("<svg") == 3
    unresolved = [item for m in runs[3]["marketplaces"] for item in m["orders"]["unresolved"]]
    assert unresolved and f"Orders waiting for a person ({len(unresolved)})" in html


def history_of_dir(folder: Path) -> list[dict[str, Any]]:
    text = (folder / "history.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]
