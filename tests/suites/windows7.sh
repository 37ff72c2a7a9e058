#!/usr/bin/env bash
# The suite of kopru.dll for Windows 7, 8.1 and Server 2012 R2 hosts: the tier-3
# targets x86_64-win7-windows-gnu and i686-win7-windows-gnu, built with nightly Rust
# and -Z build-std (rust-src is added when missing). Their import tables must not ask
# for what only Windows 10 has (bcryptprimitives.dll!ProcessPrng, WaitOnAddress). Each
# is tested in a wine prefix that reports Windows 7 and has no bcryptprimitives.dll:
# first the regular Windows 10 DLL must fail to load there (the prefix really lacks
# it), then every C test and the C# suite (x64 and x86 Windows .NET Core runtimes)
# run against the win7 DLL.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
. "$(dirname "${BASH_SOURCE[0]}")/../lib/csharp.sh"
. "$(dirname "${BASH_SOURCE[0]}")/../lib/windows.sh"

root="$(kopru_root)"
build="$(windows_build_dir)"

# Builds, checks and tests the win7 kopru.dll for one architecture: x64 or x86.
run_arch() {
    local arch=$1 target regular tools winearch dll env_target started
    case $arch in
    x64) target=x86_64-win7-windows-gnu regular=x86_64-pc-windows-gnu tools=x86_64-w64-mingw32- winearch=win64 ;;
    x86) target=i686-win7-windows-gnu regular=i686-pc-windows-gnu tools=i686-w64-mingw32- winearch=win32 ;;
    esac
    dll="$(kopru_target_dir)/$target/release/kopru.dll"
    env_target="${target//-/_}"
    log "cargo +nightly build --release -p kopru-ffi --target $target -Z build-std=std,panic_unwind"
    started=$(date +%s)
    (cd "$root" && env "CC_$env_target=${tools}gcc" "AR_$env_target=${tools}ar" \
        "CARGO_TARGET_${env_target^^}_LINKER=${tools}gcc" \
        cargo +nightly build --quiet --release -p kopru-ffi --target "$target" -Z build-std=std,panic_unwind)
    echo "cargo build took $(($(date +%s) - started)) s"
    check_dll "$arch-win7" "$dll" "$tools"
    if dll_imports "$dll" "${tools}objdump" | grep -qiE '^(bcryptprimitives|api-ms-win-core-synch-l1-2-0)\.dll$'; then
        die "the win7 kopru.dll imports what only Windows 10 has"
    fi
    echo "the win7 kopru.dll imports neither bcryptprimitives.dll nor api-ms-win-core-synch-l1-2-0.dll"

    WINE_PREFIX="$build/wine-win7-$arch" WINE_ARCH=$winearch
    ensure_prefix "$WINE_PREFIX" "$WINE_ARCH" win7
    [[ ! -e $WINE_PREFIX/drive_c/windows/system32/bcryptprimitives.dll ]] ||
        die "the win7 prefix has a bcryptprimitives.dll"
    log "the Windows 10 kopru.dll ($regular) must not load in this prefix"
    (cd "$root" && cargo build --quiet --release -p kopru-ffi --target "$regular")
    windows_c_control "${tools}gcc" "$(kopru_target_dir)/$regular/release/kopru.dll" "$build/win7-$arch/control"
    windows_c_tests "${tools}gcc" "$dll" "$build/win7-$arch/c"
    windows_csharp_tests "$arch" "$dll" "$build/win7-$arch/csharp"
    WINEPREFIX=$WINE_PREFIX wineserver -k 2>/dev/null || true
}

# Links tests/c/secrets.c to DLL and checks that it cannot start under wine_run.
windows_c_control() {
    local cc=$1 dll=$2 dir=$3
    mkdir -p "$dir"
    cp "$dll" "$dir/"
    "$cc" -std=c11 -O1 -I "$root/include" -I "$root/tests/c" -o "$dir/secrets.exe" "$root/tests/c/secrets.c" \
        -L "$(dirname "$dll")" -l:libkopru.dll.a
    if (cd "$dir" && wine_run "$dir/secrets.exe" >"$dir/out.txt" 2>&1); then
        die "the Windows 10 kopru.dll loaded in the win7 prefix: the control proves nothing"
    fi
    echo "control: the Windows 10 kopru.dll does not load there (as on a real Windows 7)"
}

ensure_windows_toolchain
ensure_build_std
csharp_build
start_sandbox_server
for arch in x64 x86; do
    run_arch "$arch" 2>&1 | tee "$build/win7-$arch.log"
done

echo "windows7 suite, per architecture (every C test and the C# suite under wine reporting Windows 7):"
for arch in x64 x86; do
    windows_summary "$arch-win7" "$build/win7-$arch.log"
done
