#!/usr/bin/env bash
# The Windows suite: kopru.dll for 64-bit (x86_64-pc-windows-gnu) and 32-bit
# (i686-pc-windows-gnu) Windows, built with mingw-w64, and tested under wine, each in
# its own prefix under tests/.build/windows (never in the repository):
#
# - the DLL's import table holds system DLLs only and every function of include/kopru.h
#   is exported under its plain (cdecl) name;
# - every C test of tests/c (except the panic test, which needs a test-only build; also
#   processes.c, which starts itself again with CreateProcess as its children),
#   compiled with mingw-w64 and linked by import library, also those that carry
#   requests over Winsock to the Linux loopback sandbox server;
# - the C# suite (Kopru.Net.dll, the tests, the README quickstart) on Microsoft's
#   Windows .NET Core runtime: x64 with the 64-bit DLL, x86 with the 32-bit DLL.
#
# Installs what is missing: the rustup targets, mingw-w64, wine, wine64 and wine32:i386
# (adding the i386 architecture, which makes apt upgrade amd64 packages that share
# a source with i386 ones), the npm-packaged Windows runtimes. Wine 8.0 lacks
# bcryptprimitives.dll, so a test-only stand-in (tests/windows) goes into the prefixes.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
. "$(dirname "${BASH_SOURCE[0]}")/../lib/csharp.sh"
. "$(dirname "${BASH_SOURCE[0]}")/../lib/windows.sh"

root="$(kopru_root)"
build="$(windows_build_dir)"

# Builds, checks and tests kopru.dll for one architecture: x64 or x86.
run_arch() {
    local arch=$1 target tools winearch dll started
    case $arch in
    x64) target=x86_64-pc-windows-gnu tools=x86_64-w64-mingw32- winearch=win64 ;;
    x86) target=i686-pc-windows-gnu tools=i686-w64-mingw32- winearch=win32 ;;
    esac
    dll="$(kopru_target_dir)/$target/release/kopru.dll"
    log "cargo build --release -p kopru-ffi --target $target"
    started=$(date +%s)
    (cd "$root" && cargo build --quiet --release -p kopru-ffi --target "$target")
    echo "cargo build took $(($(date +%s) - started)) s"
    check_dll "$arch" "$dll" "$tools"
    WINE_PREFIX="$build/wine-$arch" WINE_ARCH=$winearch
    ensure_prefix "$WINE_PREFIX" "$WINE_ARCH" win10 "${tools}gcc"
    windows_c_tests "${tools}gcc" "$dll" "$build/$arch/c"
    windows_csharp_tests "$arch" "$dll" "$build/$arch/csharp"
    WINEPREFIX=$WINE_PREFIX wineserver -k 2>/dev/null || true
}

ensure_windows_toolchain
csharp_build
start_sandbox_server
for arch in x64 x86; do
    run_arch "$arch" 2>&1 | tee "$build/$arch.log"
done

echo "windows suite, per architecture (every C test and the C# suite under wine):"
for arch in x64 x86; do
    windows_summary "$arch" "$build/$arch.log"
done
