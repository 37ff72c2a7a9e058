"""The `kopru` console command installed with the package."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def kopru_command() -> str:
    beside = Path(sys.executable).with_name("kopru")
    found = str(beside) if beside.exists() else shutil.which("kopru")
    assert found, "the kopru console script is not installed"
    return found


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([kopru_command(), *args], capture_output=True, text=True, timeout=120)


def test_call_prints_the_result_as_json() -> None:
    done = run("call", "tedbul.ads.list", '{"show": 2}')
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert len(result["items"]) == 2
    prices = [ad["price"] for ad in result["items"] if ad.get("price") is not None]
    assert prices and all(isinstance(price, str) and "." in price for price in prices)


def test_call_with_a_config_file(tmp_path: Path) -> None:
    config = tmp_path / "erp.json"
    config.write_text(
        json.dumps(
            {
                "service": "erp",
                "sandbox": True,
                "credentials": {"username": "demo", "password": "demo-password"},
            }
        )
    )
    done = run("call", "erp.products.list", "{}", "--config", str(config))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["items"]


def test_call_error_goes_to_stderr_as_json_with_exit_1() -> None:
    done = run("call", "tedbul.ads.create", '{"stock": 1}')
    assert done.returncode == 1
    assert done.stdout == ""
    error = json.loads(done.stderr)
    assert error["kind"] == "validation"
    assert {"stock", "price"} <= {item["path"] for item in error["errors"]}


def test_call_refuses_params_that_are_not_json() -> None:
    done = run("call", "erp.products.list", "{not json")
    assert done.returncode == 2
    assert "not JSON" in done.stderr


@pytest.mark.parametrize("argv", [["--version"], ["demo", "--help"]])
def test_help_and_version(argv: list[str]) -> None:
    assert run(*argv).returncode == 0


def test_demo_runs_and_reports_each_step() -> None:
    done = run("demo")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for needle in (
        "ERP products",
        "ERP inventory",
        "Entegra products",
        "Entegra orders",
        "Tedbul ads",
        "token valid until",
    ):
        assert needle in out, f"{needle!r} missing from the demo report"
    assert "ValidationError" in out
    assert "list[0].variations[1].barcode" in out
    assert "accepted (unexpected)" not in out
    assert "among them: yes" in out
    assert "demo-password" not in out and "demo-secret" not in out
