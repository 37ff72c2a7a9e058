#!/usr/bin/env bash
# The C# suite: builds libkopru, compiles the C# tests with mcs and runs them on
# mono over P/Invoke against the loopback sandbox server, then runs every
# conformance vector through the session functions.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

root="$(kopru_root)"
lib_dir="$(kopru_target_dir)/debug"
out="$(kopru_build_dir)/csharp"
mkdir -p "$out"
ensure_mono

log "cargo build -p kopru-ffi -p kopru-sandbox-server"
(cd "$root" && cargo build --quiet -p kopru-ffi -p kopru-sandbox-server)

log "mcs tests/csharp/*.cs"
mcs -nologo -warn:4 -warnaserror -out:"$out/kopru-tests.exe" "$root"/tests/csharp/*.cs

start_sandbox_server

export LD_LIBRARY_PATH="$lib_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
log "mono kopru-tests.exe sandbox"
mono --debug "$out/kopru-tests.exe" sandbox
log "mono kopru-tests.exe vectors tests/vectors"
mono --debug "$out/kopru-tests.exe" vectors "$root/tests/vectors"
log "mono kopru-tests.exe vectors tests/vectors/dialect"
mono --debug "$out/kopru-tests.exe" vectors "$root/tests/vectors/dialect"
