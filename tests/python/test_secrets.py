"""The secrets canary of the Python binding: unique strings as password and secret key, and
(through a crafted state) as access and refresh tokens. Every error kind is provoked, with
vendors and transports that echo the secrets back; no exception (str, repr, args, any
attribute), no repr of a client or session, and nothing kopru logs may contain them. The
exported state holds the tokens (by design), never the password or the secret key."""

from __future__ import annotations

import base64
import logging
from typing import Any

import kopru
import pytest

PASSWORD = "canary-password-7f3a9c"
SECRET_KEY = "canary-secretkey-51e2d8"
ACCESS = "canary-access-9b4e06"
REFRESH = "canary-refresh-c0d1f7"
BASIC = base64.b64encode(f"demo:{PASSWORD}".encode()).decode()
FORBIDDEN = [PASSWORD, SECRET_KEY, ACCESS, REFRESH, BASIC]
NOW = 1_700_000_000_000
FAR = 1_900_000_000_000
LISTS = {"entegra": "entegra.products.list", "tedbul": "tedbul.ads.list", "erp": "erp.products.list"}
HELD = {
    "entegra": f"{PASSWORD} {ACCESS} {REFRESH}",
    "tedbul": f"{PASSWORD} {SECRET_KEY} {ACCESS} {REFRESH}",
    "erp": f"{PASSWORD} {BASIC}",
}


def config(service: str, **extra: Any) -> dict[str, Any]:
    credentials: dict[str, str] = {"username": "demo", "password": PASSWORD}
    if service == "entegra":
        credentials = {"email": "demo@kopru.dev", "password": PASSWORD}
    if service == "tedbul":
        credentials["secretkey"] = SECRET_KEY
    out: dict[str, Any] = {"service": service, "credentials": credentials, "max_retries": 0, **extra}
    if service == "erp" and "base_url" not in out:
        out["base_url"] = "https://erp.example.com"
    return out


def state(service: str) -> dict[str, Any]:
    return {
        "version": 1,
        "service": service,
        "account": "demo@kopru.dev" if service == "entegra" else "demo",
        "access_token": ACCESS,
        "access_expires_ms": FAR,
        "refresh_token": REFRESH,
        "refresh_expires_ms": FAR,
    }


def views(error: BaseException) -> list[str]:
    """Everything a caller can see of an exception."""
    out = [str(error), repr(error), repr(error.args)]
    out += [repr(getattr(error, name, None)) for name in dir(error) if not name.startswith("__")]
    return out


def assert_clean(what: str, *texts: str) -> None:
    for text in texts:
        for secret in FORBIDDEN:
            assert secret not in text, f"{what} shows {secret}: {text[:300]}"


def echo(service: str) -> str:
    held = HELD[service]
    return (
        f'{{"detail": "bad credentials {held}", "message": "token {held}", "code": "{held}",'
        f' "errors": {{"{PASSWORD}": ["{held}"]}}}}'
    )


def answered(session: kopru.Session, op: str, response: dict[str, Any]) -> kopru.KopruError:
    step = session.start(op, {}, NOW)
    for _ in range(10):
        if "send" not in step:
            break
        try:
            step = session.receive(response, NOW)
        except kopru.KopruError as error:
            return error
    raise AssertionError(f"{op} did not end in an error: {step}")


@pytest.mark.parametrize("service", ["entegra", "tedbul", "erp"])
def test_no_error_kind_shows_a_secret(service: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[kopru.KopruError] = []
    op = LISTS[service]
    session = kopru.Session(config(service), state(service))
    with pytest.raises(kopru.ConfigError) as unknown:
        session.start(f"{service}.{PASSWORD}.{ACCESS}", {}, NOW)
    errors.append(unknown.value)
    with pytest.raises(kopru.ValidationError) as invalid:
        session.start(op, {"page": PASSWORD, ACCESS: SECRET_KEY}, NOW)
    errors.append(invalid.value)
    for status in (400, 404, 500, 401):
        errors.append(answered(session, op, {"status": status, "headers": [], "body": echo(service)}))
    errors.append(
        answered(session, op, {"status": 429, "headers": [["Retry-After", PASSWORD]], "body": echo(service)})
    )
    held = HELD[service]
    money = (
        f'{{"productList": {{"price1": "{held}"}}, "status": true, "success": true,'
        f' "result": {{"total": 1, "data": {{"price": "{held}"}}}}, "data": "{held}"}}'
    )
    session = kopru.Session(config(service), state(service))
    errors.append(answered(session, op, {"status": 200, "headers": [], "body": money}))
    errors.append(answered(session, op, {"status": 200, "headers": [], "body": echo(service)[1:]}))
    session.start(op, {}, NOW)
    with pytest.raises(kopru.TransportError) as transport:
        session.transport_failed(f"connect https://demo:{PASSWORD}@host/ failed: {held}", True, NOW)
    errors.append(transport.value)
    with pytest.raises(kopru.ConfigError) as bad_url:
        kopru.Session(config(service, base_url=f"http://demo:{PASSWORD}@example.com"))
    errors.append(bad_url.value)
    client = kopru.Client(config(service, sandbox=True, base_url=None))
    with pytest.raises(kopru.KopruError) as refused:
        client.call(op)
    errors.append(refused.value)

    kinds = {"validation", "api", "auth", "rate_limited", "transport", "decode", "config"}
    assert {error.kind for error in errors} == kinds
    for error in errors:
        assert_clean(f"a {error.kind} error", *views(error))
    assert_clean("repr of the session and the client", repr(session), repr(client))
    assert_clean("what kopru logged", caplog.text)


@pytest.mark.parametrize("service", ["entegra", "tedbul"])
def test_the_exported_state_holds_the_tokens_but_never_the_password(service: str) -> None:
    exported = repr(kopru.Session(config(service), state(service)).export_state())
    assert ACCESS in exported
    assert PASSWORD not in exported
    assert SECRET_KEY not in exported
    client = kopru.Client(config(service, sandbox=True))
    assert PASSWORD not in repr(client.export_state())
