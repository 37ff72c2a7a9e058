"""A caller-driven session loop over urllib: what a user with their own HTTP stack writes."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from typing import Any

import kopru


def now_ms() -> int:
    return int(time.time() * 1000)


def send(request: dict[str, Any], timeout: float = 10.0) -> dict[str, Any]:
    """Sends one request of a session step and returns the response dict for `receive`."""
    body = request["body"]
    outgoing = urllib.request.Request(
        request["url"],
        data=None if body is None else body.encode("utf-8"),
        method=request["method"],
        headers={name: value for name, value in request["headers"]},
    )
    try:
        with urllib.request.urlopen(outgoing, timeout=timeout) as response:
            return {"status": response.status, "headers": response.getheaders(), "body": response.read()}
    except urllib.error.HTTPError as failure:
        with failure:
            return {"status": failure.code, "headers": list(failure.headers.items()), "body": failure.read()}


def drive(
    session: kopru.Session, op: str, params: dict[str, Any] | None = None
) -> tuple[Any, list[dict[str, Any]]]:
    """Runs one operation to its end; returns the result and every request that was sent."""
    sent: list[dict[str, Any]] = []
    step = session.start(op, params, now_ms())
    while "send" in step:
        time.sleep(step.get("after_ms", 0) / 1000)
        sent.append(step["send"])
        try:
            response = send(step["send"])
        except (urllib.error.URLError, OSError) as failure:
            step = session.transport_failed(str(failure), isinstance(failure, TimeoutError), now_ms())
            continue
        step = session.receive(response, now_ms())
    return step["done"], sent
