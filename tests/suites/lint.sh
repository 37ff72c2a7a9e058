#!/usr/bin/env bash
# Formatting and clippy (warnings are errors) for every crate: on the host, where
# kopru-python and kopru-wasm are only checked (clippy does not link, so pyo3's
# extension-module is no obstacle), and for kopru-wasm also on wasm32 (never
# --workspace there: see TOOLCHAIN.md). Every check runs even when one fails.
set -uo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
cd "$(kopru_root)" || exit 1

failed=()
check() {
    log "$*"
    "$@" || failed+=("$*")
}

check cargo fmt --all -- --check
check cargo clippy --workspace --all-targets -- -D warnings
check cargo clippy -p kopru-ffi --features test-panic --all-targets -- -D warnings
ensure_wasm_target
check cargo clippy -p kopru-wasm --target wasm32-unknown-unknown --all-targets -- -D warnings
check cargo clippy -p kopru-wasm-sandbox --target wasm32-unknown-unknown --all-targets -- -D warnings
check cargo clippy -p kopru-wasm-bridge --target wasm32-unknown-unknown --all-targets -- -D warnings

if [[ ${#failed[@]} -gt 0 ]]; then
    printf 'lint failed: %s\n' "${failed[@]}" >&2
    exit 1
fi
