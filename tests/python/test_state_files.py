"""Failure paths of the state files (issue 10), with real processes against the loopback
sandbox server: processes sharing one session ``state_file`` log in once and never fail
spuriously; overlapping ``kopru sync`` runs never create or deliver twice (the second waits
or exits with status 3); an unusable ``state_file`` is refused before anything is sent; a
save that fails after the call returns the server's result with a warning; a corrupt
session state is moved aside; the sync state is fsynced before a create goes out (strace)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import kopru
import pytest
from support import LoopbackServer
from test_cli import kopru_command
from test_sync_command import place_entegra_order, write_config

PROCESSES = 5
CALLS = 200

# One process of the shared-state test: waits for a byte on stdin (so all start together),
# makes its client, runs the calls and prints {"ok", "errors", "warnings"} as JSON.
CHILD = """
import json, sys
import kopru
config = json.loads(sys.argv[1])
sys.stdin.read(1)
client = kopru.Client(config)
ok = errors = warnings = 0
for _ in range(int(sys.argv[2])):
    try:
        result = client.call("tedbul.ads.list", {})
    except kopru.KopruError as error:
        errors += 1
        print(repr(error), file=sys.stderr)
        continue
    ok += 1
    warnings += len(result.get("warnings", []))
print(json.dumps({"ok": ok, "errors": errors, "warnings": warnings}))
"""


def test_processes_sharing_a_state_file_log_in_once(server: LoopbackServer, tmp_path: Path) -> None:
    config = server.config("tedbul", state_file=str(tmp_path / "tedbul.session.json"))
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, json.dumps(config), str(CALLS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    for child in children:
        assert child.stdin is not None
        child.stdin.write("g")
        child.stdin.flush()
    totals = {"ok": 0, "errors": 0, "warnings": 0}
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        for key, value in json.loads(out).items():
            totals[key] += value
    stats = server.stats()["tedbul"]
    print(f"{PROCESSES} processes x {CALLS} calls: {stats['logins']} logins, {totals}")
    assert totals == {"ok": PROCESSES * CALLS, "errors": 0, "warnings": 0}
    assert stats["logins"] == 1
    assert stats["requests"] == PROCESSES * CALLS + 1
    assert not list(tmp_path.glob("*.tmp")), "no temporary file left behind"


@pytest.mark.parametrize("name", ["empty", "folder", "device", "missing folder"])
def test_an_unusable_state_file_is_refused_before_anything_is_sent(
    server: LoopbackServer, tmp_path: Path, name: str
) -> None:
    path = {
        "empty": "",
        "folder": str(tmp_path),
        "device": "/dev/zero",
        "missing folder": str(tmp_path / "no" / "s.json"),
    }
    with pytest.raises(kopru.ConfigError, match="state_file|folder|write"):
        kopru.Client(server.config("tedbul", state_file=path[name]))
    assert server.stats()["tedbul"]["requests"] == 0


def test_a_failed_save_returns_the_servers_result_with_a_warning(
    server: LoopbackServer, tmp_path: Path
) -> None:
    folder = tmp_path / "state"
    folder.mkdir()
    client = kopru.Client(server.config("tedbul", state_file=str(folder / "tedbul.json")))
    shutil.rmtree(folder)
    ad = {"productBarcode": "8690000000017", "productName": "Deneme", "stock": 5, "price": "100.00"}
    ad["expiration"] = "2027-12-31"
    created = client.call("tedbul.ads.create", ad)
    assert created["adsId"], created
    assert [warning["kind"] for warning in created["warnings"]] == ["state_not_saved"]
    assert "tedbul.json" in created["warnings"][0]["message"]
    assert server.stats()["tedbul"]["paths"]["POST /api/ads/createAds"]["applied"] == 1
    folder.mkdir()
    listed = client.call("tedbul.ads.list", {})
    assert "warnings" not in listed, "the next call saved again"
    assert json.loads((folder / "tedbul.json").read_text(encoding="utf-8"))["access_token"]


def test_a_corrupt_session_state_is_moved_aside(server: LoopbackServer, tmp_path: Path) -> None:
    path = tmp_path / "entegra.json"
    path.write_text("{not json", encoding="utf-8")
    result = kopru.Client(server.config("entegra", state_file=str(path))).call(
        "entegra.products.list", {"page": 1}
    )
    assert [warning["kind"] for warning in result["warnings"]] == ["state_corrupt"]
    moved = list(tmp_path.glob("entegra.json.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_text(encoding="utf-8") == "{not json"
    assert json.loads(path.read_text(encoding="utf-8"))["access_token"]


def test_a_corrupt_sync_state_stops_the_run(server: LoopbackServer, tmp_path: Path) -> None:
    path = tmp_path / "entegra.catalogue.json"
    path.write_text('{"marketplace": "ente', encoding="utf-8")
    entegra = kopru.Client(server.config("entegra"))
    with pytest.raises(kopru.ConfigError, match="corrupt"):
        kopru.sync_catalogue(entegra, snapshot={"products": [], "inventory": []}, state_file=path)
    assert path.read_text(encoding="utf-8") == '{"marketplace": "ente'
    assert server.stats()["entegra"]["requests"] == 0


def test_a_state_file_path_the_os_cannot_take_is_a_config_error(server: LoopbackServer) -> None:
    entegra = kopru.Client(server.config("entegra"))
    with pytest.raises(kopru.ConfigError, match="state_file"):
        kopru.sync_catalogue(entegra, snapshot={"products": []}, state_file="\ud800")


def start_sync(config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [kopru_command(), "sync", "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_lock_holder(lock: Path, pid: int) -> None:
    """Waits (at most 60 s) until ``lock`` names ``pid``: that run holds the state_dir."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text(encoding="ascii").strip() == str(pid):
            return
        time.sleep(0.01)
    pytest.fail(f"pid {pid} never took {lock}")


