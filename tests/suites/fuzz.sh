#!/usr/bin/env bash
# A short smoke run of every cargo-fuzz target (fuzz/, a crate outside the
# workspace, on nightly): each target starts from its committed seeds and
# regressions and fuzzes for KOPRU_FUZZ_SECONDS (10) seconds, two at a time.
# Prints the executions per target; fails on any crash, panic or timeout, and
# leaves the crasher under tests/.build/fuzz/artifacts/<target>/.
# The long runs (10 minutes a target) and their figures: docs/RELIABILITY.md.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
cd "$(kopru_root)/fuzz"

cargo_fuzz_version=0.13.2
seconds=${KOPRU_FUZZ_SECONDS:-10}
targets=(money dates params receive envelope sandbox config sync)

rustup toolchain list | grep -q '^nightly' ||
    die "the nightly toolchain is missing (cargo-fuzz needs it; see /work/shared/TOOLCHAIN.md)"
if [[ $(cargo fuzz --version 2>/dev/null | awk '{print $2}') != "$cargo_fuzz_version" ]]; then
    log "installing cargo-fuzz $cargo_fuzz_version"
    _kopru_quiet_install cargo-fuzz cargo install cargo-fuzz --version "$cargo_fuzz_version"
fi

log "cargo fmt --check (fuzz crate)"
cargo fmt --check
log "cargo +nightly fuzz build"
cargo +nightly fuzz build

work="$(kopru_build_dir)/fuzz"
rm -rf "$work"
mkdir -p "$work"

# Fuzzes one target from a scratch corpus seeded with the committed inputs.
smoke() {
    local target=$1 corpus="$work/corpus/$1" artifacts="$work/artifacts/$1/"
    mkdir -p "$corpus" "$artifacts"
    local inputs=()
    for dir in seeds regressions; do
        [[ -d $dir/$target ]] && inputs+=("$dir/$target")
    done
    cargo +nightly fuzz run "$target" "$corpus" "${inputs[@]}" -- \
        -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts" >"$work/$target.log" 2>&1
}

# Prints one line per target: executions and coverage, or where the crash is.
report() {
    local target=$1 status=$2 log="$work/$1.log" runs cov
    runs="$(awk '/stat::number_of_executed_units:/ {print $2}' "$log")"
    cov="$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)"
    if [[ $status -eq 0 ]]; then
        printf '%-9s ok    %10s executions in %ss (%s)\n' "$target" "${runs:-?}" "$seconds" "$cov"
    else
        printf '%-9s FAIL  (exit %s) log: %s\n' "$target" "$status" "$log"
        grep -E 'panicked at|ERROR: libFuzzer|Test unit written' -A2 "$log" | head -n 20 || true
    fi
}

failed=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    batch=("${targets[@]:i:2}")
    pids=()
    for target in "${batch[@]}"; do
        smoke "$target" &
        pids+=($!)
    done
    for j in "${!batch[@]}"; do
        status=0
        wait "${pids[j]}" || status=$?
        report "${batch[j]}" "$status"
        [[ $status -eq 0 ]] || failed=$((failed + 1))
    done
done

if [[ $failed -gt 0 ]]; then
    die "$failed fuzz target(s) failed; reproduce with: cd fuzz && cargo +nightly fuzz run <target> <crash file>"
fi
log "every fuzz target ran clean"
