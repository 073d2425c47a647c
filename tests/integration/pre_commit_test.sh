#!/bin/sh
# The pre-commit hook of .pre-commit-hooks.yaml, run by pre-commit itself: it must fail on a document
# with findings, pass on a clean one and skip files its `files` pattern does not match. Offline:
# language: system needs no environment, and the hook repository is a local git repository.
#
#   sh tests/integration/pre_commit_test.sh BINARY SOURCE_DIR
# Exit 77 (skipped) when pre-commit is not installed.
set -u

bin=$1
src=$2
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
if ! command -v pre-commit >/dev/null 2>&1; then
  echo "SKIPPED: pre-commit is not installed (scripts/setup installs the Debian package)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-precommit.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM
# No user or system git configuration, no shared pre-commit cache: the test sees only what it made.
export HOME="$work/home" PRE_COMMIT_HOME="$work/cache" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.invalid
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.invalid
mkdir -p "$HOME" "$work/bin"
ln -s "$bin" "$work/bin/mlm-lint"
PATH="$work/bin:$PATH"

fail() {
  echo "FAIL: $*"
  [ -f "$work/out" ] && cat "$work/out"
  exit 1
}

# The hook repository: this checkout's hook definition, committed (try-repo clones it).
mkdir "$work/hooks"
cp "$src/.pre-commit-hooks.yaml" "$work/hooks/" || fail "no .pre-commit-hooks.yaml at $src"
(cd "$work/hooks" && git init -q && git add .pre-commit-hooks.yaml && git commit -q -m hooks) || fail "git"

# The project using it.
mkdir "$work/project"
cd "$work/project" || exit 2
git init -q || fail "git init"
cp "$src/tests/cli/cases/clean/item.json" good.json
cp "$src/tests/cli/cases/errors/item.json" bad.geojson
echo "not json" >notes.txt
printf '{"name": "web", "version": "1.0.0", "type": "module"}\n' >package.json
printf '{"level": "info", "msg": "started"}\n' >log.jsonl
git add . || fail "git add"

run() { pre-commit try-repo "$work/hooks" mlm-lint "$@" >"$work/out" 2>&1; }

run --files bad.geojson
status=$?
[ $status -eq 1 ] || fail "the hook should fail on bad.geojson (exit $status)"
grep -q "MLM102 input-stacked-count-mismatch" "$work/out" || fail "the hook output lacks mlm-lint's findings"

run --files good.json
status=$?
[ $status -eq 0 ] || fail "the hook should pass on good.json (exit $status)"
grep -q "mlm-lint.*Passed" "$work/out" || fail "the hook did not run on good.json"

# pre-commit names every staged *.json: JSON that is not STAC is skipped (and counted), not an error; an
# NDJSON file is checked like the others.
run --verbose --files package.json log.jsonl good.json
status=$?
[ $status -eq 0 ] || fail "package.json and log.jsonl are not STAC: the hook should skip them (exit $status)"
grep -q "Checked 1 file: 0 errors, 0 warnings, 0 infos; skipped 2 JSON files that are not STAC" "$work/out" ||
  fail "the hook did not say it skipped package.json and log.jsonl"

run --files notes.txt
status=$?
[ $status -eq 0 ] || fail "notes.txt is not a JSON file: the hook should not run (exit $status)"
grep -q "no files to check" "$work/out" || fail "the hook ran on notes.txt"

# Options in the user's `args:` come before the file names pre-commit appends: each option takes its one
# value and leaves the files alone (issue #16: `args: [--ignore, MLM701]` used to fail every commit).
# The config as README's pre-commit recipe writes it: `rev: main`, which `pre-commit autoupdate` pins to the newest
# tag or, in a hook repository without tags (as this one, and as mlm-lint's own until a release is tagged), to the
# commit SHA of its head.
rev=$(cd "$work/hooks" && git rev-parse HEAD) || fail "git rev-parse"
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $work/hooks
    rev: main
    hooks:
      - id: mlm-lint
        args: [--select, MLM102, --ignore, MLM701]
EOF
pre-commit autoupdate --repo "$work/hooks" >"$work/out" 2>&1 || fail "pre-commit autoupdate failed"
grep -q "^    rev: $rev\$" .pre-commit-config.yaml || fail "pre-commit autoupdate did not pin rev: to $rev"
git add .pre-commit-config.yaml || fail "git add"
pre-commit run --files good.json >"$work/out" 2>&1
status=$?
[ $status -eq 0 ] || fail "with args: [--select, MLM102, --ignore, MLM701] the hook should pass on good.json (exit $status)"
pre-commit run --files bad.geojson >"$work/out" 2>&1
status=$?
[ $status -eq 1 ] || fail "with args: the hook should fail on bad.geojson (exit $status)"
grep -q "bad.geojson:.*MLM102 input-stacked-count-mismatch" "$work/out" || fail "the hook did not check bad.geojson"
if grep -q "MLM309" "$work/out"; then fail "--select MLM102 from args: was not applied"; fi

echo "pre-commit hook: 7 passed, 0 failed"
