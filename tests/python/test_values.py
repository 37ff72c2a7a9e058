"""Values at the boundary: money as Decimal both ways, floats, dates, bytes, and the Python
values that cannot become JSON (each refused with its path, never a crash)."""

from __future__ import annotations

import gc
import json
from datetime import date
from decimal import Decimal
from typing import Any

import kopru
import pytest
from support import CREDENTIALS, sandbox_config

NOW_MS = 1_750_000_000_000
FAR_FUTURE_MS = NOW_MS + 30 * 86_400_000  # beyond every early-renewal window


def logged_in_session(service: str) -> kopru.Session:
    """A session resumed with a valid token, so `start` goes straight to the operation."""
    account = CREDENTIALS[service].get("email") or CREDENTIALS[service]["username"]
    state = {
        "version": 1,
        "service": service,
        "account": account,
        "access_token": "test-token",
        "access_expires_ms": FAR_FUTURE_MS,
        "refresh_token": "test-refresh" if service == "entegra" else None,
        "refresh_expires_ms": FAR_FUTURE_MS if service == "entegra" else None,
    }
    config = {"service": service, "credentials": dict(CREDENTIALS[service])}
    return kopru.Session(config, state)


def sent_body(service: str, op: str, params: Any) -> Any:
    step = logged_in_session(service).start(op, params, NOW_MS)
    assert "send" in step, step
    body = step["send"]["body"]
    assert body is not None
    return json.loads(body)


AD = {
    "productBarcode": "8693333333333",
    "productName": "Money test",
    "expiration": "2027-01-31",
    "stock": 10,
    "description": "money",
    "featured": 0,
    "minSellQty": 1,
    "maxSellQty": 5,
    "levelOfSales": 1,
    "status": 1,
}


@pytest.mark.parametrize(
    "price", [Decimal("17.45"), 17.45, "17.45", "17,45"], ids=["Decimal", "float", "dot", "comma"]
)
def test_tedbul_price_goes_out_with_a_decimal_comma(price: Any) -> None:
    body = sent_body("tedbul", "tedbul.ads.create", dict(AD, price=price))
    assert body["price"] == "17,45"


@pytest.mark.parametrize(
    ("price", "sent"),
    [
        (Decimal("1.745E+1"), "17,45"),
        (Decimal("2E+1"), "20,00"),
        (Decimal("-0"), "0,00"),
        (Decimal("5E-1"), "0,50"),
    ],
    ids=["exponent", "whole-exponent", "negative-zero", "small-exponent"],
)
def test_decimals_in_exponent_notation_go_out_as_plain_decimals(price: Decimal, sent: str) -> None:
    assert sent_body("tedbul", "tedbul.ads.create", dict(AD, price=price))["price"] == sent


def test_integer_money_is_accepted() -> None:
    body = sent_body("tedbul", "tedbul.ads.create", dict(AD, price=20))
    assert body["price"] in ("20", "20,00")


def test_floats_are_read_by_their_shortest_repr_never_rounded() -> None:
    assert sent_body("tedbul", "tedbul.ads.create", dict(AD, price=12.3))["price"] in ("12,3", "12,30")
    with pytest.raises(kopru.ValidationError) as caught:
        sent_body("tedbul", "tedbul.ads.create", dict(AD, price=0.1 + 0.2))
    assert [error["path"] for error in caught.value.errors] == ["price"]


def test_money_comes_back_as_decimal_in_process() -> None:
    client = kopru.Client(sandbox_config("tedbul"))
    client.call("tedbul.ads.create", dict(AD, price=Decimal("1234.50")))
    ads = [ad for ad in client.pages("tedbul.ads.list") if ad["barcodes"] == [AD["productBarcode"]]]
    assert len(ads) == 1
    assert isinstance(ads[0]["price"], Decimal)
    assert ads[0]["price"] == Decimal("1234.50")


def test_decimal_money_survives_exactly_where_floats_would_not() -> None:
    client = kopru.Client(sandbox_config("entegra"))
    product = {
        "productCode": "PY-EXACT",
        "productName": "Exact money",
        "barcode": "8694444444444",
        "quantity": 1,
        "price1": Decimal("0.10") + Decimal("0.20"),
        "supplier": "kopru-tests",
        "supplier_id": "PY-EXACT",
    }
    client.call("entegra.products.create", {"list": [product]})
    created = [item for item in client.pages("entegra.products.list") if item["productCode"] == "PY-EXACT"]
    assert created[0]["price1"] == Decimal("0.30")


