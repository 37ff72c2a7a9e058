#!/usr/bin/env bash
# Builds the C# library of kopru with mono's mcs: OUT_DIR/Kopru.Net.dll (namespace
# Kopru, AnyCPU, .NET Framework 4.x profile; runs on the .NET Framework, mono and
# .NET Core) and its XML documentation OUT_DIR/Kopru.Net.xml. Put the native
# library for the process's architecture (kopru.dll, libkopru.so) beside the app.
#
#   ffi/csharp/build.sh OUT_DIR
set -euo pipefail
out="${1:?usage: ffi/csharp/build.sh OUT_DIR}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$out"
mcs -nologo -warn:4 -warnaserror -optimize+ -target:library -doc:"$out/Kopru.Net.xml" \
    -out:"$out/Kopru.Net.dll" "$here"/*.cs
