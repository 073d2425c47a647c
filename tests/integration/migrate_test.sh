#!/bin/sh
# `mlm-lint migrate` on files: --in-place rewrites only what changed and never a file that does not parse,
# --output mirrors folders, --diff writes nothing, --report keeps every removed value, exit codes 0/1/2,
# and the migrated files pass `mlm-lint check` without errors.
#
#   sh tests/integration/migrate_test.sh BINARY SOURCE_DIR
set -u

bin=$1
src=$2
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-migrate.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM

fail() {
  echo "FAIL: $*"
  for f in out err; do [ -f "$work/$f" ] && { echo "--- $f:"; cat "$work/$f"; }; done
  exit 1
}
run() { "$bin" "$@" >"$work/out" 2>"$work/err"; }
examples=$src/testdata/examples

mkdir -p "$work/cat/models" "$work/cat/current"
cp "$examples/ml-model/v1.0.0/cyclone-wind-speed/item.json" "$work/cat/models/cyclone.json"
cp "$examples/mlm/v1.3.0/item_eo_bands.json" "$work/cat/models/eo.json"
cp "$src/tests/cli/cases/migrate-clean/item.json" "$work/cat/current/v151.json"
printf '{"type": "Feature", "ml-model:type": "ml-model",}\n' >"$work/cat/models/broken.json"
cp -R "$work/cat" "$work/original"
cd "$work" || exit 2

# --diff writes nothing.
run migrate --diff cat
[ $? -eq 2 ] || fail "--diff over a folder with an unparseable file should exit 2"
diff -r original cat >/dev/null || fail "--diff changed files"
grep -q '^+++ cat/models/cyclone.json' out || fail "--diff printed no diff for cyclone.json"

# --output mirrors the folder below DIR; unparseable files are not written there.
run migrate --output out-dir --report report.json cat
[ $? -eq 2 ] || fail "--output with an unparseable input should exit 2"
[ -f out-dir/models/cyclone.json ] && [ -f out-dir/models/eo.json ] && [ -f out-dir/current/v151.json ] ||
  fail "--output did not mirror the folders"
[ ! -e out-dir/models/broken.json ] || fail "an unparseable file was written to --output"
diff -r original cat >/dev/null || fail "--output changed the inputs"
grep -q '"status":"error"' report.json || fail "the report lacks the unparseable file"
grep -q '"pointer":"/properties/ml-model:learning_approach","kind":"manual"' report.json ||
  fail "the report lacks the dropped learning_approach"
grep -q '"original":"supervised"' report.json || fail "the report lacks the dropped value"
"$bin" --isolated --output-format concise -q out-dir >"$work/out" 2>"$work/err"
grep -q ' error ' out && fail "the migrated files have errors"

# --in-place: the unparseable file keeps its bytes, the others are migrated once and for all.
run migrate --in-place cat
[ $? -eq 2 ] || fail "--in-place with an unparseable input should exit 2"
cmp -s original/models/broken.json cat/models/broken.json || fail "--in-place touched a file that does not parse"
cmp -s out-dir/models/cyclone.json cat/models/cyclone.json || fail "--in-place and --output disagree"
rm cat/models/broken.json
run migrate --in-place cat
[ $? -eq 0 ] || fail "a second migration should find nothing to do (exit 0)"
cmp -s out-dir/models/eo.json cat/models/eo.json || fail "a second migration changed eo.json"
grep -q 'Migrated 0 of 3 files' err || fail "the summary of the second run is wrong"

# Exit codes of single files: 1 = manual work remains, 0 = migrated cleanly, 2 = usage error.
run migrate original/models/cyclone.json
[ $? -eq 1 ] || fail "an ml-model Item leaves manual work (exit 1)"
run migrate original/current/v151.json
[ $? -eq 0 ] || fail "v1.5.1 -> v1.5.2 is clean (exit 0)"
run migrate --to v1.4.0 original/current/v151.json
[ $? -eq 2 ] || fail "--to v1.4.0 should be refused"
run migrate --in-place --output x original/current/v151.json
[ $? -eq 2 ] || fail "--in-place with --output should be refused"
run migrate --in-place - <original/current/v151.json
[ $? -eq 2 ] || fail "--in-place on stdin should be refused"
run migrate - <original/current/v151.json
[ $? -eq 0 ] || fail "stdin to stdout should work"
grep -q 'mlm/v1.5.2/schema.json' out || fail "stdin was not migrated"
echo "ok"
