#!/usr/bin/env bash
# Checks that the committed include/kopru.h is what cbindgen generates from ffi/src
# (fails with a diff when it is stale) and that it and include/kopru_codes.h (from
# kopru-codegen, whose freshness the `generated` suite checks) compile as C99 and as
# C++, each included twice (include guards).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

root="$(kopru_root)"
build="$(kopru_build_dir)"
ensure_cbindgen

fresh="$(mktemp "$build/kopru.h.XXXXXX")"
kopru_at_exit "rm -f '$fresh'"
log "cbindgen --config ffi/cbindgen.toml --crate kopru-ffi (into a temporary file)"
(cd "$root" && cbindgen --quiet --config ffi/cbindgen.toml --crate kopru-ffi --output "$fresh")
if ! diff -u "$root/include/kopru.h" "$fresh"; then
    die "include/kopru.h is stale; regenerate it with: cbindgen --config ffi/cbindgen.toml --crate kopru-ffi --output include/kopru.h"
fi
log "include/kopru.h is up to date"

for header in kopru.h kopru_codes.h; do
    log "gcc -std=c99 -pedantic -Wall -Wextra -Werror -fsyntax-only include/$header"
    printf '#include "%s"\n#include "%s"\ntypedef int included;\n' "$header" "$header" |
        gcc -std=c99 -pedantic -Wall -Wextra -Werror -fsyntax-only -I "$root/include" -x c -
    log "g++ -std=c++11 -Wall -Wextra -Werror -fsyntax-only include/$header"
    printf '#include "%s"\n#include "%s"\ntypedef int included;\n' "$header" "$header" |
        g++ -std=c++11 -Wall -Wextra -Werror -fsyntax-only -I "$root/include" -x c++ -
done
log "header: 5 passed, 0 failed"
