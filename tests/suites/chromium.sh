#!/usr/bin/env bash
# Chromium suite of the npm package `kopru`: the checks of the node suite (and
# every conformance vector) run in a page in headless Chromium, which imports
# wasm/pkg through its browser entry and calls the loopback sandbox server with
# the browser's own fetch. Reuses wasm/pkg when the node suite built it from the
# current sources, else builds it.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
root="$(kopru_root)"
cd "$root"

command -v node >/dev/null || die "node (>= 18) is needed for the chromium suite"
ensure_chromium
bash tests/js/package.sh --reuse
start_sandbox_server

log "node tests/js/browser/run.js ($(chromium --version 2>/dev/null | head -n 1))"
CHROMIUM="$(command -v chromium)" node tests/js/browser/run.js
