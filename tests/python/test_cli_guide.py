"""The `kopru` command people find their way in: `ops`, `describe`, `--json` on every
subcommand, logging levels and formats, exit statuses in `--help`."""

from __future__ import annotations

import json
import os
import pty
from pathlib import Path

from support import OPERATIONS_JSON, LoopbackServer
from test_cli import run
from test_sync_command import write_config


def test_ops_lists_every_operation_of_the_table() -> None:
    names = [row["name"] for row in json.loads(OPERATIONS_JSON.read_text(encoding="utf-8"))]
    done = run("ops", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [row["name"] for row in rows] == names
    listing = next(row for row in rows if row["name"] == "entegra.products.list")
    assert listing["method"] == "GET" and listing["path"] and listing["summary"]
    text = run("ops", "--service", "tedbul")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].split() == ["operation", "method", "path", "what", "it", "does"]
    assert any(line.startswith("tedbul.ads.create ") and " POST " in line for line in lines)
    assert not any(line.startswith("entegra.") for line in lines)


def test_describe_prints_parameters_rules_and_a_working_example() -> None:
    done = run("describe", "tedbul.ads.create")
    assert done.returncode == 0, done.stderr
    assert "stock: integer" in done.stdout
    assert "(required" in done.stdout
    example_line = next(line for line in done.stdout.splitlines() if line.strip().startswith("kopru call "))
    params = example_line.split("'", 2)[1]
    tried = run("call", "tedbul.ads.create", params)
    assert tried.returncode == 0, tried.stderr


def test_describe_as_json_and_an_unknown_operation() -> None:
    done = run("describe", "entegra.products.create", "--json")
    described = json.loads(done.stdout)
    top = described["params"][0]
    assert top["name"] == "list" and any(field["name"] == "productCode" for field in top["fields"])
    assert described["example"]["list"]
    unknown = run("describe", "entegra.products.crate")
    assert unknown.returncode == 2
    assert "entegra.products.create" in unknown.stderr, "the service's operations are suggested"


def test_help_documents_the_exit_statuses() -> None:
    for args in (["--help"], ["sync", "--help"], ["report", "--help"]):
        done = run(*args)
        assert done.returncode == 0
        assert "exit statuses:" in done.stdout
        assert "130" in done.stdout and "interrupted" in done.stdout


def test_call_json_is_one_line() -> None:
    done = run("call", "tedbul.ads.list", '{"show": 1}', "--json")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 1
    assert json.loads(done.stdout)["items"]


def test_progress_off_a_terminal_is_plain_log_lines(server: LoopbackServer, tmp_path: Path) -> None:
    config = write_config(server, tmp_path)
    done = run("sync", "--config", str(config), "--log-format", "json")
    assert done.returncode == 0, done.stdout + done.stderr
    records = [json.loads(line) for line in done.stderr.splitlines()]
    progress = [record for record in records if record["logger"] == "kopru.progress"]
    assert progress, done.stderr
    assert all(record["level"] == "info" and record["time"].endswith("+00:00") for record in progress)
    assert any("planned" in record["message"] for record in progress)
    quiet = run("sync", "--config", str(config), "--log-level", "error", "--json")
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr == ""
    assert json.loads(quiet.stdout)["status"] == 0


def test_demo_json_keeps_stdout_for_the_status() -> None:
    done = run("demo", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"status": 0}
    assert "demo" in done.stderr


def test_progress_on_a_terminal_is_one_redrawn_bar() -> None:
    from kopru._report import ProgressBar

    leader, follower = pty.openpty()
    with os.fdopen(follower, "w", encoding="utf-8") as terminal:
        bar = ProgressBar("entegra", terminal)
        bar({"event": "planned", "requests": 4})
        bar({"event": "batch", "index": 2, "op": "entegra.products.update_quantity"})
        bar.close()
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the terminal's other side is closed and everything was read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    drawn = b"".join(chunks).decode("utf-8")
    assert "\r\x1b[K" in drawn and "\n" not in drawn.replace("\r\n", ""), repr(drawn)
    assert "[############............] 2/4 entegra.products.update_quantity" in drawn
