#!/usr/bin/env bash
# Edge suite of the npm package `kopru`: packs wasm/pkg with `npm pack` (what a
# registry would serve), lints it with publint and @arethetypeswrong/cli, prints
# what each runtime loads by default, unpacks it into a scratch app and runs the
# shared checks (tests/js/checks.js: the in-process sandbox, real HTTP to the
# loopback sandbox server, a validation error, every conformance vector) in Deno,
# Bun and workerd (all three from npm), plus the README's Cloudflare Worker
# quickstart in workerd. Reuses wasm/pkg when it was built from the current sources.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
root="$(kopru_root)"
build="$(kopru_build_dir)"
cd "$root"

command -v node >/dev/null || die "node (>= 18) is needed for the edge suite"
# Pinned: the runtimes and linters this suite was written against; bump on purpose.
edge_tools=(workerd@1.20261123.1 deno@2.9.6 bun@1.4.5 publint@0.3.25 @arethetypeswrong/cli@0.18.5)
prefix="$root/tests/.tools"
installed="$(npm ls --prefix "$prefix" --depth=0 --parseable --long 2>/dev/null || true)"
missing=()
for tool in "${edge_tools[@]}"; do
    grep -qF ":$tool" <<<"$installed" || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    log "npm install ${missing[*]} (into tests/.tools; their postinstall scripts are not needed)"
    _kopru_quiet_install edge-tools npm install --prefix "$prefix" --no-audit --no-fund "${missing[@]}"
fi
bin="$prefix/node_modules/.bin"

bash tests/js/package.sh --reuse

app="$build/edge-app"
rm -rf "$app"
mkdir -p "$app/node_modules/kopru"
log "npm pack wasm/pkg"
tarball="$(cd "$build" && npm pack --silent "$root/wasm/pkg" | tail -n 1)"
tar -xzf "$build/$tarball" -C "$app/node_modules/kopru" --strip-components=1
printf '{ "name": "kopru-edge-checks", "private": true, "type": "module", "dependencies": { "kopru": "file:%s" } }\n' \
    "$build/$tarball" >"$app/package.json"
echo "$tarball: $(stat -c %s "$build/$tarball") bytes, $(tar -tzf "$build/$tarball" | wc -l) files"

log "publint $(basename "$tarball")"
"$bin/publint" run --strict "$app/node_modules/kopru"
log "attw $(basename "$tarball") (ESM only: a CommonJS require() is not offered)"
"$bin/attw" --profile esm-only "$build/$tarball"

start_sandbox_server
log "node tests/js/edge/run.js (deno, bun, workerd)"
node tests/js/edge/run.js "$app" "$bin"
