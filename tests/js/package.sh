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

sources_hash() {
    (cd "$root" && find Cargo.toml Cargo.lock core/Cargo.toml core/src wasm/Cargo.toml wasm/src wasm/sandbox wasm/bridge wasm/js \
        wasm/build.sh wasm/README.md -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

hash="$(sources_hash)"
if [[ ${1:-} == --reuse && -f $root/wasm/pkg/package.json && -f $stamp && $(cat "$stamp") == "$hash" ]]; then
    log "reusing wasm/pkg (already built from the current sources)"
    bash "$root/wasm/build.sh" --size
    exit 0
fi

ensure_wasm_target
ensure_wasm_bindgen
ensure_binaryen
log "wasm/build.sh"
rm -f "$stamp"
bash "$root/wasm/build.sh"
printf '%s\n' "$hash" >"$stamp"
