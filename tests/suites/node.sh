#!/usr/bin/env bash
# Node suite of the npm package `kopru`: builds wasm/pkg (wasm/build.sh), starts
# the loopback sandbox server and runs tests/js/kopru.test.js with Node's built-in
# test runner: the eight core operations in-process and over real HTTP, errors,
# paging, state export/resume, secrets, faults, every conformance vector, a
# strict TypeScript check of the package's declarations, the bad-input corpus
# (tests/bad-input) and the secrets canary.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
root="$(kopru_root)"
cd "$root"

command -v node >/dev/null || die "node (>= 18) is needed for the node suite"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
((node_major >= 18)) || die "node >= 18 is needed (have $(node --version))"

bash tests/js/package.sh
typescript=5.9.3
if [[ $(tests/.tools/node_modules/.bin/tsc --version 2>/dev/null) != "Version $typescript" ]]; then
    log "installing typescript@$typescript (npm) into tests/.tools"
    npm install --prefix tests/.tools --no-audit --no-fund --silent "typescript@$typescript"
fi
start_sandbox_server

# `import 'kopru'` in the tests resolves through this link, so Node applies the
# package's own exports map.
mkdir -p tests/js/node_modules
ln -sfn ../../../wasm/pkg tests/js/node_modules/kopru

out="$(kopru_build_dir)/node-suite.out"
tests=(tests/js/kopru.test.js tests/js/bad_input.test.js tests/js/secrets.test.js)
log "node --test ${tests[*]} ($(node --version))"
status=0
node --test --test-reporter=spec "${tests[@]}" 2>&1 | tee "$out" || status=$?
passed="$(sed -n 's/^[^a-z]*pass \([0-9][0-9]*\)$/\1/p' "$out" | tail -n 1)"
failed="$(sed -n 's/^[^a-z]*fail \([0-9][0-9]*\)$/\1/p' "$out" | tail -n 1)"
echo "${passed:-0} passed, ${failed:-0} failed"
if [[ $status -ne 0 || -z $passed || ${failed:-1} -ne 0 || $passed -eq 0 ]]; then
    exit 1
fi
