"""The error taxonomy: typed exceptions with their attributes, every validation problem with
its path, auth failures, and no secret in any message, attribute or repr."""

from __future__ import annotations

from typing import Any

import kopru
import pytest
from support import CREDENTIALS, LoopbackServer, sandbox_config

SECRETS = ["demo-password", "demo-secret", "wrong-password-123", "wrong-secret-456"]


def assert_no_secret(*texts: Any) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in str(text), f"{secret!r} leaked into {text!r}"


def error_texts(error: kopru.KopruError) -> list[Any]:
    return [
        str(error),
        repr(error),
        error.message,
        error.body,
        error.errors,
        error.args,
        error.vendor_code,
        error.path,
    ]


def test_hierarchy() -> None:
    for cls in (
        kopru.ValidationError,
        kopru.ApiError,
        kopru.AuthError,
        kopru.RateLimitedError,
        kopru.TransportError,
        kopru.DecodeError,
        kopru.ConfigError,
    ):
        assert issubclass(cls, kopru.KopruError)
        assert issubclass(cls, Exception)
        assert cls.__module__ == "kopru"


def test_tedbul_ad_validation_reports_every_problem_with_its_path() -> None:
    client = kopru.Client(sandbox_config("tedbul"))
    with pytest.raises(kopru.ValidationError) as caught:
        client.call(
            "tedbul.ads.create",
            {
                "productBarcode": "8695555555555",
                "productName": "Thin",
                "stock": 1,
                "featured": 3,
                "description": "x" * 300,
            },
        )
    error = caught.value
    assert error.kind == "validation" and error.code == 1
    paths = {item["path"] for item in error.errors}
    assert paths == {"stock", "price", "featured", "description"}
    assert all(item["message"] for item in error.errors)
    assert error.status is None and error.retry_after_ms is None
    named = [path for path in ("stock", "price", "featured", "description") if f"{path}: " in str(error)]
    assert len(named) == 3, str(error)
    assert str(error).endswith("; … and 1 more")


def test_entegra_variation_without_barcode_has_the_nested_path() -> None:
    client = kopru.Client(sandbox_config("entegra"))
    product = {
        "productCode": "PY-V",
        "productName": "Variations",
        "barcode": "8696666666666",
        "quantity": 3,
        "price1": "10.00",
        "supplier": "kopru-tests",
        "supplier_id": "PY-V",
        "variations": [
            {
                "barcode": "8696666666667",
                "productCode": "PY-V-1",
                "quantity": 1,
                "variation_specs": [{"name": "Renk", "value": "Mavi"}],
            },
            {
                "productCode": "PY-V-2",
                "quantity": 2,
                "variation_specs": [{"name": "Renk", "value": "Kırmızı"}],
            },
        ],
    }
    with pytest.raises(kopru.ValidationError) as caught:
        client.call("entegra.products.create", {"list": [{"productName": "no code"}, product]})
    paths = {item["path"] for item in caught.value.errors}
    assert paths == {"list[0].productCode", "list[1].variations[1].barcode"}


def test_validation_sends_nothing(server: LoopbackServer) -> None:
    client = kopru.Client(server.config("tedbul"))
    with pytest.raises(kopru.ValidationError):
        client.call("tedbul.ads.create", {"stock": 1})
    assert server.stats()["tedbul"]["requests"] == 0


@pytest.mark.parametrize("service", ["entegra", "tedbul", "erp"])
def test_wrong_password_in_process_is_an_auth_error_without_the_password(service: str) -> None:
    config = sandbox_config(service)
    config["credentials"]["password"] = "wrong-password-123"
    if service == "tedbul":
        config["credentials"]["secretkey"] = "wrong-secret-456"
    client = kopru.Client(config)
    op = {"entegra": "entegra.products.list", "tedbul": "tedbul.ads.list", "erp": "erp.products.list"}[
        service
    ]
    with pytest.raises(kopru.AuthError) as caught:
        client.call(op)
    assert caught.value.kind == "auth"
    assert_no_secret(*error_texts(caught.value), repr(client))


@pytest.mark.parametrize("service", ["entegra", "tedbul", "erp"])
def test_wrong_password_over_http_is_an_auth_error(server: LoopbackServer, service: str) -> None:
    config = server.config(service)
    config["credentials"]["password"] = "wrong-password-123"
    op = {"entegra": "entegra.products.list", "tedbul": "tedbul.ads.list", "erp": "erp.products.list"}[
        service
    ]
    with pytest.raises(kopru.AuthError) as caught:
        kopru.Client(config).call(op)
    error = caught.value
    assert error.kind == "auth"
    assert error.errors == []
    assert_no_secret(*error_texts(error))


def test_api_error_carries_status_and_body(server: LoopbackServer) -> None:
    client = kopru.Client(server.config("erp", max_retries=0))
    server.faults(fail_next=1, fail_status=404)
    with pytest.raises(kopru.ApiError) as caught:
        client.call("erp.products.list")
    error = caught.value
    assert error.kind == "api" and error.code == 2
    assert error.status == 404
    assert isinstance(error.body, str)


def test_rate_limited_error_has_retry_after(server: LoopbackServer) -> None:
    client = kopru.Client(server.config("erp", max_retries=0))
    server.faults(fail_next=5, fail_status=429, retry_after=120)
    with pytest.raises(kopru.RateLimitedError) as caught:
        client.call("erp.products.list")
    assert caught.value.kind == "rate_limited"
    assert caught.value.retry_after_ms == 120_000


def test_connection_refused_is_a_transport_error() -> None:
    config = {
        "service": "erp",
        "base_url": "http://127.0.0.1:9/erp",
        "credentials": dict(CREDENTIALS["erp"]),
        "max_retries": 0,
        "timeout_ms": 2000,
    }
    with pytest.raises(kopru.TransportError) as caught:
        kopru.Client(config).call("erp.products.list")
    assert caught.value.kind == "transport"
    assert_no_secret(*error_texts(caught.value))


@pytest.mark.parametrize(
    "config",
    [
        {"service": "nope"},
        {"service": "entegra"},
        {
            "service": "erp",
            "base_url": "http://example.com/erp",
            "credentials": {"username": "u", "password": "demo-password"},
        },
    ],
    ids=["unknown-service", "no-credentials", "plain-http-remote"],
)
def test_bad_configs_raise_config_error(config: dict[str, Any]) -> None:
    with pytest.raises(kopru.ConfigError) as caught:
        kopru.Client(config)
    assert caught.value.kind == "config"
    assert_no_secret(*error_texts(caught.value))
    with pytest.raises(kopru.ConfigError):
        kopru.Session(config)


def test_repr_never_shows_secrets_even_after_login() -> None:
    client = kopru.Client(sandbox_config("tedbul"))
    client.call("tedbul.ads.list")
    token = client.export_state()["access_token"]
    assert token
    session = kopru.Session(
        {"service": "tedbul", "credentials": dict(CREDENTIALS["tedbul"])}, client.export_state()
    )
    for text in (repr(client), str(client), repr(session), str(session)):
        assert_no_secret(text)
        assert token not in text
    assert repr(client) == "Client(service='tedbul', sandbox=True)"
    assert repr(session) == "Session(service='tedbul')"


def test_errors_can_be_caught_as_the_base_class() -> None:
    with pytest.raises(kopru.KopruError) as caught:
        kopru.Client(sandbox_config("tedbul")).call("tedbul.ads.create", {})
    assert isinstance(caught.value, kopru.ValidationError)
    assert caught.value.message == str(caught.value)
