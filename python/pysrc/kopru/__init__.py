"""kopru: one client for Entegra, Tedbul and an ERP, over a sans-IO Rust core.

``Client(config).call(op, params)`` runs an operation (``"entegra.products.list"``,
``"tedbul.ads.create"``, ...) and returns its result; ``Client.pages`` iterates every item of
a list; ``Session`` is the same logic without I/O for callers with their own HTTP stack.
Money comes back as ``decimal.Decimal``; every failure is a ``KopruError`` subclass.
``kopru.codes`` holds the vendors' code tables as enums; ``kopru.types`` the ``TypedDict`` of every
operation's parameters and result, for type checkers (both generated from the core's tables).
"""

from . import codes
from ._kopru import (
    ApiError,
    AuthError,
    Client,
    ConfigError,
    DecodeError,
    KopruError,
    Pages,
    RateLimitedError,
    Session,
    TransportError,
    ValidationError,
    __version__,
    sandbox_config,
)

__all__ = [
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
    "codes",
    "sandbox_config",
    "__version__",
]