def set_config(path: Path, **changes: Any) -> None:
    config = json.loads(path.read_text(encoding="utf-8"))
    config.update(changes)
    path.write_text(json.dumps(config), encoding="utf-8")


LOGINS = ("POST /api/user/token/", "POST /api/auth")


def repeated_writes(server: LoopbackServer) -> dict[str, int]:
    """Business writes the server saw again after applying them (logins repeat by nature)."""
    stats = server.stats()
    return {
        f"{service} {path}": counts["repeated"]
        for service in ("entegra", "tedbul")
        for path, counts in stats[service]["paths"].items()
        if counts["repeated"] and not path.startswith(LOGINS)
    }


def deliveries(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.suffix == ".json")


def test_an_overlapping_kopru_sync_exits_with_status_3_and_nothing_twice(
    server: LoopbackServer, tmp_path: Path
) -> None:
    config = write_config(server, tmp_path)
    place_entegra_order(server, "SHIRT-001-RED-M")
    server.faults(latency_ms=20)
    first = start_sync(config)
    wait_for_lock_holder(tmp_path / "state" / "kopru-sync.lock", first.pid)
    second = subprocess.run(
        [kopru_command(), "sync", "--config", str(config)], capture_output=True, text=True, timeout=120
    )
    first_out, first_err = first.communicate(timeout=300)
    assert second.returncode == 3, second.stdout + second.stderr
    assert f"pid {first.pid}" in second.stdout
    assert "lock_wait_ms" in second.stdout
    assert first.returncode == 0, first_out + first_err
    server.faults(latency_ms=0)
    repeated = repeated_writes(server)
    print(f"overlapping kopru sync: second exit 3; writes repeated: {repeated}")
    assert repeated == {}
    assert deliveries(tmp_path / "orders") == ["entegra-CRON-1.json"]


