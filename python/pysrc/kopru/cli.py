"""The ``kopru`` command.

``kopru ops`` lists the operations of the core's table and ``kopru describe OP`` explains one
(parameters, rules, an example that works on the sandbox). ``kopru call OP PARAMS_JSON
[--config FILE]`` runs one operation and prints its result as JSON (money as decimal strings);
on failure it prints the error as JSON to stderr. Without ``--config`` it talks to the
in-process sandbox of the operation's service.

``kopru demo`` is the main job on the in-process sandbox: ERP catalogue and stock to Entegra
and Tedbul, a second sync sending only the changes, marketplace orders back as ERP documents.
It uses nothing but the public API, like any other script would.

``kopru sync --config FILE`` does the same against real services (``kopru._sync_command``
documents the file) and appends each run to ``state_dir/history.jsonl``; ``kopru report
--state-dir DIR --out report.html`` turns that history into one self-contained HTML page.
``kopru sync --dry-run`` and ``kopru call --dry-run`` show what would be sent and send nothing
(``kopru._dry_run_command``).

Every subcommand takes ``--json`` (machine-readable output on stdout), ``--log-level`` and
``--log-format text|json`` (logs and progress lines go to stderr).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import Client, ConfigError, KopruError, __version__, describe_operation, operations, sandbox_config
from . import _dry_run_command as dry_run
from . import _history as history
from ._demo import run
from ._html_report import render
from ._logging import FORMATS, LEVELS, configure
from ._report import table
from ._sync_command import EXIT_GUARDED, EXIT_LOCKED
from ._sync_command import _refuse as refuse
from ._sync_command import run as run_sync

LOG = logging.getLogger("kopru.cli")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

EXIT_STATUSES = f"""exit statuses:
  {EXIT_OK}    everything went through
  {EXIT_FAILED}    something failed: the operation's error (call), a request, an acknowledgement
       or a whole marketplace (sync; the next run resends what was not confirmed)
  {EXIT_USAGE}    bad usage: unknown subcommand or operation, parameters that are not JSON,
       an unreadable or invalid config file, no history to report
  {EXIT_LOCKED}    locked (sync): another kopru sync held the state_dir for all of lock_wait_ms
  {EXIT_GUARDED}    guarded (sync): the guard against mass changes stopped a catalogue sync before
       anything was sent; check the plan, then rerun with --accept-plan PLAN_ID
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C)"""

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


def to_json(value: Any, compact: bool = False) -> str:
    """JSON text with ``Decimal`` money written as decimal strings."""

    def plain(item: Any) -> Any:
        if isinstance(item, Decimal):
            return str(item)
        raise TypeError(f"{type(item).__name__} is not JSON")

    return json.dumps(value, ensure_ascii=False, indent=None if compact else 2, default=plain)


def error_json(error: KopruError) -> dict[str, Any]:
    """The error's fields as a dict, leaving out the ones that are not set."""
    fields = {name: getattr(error, name, None) for name in ERROR_FIELDS}
    return {name: value for name, value in fields.items() if value not in (None, [])}


