#!/bin/sh
# `cmake --install` installs the binary and its man page.
#
#   sh tests/integration/install_test.sh CMAKE BUILD_DIR
set -u

cmake=$1
build=$2
prefix=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-install.XXXXXX") || exit 2
trap 'rm -rf "$prefix"' EXIT

"$cmake" --install "$build" --prefix "$prefix" >"$prefix.log" 2>&1
status=$?
cat "$prefix.log"
rm -f "$prefix.log"
[ $status -eq 0 ] || { echo "FAIL: cmake --install exited $status"; exit 1; }

page=$prefix/share/man/man1/mlm-lint.1
[ -x "$prefix/bin/mlm-lint" ] || { echo "FAIL: $prefix/bin/mlm-lint is missing"; exit 1; }
[ -s "$page" ] || { echo "FAIL: $page is missing"; exit 1; }
"$prefix/bin/mlm-lint" --version >/dev/null || { echo "FAIL: the installed binary does not run"; exit 1; }
grep -q '^\.TH MLM-LINT 1' "$page" || { echo "FAIL: $page has no .TH header"; exit 1; }
grep -q -- '--write-baseline' "$page" || { echo "FAIL: $page lacks the check options"; exit 1; }
echo "install: 2 files, ok"
