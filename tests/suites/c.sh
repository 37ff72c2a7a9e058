#!/usr/bin/env bash
# The C suite: builds libkopru and the C tests with gcc, runs them against the
# loopback sandbox server under valgrind (no errors, no definite or indirect
# leaks), walks every operation of tests/operations.json, then runs every
# conformance vector through the C ABI's session functions and runs the sync runner
# (kopru_sync_run: catalogue syncs, a stopped and resumed run, an orders import);
# then token traffic (a clock ahead of the token life, tokens that seem to live a minute),
# the bad-input corpus,
# the secrets canary, the NULL / invalid UTF-8 boundary of every export and the panic
# guard, and all of the C tests again under AddressSanitizer; and processes sharing state
# files (one login, a save failure as a warning, a sync run locked out).
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
gcc "${cflags[@]}" -o "$out/kopru_test" "$root/tests/c/kopru_test.c" "$root/tests/c/json.c" "$root/tests/c/portable.c" "$root/tests/c/http.c" "${link[@]}"
log "gcc tests/c/catalogue.c (linked to libkopru.so)"
gcc "${cflags[@]}" -o "$out/catalogue" "$root/tests/c/catalogue.c" "$root/tests/c/json.c" "$root/tests/c/portable.c" "$root/tests/c/http.c" "${link[@]}"
log "gcc tests/c/sync.c (linked to libkopru.so)"
gcc "${cflags[@]}" -o "$out/sync" "$root/tests/c/sync.c" "$root/tests/c/json.c" "$root/tests/c/portable.c" "$root/tests/c/http.c" "${link[@]}"
log "gcc tests/c/vectors.c (linked to libkopru.so)"
gcc "${cflags[@]}" -o "$out/vectors" "$root/tests/c/vectors.c" "$root/tests/c/json.c" "$root/tests/c/portable.c" "${link[@]}"
log "gcc tests/c/vectors.c (linked to libkopru.a)"
gcc "${cflags[@]}" -o "$out/vectors-static" "$root/tests/c/vectors.c" "$root/tests/c/json.c" "$root/tests/c/portable.c" \
    "$lib_dir/libkopru.a" -lm -lrt -lpthread -ldl -lgcc_s -lutil

start_sandbox_server

valgrind=(valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect
    --show-leak-kinds=definite,indirect --error-exitcode=99)
log "valgrind tests/.build/c/kopru_test"
"${valgrind[@]}" "$out/kopru_test"
log "valgrind tests/.build/c/catalogue tests/operations.json (every operation of the table)"
"${valgrind[@]}" "$out/catalogue" "$root/tests/operations.json"
log "valgrind tests/.build/c/sync tests/operations.json (kopru_sync_run against the server)"
"${valgrind[@]}" "$out/sync" "$root/tests/operations.json"
# Real processes sharing state files (tests/c/processes.c: it starts itself again as its
# children; its figures are printed).
log "gcc tests/c/processes.c (linked to libkopru.so)"
gcc "${cflags[@]}" -o "$out/processes" "$root/tests/c/processes.c" "$root/tests/c/json.c" "$root/tests/c/http.c" \
    "$root/tests/c/portable.c" "${link[@]}"
log "tests/.build/c/processes (4 processes on one state_file, a locked-out sync run)"
"$out/processes"
log "valgrind tests/.build/c/vectors tests/vectors"
"${valgrind[@]}" "$out/vectors" "$root/tests/vectors"
log "valgrind tests/.build/c/vectors tests/vectors/dialect"
"${valgrind[@]}" "$out/vectors" "$root/tests/vectors/dialect"
log "tests/.build/c/vectors-static tests/vectors"
"$out/vectors-static" "$root/tests/vectors"
"$out/vectors-static" "$root/tests/vectors/dialect"

