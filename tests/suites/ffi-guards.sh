#!/usr/bin/env bash
# Checks that every `extern "C"` export of the C ABI (ffi/src, test-only ones too)
# runs its whole body through a panic guard of ffi/src/boundary.rs (ffi_call,
# ffi_read, ffi_free or catch_panic), so that no panic can unwind into C: the body's
# first statement must be the guard call and nothing else may follow it. Prints
# the counts and fails when they differ.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

root="$(kopru_root)"
log "counting extern \"C\" exports in ffi/src and those whose body is a panic guard"
report="$(awk '
    # The signature of an export starts here; its body opens at the first line ending in "{".
    /extern "C" fn [A-Za-z0-9_]+/ {
        match($0, /fn [A-Za-z0-9_]+/)
        name = substr($0, RSTART + 3, RLENGTH - 3)
        exports++
        in_signature = 1
        in_body = 0
    }
    in_signature && /\{$/ { in_signature = 0; in_body = 1; first = 1; ok = 1; next }
    in_body && /^\}/ {
        in_body = 0
        if (ok) guarded++; else printf "unguarded: %s (%s)\n", name, FILENAME
        next
    }
    # Inside the body only the statements at the function level (4 spaces) matter:
    # the first must call a guard, the others may only close it.
    in_body && /^    [^ ]/ {
        if (first) {
            ok = ($0 ~ /^    (boundary::)?(ffi_call|ffi_read|ffi_free|catch_panic)\(/)
            first = 0
        } else if ($0 !~ /^    [)}]+;?$/) {
            ok = 0
        }
    }
    END { printf "exports %d guarded %d\n", exports, guarded }
' "$root"/ffi/src/*.rs)"
printf '%s\n' "$report"
read -r exports guarded < <(sed -n 's/^exports \([0-9]*\) guarded \([0-9]*\)$/\1 \2/p' <<<"$report")
((exports > 0)) || die "no extern \"C\" exports found in ffi/src"
if ((guarded != exports)); then
    echo "ffi-guards: $guarded passed, $((exports - guarded)) failed"
    die "$((exports - guarded)) of $exports exports do not run their body through a panic guard"
fi
echo "ffi-guards: $guarded passed, 0 failed"