def command_call(
    op: str, params_text: str, config_file: str | None, as_json: bool = False, preview: bool = False
) -> int:
    """``kopru call``: run one operation and print its result; with ``preview`` (``--dry-run``)
    print the request it would send instead, sending nothing."""
    try:
        params: Any = json.loads(params_text, parse_float=Decimal)
    except json.JSONDecodeError as problem:
        print(f"kopru: PARAMS_JSON is not JSON: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if config_file is not None:
        try:
            with open(config_file, encoding="utf-8") as handle:
                config: dict[str, Any] = json.load(handle)
        except (OSError, json.JSONDecodeError) as problem:
            print(f"kopru: cannot read the config file: {problem}", file=sys.stderr)
            return EXIT_USAGE
    else:
        service = op.split(".", 1)[0]
        try:
            config = sandbox_config(service)
        except ConfigError:
            print(f"kopru: {op} needs --config (no sandbox default for {service!r})", file=sys.stderr)
            return EXIT_USAGE
    if preview:
        try:
            request = dry_run.preview_call(config, op, params)
        except KopruError as error:
            print(to_json(error_json(error), as_json), file=sys.stderr)
            return EXIT_FAILED
        print(to_json(request, as_json) if as_json else dry_run.request_text(request))
        return EXIT_OK
    try:
        result = Client(config).call(op, params)
    except KopruError as error:
        print(to_json(error_json(error), as_json), file=sys.stderr)
        return EXIT_FAILED
    print(to_json(result, as_json))
    return EXIT_OK


def command_ops(service: str | None, as_json: bool) -> int:
    """``kopru ops``: the operations of the core's table."""
    rows = [row for row in operations() if service in (None, row["service"])]
    if as_json:
        print(to_json(rows))
        return EXIT_OK
    columns = [("operation", "name"), ("method", "method"), ("path", "path"), ("what it does", "summary")]
    print(table(rows, columns, indent=""))
    print(f"\n{len(rows)} operations. `kopru describe OP` shows one with its parameters and an example.")
    return EXIT_OK


def _field_lines(fields: Sequence[dict[str, Any]], depth: int = 1) -> list[str]:
    lines = []
    for field in fields:
        need = "required" if field.get("required") else "optional"
        default = f", default {field['default']!r}" if "default" in field else ""
        doc = f" — {field['doc']}" if field.get("doc") else ""
        lines.append(f"{'  ' * depth}{field['name']}: {field['type']} ({need}{default}){doc}")
        lines.extend(_field_lines(field.get("fields") or [], depth + 1))
    return lines


def command_describe(name: str, as_json: bool) -> int:
    """``kopru describe OP``: one operation's parameters and an example."""
    try:
        described = describe_operation(name)
    except ConfigError as problem:
        known = [row["name"] for row in operations() if row["name"].startswith(name.split(".", 1)[0] + ".")]
        hint = f" Operations of that service: {', '.join(known)}" if known else ""
        print(f"kopru: {problem.message}.{hint}", file=sys.stderr)
        return EXIT_USAGE
    if as_json:
        print(to_json(described))
        return EXIT_OK
    where = (
        "computed locally, nothing is sent"
        if described["local"]
        else f"{described['method']} {described['path']}"
    )
    print(f"{described['name']}  ({described['service']}; {where})")
    print(f"  {described['summary']}")
    traits = [
        "a page of a list (kopru pages through it)" if described["paginated"] else "",
        "safe to repeat (retried after timeouts and 5xx)"
        if described["idempotent"]
        else "never repeated blindly",
    ]
    print(f"  {'; '.join(trait for trait in traits if trait)}.")
    print("\nparameters" + (" (unknown fields are passed through):" if described["open"] else ":"))
    print("\n".join(_field_lines(described["params"])) or "  none")
    if described["result"]:
        print("\nresult fields:")
        print("\n".join(_field_lines(described["result"])))
    example = to_json(described["example"], compact=True)
    print(f"\nexample (works on the sandbox):\n  kopru call {described['name']} '{example}'")
    return EXIT_OK


def command_report(state_dir: str, out: str, as_json: bool) -> int:
    """``kopru report``: the history of a state_dir as one HTML page."""
    folder = Path(state_dir)
    runs, unreadable = history.read(folder)
    if not runs:
        print(f"kopru report: no runs in {history.path_in(folder)} (run `kopru sync` first)", file=sys.stderr)
        return EXIT_USAGE
    page = render(runs, str(history.path_in(folder)), unreadable)
    target = Path(out)
    target.write_text(page, encoding="utf-8")
    waiting = sum(
        len((entry.get("orders") or {}).get("unresolved") or []) for entry in runs[-1].get("marketplaces", [])
    )
    summary = {
        "out": str(target),
        "runs": len(runs),
        "unreadable": unreadable,
        "last_status": runs[-1].get("status"),
    }
    if as_json:
        print(to_json(summary))
    else:
        last = summary["last_status"]
        print(f"wrote {target}: {len(runs)} runs, last status {last}, {waiting} unresolved order lines")
    return EXIT_OK


def command_demo(state_dir: str | None, as_json: bool) -> int:
    """``kopru demo``; with ``--json`` the demo's text goes to stderr and stdout gets its status."""
    if not as_json:
        return run(state_dir)
    with contextlib.redirect_stdout(sys.stderr):
        status = run(state_dir)
    print(to_json({"status": status}))
    return status


def parser() -> argparse.ArgumentParser:
    """The command line: subcommands with the shared options."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--json", action="store_true", help="machine-readable JSON on stdout")
    shared.add_argument("--log-level", choices=LEVELS, default="info", help="least important log level shown")
    shared.add_argument(
        "--log-format", choices=FORMATS, default="text", help="logs as text or one JSON a line"
    )
    top = argparse.ArgumentParser(
        prog="kopru",
        description="Entegra, Tedbul and ERP operations from the command line.",
        epilog=EXIT_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"kopru {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            parents=[shared],
            help=summary,
            description=summary,
            epilog=EXIT_STATUSES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    ops = command("ops", "list the operations (name, method, path, what it does)")
    ops.add_argument("--service", choices=("entegra", "erp", "tedbul"), help="only this service's operations")
    describe = command("describe", "show one operation's parameters and an example")
    describe.add_argument("op", help="operation name, e.g. tedbul.ads.create")
    call = command("call", "run one operation and print its result as JSON")
    call.add_argument("op", help="operation name, e.g. entegra.products.list")
    call.add_argument("params", nargs="?", default="{}", help="parameters as a JSON object (default {})")
    call.add_argument(
        "--config", help="config JSON file (default: the in-process sandbox of the op's service)"
    )
    call.add_argument(
        "--dry-run",
        action="store_true",
        help="print the request it would send (secrets hidden) and send nothing, not even a login",
    )
    demo = command("demo", "sync and import orders on the in-process sandbox, with a report")
    demo.add_argument(
        "--state-dir", help="also append the demo's runs to DIR/history.jsonl (for `kopru report`)"
    )
    sync = command("sync", "sync the ERP to Entegra/Tedbul and import their orders")
    sync.add_argument("--config", required=True, help="sync config JSON file (see the README)")
    sync.add_argument("--job", choices=("all", "catalogue", "orders"), default="all", help="what to run")
    sync.add_argument("--marketplace", choices=("entegra", "tedbul"), help="only this marketplace")
    sync.add_argument(
        "--accept-plan",
        metavar="PLAN_ID",
        help="let through the catalogue plan the guard stopped with this plan_id (only that plan)",
    )
    sync.add_argument(
        "--dry-run",
        action="store_true",
        help="read and plan, send and save nothing: requests and items per endpoint, then each "
        "item's change (now -> after, largest first); no history line",
    )
    report = command("report", "write the run history of a state_dir as one HTML page")
    report.add_argument(
        "--state-dir", required=True, help="the state_dir of `kopru sync` (holds history.jsonl)"
    )
    report.add_argument("--out", default="report.html", help="the HTML file to write (default report.html)")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kopru`` console command."""
    args = parser().parse_args(argv)
    configure(args.log_level, args.log_format)
    try:
        if args.command == "ops":
            return command_ops(args.service, args.json)
        if args.command == "describe":
            return command_describe(args.op, args.json)
        if args.command == "call":
            return command_call(args.op, args.params, args.config, args.json, args.dry_run)
        if args.command == "sync" and args.dry_run:
            return dry_run.run_sync(args.config, args.job, args.marketplace, args.json, refuse)
        if args.command == "sync":
            return run_sync(
                args.config, args.job, args.marketplace, as_json=args.json, accept_plan=args.accept_plan
            )
        if args.command == "report":
            return command_report(args.state_dir, args.out, args.json)
        return command_demo(args.state_dir, args.json)
    except KeyboardInterrupt:
        LOG.error("interrupted")
        return EXIT_INTERRUPTED
