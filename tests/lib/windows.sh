# shellcheck shell=bash
# What the windows suites share: the toolchain (rustup targets, mingw-w64, wine 64/32),
# wine prefixes under tests/.build/windows, the checks of a kopru.dll's tables, and
# running every C test and the C# suite under wine. Source it after tests/lib/common.sh
# and tests/lib/csharp.sh.

if [[ -n ${_KOPRU_WINDOWS_SH:-} ]]; then
    return 0
fi
_KOPRU_WINDOWS_SH=1

export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" DOTNET_CLI_TELEMETRY_OPTOUT=1

# Prints the folder of the windows suites' builds and wine prefixes.
windows_build_dir() {
    mkdir -p "$(kopru_build_dir)/windows"
    printf '%s\n' "$(kopru_build_dir)/windows"
}

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

# Prints the DLL names in the import table of a PE file.
dll_imports() {
    local dll=$1 objdump=$2 tables
    tables="$("$objdump" -p "$dll")"
    awk '/DLL Name:/ {print $3}' <<<"$tables" | sort -u
}

# Prints a kopru.dll's size, stripped size and import library size, then checks its
# import table (system DLLs only) and export table (every function of include/kopru.h
# under its plain cdecl name).
check_dll() {
    local label=$1 dll=$2 tool_prefix=$3 tables imports exports missing=() name stripped
    stripped="$(windows_build_dir)/kopru-$label.stripped.dll"
    "${tool_prefix}strip" -o "$stripped" "$dll"
    echo "kopru.dll ($label): $(stat -c %s "$dll") bytes ($(stat -c %s "$stripped") stripped)," \
        "import library libkopru.dll.a $(stat -c %s "$(dirname "$dll")/libkopru.dll.a") bytes"
    tables="$("${tool_prefix}objdump" -p "$dll")"
    imports="$(awk '/DLL Name:/ {print $3}' <<<"$tables" | sort -u)"
    echo "kopru.dll imports: $(tr '\n' ' ' <<<"$imports")"
    while read -r name; do
        [[ ${name,,} =~ ^(kernel32|ntdll|bcryptprimitives|ws2_32|advapi32|userenv|msvcrt|bcrypt|crypt32|ncrypt|secur32|ole32|oleaut32|shell32|api-ms-win-[a-z0-9-]+)\.dll$ ]] ||
            die "kopru.dll imports $name, which is not a system DLL (ship it or link it statically)"
    done <<<"$imports"
    exports="$(awk '/\[Ordinal\/Name Pointer\] Table/ {on = 1; next} on && NF == 0 {exit} on {print $NF}' <<<"$tables")"
    while read -r name; do
        grep -qx "$name" <<<"$exports" || missing+=("$name")
    done < <(grep -oE '\bkopru_[a-z_]+\(' "$(kopru_root)/include/kopru.h" | tr -d '(' | sort -u)
    ((${#missing[@]} == 0)) || die "kopru.dll does not export ${missing[*]} under their plain names"
    echo "kopru.dll exports all $(grep -c . <<<"$exports") functions of include/kopru.h under their plain cdecl names"
}

# Creates the wine prefix PREFIX (WINEARCH win64 or win32, reporting Windows VERSION:
# win10 or win7) when missing. With a C compiler CC, builds the test-only
# bcryptprimitives.dll stand-in (Wine 8.0 lacks it) and puts it into system32.
# Registers `wineserver -k` for the end of the script.
ensure_prefix() {
    local prefix=$1 winearch=$2 version=$3 cc=${4:-}
    if [[ ! -f $prefix/system.reg ]]; then
        log "creating the $winearch $version wine prefix tests/.build/windows/$(basename "$prefix") (about 1.3 GB, once)"
        rm -rf "$prefix"
        WINEPREFIX=$prefix WINEARCH=$winearch wineboot -i >"$prefix.log" 2>&1 || {
            tail -n 20 "$prefix.log" >&2
            die "wineboot failed"
        }
        WINEPREFIX=$prefix WINEARCH=$winearch wine winecfg -v "$version" >>"$prefix.log" 2>&1 ||
            die "winecfg -v $version failed"
    fi
    kopru_at_exit "WINEPREFIX='$prefix' wineserver -k 2>/dev/null || true"
    if [[ -n $cc ]]; then
        mkdir -p "$prefix.shim"
        "$cc" -O2 -Wall -Werror -shared -Wl,--enable-stdcall-fixup -o "$prefix.shim/bcryptprimitives.dll" \
            "$(kopru_root)/tests/windows/bcryptprimitives_shim.c" "$(kopru_root)/tests/windows/bcryptprimitives.def" \
            -ladvapi32
        cp "$prefix.shim/bcryptprimitives.dll" "$prefix/drive_c/windows/system32/"
    fi
    echo "wine: $(wine --version), prefix $(basename "$prefix") ($winearch) reporting" \
        "$(WINEPREFIX=$prefix WINEARCH=$winearch wine cmd /c ver 2>/dev/null | tr -d '\r' | grep -m1 . || echo '?')"
}

# Runs a Windows program under wine in the prefix $WINE_PREFIX ($WINE_ARCH).
wine_run() {
    WINEPREFIX=$WINE_PREFIX WINEARCH=$WINE_ARCH timeout 900 wine "$@"
}

# The arguments of each C test (Windows paths); none for the others.
_windows_c_test_args() {
    local root
    root="$(kopru_root)"
    case $1 in
    catalogue | sync) windows_path "$root/tests/operations.json" ;;
    vectors) windows_path "$root/tests/vectors" ;;
    bad_input) windows_path "$root/tests/bad-input" ;;
    esac
}