# Bad input, secrets and the boundary of every export (tests/c/bad_input.c, secrets.c,
# boundary.c), under valgrind like the others.
log "gcc tests/c/token_traffic.c (linked to libkopru.so)"
gcc "${cflags[@]}" -o "$out/token_traffic" "$root/tests/c/token_traffic.c" "$root/tests/c/json.c" \
    "$root/tests/c/http.c" "${link[@]}"
log "tests/.build/c/token_traffic (1,000 calls a scenario over HTTP; valgrind would take minutes)"
"$out/token_traffic"

for name in bad_input secrets boundary; do
    log "gcc tests/c/$name.c (linked to libkopru.so)"
    gcc "${cflags[@]}" -o "$out/$name" "$root/tests/c/$name.c" "$root/tests/c/json.c" "$root/tests/c/portable.c" "${link[@]}"
done
log "valgrind tests/.build/c/bad_input tests/bad-input"
"${valgrind[@]}" "$out/bad_input" "$root/tests/bad-input"
log "valgrind tests/.build/c/secrets"
"${valgrind[@]}" "$out/secrets"
log "valgrind tests/.build/c/boundary"
"${valgrind[@]}" "$out/boundary"

# A panic inside kopru comes back as KOPRU_PANIC: libkopru with the test-only feature
# `test-panic`, built into its own target folder so the normal library never has it.
panic_target="$(kopru_target_dir)/test-panic"
log "cargo build -p kopru-ffi --features test-panic (into $panic_target)"
(cd "$root" && CARGO_TARGET_DIR="$panic_target" cargo build --quiet -p kopru-ffi --features test-panic)
panic_link=(-L "$panic_target/debug" -lkopru -Wl,-rpath,"$panic_target/debug" -lpthread)
gcc "${cflags[@]}" -o "$out/panic" "$root/tests/c/panic.c" "${panic_link[@]}"
log "tests/.build/c/panic (the panic messages go to tests/.build/c/panic.stderr)"
RUST_BACKTRACE=0 "${valgrind[@]}" "$out/panic" 2>"$out/panic.stderr"

# AddressSanitizer (with UndefinedBehaviorSanitizer and LeakSanitizer) on the C side of
# every C test: the Rust side is not instrumented, but kopru allocates through the C
# allocator that ASan replaces, so a double free, a use after free or a leak of what
# crosses the boundary is caught on either side.
asan=(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=halt_on_error=1
log "gcc ${asan[*]} (every C test)"
gcc "${cflags[@]}" "${asan[@]}" -o "$out/kopru_test-asan" "$root/tests/c/kopru_test.c" "$root/tests/c/json.c" "$root/tests/c/portable.c" \
    "$root/tests/c/http.c" "${link[@]}"
gcc "${cflags[@]}" "${asan[@]}" -o "$out/sync-asan" "$root/tests/c/sync.c" "$root/tests/c/json.c" "$root/tests/c/portable.c" \
    "$root/tests/c/http.c" "${link[@]}"
gcc "${cflags[@]}" "${asan[@]}" -o "$out/vectors-asan" "$root/tests/c/vectors.c" "$root/tests/c/json.c" "$root/tests/c/portable.c" "${link[@]}"
for name in bad_input secrets boundary; do
    gcc "${cflags[@]}" "${asan[@]}" -o "$out/$name-asan" "$root/tests/c/$name.c" "$root/tests/c/json.c" "$root/tests/c/portable.c" "${link[@]}"
done
gcc "${cflags[@]}" "${asan[@]}" -o "$out/panic-asan" "$root/tests/c/panic.c" "${panic_link[@]}"
log "AddressSanitizer: kopru_test, sync, vectors, bad_input, secrets, boundary, panic"
"$out/kopru_test-asan"
"$out/sync-asan" "$root/tests/operations.json"
"$out/vectors-asan" "$root/tests/vectors"
"$out/vectors-asan" "$root/tests/vectors/dialect"
"$out/bad_input-asan" "$root/tests/bad-input"
"$out/secrets-asan"
"$out/boundary-asan"
RUST_BACKTRACE=0 "$out/panic-asan" 2>>"$out/panic.stderr"
