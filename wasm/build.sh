#!/usr/bin/env bash
# Builds the npm package `kopru` into wasm/pkg/ and prints its sizes: the default
# module (wasm/, without the core's sandbox and bridge), the sandbox module
# (wasm/sandbox/, loaded only for `sandbox: true`), the bridge module
# (wasm/bridge/, loaded only for `map.*`/`sync.*` operations and the sync runner)
# and what each runtime's entry loads by default.
#
#   wasm/build.sh          build, then print the sizes
#   wasm/build.sh --size   only print the sizes of the package already in wasm/pkg
#
# Needs the rustup target wasm32-unknown-unknown, wasm-bindgen-cli in exactly the
# version of the wasm-bindgen crate in Cargo.lock, and binaryen 132 from npm
# (set WASM_OPT to its wasm-opt; by default tests/.tools/node_modules/.bin/wasm-opt,
# installed there when missing) and esbuild 0.28.2 from npm (set ESBUILD; by
# default tests/.tools/node_modules/.bin/esbuild, installed there when missing). Debian's /usr/bin/wasm-opt is never used: its
# output fails to load. When the nightly toolchain (TOOLCHAIN.md: installed, for
# fuzzing) has its rust-src component (tests/js/package.sh adds it) and accepts
# -Cpanic=immediate-abort, the modules are built with their own std and panics as
# immediate aborts: no panic messages or the formatting they need (a panic is the
# same `unreachable` trap as with panic = "abort" in a module with no panic
# hook), 17 KB gzip less for the default module. Otherwise the stable toolchain
# builds them, and says so.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
pkg="$root/wasm/pkg"
wasm_opt="${WASM_OPT:-$root/tests/.tools/node_modules/.bin/wasm-opt}"

# Prints "<raw> bytes raw, <gzip> bytes gzip" for the files given (gzip -9 of each, summed).
file_sizes() {
    local raw=0 gz=0 file
    for file in "$@"; do
        raw=$((raw + $(stat -c %s "$file")))
        gz=$((gz + $(gzip -9 -c "$file" | wc -c)))
    done
    echo "$raw bytes raw, $gz bytes gzip"
}

print_sizes() {
    local version common
    version="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$pkg/package.json")"
    echo "kopru $version package in $pkg ($(find "$pkg" -type f | wc -l) files):"
    echo "  kopru_wasm_bg.wasm (default module): $(file_sizes "$pkg/kopru_wasm_bg.wasm")"
    echo "  kopru_sandbox_bg.wasm (only for sandbox: true): $(file_sizes "$pkg/kopru_sandbox_bg.wasm")"
    echo "  kopru_bridge_bg.wasm (only for map.*, sync.* and the sync runner): $(file_sizes "$pkg/kopru_bridge_bg.wasm")"
    common=("$pkg/api.js" "$pkg/codes.js" "$pkg/kopru_wasm.js" "$pkg/kopru_wasm_bg.wasm")
    echo "  loaded by default, per runtime (entry + api.js + codes.js + glue + module):"
    echo "    node, deno, bun (node.js, + the bridge glue it imports): $(file_sizes "$pkg/node.js" "$pkg/kopru_bridge.js" "${common[@]}")"
    echo "    browsers (browser.js): $(file_sizes "$pkg/browser.js" "${common[@]}")"
    echo "    workerd, workers (workerd.js): $(file_sizes "$pkg/workerd.js" "${common[@]}")"
    echo "    added by sandbox: true (kopru_sandbox.js + module): $(file_sizes "$pkg/kopru_sandbox.js" "$pkg/kopru_sandbox_bg.wasm")"
    echo "    added by map.*, sync.*, syncCatalogue, importOrders (kopru_bridge.js + module):" \
        "$(file_sizes "$pkg/kopru_bridge.js" "$pkg/kopru_bridge_bg.wasm")"
    echo "  whole package: $(find "$pkg" -type f -exec cat {} + | wc -c) bytes raw," \
        "$(tar -C "$pkg" -cf - . | gzip -9 | wc -c) bytes gzip (tar.gz)"
}

if [[ ${1:-} == --size ]]; then
    print_sizes
    exit 0
