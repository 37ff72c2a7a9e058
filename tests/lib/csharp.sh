# shellcheck shell=bash
# The C# builds and runtimes shared by the csharp and windows suites. Source it after
# tests/lib/common.sh. Everything is built or downloaded once and reused:
#
#   csharp_build               Kopru.Net.dll (ffi/csharp), kopru-tests.exe and the README
#                              quickstart, into tests/.build/csharp (AnyCPU: every CLR runs them)
#   ensure_dotnetcore_linux    .NET Core 3.1 for Linux (PyPI dotnetcore2) in tests/.tools; sets DOTNET_LINUX
#   ensure_dotnet_windows ARCH Microsoft's .NET Core 2.1 for Windows, ARCH x86 or x64 (npm), in
#                              tests/.tools; sets DOTNET_WINDOWS (the path of its dotnet.exe)
#   csharp_stage DIR NATIVE TFM VERSION
#                              copies the built assemblies and the native library NATIVE into DIR
#                              and writes runtimeconfig files for a .NET Core TFM/VERSION
#   csharp_run_all TESTS_ROOT RUNNER...
#                              runs kopru-tests.exe (sandbox, vectors, codes) and quickstart.exe
#                              from the current folder with RUNNER (e.g. `mono --debug`)

if [[ -n ${_KOPRU_CSHARP_SH:-} ]]; then
    return 0
fi
_KOPRU_CSHARP_SH=1

# Where csharp_build puts its outputs.
csharp_out() {
    printf '%s\n' "$(kopru_build_dir)/csharp"
}

# True when $1 is missing or older than any of the other files.
_csharp_stale() {
    local target=$1 file
    shift
    [[ -f $target ]] || return 0
    for file in "$@"; do
        [[ $file -nt $target ]] && return 0
    done
    return 1
}

# Prints the first ```csharp block under the README heading "### C# quickstart".
csharp_readme_quickstart() {
    awk '
        /^### C# quickstart/ { in_section = 1; next }
        in_section && /^#/ { exit }
        in_section && /^```csharp$/ { in_code = 1; next }
        in_code && /^```$/ { exit }
        in_code { print }
    ' "$(kopru_root)/README.md"
}

