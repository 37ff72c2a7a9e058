"""The sans-IO `kopru.Session` driven by hand over urllib against the loopback server
(`"sandbox": False`): auth, token reuse, state export and resume, retries, transport failures."""

from __future__ import annotations

import time
from decimal import Decimal

import kopru
import pytest
from http_loop import drive, now_ms, send
from support import LoopbackServer


def test_first_call_logs_in_then_reuses_the_token(server: LoopbackServer) -> None:
    session = kopru.Session(server.config("entegra"))
    result, sent = drive(session, "entegra.products.list")
    assert result["items"]
    assert [request["url"].split("/entegra", 1)[1] for request in sent] == [
        "/api/user/token/obtain/",
        "/product/page=1/",
    ]
    authorization = dict((name.lower(), value) for name, value in sent[1]["headers"])["authorization"]
    assert authorization.startswith("JWT ")
    _, again = drive(session, "entegra.orders.list")
    assert len(again) == 1 and "/order/page=1/" in again[0]["url"]
    assert server.stats()["entegra"]["logins"] == 1


def test_resumed_session_does_not_log_in_again(server: LoopbackServer) -> None:
    config = server.config("tedbul")
    first = kopru.Session(config)
    drive(first, "tedbul.ads.list")
    state = first.export_state()
    assert state["service"] == "tedbul" and state["access_token"]
    resumed = kopru.Session(config, state)
    step = resumed.start("tedbul.ads.list", {}, now_ms())
    assert "api/ads/getAdsList" in step["send"]["url"]
    assert "api/auth" not in step["send"]["url"]
    result = resumed.receive(send(step["send"]), now_ms())
    assert result["done"]["items"]
    assert server.stats()["tedbul"]["logins"] == 1


def test_state_of_another_account_is_ignored(server: LoopbackServer) -> None:
    config = server.config("tedbul")
    first = kopru.Session(config)
    drive(first, "tedbul.ads.list")
    state = dict(first.export_state(), account="somebody-else")
    step = kopru.Session(config, state).start("tedbul.ads.list", {}, now_ms())
    assert step["send"]["url"].endswith("api/auth")


def test_money_in_a_session_result_is_decimal(server: LoopbackServer) -> None:
    result, _ = drive(kopru.Session(server.config("tedbul")), "tedbul.ads.list")
    assert all(isinstance(ad["price"], Decimal) for ad in result["items"] if ad.get("price") is not None)


def test_expired_token_is_replaced_after_a_401(server: LoopbackServer) -> None:
    session = kopru.Session(server.config("tedbul"))
    drive(session, "tedbul.ads.list")
    server.faults(expire_tokens=True)
    result, sent = drive(session, "tedbul.ads.list")
    assert result["items"]
    assert any(request["url"].endswith("api/auth") for request in sent)
    assert server.stats()["tedbul"]["logins"] == 2


def test_server_error_on_a_safe_request_is_retried_with_back_off(server: LoopbackServer) -> None:
    session = kopru.Session(server.config("erp"))
    server.faults(fail_next=1, fail_status=503)
    step = session.start("erp.products.list", {}, now_ms())
    failed = session.receive(send(step["send"]), now_ms())
    # Full jitter: the first retry waits anything from 0 up to its 500 ms ceiling.
    assert "send" in failed and 0 <= failed["after_ms"] <= 500
    time.sleep(failed["after_ms"] / 1000)
    done = session.receive(send(failed["send"]), now_ms())
    assert done["done"]["items"]


def test_transport_failure_is_retried_then_raised(server: LoopbackServer) -> None:
    session = kopru.Session(server.config("erp", max_retries=2))
    step = session.start("erp.products.list", {}, now_ms())
    retries = 0
    with pytest.raises(kopru.TransportError) as caught:
        while True:
            step = session.transport_failed("connection refused", False, now_ms())
            assert "send" in step
            retries += 1
    assert retries == 2
    assert caught.value.kind == "transport"


def test_create_is_not_repeated_blindly_after_a_timeout(server: LoopbackServer) -> None:
    session = kopru.Session(server.config("tedbul"))
    drive(session, "tedbul.ads.list")
    ad = {
        "productBarcode": "8697777777777",
        "productName": "Once",
        "expiration": "2027-01-01",
        "stock": 5,
        "price": "3,50",
        "description": "x",
        "featured": 0,
        "minSellQty": 1,
        "maxSellQty": 5,
        "levelOfSales": 1,
        "status": 1,
    }
    session.start("tedbul.ads.create", ad, now_ms())
    with pytest.raises(kopru.TransportError):
        session.transport_failed("timed out", True, now_ms())


def test_response_dict_is_checked(server: LoopbackServer) -> None:
    session = kopru.Session(server.config("erp"))
    session.start("erp.products.list", {}, now_ms())
    with pytest.raises(kopru.ValidationError) as caught:
        session.receive({"headers": []}, now_ms())
    assert caught.value.errors[0]["path"] == "status"
    with pytest.raises(kopru.ValidationError) as caught:
        session.receive({"status": 200, "headers": [["a", 1]]}, now_ms())
    assert caught.value.errors[0]["path"] == "headers[0]"
    with pytest.raises(kopru.ValidationError) as caught:
        session.receive({"status": 200, "body": b"\xff\xfe"}, now_ms())
    assert caught.value.errors[0]["path"] == "body"


def test_headers_may_be_a_dict(server: LoopbackServer) -> None:
    session = kopru.Session(server.config("erp"))
    step = session.start("erp.products.list", {}, now_ms())
    response = send(step["send"])
    response["headers"] = dict(response["headers"])
    assert session.receive(response, now_ms())["done"]["items"]
