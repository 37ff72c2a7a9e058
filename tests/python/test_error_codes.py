"""Validation problems a program and a Turkish operator can read: each has a stable code, its
location as segments and its context; the message names the first three problems and counts
the rest (the full list stays in ``errors``); ``locale: "tr"`` gives Turkish messages."""

from __future__ import annotations

import re
from typing import Any

import kopru
import pytest
from kopru.codes import ProblemCode
from support import sandbox_config

ROWS = 8448


def snapshot_missing_item_codes(rows: int) -> dict[str, Any]:
    """A snapshot of `rows` products, none with its ItemCode (the issue's 400 KB message)."""
    product = {"ItemDescription": "Pamuklu Eşarp", "SalePrice": "29.90", "TaxRate": 20, "Variants": []}
    return {"products": [dict(product) for _ in range(rows)], "inventory": []}


def refused(config: dict[str, Any], op: str, params: dict[str, Any]) -> kopru.ValidationError:
    client = kopru.Client(config)
    with pytest.raises(kopru.ValidationError) as caught:
        client.call(op, params)
    return caught.value


def test_a_large_snapshot_gives_a_short_message_and_every_problem() -> None:
    error = refused(sandbox_config("entegra"), "map.entegra.products", snapshot_missing_item_codes(ROWS))
    missing = [e for e in error.errors if e["code"] == ProblemCode.REQUIRED]
    assert len(missing) == ROWS
    assert missing[0]["loc"] == ["products", 0, "ItemCode"]
    assert missing[0]["path"] == "products[0].ItemCode"
    assert len(str(error)) < 400, str(error)
    more = len(error.errors) - 3
    assert str(error).endswith(f"… and {more:,} more"), str(error)
    assert str(error).startswith("invalid parameters: products[0].ItemCode: required; ")


def test_codes_loc_and_ctx_of_each_problem() -> None:
    error = refused(
        sandbox_config("tedbul"),
        "tedbul.ads.create",
        {"productBarcode": "8695555555555", "productName": "Thin", "stock": 1, "description": "x" * 300},
    )
    by_path = {e["path"]: e for e in error.errors}
    too_long = by_path["description"]
    assert too_long["code"] == ProblemCode.TOO_LONG == "too_long"
    assert too_long["loc"] == ["description"]
    assert too_long["ctx"]["got"] == 300
    assert isinstance(too_long["ctx"]["max"], int)
    assert ProblemCode(too_long["code"]).description_tr
    assert {e["code"] for e in error.errors} <= {c.value for c in ProblemCode}


def test_turkish_messages_keep_the_codes() -> None:
    params = snapshot_missing_item_codes(5)
    english = refused(sandbox_config("entegra"), "map.entegra.products", params)
    turkish = refused(sandbox_config("entegra", locale="tr"), "map.entegra.products", params)
    assert [e["code"] for e in turkish.errors] == [e["code"] for e in english.errors]
    assert [e["loc"] for e in turkish.errors] == [e["loc"] for e in english.errors]
    assert turkish.errors[0]["message"] == "zorunlu"
    assert str(turkish).startswith("geçersiz parametreler: products[0].ItemCode: zorunlu; ")
    assert re.search(r"… ve \d+ sorun daha$", str(turkish)), str(turkish)


def test_an_unknown_locale_is_a_config_error() -> None:
    with pytest.raises(kopru.ConfigError) as caught:
        kopru.Client(sandbox_config("entegra", locale="de"))
    assert "locale" in str(caught.value)