# Builds Kopru.Net.dll, kopru-tests.exe and quickstart.exe with mcs when their sources changed.
csharp_build() {
    local root out lib_sources test_sources quickstart
    root="$(kopru_root)"
    out="$(csharp_out)"
    mkdir -p "$out"
    ensure_mono
    if [[ ! -f /usr/lib/mono/4.5/System.Net.Http.dll ]]; then
        log "installing libmono-system-net-http4.0-cil (apt: HttpClient for the session test)"
        _kopru_apt_install libmono-system-net-http4.0-cil
    fi
    lib_sources=("$root"/ffi/csharp/*.cs)
    test_sources=("$root"/tests/csharp/*.cs)
    if _csharp_stale "$out/Kopru.Net.dll" "${lib_sources[@]}" "$root/ffi/csharp/build.sh"; then
        log "ffi/csharp/build.sh (mcs: Kopru.Net.dll and Kopru.Net.xml)"
        "$root/ffi/csharp/build.sh" "$out"
    fi
    if _csharp_stale "$out/kopru-tests.exe" "$out/Kopru.Net.dll" "${test_sources[@]}"; then
        log "mcs tests/csharp/*.cs -r:Kopru.Net.dll"
        mcs -nologo -warn:4 -warnaserror -r:"$out/Kopru.Net.dll" -r:System.Net.Http -out:"$out/kopru-tests.exe" \
            "${test_sources[@]}"
    fi
    quickstart="$(csharp_readme_quickstart)"
    [[ -n $quickstart ]] || die "README.md has no \`\`\`csharp block under '### C# quickstart'"
    if [[ ! -f $out/quickstart.cs || $(cat "$out/quickstart.cs") != "$quickstart" ]] ||
        _csharp_stale "$out/quickstart.exe" "$out/Kopru.Net.dll" "$out/quickstart.cs"; then
        printf '%s\n' "$quickstart" >"$out/quickstart.cs"
        log "mcs quickstart.cs (the C# quickstart of README.md)"
        mcs -nologo -warn:4 -warnaserror -r:"$out/Kopru.Net.dll" -out:"$out/quickstart.exe" "$out/quickstart.cs"
    fi
}

# Copies Kopru.Net.dll, kopru-tests.exe, quickstart.exe and the native library into DIR
# and writes their runtimeconfig.json for .NET Core (framework TFM, VERSION).
csharp_stage() {
    local dir=$1 native=$2 tfm=$3 version=$4 out name
    out="$(csharp_out)"
    mkdir -p "$dir"
    cp "$out/Kopru.Net.dll" "$out/kopru-tests.exe" "$out/quickstart.exe" "$native" "$dir/"
    for name in kopru-tests quickstart; do
        printf '{"runtimeOptions":{"tfm":"%s","framework":{"name":"Microsoft.NETCore.App","version":"%s"}}}\n' \
            "$tfm" "$version" >"$dir/$name.runtimeconfig.json"
    done
}

# Downloads Microsoft's .NET Core 3.1 runtime for Linux (PyPI dotnetcore2, unpacked, not
# installed) into tests/.tools/dotnetcore2-3.1.23; exports DOTNET_LINUX (its dotnet).
ensure_dotnetcore_linux() {
    local dir
    dir="$(kopru_root)/tests/.tools/dotnetcore2-3.1.23"
    if [[ ! -x $dir/dotnetcore2/bin/dotnet ]]; then
        log "downloading .NET Core 3.1.23 for Linux (PyPI dotnetcore2) into tests/.tools"
        rm -rf "$dir" && mkdir -p "$dir/download"
        _kopru_quiet_install dotnetcore2 python3 -m pip download --quiet --no-deps -d "$dir/download" \
            dotnetcore2==3.1.23
        python3 -m zipfile -e "$dir"/download/dotnetcore2-*.whl "$dir" || die "unpacking dotnetcore2 failed"
        chmod +x "$dir/dotnetcore2/bin/dotnet"
    fi
    DOTNET_LINUX="$dir/dotnetcore2/bin/dotnet"
    export DOTNET_LINUX
}

# Downloads Microsoft's .NET Core 2.1.8 runtime for Windows (npm dotnet-2.1-win-ia32 for
# x86, dotnet-2.1-win-x64 for x64) into tests/.tools/dotnet-win; exports DOTNET_WINDOWS.
ensure_dotnet_windows() {
    local arch=$1 package dir
    case $arch in
    x86) package=dotnet-2.1-win-ia32 ;;
    x64) package=dotnet-2.1-win-x64 ;;
    *) die "ensure_dotnet_windows: no runtime for '$arch'" ;;
    esac
    dir="$(kopru_root)/tests/.tools/dotnet-win/$package-2.1.1007"
    if [[ ! -f $dir/package/dotnet.exe ]]; then
        log "downloading .NET Core 2.1.8 for Windows $arch (npm $package@2.1.1007) into tests/.tools"
        rm -rf "$dir" && mkdir -p "$dir"
        (cd "$dir" && _kopru_quiet_install "$package" npm pack --silent "$package@2.1.1007" &&
            tar xzf "$package-2.1.1007.tgz" && rm -f "$package-2.1.1007.tgz") ||
            die "downloading $package failed"
    fi
    DOTNET_WINDOWS="$dir/package/dotnet.exe"
    export DOTNET_WINDOWS
}

# Runs kopru-tests.exe (sandbox, vectors, codes) and quickstart.exe from the current folder
# with the runner given after TESTS_ROOT (the repository's tests folder as the runtime
# sees it: a Z:\ path under wine); checks what the quickstart printed.
csharp_run_all() {
    local tests_root=$1 sep=/ said
    shift
    [[ $tests_root == [A-Za-z]:* ]] && sep='\\'
    # Each step checked by hand: callers run this inside `cd DIR && …`, where set -e is off.
    "$@" kopru-tests.exe sandbox || die "C# tests failed"
    "$@" kopru-tests.exe vectors "$tests_root${sep}vectors" || die "C# vectors failed"
    "$@" kopru-tests.exe vectors "$tests_root${sep}vectors${sep}dialect" || die "C# dialect vectors failed"
    "$@" kopru-tests.exe codes "$tests_root${sep}..${sep}include${sep}kopru.h" || die "C# result codes failed"
    said="$("$@" quickstart.exe | tr -d '\r')" || die "the README quickstart failed: $said"
    grep -q '"ItemCode"' <<<"$said" && grep -q '^list\[0\]\.productCode: ' <<<"$said" ||
        die "the README quickstart printed something else: $said"
    echo "C# README quickstart: ran, $(wc -l <<<"$said") lines, the validation error named list[0].productCode"
}
