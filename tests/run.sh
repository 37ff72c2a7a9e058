#!/usr/bin/env bash
# Runs every test suite (tests/suites/<name>.sh) on this machine, installing what
# is missing, and prints one PASS/FAIL line per suite and the totals.
#
#   tests/run.sh               every suite, in the fixed order below
#   tests/run.sh rust lint     only the named suites
#
# A failing suite does not stop the run; the exit status is non-zero when any failed.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suites_dir="$root/tests/suites"
order=(rust fuzz lint header ffi-guards generated c csharp windows windows7 python wheels node chromium firefox edge faults network)

if [[ -n ${CI:-} ]]; then
    export CARGO_TERM_COLOR=never
fi

available=()
for name in "${order[@]}"; do
    [[ -f $suites_dir/$name.sh ]] && available+=("$name")
done
for file in "$suites_dir"/*.sh; do
    [[ -f $file ]] || continue
    name="$(basename "$file" .sh)"
    [[ " ${order[*]} " == *" $name "* ]] || available+=("$name")
done

if [[ $# -gt 0 ]]; then
    selected=()
    for name in "$@"; do
        if [[ ! -f $suites_dir/$name.sh ]]; then
            echo "tests/run.sh: no suite '$name' (have: ${available[*]:-none})" >&2
            exit 2
        fi
        selected+=("$name")
    done
else
    selected=("${available[@]}")
fi

if [[ ${#selected[@]} -eq 0 ]]; then
    echo "tests/run.sh: no suites in $suites_dir" >&2
    exit 2
fi

now() { date +%s; }

results=()
passed=0
failed=0
run_start=$(now)
for name in "${selected[@]}"; do
    echo
    echo "======== suite: $name ========"
    start=$(now)
    (cd "$root" && bash "$suites_dir/$name.sh" </dev/null)
    status=$?
    elapsed=$(($(now) - start))
    if [[ $status -eq 0 ]]; then
        line="PASS $name (${elapsed}s)"
        passed=$((passed + 1))
    else
        line="FAIL $name (${elapsed}s)"
        failed=$((failed + 1))
    fi
    echo "$line"
    results+=("$line")
done

echo
echo "======== summary ========"
printf '%s\n' "${results[@]}"
echo "total wall time $(($(now) - run_start))s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