def test_dates_are_accepted_as_datetime_date() -> None:
    from_date = sent_body("tedbul", "tedbul.ads.create", dict(AD, price="1,00", expiration=date(2027, 1, 31)))
    from_text = sent_body("tedbul", "tedbul.ads.create", dict(AD, price="1,00", expiration="2027-01-31"))
    assert from_date["expiration"] == from_text["expiration"]


UNCONVERTIBLE = pytest.mark.parametrize(
    ("params", "path"),
    [
        ({"page": 2**70}, "page"),
        ({"page": -(2**64)}, "page"),
        ({"list": [{"price1": float("nan")}]}, "list[0].price1"),
        ({"list": [{}, {"quantity": float("inf")}]}, "list[1].quantity"),
        ({"note": object()}, "note"),
        ({"list": [{1: "x"}]}, "list[0]"),
        ({"tags": {"a", "b"}}, "tags"),
    ],
    ids=["big-int", "small-int", "nan", "inf", "object", "int-key", "set"],
)


@UNCONVERTIBLE
def test_unconvertible_values_raise_validation_error_with_the_path(params: dict[str, Any], path: str) -> None:
    client = kopru.Client(sandbox_config("entegra"))
    with pytest.raises(kopru.ValidationError) as caught:
        client.call("entegra.products.list", params)
    error = caught.value
    assert error.kind == "validation" and error.code == 1
    assert [item["path"] for item in error.errors] == [path]
    assert path in str(error)


@UNCONVERTIBLE
def test_session_start_reads_params_in_place_and_names_the_unconvertible_value(
    params: dict[str, Any], path: str
) -> None:
    with pytest.raises(kopru.ValidationError) as caught:
        logged_in_session("entegra").start("entegra.products.list", params, NOW_MS)
    error = caught.value
    assert error.kind == "validation" and error.code == 1
    assert [item["path"] for item in error.errors] == [path], "the value with no JSON form, alone"
    assert path in str(error)


def test_session_start_checks_every_problem_at_once_without_copying_the_params() -> None:
    params = {"list": [{"productCode": 7, "price1": Decimal("-1")}, {"productName": "x" * 300}], "extra": 1}
    with pytest.raises(kopru.ValidationError) as caught:
        logged_in_session("entegra").start("entegra.products.create", params, NOW_MS)
    paths = {item["path"] for item in caught.value.errors}
    assert {"list[0].price1", "list[1].productCode", "extra"} <= paths, paths
    step = logged_in_session("entegra").start(
        "entegra.products.create",
        {"list": [{"productCode": 7, "productName": "P", "price1": Decimal("2E+1")}]},
        NOW_MS,
    )
    sent = json.loads(step["send"]["body"])["list"][0]
    assert sent["productCode"] == "7" and sent["price1"] == "20"


def test_self_containing_list_is_refused_not_a_crash() -> None:
    looped: list[Any] = []
    looped.append(looped)
    with pytest.raises(kopru.ValidationError):
        kopru.Client(sandbox_config("erp")).call("erp.products.list", {"x": looped})


def test_tuples_are_lists_and_bytes_are_base64() -> None:
    product = {
        "productCode": "P1",
        "productName": "Pictures",
        "product_pictures": ({"picture_byte": b"\x89PNG\r\n"}, {"picture_byte": bytearray(b"ab")}),
    }
    body = sent_body("entegra", "entegra.products.create", {"list": (product,)})
    pictures = body["list"][0]["product_pictures"]
    assert pictures == [{"picture_byte": "iVBORw0K"}, {"picture_byte": "YWI="}]


def test_none_params_mean_no_params() -> None:
    client = kopru.Client(sandbox_config("erp"))
    assert client.call("erp.products.list", None) == client.call("erp.products.list", {})


def test_the_garbage_collector_is_paused_only_while_a_result_is_built() -> None:
    client = kopru.Client(sandbox_config("erp"))
    assert gc.isenabled()
    client.call("erp.products.list", {})
    assert gc.isenabled(), "a result left Python's garbage collector off"
    gc.disable()
    try:
        client.call("erp.products.list", {})
        assert not gc.isenabled(), "a result turned on a garbage collector the caller had off"
    finally:
        gc.enable()


def test_a_list_subclass_is_read_through_its_own_iterator() -> None:
    class Reordered(list[Any]):
        def __iter__(self) -> Any:
            return iter(reversed(list(super().__iter__())))

    pictures = Reordered([{"picture": "https://x/1.jpg"}, {"picture": "https://x/2.jpg"}])
    product = {"productCode": "P1", "productName": "Pictures", "product_pictures": pictures}
    body = sent_body("entegra", "entegra.products.create", {"list": [product]})
    assert body["list"][0]["product_pictures"] == [
        {"picture": "https://x/2.jpg"},
        {"picture": "https://x/1.jpg"},
    ]


