#!/bin/sh
# Golden test of the mlm-lint command line: runs one case and compares what it printed.
#
#   sh tests/cli/run_case.sh BINARY CASE_DIR
#
# A case directory (tests/cli/cases/NAME, one CTest test "cli/NAME" each) holds
#   cmd              the arguments on one line, split as the shell splits words (quotes work); paths are
#                    relative to the case directory, which is the working directory of the run
#   stdin            optional: standard input of the run (otherwise it is empty)
#   expected_stdout  the exact standard output
#   expected_exit    the exit status
#   expected_stderr  optional: the exact standard error; compared only if the file exists
#   env              optional: NAME=value lines exported for the run (e.g. NO_COLOR=1)
#   expected_output  optional: the exact content of the file the run wrote to "$OUT" (cmd may name it, as in
#                    `--output "$OUT"`; it lives in a temporary directory, not in the case)
#
# MLMLINT_UPDATE_GOLDEN=1 rewrites the expected files from the run instead of comparing (expected_stderr
# only where it exists already). Review the diff before committing it.
set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 BINARY CASE_DIR" >&2
  exit 2
fi
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
cd "$2" || exit 2
if [ ! -f cmd ]; then
  echo "$2: no cmd file" >&2
  exit 2
fi
here=$(pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-cli.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM

input=/dev/null
[ -f stdin ] && input=stdin
OUT=$work/output
if [ -f env ]; then
  while IFS= read -r assignment || [ -n "$assignment" ]; do
    [ -n "$assignment" ] && export "$assignment"
  done <env
fi
eval "set -- $(cat cmd)"
"$bin" "$@" <"$input" >"$work/stdout" 2>"$work/stderr"
echo $? >"$work/exit"

status=0
# Goldens are shared by every checkout: an absolute path in them would only match on one machine.
if grep -F "$here" "$work/stdout" >/dev/null; then
  echo "stdout contains the absolute path $here; make the case use relative paths"
  status=1
fi

if [ "${MLMLINT_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$work/stdout" expected_stdout
  cp "$work/exit" expected_exit
  if [ -f expected_stderr ]; then cp "$work/stderr" expected_stderr; fi
  if [ -f expected_output ]; then cp "$OUT" expected_output; fi
  echo "updated $here"
  exit $status
fi

if ! diff -u expected_stdout "$work/stdout"; then
  echo "stdout differs from $here/expected_stdout"
  status=1
fi
if ! diff -u expected_exit "$work/exit"; then
  echo "exit status differs from $here/expected_exit"
  status=1
fi
if [ -f expected_stderr ] && ! diff -u expected_stderr "$work/stderr"; then
  echo "stderr differs from $here/expected_stderr"
  status=1
fi
if [ -f expected_output ] && ! diff -u expected_output "$OUT"; then
  echo "the file written to \$OUT differs from $here/expected_output"
  status=1
fi
if [ $status -ne 0 ]; then
  echo "--- command: mlm-lint $(cat cmd)"
  echo "--- stderr:"
  cat "$work/stderr"
fi
exit $status