fi

want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$root/Cargo.lock")"
have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [[ $have != "$want" ]]; then
    echo "wasm/build.sh: need wasm-bindgen $want (have: ${have:-none}):" \
        "cargo install wasm-bindgen-cli --version $want" >&2
    exit 1
fi
if ! "$wasm_opt" --version 2>/dev/null | grep -q 'version 132\b'; then
    echo "==> installing binaryen@132 (npm) into tests/.tools"
    npm install --prefix "$root/tests/.tools" --no-audit --no-fund --silent binaryen@132
    wasm_opt="$root/tests/.tools/node_modules/.bin/wasm-opt"
fi

esbuild="${ESBUILD:-$root/tests/.tools/node_modules/.bin/esbuild}"
if [[ $("$esbuild" --version 2>/dev/null) != 0.28.2 ]]; then
    echo "==> installing esbuild@0.28.2 (npm) into tests/.tools"
    npm install --prefix "$root/tests/.tools" --no-audit --no-fund --silent esbuild@0.28.2
    esbuild="$root/tests/.tools/node_modules/.bin/esbuild"
fi

build=(cargo build)
immediate_abort="-Zunstable-options -Cpanic=immediate-abort"
nightly_sysroot="$(rustc +nightly --print sysroot 2>/dev/null || true)"
# shellcheck disable=SC2086 # the flags are two words
if [[ -n $nightly_sysroot && -d $nightly_sysroot/lib/rustlib/src/rust/library ]] &&
    rustc +nightly $immediate_abort --target wasm32-unknown-unknown --print cfg >/dev/null 2>&1; then
    build=(cargo +nightly build -Zbuild-std=std,panic_abort)
    # Target flags only (not build scripts or proc macros), which cargo ignores
    # when RUSTFLAGS is set: the modules' flags come from here alone.
    unset RUSTFLAGS CARGO_ENCODED_RUSTFLAGS
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} $immediate_abort"
    echo "==> $(rustc +nightly --version): std built for the modules, panics abort at once"
else
    echo "==> no nightly toolchain with rust-src and -Cpanic=immediate-abort" \
        "(rustup component add rust-src --toolchain nightly): stable $(rustc --version)," \
        "panic = \"abort\" (the default module is about 17 KB gzip larger)"
fi

# Three modules, built one at a time so that cargo does not unify kopru-core's
# features: kopru-wasm without the core's sandbox and bridge (the default
# module), kopru-wasm-sandbox with the sandbox (loaded only for `sandbox: true`)
# and kopru-wasm-bridge with the bridge (loaded only for `map.*`/`sync.*`
# operations and the sync runner).
rm -rf "$pkg"
mkdir -p "$pkg"
for module in kopru_wasm:kopru-wasm kopru_sandbox:kopru-wasm-sandbox kopru_bridge:kopru-wasm-bridge; do
    name="${module%%:*}"
    crate="${module#*:}"
    echo "==> ${build[*]} -p $crate --target wasm32-unknown-unknown --profile wasm-release"
    (cd "$root" && "${build[@]}" --quiet -p "$crate" --target wasm32-unknown-unknown --profile wasm-release)
    echo "==> wasm-bindgen --target web ($name)"
    wasm-bindgen --target web --no-typescript --out-dir "$pkg" --out-name "$name" \
        --remove-name-section --remove-producers-section \
        "$target/wasm32-unknown-unknown/wasm-release/${crate//-/_}.wasm"
    # Two of -Oz's passes make the module smaller raw but larger gzipped, as
    # it travels (measured on the default module: 173.9 KB gzip with them,
    # 162.9 KB without): memory-packing splits the data into a segment per run
    # of non-zero bytes (2,400 segment headers gzip poorly, the zeros between
    # them compress to almost nothing), and inlining-optimizing copies
    # single-caller functions into their callers, breaking up code gzip finds
    # repeated. Both are skipped.
    echo "==> wasm-opt -Oz without memory-packing and inlining-optimizing ($name, $("$wasm_opt" --version))"
    "$wasm_opt" -Oz --skip-pass=memory-packing --skip-pass=inlining-optimizing --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue \
        "$pkg/${name}_bg.wasm" -o "$pkg/${name}_bg.wasm.opt"
    mv "$pkg/${name}_bg.wasm.opt" "$pkg/${name}_bg.wasm"
