"""The installed package itself: where it comes from, what it exports."""

from __future__ import annotations

from pathlib import Path

import kopru
import pytest
from support import ROOT


def test_tests_run_against_the_installed_package() -> None:
    location = Path(kopru.__file__).resolve()
    assert ROOT / "python" not in location.parents, f"kopru was imported from the source tree: {location}"
    assert "site-packages" in location.parts


def test_public_surface() -> None:
    assert sorted(kopru.__all__) == sorted(
        [
            "ApiError",
            "AuthError",
            "Client",
            "ConfigError",
            "DecodeError",
            "GuardedError",
            "KopruError",
            "LockedError",
            "Pages",
            "RateLimitedError",
            "Session",
            "TransportError",
            "ValidationError",
            "__version__",
            "codes",
            "describe_operation",
            "import_orders",
            "operations",
            "quota_limits",
            "sandbox_config",
            "sync_catalogue",
        ]
    )
    for name in kopru.__all__:
        assert hasattr(kopru, name)
    assert kopru.__version__.count(".") == 2


def test_the_operation_table_and_quota_limits_come_from_the_core() -> None:
    names = [row["name"] for row in kopru.operations()]
    assert "tedbul.ads.create" in names and len(names) == len(set(names))
    assert kopru.describe_operation("tedbul.ads.create")["method"] == "POST"
    with pytest.raises(kopru.ConfigError):
        kopru.describe_operation("tedbul.ads.crate")
    entegra = {"service": "entegra", "credentials": {"email": "e@x.dev", "password": "p"}}
    assert kopru.quota_limits(entegra) == {"per_day": 20000, "per_hour": 7200}
    assert kopru.quota_limits({**entegra, "quota": {"per_day": 5}})["per_day"] == 5


def test_sandbox_config_comes_from_the_core() -> None:
    config = kopru.sandbox_config("tedbul")
    assert config["sandbox"] is True
    assert set(config["credentials"]) == {"username", "password", "secretkey"}
    assert kopru.Client(config).call("tedbul.ads.list")["total"] >= 2
    with pytest.raises(kopru.ConfigError):
        kopru.sandbox_config("nope")


def test_typing_marker_and_stubs_are_installed() -> None:
    package = Path(kopru.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_kopru.pyi").is_file()


def test_native_module_is_abi3() -> None:
    native = [path.name for path in Path(kopru.__file__).parent.iterdir() if path.name.startswith("_kopru.")]
    assert any(name.endswith(".abi3.so") or name.endswith(".pyd") for name in native), native
