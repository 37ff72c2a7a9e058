#!/usr/bin/env bash
# Builds the wheels of the Python package `kopru` with maturin, into tests/.build/wheels/:
# a manylinux2014 abi3 wheel cross-linked with zig (the wheel an index accepts, which the
# python and wheels suites install), and with --windows a win_amd64 abi3 wheel
# cross-built for x86_64-pc-windows-gnu (mingw-w64). Prints the path of each wheel.
#
#   python/build-wheel.sh                     build the manylinux wheel
#   python/build-wheel.sh --reuse             keep it when it was built from the current sources
#   python/build-wheel.sh --windows [--reuse] the same for the win_amd64 wheel
#
# maturin and ziglang come from PyPI into the tools venv tests/.tools/wheel-venv.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../tests/lib/common.sh"
root="$(kopru_root)"
build="$(kopru_build_dir)"
tools="$root/tests/.tools/wheel-venv"
# Pinned: bump on purpose. abi3audit, auditwheel, twine, mypy and pyright check the wheels.
wheel_tools=(maturin==1.16.0 ziglang==0.17.1 auditwheel==6.8.2 abi3audit==0.0.26 twine==7.0.0
    mypy==2.4.1 pyright==1.1.414)

platform=manylinux
reuse=
for arg in "$@"; do
    case $arg in
    --windows) platform=windows ;;
    --reuse) reuse=1 ;;
    *) die "python/build-wheel.sh: unknown argument $arg" ;;
    esac
done
out="$build/wheels/$platform"
stamp="$build/wheel-$platform.stamp"

# Installs the pinned tools into the tools venv when one of them is missing or different.
ensure_wheel_tools() {
    [[ -x $tools/bin/python ]] || python3 -m venv "$tools"
    local frozen missing=()
    frozen="$("$tools/bin/python" -m pip --disable-pip-version-check freeze 2>/dev/null)"
    for tool in "${wheel_tools[@]}"; do
        grep -qix "$tool" <<<"$frozen" || missing+=("$tool")
    done
    if [[ ${#missing[@]} -gt 0 ]]; then
        log "pip install ${missing[*]} (tools venv tests/.tools/wheel-venv)"
        _kopru_quiet_install wheel-tools "$tools/bin/python" -m pip --disable-pip-version-check install "${missing[@]}"
    fi
}

sources_hash() {
    (cd "$root" && find Cargo.toml Cargo.lock core/Cargo.toml core/src core/blocking/Cargo.toml core/blocking/src \
        python/Cargo.toml python/pyproject.toml python/README.md python/src python/pysrc python/build-wheel.sh \
        -type f -not -name '*.pyc' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

hash="$(sources_hash)"
if [[ -n $reuse && -f $stamp && $(cat "$stamp") == "$hash" ]] && compgen -G "$out/kopru-*.whl" >/dev/null; then
    log "reusing the $platform wheel (already built from the current sources)"
    ls "$out"/kopru-*.whl
    exit 0
fi

ensure_wheel_tools
rm -f "$stamp"
rm -rf "$out"
mkdir -p "$out"
export PATH="$tools/bin:$PATH"
if [[ $platform == manylinux ]]; then
    log "maturin build --release --zig --compatibility manylinux2014 ($(maturin --version), zig $(python-zig version))"
    _kopru_quiet_install maturin-manylinux \
        maturin build --release --zig --compatibility manylinux2014 -m "$root/python/Cargo.toml" -o "$out"
else
    if ! rustup target list --installed 2>/dev/null | grep -qx x86_64-pc-windows-gnu; then
        log "installing rustup target x86_64-pc-windows-gnu"
        _kopru_quiet_install windows-target rustup target add x86_64-pc-windows-gnu
    fi
    if ! command -v x86_64-w64-mingw32-gcc >/dev/null || ! command -v x86_64-w64-mingw32-objdump >/dev/null; then
        log "installing gcc-mingw-w64-x86-64 (apt)"
        _kopru_apt_install gcc-mingw-w64-x86-64
    fi
    log "maturin build --release --target x86_64-pc-windows-gnu ($(maturin --version))"
    _kopru_quiet_install maturin-windows \
        maturin build --release --target x86_64-pc-windows-gnu -m "$root/python/Cargo.toml" -o "$out"
fi
printf '%s\n' "$hash" >"$stamp"
ls "$out"/kopru-*.whl
