#!/usr/bin/env bash
# Runs python/bench.py in the bench's own venv (tests/.build/bench-venv, never the tests'):
# kopru built from this checkout in release mode (a wheel), with pydantic and msgspec
# installed for the comparisons. Arguments and KOPRU_BENCH_SIZES go to bench.py as given.
#
#   python/bench.sh
#   KOPRU_BENCH_SIZES=2000,4000 python/bench.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/tests/.build/bench-venv"
# Pinned so that figures from different days compare: bump these on purpose.
tools=(maturin==1.16.0 pydantic==2.14.4 msgspec==0.23.0)

if [[ ! -x $venv/bin/python ]]; then
    echo "==> python3 -m venv $venv" >&2
    python3 -m venv "$venv"
fi
echo "==> pip install ${tools[*]}" >&2
"$venv/bin/pip" install --quiet --disable-pip-version-check "${tools[@]}"
# A wheel installed into the venv, so that nothing is built into python/pysrc.
wheels="$root/tests/.build/bench-wheel"
rm -rf "$wheels"
echo "==> maturin build --release (kopru from $root/python)" >&2
"$venv/bin/maturin" build --quiet --release --manifest-path "$root/python/Cargo.toml" \
    --interpreter "$venv/bin/python" --out "$wheels"
"$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheels"/*.whl
exec "$venv/bin/python" "$root/python/bench.py" "$@"
