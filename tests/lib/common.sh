# shellcheck shell=bash
# Shared helpers for the test suites. Source it from a suite script:
#
#   . "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
#
# Every ensure_* helper is idempotent: it says nothing when the tool is already
# there in the right version and prints one line when it installs something.
# Cleanup at exit goes through kopru_at_exit (never a bare `trap ... EXIT`, which
# would replace the cleanup registered here, such as stopping the sandbox server).

if [[ -n ${_KOPRU_COMMON_SH:-} ]]; then
    return 0
fi
_KOPRU_COMMON_SH=1

_KOPRU_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Tools installed by `cargo install` live here; a CI environment may not have it on PATH.
if [[ -d ${CARGO_HOME:-$HOME/.cargo}/bin && :$PATH: != *":${CARGO_HOME:-$HOME/.cargo}/bin:"* ]]; then
    PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
    export PATH
fi

# Prints the repository root (absolute path).
kopru_root() {
    printf '%s\n' "$_KOPRU_ROOT"
}

# Prints one progress line on stdout.
log() {
    printf '==> %s\n' "$*"
}

# Prints an error line on stderr and exits the calling script with status 1.
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Prints the folder for build outputs and logs of the test scripts (git-ignored).
kopru_build_dir() {
    mkdir -p "$_KOPRU_ROOT/tests/.build"
    printf '%s\n' "$_KOPRU_ROOT/tests/.build"
}

# Prints cargo's target folder.
kopru_target_dir() {
    printf '%s\n' "${CARGO_TARGET_DIR:-$_KOPRU_ROOT/target}"
}

_KOPRU_EXIT_HOOKS=()
_KOPRU_EXIT_TRAP_SET=

