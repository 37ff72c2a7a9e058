"""Every case of every tests/vectors/*.json, run through `kopru.Session` as
docs/ARCHITECTURE.md describes (one pytest test per case)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import kopru
import pytest
from support import VECTORS


def load_cases() -> list[Any]:
    cases = []
    # tests/vectors and its dialect corpus tests/vectors/dialect (live response shapes).
    for path in sorted([*VECTORS.glob("*.json"), *VECTORS.glob("dialect/*.json")]):
        name = path.relative_to(VECTORS).with_suffix("").as_posix()
        for index, case in enumerate(json.loads(path.read_text(encoding="utf-8"))["cases"]):
            cases.append(pytest.param(case, id=f"{name}[{index}] {case['name']}"))
    return cases


CASES = load_cases()


def plain(value: Any, expected: Any = None) -> Any:
    """A result in the vector's JSON terms: `Decimal` money as its string, a `Decimal`
    quantity as the number the vector expects when it is that number."""
    if isinstance(value, Decimal):
        same_number = isinstance(expected, (int, float)) and not isinstance(expected, bool)
        return expected if same_number and value == Decimal(str(expected)) else str(value)
    if isinstance(value, dict):
        hints = expected if isinstance(expected, dict) else {}
        return {key: plain(item, hints.get(key)) for key, item in value.items()}
    if isinstance(value, list):
        hints = expected if isinstance(expected, list) else []
        return [plain(item, hints[i] if i < len(hints) else None) for i, item in enumerate(value)]
    return value


def check_error(error: kopru.KopruError, expected: dict[str, Any]) -> None:
    assert error.kind == expected["kind"], f"{error.kind}: {error}"
    if "paths" in expected:
        assert sorted(item["path"] for item in error.errors) == sorted(expected["paths"])


def check_request(sent: dict[str, Any], expected: dict[str, Any]) -> None:
    assert sent["method"] == expected["method"]
    assert sent["url"] == expected["url"]
    headers = [(name.lower(), value) for name, value in sent["headers"]]
    for name, value in expected.get("headers", []):
        assert (name.lower(), value) in headers, (
            f"header {name}: {value} missing from {[h for h, _ in headers]}"
        )
    expected_body = expected.get("body")
    if expected_body is None:
        assert sent["body"] is None
    else:
        assert sent["body"] is not None
        assert json.loads(sent["body"]) == (
            json.loads(expected_body) if isinstance(expected_body, str) else expected_body
        )


def test_vector_files_exist() -> None:
    assert CASES, f"no vector cases under {VECTORS}"


@pytest.mark.parametrize("case", CASES)
def test_vector(case: dict[str, Any]) -> None:
    session = kopru.Session(case["config"], case.get("state"))
    now = case["now_ms"]
    expect_error = case.get("expect_error")
    if expect_error is not None and "response" not in case:
        with pytest.raises(kopru.KopruError) as caught:
            session.start(case["op"], case.get("params"), now)
        check_error(caught.value, expect_error)
        return
    step = session.start(case["op"], case.get("params"), now)
    if "response" not in case and "expect_result" in case:
        assert "done" in step, step
        assert plain(step["done"], case["expect_result"]) == case["expect_result"]
        return
    assert "send" in step, step
    if "expect_request" in case:
        check_request(step["send"], case["expect_request"])
    if "response" not in case:
        return
    if expect_error is not None:
        with pytest.raises(kopru.KopruError) as caught:
            session.receive(case["response"], now)
        check_error(caught.value, expect_error)
        return
    step = session.receive(case["response"], now)
    if "expect_result" in case:
        assert "done" in step, step
        assert plain(step["done"], case["expect_result"]) == case["expect_result"]
