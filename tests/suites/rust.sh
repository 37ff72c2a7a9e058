#!/usr/bin/env bash
# Rust unit and integration tests of the host crates. kopru-python (a Python
# extension module, tested by the python suite) and kopru-wasm (wasm32 only, tested
# by the node and chromium suites) are left out. The loopback sandbox server runs
# meanwhile, for tests that make real HTTP requests (KOPRU_SANDBOX_URL).
set -euo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
cd "$(kopru_root)"

start_sandbox_server
log "cargo test --workspace --exclude kopru-python --exclude kopru-wasm"
cargo test --workspace --exclude kopru-python --exclude kopru-wasm