def test_a_kopru_sync_with_lock_wait_ms_waits_for_the_running_one(
    server: LoopbackServer, tmp_path: Path
) -> None:
    config = write_config(server, tmp_path)
    set_config(config, lock_wait_ms=300_000)
    place_entegra_order(server, "SHIRT-001-RED-M")
    server.faults(latency_ms=10)
    first = start_sync(config)
    wait_for_lock_holder(tmp_path / "state" / "kopru-sync.lock", first.pid)
    second = start_sync(config)
    first_out, _ = first.communicate(timeout=300)
    second_out, second_err = second.communicate(timeout=300)
    server.faults(latency_ms=0)
    assert first.returncode == 0, first_out
    assert second.returncode == 0, second_out + second_err
    assert re.search(r"^entegra\s+0\s", second_out, re.MULTILINE), second_out
    assert repeated_writes(server) == {}
    assert deliveries(tmp_path / "orders") == ["entegra-CRON-1.json"]


def test_sync_catalogue_on_a_locked_state_file_is_a_locked_error_naming_the_holder(
    server: LoopbackServer, tmp_path: Path
) -> None:
    state_file = tmp_path / "entegra.catalogue.json"
    entegra = kopru.Client(server.config("entegra"))
    snapshot = {"products": [], "inventory": []}
    seen: list[kopru.LockedError] = []

    def second_run(_: Any) -> None:
        if seen:
            return
        try:
            kopru.sync_catalogue(entegra, snapshot=snapshot, state_file=state_file, lock_wait_ms=50)
        except kopru.LockedError as error:
            seen.append(error)

    kopru.sync_catalogue(entegra, snapshot=snapshot, state_file=state_file, on_save=second_run)
    assert len(seen) == 1 and "another sync run is going on" in str(seen[0])
    assert f"process {os.getpid()}" in str(seen[0])
    locked = seen[0]
    assert isinstance(locked, kopru.ConfigError), "old `except kopru.ConfigError` still catches it"
    assert locked.kind == "locked"
    assert locked.holder_pid == os.getpid()
    assert locked.lock_file == str(state_file) + ".lock"


def test_the_sync_state_is_fsynced_before_a_create_is_sent(server: LoopbackServer, tmp_path: Path) -> None:
    """Runs one catalogue job under strace: the state marking the create pending must be
    fsynced (file and folder) before the POST that creates it leaves the process."""
    strace = shutil.which("strace")
    assert strace, "install strace (tests/suites/python.sh does)"
    config = write_config(server, tmp_path)
    settings = json.loads(config.read_text(encoding="utf-8"))
    del settings["tedbul"]
    config.write_text(json.dumps(settings), encoding="utf-8")
    trace = tmp_path / "strace.log"
    done = subprocess.run(
        [strace, "-f", "-y", "-s", "64", "-o", str(trace), "-e", "trace=fsync,fdatasync,rename,sendto,write"]
        + [kopru_command(), "sync", "--config", str(config), "--job", "catalogue"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    post = next(i for i, line in enumerate(lines) if '"POST /entegra/product/' in line)
    before = lines[:post]
    state_fsyncs = [
        line for line in before if re.search(r"fsync\(\d+<[^>]*entegra\.catalogue\.json[^>]*>", line)
    ]
    folder_fsyncs = [line for line in before if re.search(r"fsync\(\d+<[^>]*/state>", line)]
    renames = [line for line in before if "rename(" in line and "entegra.catalogue.json" in line]
    print(
        f"before the create: {len(state_fsyncs)} fsyncs of the sync state, "
        f"{len(folder_fsyncs)} of its folder, {len(renames)} renames"
    )
    assert state_fsyncs, "the sync state was not fsynced before the create"
    assert folder_fsyncs, "the state folder was not fsynced before the create"
    last_rename = max(i for i, line in enumerate(before) if line in renames)
    assert any(line in folder_fsyncs for line in before[last_rename:]), "the last rename is not made durable"
