#!/usr/bin/env bash
# Firefox suite of the npm package `kopru`: the Chromium suite's page (every check
# of tests/js/checks.js, the catalogue, sync and bad-input checks, every
# conformance vector) in headless Firefox ESR (Debian's firefox-esr, installed
# when missing; offline preferences in a scratch profile), which imports wasm/pkg
# through its browser entry and calls the loopback sandbox server with its own
# fetch. Reuses wasm/pkg when it was built from the current sources.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
root="$(kopru_root)"
cd "$root"

command -v node >/dev/null || die "node (>= 18) is needed for the firefox suite"
if ! command -v firefox-esr >/dev/null; then
    log "installing firefox-esr (apt)"
    _kopru_apt_install firefox-esr
fi
bash tests/js/package.sh --reuse
start_sandbox_server

log "node tests/js/browser/run.js ($(firefox-esr --version 2>/dev/null | head -n 1))"
KOPRU_BROWSER=firefox FIREFOX="$(command -v firefox-esr)" node tests/js/browser/run.js
