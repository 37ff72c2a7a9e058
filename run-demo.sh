#!/usr/bin/env bash
# Runs the kopru demo on a fresh machine: creates .venv when missing, installs the
# package from ./python (pip fetches maturin and builds the Rust extension; needs cargo),
# then runs `kopru demo`. Running it again reinstalls only when the sources changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

stamp=.venv/.kopru-installed
log=.venv/kopru-install.log
if [[ ! -x .venv/bin/python ]]; then
    python3 -m venv .venv
fi
if [[ ! -x .venv/bin/kopru || ! -f $stamp ||
    -n $(find python core Cargo.toml Cargo.lock -newer "$stamp" -not -path '*/__pycache__*' -print -quit) ]]; then
    echo "installing kopru into .venv (the first build takes a few minutes)..." >&2
    if ! .venv/bin/python -m pip install --disable-pip-version-check --force-reinstall --no-deps ./python >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        echo "run-demo.sh: installing kopru failed (full log: $log)" >&2
        exit 1
    fi
    touch "$stamp"
fi
exec .venv/bin/kopru demo
