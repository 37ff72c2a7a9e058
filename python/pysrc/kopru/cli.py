"""The ``kopru`` command.

``kopru call OP PARAMS_JSON [--config FILE]`` runs one operation and prints its result as
JSON (money as decimal strings); on failure it prints the error as JSON to stderr and exits 1.
Without ``--config`` it talks to the in-process sandbox of the operation's service.

``kopru demo`` is the main job on the in-process sandbox: ERP catalogue and stock to Entegra
and Tedbul, a second sync sending only the changes, marketplace orders back as ERP documents.
It uses nothing but the public API, like any other script would.

``kopru sync --config FILE`` does the same against real services (``kopru._sync_command``
documents the file).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from . import Client, ConfigError, KopruError, __version__, sandbox_config
from ._demo import run
from ._sync_command import run as run_sync

ERROR_FIELDS = (
    "kind",
    "message",
    "errors",
    "status",
    "vendor_code",
    "body",
    "retry_after_ms",
    "path",
    "code",
)


def to_json(value: Any) -> str:
    """JSON text with ``Decimal`` money written as decimal strings."""

    def plain(item: Any) -> Any:
        if isinstance(item, Decimal):
            return str(item)
        raise TypeError(f"{type(item).__name__} is not JSON")

    return json.dumps(value, ensure_ascii=False, indent=2, default=plain)


def error_json(error: KopruError) -> dict[str, Any]:
    """The error's fields as a dict, leaving out the ones that are not set."""
    fields = {name: getattr(error, name, None) for name in ERROR_FIELDS}
    return {name: value for name, value in fields.items() if value not in (None, [])}


def command_call(op: str, params_text: str, config_file: str | None) -> int:
    """``kopru call``: run one operation and print its result."""
    try:
        params: Any = json.loads(params_text, parse_float=Decimal)
    except json.JSONDecodeError as problem:
        print(f"kopru: PARAMS_JSON is not JSON: {problem}", file=sys.stderr)
        return 2
    if config_file is not None:
        try:
            with open(config_file, encoding="utf-8") as handle:
                config: dict[str, Any] = json.load(handle)
        except (OSError, json.JSONDecodeError) as problem:
            print(f"kopru: cannot read the config file: {problem}", file=sys.stderr)
            return 2
    else:
        service = op.split(".", 1)[0]
        try:
            config = sandbox_config(service)
        except ConfigError:
            print(f"kopru: {op} needs --config (no sandbox default for {service!r})", file=sys.stderr)
            return 2
    try:
        result = Client(config).call(op, params)
    except KopruError as error:
        print(to_json(error_json(error)), file=sys.stderr)
        return 1
    print(to_json(result))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kopru`` console command."""
    parser = argparse.ArgumentParser(
        prog="kopru", description="Entegra, Tedbul and ERP operations from the command line."
    )
    parser.add_argument("--version", action="version", version=f"kopru {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    call = commands.add_parser("call", help="run one operation and print its result as JSON")
    call.add_argument("op", help="operation name, e.g. entegra.products.list")
    call.add_argument("params", nargs="?", default="{}", help="parameters as a JSON object (default {})")
    call.add_argument(
        "--config", help="config JSON file (default: the in-process sandbox of the op's service)"
    )
    commands.add_parser("demo", help="sync and import orders on the in-process sandbox, with a report")
    sync = commands.add_parser("sync", help="sync the ERP to Entegra/Tedbul and import their orders")
    sync.add_argument("--config", required=True, help="sync config JSON file (see the README)")
    sync.add_argument("--job", choices=("all", "catalogue", "orders"), default="all", help="what to run")
    sync.add_argument("--marketplace", choices=("entegra", "tedbul"), help="only this marketplace")
    args = parser.parse_args(argv)
    if args.command == "call":
        return command_call(args.op, args.params, args.config)
    if args.command == "sync":
        return run_sync(args.config, args.job, args.marketplace)
    return run()
