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
            "KopruError",
            "Pages",
            "RateLimitedError",
            "Session",
            "TransportError",
            "ValidationError",
            "__version__",
            "codes",
            "import_orders",
            "sandbox_config",
            "sync_catalogue",
        ]
    )
    for name in kopru.__all__:
        assert hasattr(kopru, name)
    assert kopru.__version__.count(".") == 2


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
