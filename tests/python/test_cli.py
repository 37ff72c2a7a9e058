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


def summary_row(out: str, marketplace: str) -> list[str]:
    """The cells of one marketplace's row in the demo's closing summary table."""
    summary = out[out.index("Summary") :]
    line = next(line for line in summary.splitlines() if line.strip().startswith(marketplace + " "))
    return line.split()


def test_demo_syncs_only_the_changes_and_imports_the_orders() -> None:
    done = run("demo")
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for needle in (
        "The ERP catalogue",
        "First sync",
        "Second sync: only what changed is sent",
        "entegra.products.create",
        "entegra.products.update_quantity",
        "tedbul.ads.update_many",
        "(nothing to send)",
        "Entegra → ERP sales order ENT-1001",
        "Entegra → ERP sales order ENT-1002",
        "Tedbul → ERP sales order TB",
        "no line dropped silently",
        "Entegra orders still waiting for the ERP afterwards: ",
    ):
        assert needle in out, f"{needle!r} missing from the demo report"
    # marketplace, 1st, 2nd, 3rd sync, orders read, imported, acknowledged, unresolved
    entegra = summary_row(out, "Entegra")
    tedbul = summary_row(out, "Tedbul")
    assert int(entegra[1]) > 0 and int(tedbul[1]) > 0
    assert (entegra[2], tedbul[2]) == ("2", "1"), (
        "one stock and one price change: 2 Entegra requests, 1 Tedbul"
    )
    assert (entegra[3], tedbul[3]) == ("0", "0"), "nothing changed, nothing sent"
    assert entegra[5] == entegra[6] == "2", "both Entegra orders imported and acknowledged"
    assert tedbul[5] == tedbul[6] == "1", "the Tedbul order of our ad imported and acknowledged"
    assert int(tedbul[7]) > 0, "the seeded Tedbul orders name products the ERP does not have"
    assert "ENT-100" not in out.split("still waiting for the ERP afterwards: ")[1].splitlines()[0]
    assert "ValidationError" in out and "price" in out
    assert "accepted (unexpected)" not in out
    assert "demo-password" not in out and "demo-secret" not in out
