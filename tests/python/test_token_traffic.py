"""Token traffic has hard bounds, through `kopru.Session` over urllib against the loopback
server (Tedbul's 3-hour tokens), with the caller's clock shifted: 3 hours ahead, every fresh
token is already expired, which is reported as clock skew after one login, and the hourly cap
stops further logins; 2 h 59 min ahead, tokens seem to live a minute, and 1,000 calls make no
more token requests than the cap (one per 48 s of the run). Also: configs checked up front, raw sessions
seeded from the OS, and the state's block, token log and path spelling."""

from __future__ import annotations

from typing import Any

import kopru
import pytest
from http_loop import now_ms, send
from support import LoopbackServer, sandbox_config

MINUTE = 60_000
HOUR = 60 * MINUTE
CALLS = 1_000
CAP = 20


def run_call(session: kopru.Session, client_now: int) -> tuple[int, Exception | None]:
    """One tedbul.ads.list with the caller's clock at `client_now`: token requests, error."""
    token_requests = 0
    try:
        step = session.start("tedbul.ads.list", {}, client_now)
        while "send" in step:
            if step["send"]["url"].endswith("api/auth"):
                token_requests += 1
            step = session.receive(send(step["send"]), client_now)
    except kopru.KopruError as error:
        return token_requests, error
    return token_requests, None


def test_a_clock_ahead_by_the_token_life_logs_in_once_and_says_clock_skew(server: LoopbackServer) -> None:
    session = kopru.Session(server.config("tedbul"))
    ahead = now_ms() + 3 * HOUR + MINUTE
    logins, error = run_call(session, ahead)
    assert logins == 1
    assert isinstance(error, kopru.AuthError)
    assert "clock skew suspected" in str(error) and "UTC" in str(error)
    total = logins
    for i in range(1, CALLS):
        logins, error = run_call(session, ahead + i * 1000)
        total += logins
        assert isinstance(error, kopru.AuthError)
    assert total <= CAP
    assert "max_logins_per_hour" in str(error)
    assert server.stats()["tedbul"]["logins"] == total


def test_tokens_that_seem_to_live_a_minute_stay_within_the_cap(server: LoopbackServer) -> None:
    session = kopru.Session(server.config("tedbul"))
    total, most = 0, 0
    for _ in range(CALLS):
        logins, error = run_call(session, now_ms() + 3 * HOUR - MINUTE)
        assert error is None, error
        total, most = total + logins, max(most, logins)
    assert total <= CAP and most <= 2
    assert server.stats()["tedbul"]["logins"] == total


def test_the_cap_survives_a_restart_through_the_exported_state(server: LoopbackServer) -> None:
    config = server.config("tedbul", max_logins_per_hour=2)
    state: dict[str, Any] | None = None
    errors = []
    for i in range(5):
        server.faults(expire_tokens=True)
        session = kopru.Session(config, state)
        _, error = run_call(session, now_ms() + i)
        errors.append(error)
        state = session.export_state()
    assert server.stats()["tedbul"]["logins"] == 2
    assert isinstance(errors[-1], kopru.AuthError) and "max_logins_per_hour = 2" in str(errors[-1])
    assert state is not None and len(state["token_requests"]) == 2


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("token_margin_ms", 2**64 - 1),
        ("timeout_ms", 0),
        ("timeout_ms", 10**30),
        ("page_size", 2**32),
        ("user_agent", "kopru\r\nX-Injected: 1"),
        ("base_url", "https://api.tedbul.com.tr/ x"),
        ("state_file", ""),
        ("state_file", "\ud800"),
    ],
)
def test_configs_that_can_only_fail_later_are_config_errors(key: str, value: Any) -> None:
    config = sandbox_config("tedbul", **{key: value})
    with pytest.raises(kopru.ConfigError):
        kopru.Session(config)
    with pytest.raises(kopru.ConfigError):
        kopru.Client(config)


def test_a_config_key_that_is_not_a_str_is_a_config_error() -> None:
    config: dict[Any, Any] = sandbox_config("tedbul")
    config[1] = "x"
    with pytest.raises(kopru.ConfigError):
        kopru.Session(config)


def back_off_schedule(session: kopru.Session) -> list[int]:
    session.start("erp.products.list", {}, 0)
    waits = []
    for _ in range(3):
        step = session.receive({"status": 503, "headers": {}, "body": b""}, 0)
        waits.append(step["after_ms"])
    return waits


def test_raw_sessions_are_seeded_from_the_os_unless_given_a_seed() -> None:
    config = sandbox_config(
        "erp", max_retries=3, retry={"base_ms": 1_000_000, "cap_ms": 1_000_000, "deadline_ms": 86_400_000}
    )
    seeded = [back_off_schedule(kopru.Session(config, seed=7)) for _ in range(2)]
    assert seeded[0] == seeded[1]
    random = {tuple(back_off_schedule(kopru.Session(config))) for _ in range(5)}
    assert len(random) > 1, "every session backs off on its own schedule"
    assert tuple(back_off_schedule(kopru.Session(config, seed=0))) not in random


def test_a_long_retry_after_is_capped_and_explained_in_the_state() -> None:
    session = kopru.Session(sandbox_config("erp"))
    session.start("erp.products.list", {}, 1_000)
    with pytest.raises(kopru.RateLimitedError) as caught:
        session.receive({"status": 429, "headers": [["Retry-After", "315360000"]], "body": ""}, 1_000)
    assert caught.value.retry_after_ms == HOUR
    quota = session.export_state()["quota"]
    assert quota["blocked_until_ms"] == 1_000 + HOUR and quota["blocked_since_ms"] == 1_000
    assert "429" in quota["block_reason"]


def test_a_drifting_path_is_tried_in_its_other_spelling_and_remembered(server: LoopbackServer) -> None:
    config = server.config("tedbul")
    session = kopru.Session(config)
    run_call(session, now_ms())
    params = {"adsList": [{"id": 1111111111, "stock": 20, "price": "17,45"}]}
    step = session.start("tedbul.ads.update_many", params, now_ms())
    assert step["send"]["url"].endswith("api/ads/multipleUpdateAds")
    step = session.receive({"status": 404, "headers": [], "body": '{"message": "Not Found"}'}, now_ms())
    assert step["send"]["url"].endswith("api/ads/multpleUpdateAds")
    assert "done" in session.receive(send(step["send"]), now_ms())
    state = session.export_state()
    assert state["paths"] == {"tedbul.ads.update_many": "api/ads/multpleUpdateAds"}
    step = kopru.Session(config, state).start("tedbul.ads.update_many", params, now_ms())
    assert step["send"]["url"].endswith("api/ads/multpleUpdateAds")
