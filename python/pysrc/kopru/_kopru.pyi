"""Types of the native part of kopru (``kopru._kopru``), re-exported by ``kopru``."""

from typing import Any

from typing_extensions import NotRequired, TypedDict, final

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
    "__version__",
    "sandbox_config",
]

__version__: str

class _FieldError(TypedDict):
    path: str
    message: str

class _Request(TypedDict):
    method: str
    url: str
    headers: list[list[str]]
    body: str | None

class _Response(TypedDict):
    status: int
    headers: NotRequired[list[list[str]] | list[tuple[str, str]] | dict[str, str]]
    body: NotRequired[str | bytes | None]

class _Step(TypedDict, total=False):
    send: _Request
    after_ms: int
    done: Any

@final
class Session:
    """The sans-IO session: it says which request to send and reads the response; it does no
    I/O and reads no clock (``now_ms`` is Unix time in milliseconds)."""

    def __new__(cls, config: dict[str, Any], state: dict[str, Any] | None = None) -> Session: ...
    def start(self, op: str, params: dict[str, Any] | None, now_ms: int) -> _Step:
        """Starts an operation: ``{"send": request, "after_ms"?}`` or ``{"done": result}``."""
    def receive(self, response: _Response, now_ms: int) -> _Step:
        """Hands back the response to the last request: the next step."""
    def transport_failed(self, message: str, timed_out: bool, now_ms: int) -> _Step:
        """Reports that the last request got no response: a retry step or a TransportError."""
    def export_state(self) -> dict[str, Any]:
        """The tokens and quota counters (secret-bearing), for ``Session(config, state)``."""

@final
class Client:
    """The bundled blocking client (HTTPS, or the in-process sandbox with ``"sandbox": True``).
    Calls release the GIL while they wait; a client may be shared between threads."""

    def __new__(cls, config: dict[str, Any]) -> Client: ...
    def call(self, op: str, params: dict[str, Any] | None = None) -> Any:
        """Runs one operation and returns its result (money as ``decimal.Decimal``)."""
    def pages(self, op: str, params: dict[str, Any] | None = None) -> Pages:
        """Iterates every item of a paginated list, one page at a time."""
    def export_state(self) -> dict[str, Any]:
        """The tokens and quota counters (secret-bearing)."""

@final
class Pages:
    """The iterator ``Client.pages`` returns."""

    def __iter__(self) -> Pages: ...
    def __next__(self) -> Any: ...

class KopruError(Exception):
    """Base class of every error kopru raises; ``kind`` tells which one."""

    kind: str
    message: str
    errors: list[_FieldError]
    status: int | None
    vendor_code: str | None
    body: str | None
    retry_after_ms: int | None
    path: str | None
    code: int | None

class ValidationError(KopruError):
    """The parameters did not pass validation; ``errors`` lists every problem with its path."""

class ApiError(KopruError):
    """The service answered with an error (``status``, ``vendor_code``, ``body``)."""

class AuthError(KopruError):
    """Logging in failed or the service refused the credentials."""

class RateLimitedError(KopruError):
    """A quota was reached; ``retry_after_ms`` tells when to try again when known."""

class TransportError(KopruError):
    """No answer came: connection failure, timeout or TLS failure."""

class DecodeError(KopruError):
    """The answer did not have the documented shape; ``path`` names the field."""

class ConfigError(KopruError):
    """The configuration is not usable."""

def sandbox_config(service: str) -> dict[str, Any]:
    """A config for the in-process sandbox of ``service``, with the sandbox's own account."""
