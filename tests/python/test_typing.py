"""The type stubs: `mypy.stubtest` compares them with the installed module, and mypy --strict
(with the `deprecated` error code, which reports parameters that do not fit an operation) accepts
typical use and every operation's example while rejecting wrong use."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import kopru
import kopru.types
import pytest
from support import operations, type_stem

HERE = Path(__file__).resolve().parent
OPERATIONS = operations()
STRICT = ("--strict", "--no-incremental", "--enable-error-code", "deprecated")

pytest.importorskip("mypy", reason="mypy is not installed in this environment")


def mypy(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", *args], capture_output=True, text=True, cwd=cwd, timeout=600
    )


def names_from_elsewhere() -> str:
    """A stubtest allowlist of the names kopru's modules import from the standard library
    (`Any`, `Mapping`, `IO`, …, and `NotRequired`, imported for type checkers only): on
    Python 3.9 stubtest compares them with typeshed, which describes them differently from
    that runtime. kopru's own definitions are still compared."""
    lines = []
    for info in pkgutil.walk_packages(kopru.__path__, "kopru."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            origin = getattr(value, "__module__", None)
            if not name.startswith("_") and isinstance(origin, str) and not origin.startswith("kopru"):
                lines.append(re.escape(f"{info.name}.{name}") + r"(\..+)?")
        lines.append(re.escape(f"{info.name}.NotRequired"))
    return "\n".join(lines) + "\n"


def test_stubtest_finds_no_difference(tmp_path: Path) -> None:
    allowlist = []
    if sys.version_info < (3, 10):
        (tmp_path / "allowlist.txt").write_text(names_from_elsewhere())
        allowlist = ["--allowlist", "allowlist.txt", "--ignore-unused-allowlist"]
    done = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "kopru", *allowlist],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_typed_usage_passes_strict_mypy(tmp_path: Path) -> None:
    done = mypy(*STRICT, str(HERE / "typed_usage.py"), cwd=tmp_path)
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


def test_every_example_fits_the_generated_types(tmp_path: Path) -> None:
    """Each operation's example, as a literal, passes `Client.call`, `Client.pages` and `Session.start`
    with no fallback to the overload that catches parameters that do not fit."""
    lines = [
        "from collections.abc import Sequence",
        "",
        "import kopru",
        "",
        "",
        "def items(page: Sequence[object]) -> int:",
        "    return len(page)",
        "",
        "",
        "def run(client: kopru.Client, session: kopru.Session) -> None:",
    ]
    for operation in OPERATIONS:
        name, example = operation["name"], operation["example"]
        lines.append(f"    client.call({name!r}, {example!r})")
        lines.append(f"    session.start({name!r}, {example!r}, 0)")
        if operation["paginated"]:
            lines.append(f"    client.pages({name!r}, {example!r})")
            lines.append(f"    items(client.call({name!r}, {example!r})['items'])")
    examples = tmp_path / "examples.py"
    examples.write_text("\n".join(lines) + "\n")
    done = mypy(*STRICT, str(examples), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_wrong_parameter_key_is_a_type_error(tmp_path: Path) -> None:
    """An unknown key is reported for every operation whose parameters are a TypedDict."""
    typed = [o["name"] for o in OPERATIONS if hasattr(kopru.types, type_stem(o["name"]) + "Params")]
    assert typed
    lines = ["import kopru", "", "", "def run(client: kopru.Client) -> None:"]
    lines += [f"    client.call({name!r}, {{'kopru_no_such_parameter': 1}})" for name in typed]
    wrong = tmp_path / "wrong_keys.py"
    wrong.write_text("\n".join(lines) + "\n")
    done = mypy(*STRICT, str(wrong), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.count("[deprecated]") == len(typed), done.stdout
