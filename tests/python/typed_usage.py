"""Typical typed use of kopru, checked with `mypy --strict` by test_typing.py (not run)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import kopru
import kopru.types


def total_stock(config: dict[str, Any]) -> int:
    client = kopru.Client(config)
    return sum(ad.get("stock") or 0 for ad in client.pages("tedbul.ads.list", {"show": 50}))


def first_price(client: kopru.Client) -> Decimal | None:
    result = client.call("tedbul.ads.list")
    price: Decimal | None = result["items"][0].get("price")
    return price


def create_ad(client: kopru.Client, barcode: str) -> str:
    ad: kopru.types.TedbulAdsCreateParams = {
        "productBarcode": barcode,
        "productName": "Mug",
        "stock": 10,
        "price": Decimal("12.50"),
        "expiration": date(2027, 1, 31),
        "status": kopru.codes.TedbulAdStatus.AKTIF,
    }
    client.call("tedbul.ads.create", ad)
    label: str = kopru.codes.TedbulAdStatus(2).label
    return label


def any_operation(client: kopru.Client, op: str) -> dict[str, Any]:
    return client.call(op, {"page": 1})


def drive_by_hand(session: kopru.Session, now_ms: int) -> dict[str, Any] | None:
    step = session.start("erp.products.list", {"per_page": 10}, now_ms)
    request = step.get("send")
    if request is None:
        return None
    url: str = request["url"]
    step = session.receive({"status": 200, "headers": [["X-Url", url]], "body": "{}"}, now_ms)
    step = session.transport_failed("connection reset", False, now_ms)
    return session.export_state()


def describe(error: kopru.KopruError) -> str:
    paths = [item["path"] for item in error.errors]
    status: int | None = error.status
    retry: int | None = error.retry_after_ms
    details = f"{status} {retry} {error.vendor_code} {error.body} {error.path} {error.code}"
    return f"{error.kind}: {error.message} {paths} {details}"


def handle(op: str) -> str:
    try:
        kopru.Client({"service": "tedbul", "sandbox": True}).call(op, {"stock": 1})
    except kopru.ValidationError as error:
        return describe(error)
    except (kopru.ApiError, kopru.AuthError, kopru.RateLimitedError) as error:
        return describe(error)
    except (kopru.TransportError, kopru.DecodeError, kopru.ConfigError) as error:
        return describe(error)
    return kopru.__version__
