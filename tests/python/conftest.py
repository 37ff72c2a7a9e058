"""Shared fixtures: the loopback sandbox server.

The suite runs against the *installed* `kopru` package (tests/suites/python.sh installs it
into a venv); nothing here puts python/pysrc on sys.path.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import ROOT, LoopbackServer


@pytest.fixture(scope="session")
def loopback_url() -> Iterator[str]:
    """KOPRU_SANDBOX_URL when the suite script started the server; otherwise this fixture
    starts target/debug/kopru-sandbox-server itself (build it with cargo first)."""
    url = os.environ.get("KOPRU_SANDBOX_URL")
    if url:
        yield url
        return
    binary = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "debug" / "kopru-sandbox-server"
    if not binary.exists():
        pytest.fail("set KOPRU_SANDBOX_URL or build the server: cargo build -p kopru-sandbox-server")
    process = subprocess.Popen([str(binary), "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("listening "), line
        yield line[len("listening ") :]
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture
def server(loopback_url: str) -> Iterator[LoopbackServer]:
    """The loopback server, freshly reset (seeded data, no faults, zeroed stats)."""
    loopback = LoopbackServer(loopback_url)
    loopback.reset()
    yield loopback
    loopback.reset()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Says how many operations of the catalogue walk (test_catalogue.py) ran."""
    reports = [
        report
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        if getattr(report, "when", "") == "call"
        and "::test_operation_runs_with_its_example[" in report.nodeid
    ]
    if reports:
        passed = sum(1 for report in reports if report.passed)
        terminalreporter.write_line(
            f"catalogue: {passed} of {len(reports)} operations ran with their examples over HTTP"
        )
