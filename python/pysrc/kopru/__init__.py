"""kopru: one client for Entegra, Tedbul and an ERP, over a sans-IO Rust core.

``Client(config).call(op, params)`` runs an operation (``"entegra.products.list"``,
``"tedbul.ads.create"``, ...) and returns its result; ``Client.pages`` iterates every item of
a list; ``Session`` is the same logic without I/O for callers with their own HTTP stack.
Money comes back as ``decimal.Decimal``; every failure is a ``KopruError`` subclass.
``sync_catalogue`` brings Entegra or Tedbul up to date with the ERP's products and stock, and
``import_orders`` hands the marketplace's new orders to an importer as ERP documents (the core's
sync runner, resumable from a state file after a crash).
``operations()`` lists the core's operation table and ``describe_operation(name)`` explains one.
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
    GuardedError,
    KopruError,
    LockedError,
    Pages,
    RateLimitedError,
    Session,
    TransportError,
    ValidationError,
    __version__,
    describe_operation,
    import_orders,
    operations,
    quota_limits,
    sandbox_config,
    sync_catalogue,
)

__all__ = [
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
    "codes",
    "describe_operation",
    "import_orders",
    "operations",
    "quota_limits",
    "sandbox_config",
    "sync_catalogue",
    "__version__",
]
