"""The bad-input corpus (tests/bad-input/*.json) through `kopru.Session`: one test per case
that Python can express. Every case must end in its expected kind: a `KopruError` of that
kind (or no error for `ok`), never another exception, a crash or a hang. A case that runs
longer than CASE_TIMEOUT_S ends the process with a traceback (faulthandler), as a hang in
native code cannot be interrupted otherwise."""

from __future__ import annotations

import faulthandler
import json
from typing import Any

import kopru
import pytest
from support import ROOT

BINDING = "python"
CORPUS = ROOT / "tests" / "bad-input"
CASE_TIMEOUT_S = 30
MAX_ROUNDS = 10


def load(name: str) -> tuple[dict[str, Any], list[Any]]:
    doc = json.loads((CORPUS / name).read_text(encoding="utf-8"))
    cases = [
        pytest.param(case, id=case["name"]) for case in doc["cases"] if BINDING in case.get("only", [BINDING])
    ]
    return doc, cases


PARAMS_DOC, PARAMS_CASES = load("params.json")
RESPONSES_DOC, RESPONSE_CASES = load("responses.json")


def expand(spec: Any) -> Any:
    """Builds a case input as a Python value, expanding the corpus generators."""
    if isinstance(spec, list):
        return [expand(item) for item in spec]
    if not isinstance(spec, dict):
        return spec
    if len(spec) == 1:
        (name, arg), *_ = spec.items()
        if name.startswith("$"):
            return generate(name, arg)
    return {key: expand(value) for key, value in spec.items()}


def generate(name: str, arg: Any) -> Any:
    if name == "$repeat":
        return arg["text"] * arg["times"]
    if name == "$concat":
        return "".join(expand(part) for part in arg)
    if name == "$list":
        return [expand(arg["item"]) for _ in range(arg["times"])]
    if name == "$nest":
        value = expand(arg["leaf"])
        for _ in range(arg["depth"]):
            value = [value] if arg["in"] == "array" else {"a": value}
        return value
    if name == "$number":
        return json.loads(arg)
    if name == "$bad_text":
        return arg + "\udcff"
    raise AssertionError(f"unknown generator {name}")


def session(doc: dict[str, Any], case: dict[str, Any]) -> kopru.Session:
    service = doc["services"][case["service"]]
    config = {**service["config"], **case.get("config", {})}
    return kopru.Session(config, service.get("state"))


def check(case: dict[str, Any], run: Any) -> None:
    """Runs `run` under the time limit and compares its outcome with the case."""
    want = case.get("expect_by", {}).get(BINDING, case["expect"])
    faulthandler.dump_traceback_later(CASE_TIMEOUT_S, exit=True)
    try:
        run()
    except kopru.KopruError as error:
        assert error.kind == want, f"expected {want}, got {error.kind}: {error}"
        if want == "validation" and "paths" in case:
            assert sorted(e["path"] for e in error.errors) == sorted(case["paths"])
        return
    except BaseException as error:  # a PanicException is a BaseException
        pytest.fail(f"expected {want}, got {type(error).__name__}: {error}")
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert want == "ok", f"expected {want}, got ok"


@pytest.mark.parametrize("case", PARAMS_CASES)
def test_params(case: dict[str, Any]) -> None:
    doc = PARAMS_DOC
    s = session(doc, case)
    op = expand(case["op"])
    params = expand(case["params"])
    check(case, lambda: s.start(op, params, doc["now_ms"]))


@pytest.mark.parametrize("case", RESPONSE_CASES)
def test_responses(case: dict[str, Any]) -> None:
    doc = RESPONSES_DOC
    s = session(doc, case)
    op = case["op"]
    step = s.start(op, case.get("params", doc["defaults"].get(op, {})), doc["now_ms"])
    assert "send" in step, step
    response = expand(case["response"])

    def rounds() -> None:
        last = step
        for _ in range(MAX_ROUNDS):
            last = s.receive(response, doc["now_ms"])
            if "send" not in last:
                return
        pytest.fail(f"no end after {MAX_ROUNDS} responses")

    check(case, rounds)


def test_the_corpus_is_large_enough() -> None:
    assert len(PARAMS_CASES) + len(RESPONSE_CASES) >= 400
