#!/usr/bin/env bash
# The Python package: installs ./python (PEP 517, maturin) with pytest, mypy and ruff into a
# venv under tests/.build, lints the Python sources, runs tests/python against the installed
# package and the loopback sandbox server, then builds the abi3 wheel and prints its name.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
root="$(kopru_root)"
build="$(kopru_build_dir)"
venv="$build/python-venv"
wheels="$build/wheels"
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
log "pip install ./python (maturin builds kopru-python)"
quiet_pip install --quiet --force-reinstall --no-deps "$root/python"

log "ruff format --check, ruff check (python/pysrc, tests/python)"
ruff_config="$root/python/pyproject.toml"
"$venv/bin/ruff" format --quiet --check --config "$ruff_config" "$root/python/pysrc" "$root/tests/python"
"$venv/bin/ruff" check --quiet --config "$ruff_config" "$root/python/pysrc" "$root/tests/python"

start_sandbox_server
# test_history.py renders `kopru report`'s page in headless Chromium.
ensure_chromium

log "pytest tests/python (against the installed package)"
(cd "$root/tests/python" && "$venv/bin/python" -m pytest -q)

log "pip wheel ./python"
rm -rf "$wheels"
quiet_pip wheel --quiet --no-deps -w "$wheels" "$root/python"
wheel="$(cd "$wheels" && ls kopru-*.whl)"
log "wheel: $wheel"
[[ $wheel == *-abi3-* ]] || die "the wheel is not abi3: $wheel"
