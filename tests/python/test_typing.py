"""The type stubs: `mypy.stubtest` compares them with the installed module, and mypy --strict
accepts typical use while rejecting wrong use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

pytest.importorskip("mypy", reason="mypy is not installed in this environment")


def mypy(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", *args], capture_output=True, text=True, cwd=cwd, timeout=600
    )


def test_stubtest_finds_no_difference(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "kopru"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_typed_usage_passes_strict_mypy(tmp_path: Path) -> None:
    done = mypy("--strict", "--no-incremental", str(HERE / "typed_usage.py"), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_wrong_use_is_rejected(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "import kopru\n"
        "client = kopru.Client({'service': 'erp'})\n"
        "client.call(42)\n"
        "session = kopru.Session({'service': 'erp'})\n"
        "session.start('erp.products.list', {}, 'now')\n"
        "code: str = kopru.KopruError('x').status\n"
    )
    done = mypy("--strict", "--no-incremental", str(wrong), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.count("error:") == 3, done.stdout