def test_keys_are_read_by_their_text_whichever_objects_hold_it() -> None:
    class Key(str):
        def __str__(self) -> str:
            return "not the key"

    made = "".join(["product", "Code"])  # the same text as the literal, another object
    products = [
        {"productCode": "P1", "productName": "Shared keys"},
        {made: "P2", "productName": "A key made at run time"},
        {Key("productCode"): "P3", Key("productName"): "str subclass keys"},
        {"productCode": "P4", "productName": "Shared keys again"},
    ]
    body = sent_body("entegra", "entegra.products.create", {"list": products})
    assert [item["productCode"] for item in body["list"]] == ["P1", "P2", "P3", "P4"]
    assert body["list"][2]["productName"] == "str subclass keys"


def test_keys_made_and_freed_during_one_call_are_each_read_by_their_own_text() -> None:
    # Each product's variations are built while kopru reads them and freed after, so a later
    # product's fresh key objects can take the addresses of earlier ones with other texts.
    def fresh(text: str) -> str:
        return "".join(list(text))

    class Variations(list[Any]):
        def __init__(self, index: int) -> None:
            super().__init__([None])
            self.index = index

        def __iter__(self) -> Any:
            code, barcode = f"P{self.index}-1", f"B{self.index}"
            colour = [{"name": "Renk", "value": "Kırmızı"}]
            if self.index % 2:
                yield {
                    fresh("barcode"): barcode,
                    fresh("productCode"): code,
                    "quantity": 1,
                    "variation_specs": colour,
                }
            else:
                yield {
                    fresh("productCode"): code,
                    "quantity": 1,
                    "variation_specs": colour,
                    fresh("barcode"): barcode,
                }

    products = [
        {"productCode": f"P{i}", "productName": f"Product {i}", "variations": Variations(i)}
        for i in range(200)
    ]
    body = sent_body("entegra", "entegra.products.create", {"list": products})
    variations = [product["variations"][0] for product in body["list"]]
    assert [(v["productCode"], v["barcode"]) for v in variations] == [
        (f"P{i}-1", f"B{i}") for i in range(200)
    ]


def test_a_step_request_has_the_form_of_a_previewed_request() -> None:
    """`start` builds its request dict straight from the core's request: the same keys, value
    types and body text as `preview` (the core's JSON form of a request) gives."""
    session = logged_in_session("entegra")
    params = {"list": [{"productCode": "P-1", "productName": 'Kupa "mavi"\n', "price1": Decimal("9.90")}]}
    sent = session.start("entegra.products.create", params, NOW_MS)["send"]
    previewed = session.preview("entegra.products.create", params)
    assert list(sent) == list(previewed) == ["method", "url", "headers", "body"]
    assert (sent["method"], sent["url"], sent["body"]) == (
        previewed["method"],
        previewed["url"],
        previewed["body"],
    )
    assert all(isinstance(header, list) and len(header) == 2 for header in sent["headers"])
    assert [name for name, _ in sent["headers"]] == [name for name, _ in previewed["headers"]]
    assert (
        sent["body"] == '{"list":[{"productCode":"P-1","productName":"Kupa \\"mavi\\"\\n","price1":"9.90"}]}'
    )


class SelfEqualKey(str):
    """A `str` key equal only to itself, so one dict can hold two keys of the same text."""

    __eq__ = object.__eq__
    __hash__ = object.__hash__


def test_a_key_named_twice_passes_through_once_with_its_last_value() -> None:
    product = {"productCode": "P-1", "productName": "Kupa", SelfEqualKey("kdv"): 10, SelfEqualKey("kdv"): 20}
    body = logged_in_session("entegra").start("entegra.products.create", {"list": [product]}, NOW_MS)
    assert body["send"]["body"].count('"kdv"') == 1
    assert json.loads(body["send"]["body"])["list"][0]["kdv"] == 20


def test_a_step_to_send_a_get_again_later_has_no_body_and_an_int_wait() -> None:
    session = logged_in_session("entegra")
    sent = session.start("entegra.products.list", {"page": 2}, NOW_MS)["send"]
    previewed = session.preview("entegra.products.list", {"page": 2})
    assert (sent["method"], sent["url"], sent["body"]) == ("GET", previewed["url"], None)
    again = session.receive({"status": 503, "headers": [], "body": ""}, NOW_MS)
    assert list(again) == ["send", "after_ms"]
    assert type(again["after_ms"]) is int and again["after_ms"] >= 0
    assert again["send"]["url"] == sent["url"] and again["send"]["body"] is None
