#!/usr/bin/env bash
# Builds the npm package into wasm/pkg (through wasm/build.sh) for the node,
# chromium, firefox and edge suites, after making sure the tools are there.
#
#   tests/js/package.sh           build
#   tests/js/package.sh --reuse   keep wasm/pkg when it was built from the current
#                                 sources (a stamp holds their hash); build otherwise
#
# Either way it ends by printing the package size, raw and gzip.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
root="$(kopru_root)"
stamp="$(kopru_build_dir)/wasm-pkg.stamp"

# The sources and the toolchains that build the package (wasm/build.sh builds with
# nightly's own std when nightly has rust-src, with stable otherwise).
sources_hash() {
    {
        (cd "$root" && find Cargo.toml Cargo.lock core/Cargo.toml core/src wasm/Cargo.toml wasm/src wasm/sandbox \
            wasm/bridge wasm/js wasm/build.sh wasm/README.md -type f -print0 | sort -z | xargs -0 sha256sum)
        rustc --version
        rustc +nightly --version 2>/dev/null || true
        rustup component list --installed --toolchain nightly 2>/dev/null | grep -x 'rust-src' || true
    } | sha256sum | cut -d' ' -f1
}

hash="$(sources_hash)"
if [[ ${1:-} == --reuse && -f $root/wasm/pkg/package.json && -f $stamp && $(cat "$stamp") == "$hash" ]]; then
    log "reusing wasm/pkg (already built from the current sources)"
    bash "$root/wasm/build.sh" --size
    exit 0
fi

ensure_wasm_target
if rustc +nightly --version >/dev/null 2>&1; then
    ensure_build_std
fi
ensure_wasm_bindgen
ensure_binaryen
ensure_esbuild
hash="$(sources_hash)"
log "wasm/build.sh"
rm -f "$stamp"
bash "$root/wasm/build.sh"
printf '%s\n' "$hash" >"$stamp"