_kopru_run_exit_hooks() {
    local rc=$? i
    for ((i = ${#_KOPRU_EXIT_HOOKS[@]} - 1; i >= 0; i--)); do
        KOPRU_EXIT_STATUS=$rc eval "${_KOPRU_EXIT_HOOKS[i]}" || true
    done
    return "$rc"
}

# Registers a shell command to run when the script exits (last registered runs
# first). The command sees the script's exit status in $KOPRU_EXIT_STATUS. An EXIT
# trap that was set before the first call is kept and runs last.
kopru_at_exit() {
    local hook=$1
    if [[ -z $_KOPRU_EXIT_TRAP_SET ]]; then
        local previous
        previous="$(trap -p EXIT)"
        if [[ -n $previous ]]; then
            eval "set -- $previous"
            _KOPRU_EXIT_HOOKS+=("$3")
        fi
        trap _kopru_run_exit_hooks EXIT
        # Without these, a TERM or INT would end bash without running the EXIT trap.
        [[ -n $(trap -p TERM) ]] || trap 'exit 143' TERM
        [[ -n $(trap -p INT) ]] || trap 'exit 130' INT
        _KOPRU_EXIT_TRAP_SET=1
    fi
    _KOPRU_EXIT_HOOKS+=("$hook")
}

# Runs a command as root (directly when already root, otherwise through sudo).
_kopru_as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    else
        sudo "$@"
    fi
}

# Runs `apt-get update` at most once every 6 hours across all suites of a run.
_kopru_apt_update() {
    local stamp="${TMPDIR:-/tmp}/kopru-apt-updated"
    if [[ -z $(find "$stamp" -mmin -360 2>/dev/null) ]]; then
        _kopru_as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=1200 update -qq >/dev/null ||
            die "apt-get update failed"
        touch "$stamp"
    fi
}

# Installs Debian packages non-interactively, quietly.
_kopru_apt_install() {
    _kopru_apt_update
    local out
    out="$(kopru_build_dir)/apt-install.log"
    if ! _kopru_as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=1200 install -y -q --no-install-recommends "$@" >"$out" 2>&1; then
        tail -n 30 "$out" >&2
        die "apt-get install $* failed"
    fi
}

# Runs a long install command with its output in a log file; shows the log's tail on failure.
_kopru_quiet_install() {
    local name=$1
    shift
    local out
    out="$(kopru_build_dir)/install-$name.log"
    if ! "$@" >"$out" 2>&1; then
        tail -n 40 "$out" >&2
        die "installing $name failed (full log: $out)"
    fi
}

# Adds nightly's rust-src (for -Z build-std: the win7 DLLs, the WebAssembly modules) when missing.
ensure_build_std() {
    rustc +nightly --version >/dev/null 2>&1 || die "the nightly toolchain is missing (rustup toolchain install nightly)"
    if ! rustup component list --installed --toolchain nightly 2>/dev/null | grep -qx 'rust-src'; then
        log "installing rust-src for nightly (for -Z build-std)"
        _kopru_quiet_install rust-src rustup component add rust-src --toolchain nightly
    fi
}

# Adds the rustup target wasm32-unknown-unknown when it is missing.
ensure_wasm_target() {
    if ! rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown'; then
        log "installing rustup target wasm32-unknown-unknown"
        _kopru_quiet_install wasm32-target rustup target add wasm32-unknown-unknown
    fi
}

# Prints the version of a package pinned in Cargo.lock (the first one if several).
_kopru_lock_version() {
    awk -v name="$1" '
        /^\[\[package\]\]/ { in_pkg = 0 }
        $0 == "name = \"" name "\"" { in_pkg = 1; next }
        in_pkg && /^version = / { gsub(/"/, "", $3); print $3; exit }
    ' "$_KOPRU_ROOT/Cargo.lock"
}

# Installs wasm-bindgen-cli in exactly the version of the wasm-bindgen crate in
# Cargo.lock, when `wasm-bindgen --version` says otherwise. No --locked: one of the
# CLI's locked dependencies is missing from the index.
ensure_wasm_bindgen() {
    local want have
    want="$(_kopru_lock_version wasm-bindgen)"
    [[ -n $want ]] || die "wasm-bindgen is not in Cargo.lock"
    have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
    if [[ $have != "$want" ]]; then
        log "installing wasm-bindgen-cli $want (takes several minutes)"
        _kopru_quiet_install wasm-bindgen-cli cargo install wasm-bindgen-cli --version "$want"
    fi
}

# Installs cbindgen 0.29.4 (the version the header drift check uses) when missing or different.
ensure_cbindgen() {
    local want=0.29.4 have
    have="$(cbindgen --version 2>/dev/null | awk '{print $2}' || true)"
    if [[ $have != "$want" ]]; then
        log "installing cbindgen $want"
        _kopru_quiet_install cbindgen cargo install cbindgen --version "$want"
    fi
}

# Installs binaryen 132 from npm under tests/.tools (Debian's binaryen emits modules
# that fail to load) and exports WASM_OPT with the path of its wasm-opt.
ensure_binaryen() {
    local prefix="$_KOPRU_ROOT/tests/.tools"
    local bin="$prefix/node_modules/.bin/wasm-opt"
    if ! "$bin" --version 2>/dev/null | grep -q 'version 132\b'; then
        log "installing binaryen@132 (npm) into tests/.tools"
        mkdir -p "$prefix"
        _kopru_quiet_install binaryen npm install --prefix "$prefix" --no-audit --no-fund binaryen@132
    fi
    export WASM_OPT="$bin"
}

# Installs esbuild 0.28.2 from npm under tests/.tools (wasm/build.sh strips the
# package's JavaScript with it) and exports ESBUILD with the path of its binary.
ensure_esbuild() {
    local prefix="$_KOPRU_ROOT/tests/.tools"
    local bin="$prefix/node_modules/.bin/esbuild"
    if [[ $("$bin" --version 2>/dev/null) != 0.28.2 ]]; then
        log "installing esbuild@0.28.2 (npm) into tests/.tools"
        mkdir -p "$prefix"
        _kopru_quiet_install esbuild npm install --prefix "$prefix" --no-audit --no-fund esbuild@0.28.2
    fi
    export ESBUILD="$bin"
}

# Installs the Mono C# compiler and runtime when mcs or mono is missing.
ensure_mono() {
    if ! command -v mcs >/dev/null || ! command -v mono >/dev/null; then
        log "installing mono-mcs mono-runtime (apt)"
        _kopru_apt_install mono-mcs mono-runtime
    fi
}

# Installs strace when missing (the fsync-before-create test of the Python suite).
ensure_strace() {
    if ! command -v strace >/dev/null; then
        log "installing strace (apt)"
        _kopru_apt_install strace
    fi
}

# Installs Debian's Chromium and ChromeDriver when missing; exports CHROMEDRIVER.
ensure_chromium() {
    if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
        log "installing chromium chromium-driver (apt)"
        _kopru_apt_install chromium chromium-driver
    fi
    CHROMEDRIVER="$(command -v chromedriver)"
    export CHROMEDRIVER
}

_kopru_stop_sandbox_server() {
    if [[ -n ${_KOPRU_SANDBOX_PID:-} ]]; then
        kill "$_KOPRU_SANDBOX_PID" 2>/dev/null
        wait "$_KOPRU_SANDBOX_PID" 2>/dev/null
        if [[ ${KOPRU_EXIT_STATUS:-0} -ne 0 && -s ${_KOPRU_SANDBOX_ERR:-} ]]; then
            echo "--- sandbox server stderr (last lines) ---" >&2
            tail -n 20 "$_KOPRU_SANDBOX_ERR" >&2
        fi
        _KOPRU_SANDBOX_PID=
    fi
}

# Builds and starts the loopback sandbox server on a free port, exports
# KOPRU_SANDBOX_URL (http://127.0.0.1:PORT, services under /entegra, /erp and
# /tedbul) and stops the server when the script exits. A second call does nothing.
start_sandbox_server() {
    if [[ -n ${_KOPRU_SANDBOX_PID:-} ]]; then
        return 0
    fi
    local build bin out url i
    build="$(kopru_build_dir)"
    (cd "$_KOPRU_ROOT" && cargo build --quiet -p kopru-sandbox-server) ||
        die "building kopru-sandbox-server failed"
    bin="$(kopru_target_dir)/debug/kopru-sandbox-server"
    out="$(mktemp "$build/sandbox-server.XXXXXX.out")"
    _KOPRU_SANDBOX_ERR="${out%.out}.err"
    "$bin" --port 0 </dev/null >"$out" 2>"$_KOPRU_SANDBOX_ERR" &
    _KOPRU_SANDBOX_PID=$!
    kopru_at_exit "_kopru_stop_sandbox_server; rm -f '$out' '$_KOPRU_SANDBOX_ERR'"
    url=
    for ((i = 0; i < 100; i++)); do
        if IFS= read -r line <"$out" && [[ $line == "listening "* ]]; then
            url="${line#listening }"
            break
        fi
        kill -0 "$_KOPRU_SANDBOX_PID" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -z $url ]]; then
        cat "$_KOPRU_SANDBOX_ERR" >&2
        die "the sandbox server did not start"
    fi
    export KOPRU_SANDBOX_URL="$url"
    log "sandbox server at $KOPRU_SANDBOX_URL"
}
