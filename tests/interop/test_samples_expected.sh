#!/usr/bin/env bash
# The demo's imports reproduce the normalized XML kept in samples/expected/ (run from the repository
# root, so that provenance names the sample files as the demo does). Regenerate on purpose with
# MK_UPDATE_GOLDEN=1.
source "$(dirname "$0")/common.sh" "$@"
set -e
cd "$here/../.."
status=0
check() {
    local expected=$1
    shift
    "$malkedja" import "$@" -o "$work/out.xml" 2>/dev/null
    if [[ "${MK_UPDATE_GOLDEN:-}" == 1 ]]; then
        cp "$work/out.xml" "$expected"
    elif ! cmp -s "$work/out.xml" "$expected"; then
        echo "differs from $expected:" >&2
        diff "$expected" "$work/out.xml" | head -20 >&2
        status=1
    fi
}
for input in samples/uppfoljning/*.xlsx samples/uppfoljning/*.ods samples/uppfoljning/*.csv; do
    check "samples/expected/$(basename "$input").xml" "$input"
done
check samples/expected/malkedja.xml samples/sk/sk-mall-2023-2024.docx samples/malkedja/grundskolenamnden-arbetsplan.docx
exit "$status"
