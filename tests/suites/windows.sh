#!/usr/bin/env bash
# The Windows suite: kopru.dll for 64-bit (x86_64-pc-windows-gnu) and 32-bit
# (i686-pc-windows-gnu) Windows, built with mingw-w64, and tested under wine, each in
# its own prefix under tests/.build/windows (never in the repository):
#
# - the DLL's import table holds system DLLs only and every function of include/kopru.h
#   is exported under its plain (cdecl) name;
# - every C test of tests/c (except the panic test, which needs a test-only build),
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

root="$(kopru_root)"
build="$(kopru_build_dir)/windows"
mkdir -p "$build"

# Adds the rustup targets, mingw-w64 and wine (64- and 32-bit) when missing.
ensure_windows_toolchain() {
    local target packages=()
    for target in x86_64-pc-windows-gnu i686-pc-windows-gnu; do
        if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
            log "installing rustup target $target"
            _kopru_quiet_install "rustup-$target" rustup target add "$target"
        fi
    done
    command -v x86_64-w64-mingw32-gcc >/dev/null || packages+=(gcc-mingw-w64-x86-64)
    command -v i686-w64-mingw32-gcc >/dev/null || packages+=(gcc-mingw-w64-i686)
    dpkg -s wine64 >/dev/null 2>&1 && command -v wine >/dev/null || packages+=(wine wine64)
    if ((${#packages[@]} > 0)); then
        log "installing ${packages[*]} (apt)"
        _kopru_apt_install "${packages[@]}"
    fi
    if ! dpkg -s wine32:i386 >/dev/null 2>&1; then
        if ! dpkg --print-foreign-architectures | grep -qx i386; then
            log "adding the i386 architecture (apt then upgrades some amd64 packages to match)"
            _kopru_as_root dpkg --add-architecture i386
            rm -f "${TMPDIR:-/tmp}/kopru-apt-updated"
        fi
        log "installing wine32:i386 (apt)"
        _kopru_apt_install wine32:i386
    fi
}

# Prints a Linux path as wine's Windows path (Z: is the Linux root).
windows_path() {
    local path
    path="$(realpath "$1")"
    printf 'Z:%s\n' "${path//\//\\}"
}

# Checks the DLL's import table (system DLLs only) and export table (every function
# of include/kopru.h under its plain name); prints both.
check_dll_tables() {
    local dll=$1 objdump=$2 tables imports exports missing=() name
    tables="$("$objdump" -p "$dll")"
    imports="$(awk '/DLL Name:/ {print $3}' <<<"$tables" | sort -u)"
    echo "kopru.dll imports: $(tr '\n' ' ' <<<"$imports")"
    while read -r name; do
        [[ ${name,,} =~ ^(kernel32|ntdll|bcryptprimitives|ws2_32|advapi32|userenv|msvcrt|bcrypt|crypt32|secur32|ole32|oleaut32|shell32|api-ms-win-[a-z0-9-]+)\.dll$ ]] ||
            die "kopru.dll imports $name, which is not a system DLL (ship it or link it statically)"
    done <<<"$imports"
    exports="$(awk '/\[Ordinal\/Name Pointer\] Table/ {on = 1; next} on && NF == 0 {exit} on {print $NF}' <<<"$tables")"
    while read -r name; do
        grep -qx "$name" <<<"$exports" || missing+=("$name")
    done < <(grep -oE '\bkopru_[a-z_]+\(' "$root/include/kopru.h" | tr -d '(' | sort -u)
    ((${#missing[@]} == 0)) || die "kopru.dll does not export ${missing[*]} under their plain names"
    echo "kopru.dll exports all $(grep -c . <<<"$exports") functions of include/kopru.h under their plain cdecl names"
}

# Creates the wine prefix DIR (WINEARCH win64 or win32) when missing, reporting Windows
# 10, with the test-only bcryptprimitives.dll stand-in built by CC.
ensure_prefix() {
    local prefix=$1 winearch=$2 cc=$3 shim_dir
    shim_dir="$prefix.shim"
    if [[ ! -f $prefix/system.reg ]]; then
        log "creating the $winearch wine prefix tests/.build/windows/$(basename "$prefix") (about 1.3 GB, once)"
        rm -rf "$prefix"
        WINEPREFIX=$prefix WINEARCH=$winearch wineboot -i >"$prefix.log" 2>&1 || {
            tail -n 20 "$prefix.log" >&2
            die "wineboot failed"
        }
        WINEPREFIX=$prefix WINEARCH=$winearch wine winecfg -v win10 >>"$prefix.log" 2>&1 ||
            die "winecfg -v win10 failed"
    fi
    mkdir -p "$shim_dir"
    "$cc" -O2 -Wall -Werror -shared -Wl,--enable-stdcall-fixup -o "$shim_dir/bcryptprimitives.dll" \
        "$root/tests/windows/bcryptprimitives_shim.c" "$root/tests/windows/bcryptprimitives.def" -ladvapi32
    cp "$shim_dir/bcryptprimitives.dll" "$prefix/drive_c/windows/system32/"
}

# Runs a Windows program under wine in the current architecture's prefix.
wine_run() {
    WINEPREFIX=$prefix WINEARCH=$winearch timeout 900 wine "$@"
}

# The arguments of each C test (Windows paths); none for the others.
c_test_args() {
    case $1 in
    catalogue | sync) windows_path "$root/tests/operations.json" ;;
    vectors) windows_path "$root/tests/vectors" ;;
    bad_input) windows_path "$root/tests/bad-input" ;;
    esac
}

# Builds and runs everything for one architecture: x64 or x86.
run_arch() {
    local arch=$1 target cc runtime dll_dir dll c_dir cs_dir src name args exe started
    case $arch in
    x64) target=x86_64-pc-windows-gnu cc=x86_64-w64-mingw32-gcc winearch=win64 ;;
    x86) target=i686-pc-windows-gnu cc=i686-w64-mingw32-gcc winearch=win32 ;;
    esac
    runtime=$arch
    prefix="$build/wine-$arch"
    dll_dir="$(kopru_target_dir)/$target/release"
    dll="$dll_dir/kopru.dll"

    log "cargo build --release -p kopru-ffi --target $target"
    started=$(date +%s)
    (cd "$root" && cargo build --quiet --release -p kopru-ffi --target "$target")
    echo "kopru.dll ($arch, $target): $(stat -c %s "$dll") bytes ($("${cc%gcc}strip" -o "$build/kopru-$arch.stripped.dll" "$dll" && stat -c %s "$build/kopru-$arch.stripped.dll") stripped)," \
        "import library libkopru.dll.a $(stat -c %s "$dll_dir/libkopru.dll.a") bytes; cargo took $(($(date +%s) - started)) s"
    check_dll_tables "$dll" "${cc%gcc}objdump"

    ensure_prefix "$prefix" "$winearch" "$cc"
    kopru_at_exit "WINEPREFIX='$prefix' wineserver -k 2>/dev/null || true"
    echo "wine: $(wine --version), prefix $winearch reporting $(wine_run cmd /c ver 2>/dev/null | tr -d '\r' | grep -m1 . || echo '?')"

    c_dir="$build/$arch/c"
    mkdir -p "$c_dir"
    cp "$dll" "$c_dir/"
    for src in "$root"/tests/c/*.c; do
        name="$(basename "$src" .c)"
        case $name in json | http | portable | panic) continue ;; esac
        grep -q 'int main(' "$src" || continue
        local extra=()
        grep -q '#include "http.h"' "$src" && extra+=("$root/tests/c/http.c")
        "$cc" -std=c11 -O1 -Wall -Wextra -Werror -I "$root/include" -I "$root/tests/c" -o "$c_dir/$name.exe" "$src" \
            "$root/tests/c/json.c" "$root/tests/c/portable.c" "${extra[@]}" -L "$dll_dir" -l:libkopru.dll.a -lws2_32
        args="$(c_test_args "$name")"
        log "wine tests/.build/windows/$arch/c/$name.exe ${args}"
        exe="$c_dir/$name.exe"
        (cd "$c_dir" && wine_run "$exe" ${args:+"$args"}) || die "$name.exe failed under wine ($arch)"
    done

    ensure_dotnet_windows "$runtime"
    cs_dir="$build/$arch/csharp"
    csharp_stage "$cs_dir" "$dll" netcoreapp2.1 2.1.8
    log "wine dotnet.exe ($arch .NET Core 2.1.8 for Windows): kopru-tests.exe, quickstart.exe with the $arch kopru.dll"
    (cd "$cs_dir" && csharp_run_all "$(windows_path "$root/tests")" wine_run "$DOTNET_WINDOWS" exec \
        --runtimeconfig kopru-tests.runtimeconfig.json) || die "the C# suite failed on the $arch Windows CLR"
}

ensure_windows_toolchain
csharp_build
start_sandbox_server
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" DOTNET_CLI_TELEMETRY_OPTOUT=1
for arch in x64 x86; do
    run_arch "$arch" 2>&1 | tee "$build/$arch.log"
done

echo "windows suite, per architecture (every C test and the C# suite under wine):"
for arch in x64 x86; do
    tr -d '\r' <"$build/$arch.log" | awk -v arch="$arch" '
        /^kopru.dll \(/ { size = $4 }
        /^C# runtime: / { clr = $3 " " $4 " " $5 " " $6 }
        /^C[^:]*: [0-9]+ passed, [0-9]+ failed$/ && !/bad input [a-z]/ {
            n = split($0, parts, ": "); split(parts[n], counts, " ")
            if ($1 == "C#") { cs_pass += counts[1]; cs_fail += counts[3] } else { c_pass += counts[1]; c_fail += counts[3] }
        }
        END { printf "  %s: kopru.dll %s bytes; C tests %d passed, %d failed; C# on %s %d passed, %d failed\n",
              arch, size, c_pass, c_fail, clr, cs_pass, cs_fail }'
done
