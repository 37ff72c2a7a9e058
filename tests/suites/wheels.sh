#!/usr/bin/env bash
# Wheels an index accepts: the manylinux2014 abi3 wheel (maturin + zig, shared with the
# python suite through python/build-wheel.sh --reuse) and a win_amd64 abi3 wheel cross-built
# with mingw-w64. Checks both with abi3audit and twine, the Linux one with auditwheel, the
# Windows one statically (objdump: _kopru.pyd imports python3.dll, the stable ABI, and no
# versioned python3X.dll); installs the Linux wheel into fresh venvs of the oldest and the
# newest CPython the package supports that pyenv has, and runs tests/python against each
# (loopback sandbox server included); checks the stubs with mypy.stubtest and
# `pyright --verifytypes`, which must score 100%.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
root="$(kopru_root)"
build="$(kopru_build_dir)"
tools="$root/tests/.tools/wheel-venv"
cd "$root"

linux_wheel="$(bash python/build-wheel.sh --reuse | tail -n 1)"
windows_wheel="$(bash python/build-wheel.sh --windows --reuse | tail -n 1)"
log "wheels: $(basename "$linux_wheel") ($(stat -c %s "$linux_wheel") bytes)," \
    "$(basename "$windows_wheel") ($(stat -c %s "$windows_wheel") bytes)"
[[ $(basename "$linux_wheel") == kopru-*-cp39-abi3-manylinux2014_x86_64*.whl ]] ||
    die "not a manylinux2014 abi3 wheel: $linux_wheel"
[[ $(basename "$windows_wheel") == kopru-*-cp39-abi3-win_amd64.whl ]] || die "not a win_amd64 abi3 wheel: $windows_wheel"

log "auditwheel show"
audit="$("$tools/bin/auditwheel" show "$linux_wheel")"
echo "$audit"
# auditwheel wraps its lines: compare with the whitespace folded.
grep -q 'consistent with the following platform tag: "manylinux_2_17_x86_64"' <<<"$(tr -s ' \n' '  ' <<<"$audit")" ||
    die "auditwheel does not find the wheel consistent with manylinux_2_17 (manylinux2014)"

log "abi3audit --strict (both wheels)"
"$tools/bin/abi3audit" --strict --summary "$linux_wheel" "$windows_wheel"

log "twine check --strict (both wheels)"
"$tools/bin/twine" check --strict "$linux_wheel" "$windows_wheel"

log "objdump -p _kopru.pyd (win_amd64)"
pyd_dir="$(mktemp -d "$build/wheel-pyd.XXXXXX")"
kopru_at_exit "rm -rf '$pyd_dir'"
"$tools/bin/python" -m zipfile -e "$windows_wheel" "$pyd_dir"
headers="$(x86_64-w64-mingw32-objdump -p "$pyd_dir/kopru/_kopru.pyd")"
imports="$(sed -n 's/^\s*DLL Name: //p' <<<"$headers" | sort -u)"
echo "imports: $(tr '\n' ' ' <<<"$imports")"
grep -qx 'python3.dll' <<<"$imports" || die "_kopru.pyd does not import python3.dll"
if grep -qiE '^python3[0-9]+\.dll$' <<<"$imports"; then
    die "_kopru.pyd imports a versioned Python DLL: not abi3"
fi
grep -q 'PyInit__kopru' <<<"$headers" ||
    die "_kopru.pyd does not export PyInit__kopru"

# The oldest and the newest CPython >= 3.9 (requires-python) under pyenv; installed with
# `pyenv install` when pyenv has none of them.
pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
supported_pythons() {
    find "$pyenv_root/versions" -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null |
        grep -E '^3\.(9|[1-9][0-9])\.[0-9]+$' | sort -V
}
if [[ -z $(supported_pythons) ]]; then
    command -v pyenv >/dev/null || die "no CPython >= 3.9 under $pyenv_root and no pyenv to install one"
    log "pyenv install 3.9 3.13"
    _kopru_quiet_install pyenv-pythons pyenv install -s 3.9 3.13
fi
oldest="$(supported_pythons | head -n 1)"
newest="$(supported_pythons | tail -n 1)"
[[ $oldest != "$newest" ]] || die "only one CPython >= 3.9 under $pyenv_root ($oldest): need the oldest and the newest"

start_sandbox_server
passed_on=()
for version in "$oldest" "$newest"; do
    venv="$build/wheel-venv-$version"
    rm -rf "$venv"
    log "python $version: fresh venv, pip install $(basename "$linux_wheel") pytest mypy"
    "$pyenv_root/versions/$version/bin/python" -m venv "$venv"
    # pytest 9 and mypy 2 need Python >= 3.10; 3.9 gets the last releases that support it.
    if [[ $version == 3.9.* ]]; then test_tools=(pytest==8.4.2 mypy==1.19.1); else test_tools=(pytest==9.2.0 mypy==2.4.1); fi
    _kopru_quiet_install "wheel-venv-$version" "$venv/bin/python" -m pip --disable-pip-version-check install \
        "$linux_wheel" "${test_tools[@]}"
    log "python $version: pytest tests/python (against the installed wheel)"
    (cd tests/python && "$venv/bin/python" -m pytest -q)
    passed_on+=("$version")
done

log "mypy.stubtest kopru (python $newest)"
(cd "$build" && "$build/wheel-venv-$newest/bin/python" -m mypy.stubtest kopru)

log "pyright --verifytypes kopru --ignoreexternal (python $newest, venv activated)"
verify="$build/pyright-verifytypes.out"
set +e
(
    # pyright finds the package only through the active venv's interpreter.
    # shellcheck disable=SC1091
    . "$build/wheel-venv-$newest/bin/activate"
    cd "$build" && "$tools/bin/pyright" --verifytypes kopru --ignoreexternal
) >"$verify" 2>&1
set -e
grep -E 'Symbols exported by "kopru"|With known type|With ambiguous type|With unknown type|completeness score' "$verify" ||
    { tail -n 40 "$verify"; die "pyright --verifytypes gave no score"; }
grep -q 'Type completeness score: 100%' "$verify" || { tail -n 60 "$verify"; die "pyright --verifytypes: the score is not 100%"; }

echo "wheels: $(basename "$linux_wheel") passed tests/python on CPython ${passed_on[*]};" \
    "$(basename "$windows_wheel") checked statically; pyright $(grep -o 'Type completeness score: [0-9.]*%' "$verify")"
