#!/usr/bin/env bash
# The C# suite: builds libkopru and the C# library ffi/csharp (Kopru.Net.dll) with mcs,
# the C# tests (which use only that library) and the README's C# quickstart; then runs
# them on mono and on Microsoft's .NET Core 3.1 for Linux (PyPI dotnetcore2): the
# operations against the loopback sandbox server, every conformance vector through
# the session, the result codes against include/kopru.h, and the quickstart.
# The same assemblies run on the Windows CLRs in the windows suite.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
. "$(dirname "${BASH_SOURCE[0]}")/../lib/csharp.sh"

root="$(kopru_root)"
lib_dir="$(kopru_target_dir)/debug"

log "cargo build -p kopru-ffi -p kopru-sandbox-server"
(cd "$root" && cargo build --quiet -p kopru-ffi -p kopru-sandbox-server)
csharp_build
out="$(csharp_out)"
ensure_dotnetcore_linux
start_sandbox_server

log "mono: kopru-tests.exe (sandbox, vectors, codes) and quickstart.exe against libkopru.so"
export LD_LIBRARY_PATH="$lib_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
(cd "$out" && csharp_run_all "$root/tests" mono --debug)

log ".NET Core 3.1 for Linux: the same assemblies against libkopru.so"
core_dir="$(kopru_build_dir)/csharp-coreclr"
csharp_stage "$core_dir" "$lib_dir/libkopru.so" netcoreapp3.1 3.1.23
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
(cd "$core_dir" && csharp_run_all "$root/tests" "$DOTNET_LINUX" exec --runtimeconfig kopru-tests.runtimeconfig.json)
