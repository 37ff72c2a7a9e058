#!/usr/bin/env bash
# The Python package: builds the manylinux2014 abi3 wheel once (python/build-wheel.sh, maturin
# + zig; the wheels suite reuses it), installs it with pytest, mypy and ruff into a venv under
# tests/.build, lints the Python sources and runs tests/python against the installed package
# and the loopback sandbox server.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
root="$(kopru_root)"
build="$(kopru_build_dir)"
venv="$build/python-venv"
install_log="$build/python-install.log"

# Runs a pip command with its output in a log; shows the log's tail when it fails.
quiet_pip() {
    if ! "$venv/bin/python" -m pip --disable-pip-version-check "$@" >"$install_log" 2>&1; then
        tail -n 40 "$install_log" >&2
        die "pip $* failed (full log: $install_log)"
    fi
}

if [[ ! -x $venv/bin/python ]]; then
    log "python3 -m venv $venv"
    python3 -m venv "$venv"
fi
# Pinned: a newer mypy (stubtest) or ruff may add checks; bump these on purpose.
python_tools=(pytest==9.2.0 mypy==2.4.1 ruff==0.17.6)
log "pip install ${python_tools[*]}"
quiet_pip install --quiet "${python_tools[@]}"
wheel="$(bash "$root/python/build-wheel.sh" --reuse | tail -n 1)"
log "wheel: $(basename "$wheel")"
[[ $wheel == *-abi3-manylinux* ]] || die "the wheel is not a manylinux abi3 wheel: $wheel"
log "pip install $(basename "$wheel")"
quiet_pip install --quiet --force-reinstall --no-deps "$wheel"

log "ruff format --check, ruff check (python/pysrc, tests/python)"
ruff_config="$root/python/pyproject.toml"
"$venv/bin/ruff" format --quiet --check --config "$ruff_config" "$root/python/pysrc" "$root/tests/python"
"$venv/bin/ruff" check --quiet --config "$ruff_config" "$root/python/pysrc" "$root/tests/python"

ensure_strace
start_sandbox_server
# test_history.py renders `kopru report`'s page in headless Chromium.
ensure_chromium

log "pytest tests/python (against the installed package)"
(cd "$root/tests/python" && "$venv/bin/python" -m pytest -q)
