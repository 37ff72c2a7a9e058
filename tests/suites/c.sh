#!/usr/bin/env bash
# The C suite: builds libkopru and the C tests with gcc, runs them against the
# loopback sandbox server under valgrind (no errors, no definite or indirect
# leaks), then runs every conformance vector through the C ABI's session functions.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

root="$(kopru_root)"
lib_dir="$(kopru_target_dir)/debug"
out="$(kopru_build_dir)/c"
mkdir -p "$out"

log "cargo build -p kopru-ffi -p kopru-sandbox-server"
(cd "$root" && cargo build --quiet -p kopru-ffi -p kopru-sandbox-server)

cflags=(-std=c11 -g -O1 -Wall -Wextra -Werror -I "$root/include" -I "$root/tests/c")
link=(-L "$lib_dir" -lkopru -Wl,-rpath,"$lib_dir" -lpthread)
log "gcc tests/c/kopru_test.c (linked to libkopru.so)"
gcc "${cflags[@]}" -o "$out/kopru_test" "$root/tests/c/kopru_test.c" "$root/tests/c/json.c" "$root/tests/c/http.c" "${link[@]}"
log "gcc tests/c/vectors.c (linked to libkopru.so)"
gcc "${cflags[@]}" -o "$out/vectors" "$root/tests/c/vectors.c" "$root/tests/c/json.c" "${link[@]}"
log "gcc tests/c/vectors.c (linked to libkopru.a)"
gcc "${cflags[@]}" -o "$out/vectors-static" "$root/tests/c/vectors.c" "$root/tests/c/json.c" \
    "$lib_dir/libkopru.a" -lm -lrt -lpthread -ldl -lgcc_s -lutil

start_sandbox_server

valgrind=(valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect
    --show-leak-kinds=definite,indirect --error-exitcode=99)
log "valgrind tests/.build/c/kopru_test"
"${valgrind[@]}" "$out/kopru_test"
log "valgrind tests/.build/c/vectors tests/vectors"
"${valgrind[@]}" "$out/vectors" "$root/tests/vectors"
log "tests/.build/c/vectors-static tests/vectors"
"$out/vectors-static" "$root/tests/vectors"