done

# Neither module describes operations, so neither may carry the operation table's
# texts for people (kopru-core's `docs` feature is off): check with the summaries.
summaries="$(grep -rhoE 'doc\("[^"\\]{30,}"\)' "$root/core/src/ops" | sed 's/^doc("//; s/")$//')"
while IFS= read -r summary; do
    for module in "$pkg/kopru_wasm_bg.wasm" "$pkg/kopru_sandbox_bg.wasm" "$pkg/kopru_bridge_bg.wasm"; do
        if grep -qF -- "$summary" "$module"; then
            echo "wasm/build.sh: $(basename "$module") carries the operation summary \"$summary\":" \
                "build kopru-core without its docs feature" >&2
            exit 1
        fi
    done
done <<<"$summaries"

# The default module leaves the bridge to its own module (kopru-core's `bridge`
# feature is off): check with the names of the bridge's operations.
for name in map.entegra.products sync.plan sync.apply; do
    if grep -qF -- "$name" "$pkg/kopru_wasm_bg.wasm" || grep -qF -- "$name" "$pkg/kopru_sandbox_bg.wasm" ||
        ! grep -qF -- "$name" "$pkg/kopru_bridge_bg.wasm"; then
        echo "wasm/build.sh: the operation $name is not in the bridge module alone:" \
            "build kopru-wasm without kopru-core's bridge feature, kopru-wasm-bridge with it" >&2
        exit 1
    fi
done

cp "$root/wasm/js/api.js" "$root/wasm/js/codes.js" "$root/wasm/js/node.js" "$root/wasm/js/browser.js" \
    "$root/wasm/js/workerd.js" \
    "$root/wasm/js/kopru.d.ts" "$root/wasm/README.md" "$pkg/"

# Every JavaScript file of the package without its comments and layout (names
# kept, so a stack trace still reads): 8 KB gzip of the default load of 19. The
# sources, commented, are wasm/js/ and wasm-bindgen's output; kopru.d.ts keeps
# its documentation.
echo "==> esbuild --minify-whitespace --minify-syntax (the package's JavaScript, $("$esbuild" --version))"
for script in "$pkg"/*.js; do
    "$esbuild" --log-level=warning --minify-whitespace --minify-syntax --format=esm \
        "$script" --outfile="$script.min"
    mv "$script.min" "$script"
done
version="$(awk -F'"' '/^\[workspace.package\]/ { s = 1 } s && /^version = / { print $2; exit }' "$root/Cargo.toml")"
license="$(awk -F'"' '/^\[workspace.package\]/ { s = 1 } s && /^license = / { print $2; exit }' "$root/Cargo.toml")"
cat >"$pkg/package.json" <<EOF
{
  "name": "kopru",
  "version": "$version",
  "description": "Entegra, Tedbul and ERP (Nebim V3) clients for JavaScript: one sans-IO Rust core compiled to WebAssembly, on the host's fetch",
  "license": "$license",
  "type": "module",
  "exports": {
    ".": {
      "types": "./kopru.d.ts",
      "workerd": "./workerd.js",
      "worker": "./workerd.js",
      "deno": "./node.js",
      "bun": "./node.js",
      "node": "./node.js",
      "browser": "./browser.js",
      "default": "./browser.js"
    },
    "./package.json": "./package.json"
  },
  "types": "./kopru.d.ts",
  "sideEffects": ["./browser.js", "./node.js", "./workerd.js"],
  "files": ["api.js", "browser.js", "codes.js", "node.js", "workerd.js", "kopru_wasm.js", "kopru_wasm_bg.wasm",
    "kopru_sandbox.js", "kopru_sandbox_bg.wasm", "kopru_bridge.js", "kopru_bridge_bg.wasm", "kopru.d.ts", "README.md"],
  "engines": { "node": ">=18" },
  "keywords": ["entegra", "tedbul", "nebim", "erp", "e-commerce", "wasm"]
}
EOF

print_sizes
