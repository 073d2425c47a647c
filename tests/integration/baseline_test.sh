#!/bin/sh
# Baseline round trip: --write-baseline records today's findings; --baseline then reports nothing, also
# after lines moved; a new problem is the only finding reported.
#
#   sh tests/integration/baseline_test.sh BINARY SOURCE_DIR
set -u

bin=$1
src=$2
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-baseline.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM

fail() {
  echo "FAIL: $*"
  for f in out err; do [ -f "$work/$f" ] && { echo "--- $f:"; cat "$work/$f"; }; done
  exit 1
}
# JSON output: its shape is stable, whatever the text format shows around each finding.
lint() { "$bin" --isolated --format json "$@" >"$work/out" 2>"$work/err"; }
count() { grep -o '"code":"MLM[0-9]*"' "$work/out" | wc -l; }

mkdir -p "$work/repo/catalog"
cp "$src/tests/cli/cases/errors/item.json" "$work/repo/catalog/item.json"
cd "$work/repo" || exit 2

lint catalog
[ $? -eq 1 ] || fail "item.json should have findings"
findings=$(count)
[ "$findings" -gt 1 ] || fail "item.json should have several findings"

lint --write-baseline baseline.json catalog
[ $? -eq 0 ] || fail "--write-baseline should exit 0"
grep -q "Wrote $findings findings to the baseline baseline.json" "$work/err" || fail "no 'Wrote' line"
grep -q '"path":"catalog/item.json","code":"MLM102"' baseline.json || fail "the baseline lacks MLM102"

lint --baseline baseline.json catalog
[ $? -eq 0 ] || fail "with the baseline, nothing should be reported"
[ "$(count)" -eq 0 ] || fail "with the baseline, no finding should be reported"
grep -q "; $findings baseline findings not reported." "$work/err" || fail "the summary lacks the suppressed count"

# From another folder and with lines moved: the same findings (keys are relative to the baseline's folder,
# and hold no line numbers).
sed -i '1s/^/\n\n\n/' catalog/item.json
(cd catalog && "$bin" --isolated --format json --baseline ../baseline.json item.json >"$work/out" 2>"$work/err")
[ $? -eq 0 ] || fail "moved lines or another folder made findings new"

# A new problem: only it is reported.
sed -i 's/"mlm:batch_size_suggestion": 32/"mlm:batch_size_suggestion": 0/' catalog/item.json
lint --baseline baseline.json --fail-on warning catalog
[ $? -eq 1 ] || fail "the new problem (a warning) should fail the run"
[ "$(count)" -eq 1 ] || fail "exactly one finding (the new one) should be reported"
grep -q "MLM311" "$work/out" || fail "the new finding should be MLM311"

lint --baseline missing.json catalog
[ $? -eq 2 ] || fail "a missing baseline is exit 2"
echo "baseline: 5 passed, 0 failed"