# Compiles every C test of tests/c with CC (except the panic test, which needs a
# test-only build) into DIR, linked by the import library beside DLL, and runs each
# under wine_run with DLL beside it.
windows_c_tests() {
    local cc=$1 dll=$2 dir=$3 root src name args extra
    root="$(kopru_root)"
    mkdir -p "$dir"
    cp "$dll" "$dir/"
    for src in "$root"/tests/c/*.c; do
        name="$(basename "$src" .c)"
        case $name in
        json | http | portable | panic) continue ;;
        esac
        grep -q 'int main(' "$src" || continue
        extra=()
        grep -q '#include "http.h"' "$src" && extra+=("$root/tests/c/http.c")
        "$cc" -std=c11 -O1 -Wall -Wextra -Werror -I "$root/include" -I "$root/tests/c" -o "$dir/$name.exe" "$src" \
            "$root/tests/c/json.c" "$root/tests/c/portable.c" "${extra[@]}" -L "$(dirname "$dll")" -l:libkopru.dll.a \
            -lws2_32
        args="$(_windows_c_test_args "$name")"
        log "wine ${dir#"$root"/}/$name.exe $args"
        (cd "$dir" && wine_run "$dir/$name.exe" ${args:+"$args"}) || die "$name.exe failed under wine"
    done
}

# Runs the C# suite (csharp_run_all) in DIR on the Windows .NET Core runtime of ARCH
# (x86 or x64) with DLL beside the assemblies.
windows_csharp_tests() {
    local arch=$1 dll=$2 dir=$3
    ensure_dotnet_windows "$arch"
    csharp_stage "$dir" "$dll" netcoreapp2.1 2.1.8
    log "wine dotnet.exe ($arch .NET Core 2.1.8 for Windows): kopru-tests.exe, quickstart.exe"
    (cd "$dir" && csharp_run_all "$(windows_path "$(kopru_root)/tests")" wine_run "$DOTNET_WINDOWS" exec \
        --runtimeconfig kopru-tests.runtimeconfig.json) || die "the C# suite failed on the $arch Windows CLR"
}

# Prints one line of totals for the log of one architecture's run.
windows_summary() {
    local label=$1 log_file=$2
    tr -d '\r' <"$log_file" | awk -v label="$label" '
        /^kopru.dll \(/ { size = $3 }
        /^C# runtime: / { clr = $3 " " $4 " " $5 " " $6 }
        /^C[^:]*: [0-9]+ passed, [0-9]+ failed$/ && !/bad input [a-z]/ {
            n = split($0, parts, ": "); split(parts[n], counts, " ")
            if ($1 == "C#") { cs_pass += counts[1]; cs_fail += counts[3] } else { c_pass += counts[1]; c_fail += counts[3] }
        }
        END { printf "  %s: kopru.dll %s bytes; C tests %d passed, %d failed; C# on %s %d passed, %d failed\n",
              label, size, c_pass, c_fail, clr, cs_pass, cs_fail }'
}
