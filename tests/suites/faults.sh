#!/usr/bin/env bash
# The fault scenario: the operations of tests/faults/mix.json through the Python, JavaScript
# and C clients, each against a fresh loopback sandbox server with its fault knobs on (5xx,
# 429 with Retry-After, answers cut mid-body, bodies slower than the timeout, dropped
# connections, tokens expiring every N requests). Each driver prints its report and fails
# when a write was duplicated or lost, or an error was not typed. Last, the Python driver
# plays a careless caller who re-sends creates after transport errors: it must fail.
#
# Reuses what the other suites built: the venv of the python suite when its kopru is newer
# than the sources (else installs ./python into it), and wasm/pkg when the node suite
# built it from the current sources.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
root="$(kopru_root)"
build="$(kopru_build_dir)"
cd "$root"

command -v node >/dev/null || die "node (>= 18) is needed for the faults suite"

log "cargo build -p kopru-ffi -p kopru-sandbox-server"
cargo build --quiet -p kopru-ffi -p kopru-sandbox-server

venv="$build/python-venv"
installed="$(find "$venv/lib" -path '*/site-packages/kopru/_kopru*.so' 2>/dev/null | head -n 1 || true)"
if [[ -z $installed ]] || [[ -n $(find Cargo.toml Cargo.lock core/Cargo.toml core/src core/blocking python \
    -path python/target -prune -o -type f -newer "$installed" -print 2>/dev/null | head -n 1) ]]; then
    [[ -x $venv/bin/python ]] || python3 -m venv "$venv"
    log "pip install ./python into $venv (maturin builds kopru-python)"
    if ! "$venv/bin/python" -m pip --disable-pip-version-check install --quiet --force-reinstall --no-deps \
        "$root/python" >"$build/faults-pip.log" 2>&1; then
        tail -n 40 "$build/faults-pip.log" >&2
        die "pip install ./python failed (full log: $build/faults-pip.log)"
    fi
else
    log "reusing the kopru installed in $venv (newer than its sources)"
fi

bash tests/js/package.sh --reuse

lib_dir="$(kopru_target_dir)/debug"
log "gcc tests/faults/scenario.c (linked to libkopru.so)"
gcc -std=c11 -O1 -Wall -Wextra -Werror -I include -I tests/c -o "$build/faults-scenario" \
    tests/faults/scenario.c tests/c/json.c tests/c/http.c -L "$lib_dir" -lkopru -Wl,-rpath,"$lib_dir" -lpthread

# Runs one driver against a fresh server of its own, stopped when the driver ends.
run_driver() {
    local name=$1
    shift
    echo
    log "fault scenario: $name"
    bash -c '. tests/lib/common.sh && start_sandbox_server >/dev/null && "$@"' faults "$@"
}

status=0
run_driver python "$venv/bin/python" tests/faults/scenario.py || status=1
run_driver js node tests/faults/scenario.mjs || status=1
run_driver c "$build/faults-scenario" "" tests/faults/mix.json || status=1

if careless="$(run_driver "python, re-sending creates (must find duplicates)" \
    "$venv/bin/python" tests/faults/scenario.py --operations 300 --resend-creates)"; then
    printf '%s\n' "$careless"
    echo "error: a caller re-sending creates went unnoticed" >&2
    status=1
else
    echo
    grep -E '^==>|^duplicated writes' <<<"$careless"
    grep -Eq '^duplicated writes: [1-9]' <<<"$careless" || status=1
fi
exit "$status"
