#!/bin/sh
# The packages `cpack` writes in the build folder (README "## Installing"): the .deb and the .tar.gz each hold
# the binary and the man page; the binary needs no shared library beyond glibc's but libsimdjson (Debian ships no
# static simdjson), which the .deb declares, as it declares nothing else; extracted, it checks a bundled example
# with the verdict the build's own binary gives.
#
#   sh tests/integration/package_test.sh CPACK BUILD_DIR SOURCE_DIR
# Exit 77 (skipped) without dpkg-deb, readelf or ldd.
set -u

if [ $# -ne 3 ]; then
  echo "usage: $0 CPACK BUILD_DIR SOURCE_DIR" >&2
  exit 2
fi
cpack=$1
build=$2
src=$3
for tool in dpkg-deb readelf ldd tar; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIPPED: $tool is not installed"; exit 77; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-package.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM
unset LD_LIBRARY_PATH LD_PRELOAD  # ldd and the runs below must see what any machine sees

fail() {
  echo "FAIL: $*"
  exit 1
}

# The shared libraries the binary may name itself: glibc's, and libsimdjson.
kGlibc='^(linux-vdso\.so\.1|libc\.so\.6|libm\.so\.6|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1|ld-linux-x86-64\.so\.2)$'
kAllowed="$kGlibc|^libsimdjson\\.so\\.[0-9]+\$"

# Into a folder of its own, so the test sees only what this run wrote (not a package left by an older build).
"$cpack" --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1
status=$?
[ $status -eq 0 ] || { cat "$work/cpack.log"; fail "cpack exited $status"; }
deb=$(ls "$work/out"/mlm-lint_*.deb 2>/dev/null)
tgz=$(ls "$work/out"/mlm-lint-*.tar.gz 2>/dev/null)
[ -n "$deb" ] && [ -f "$deb" ] || { cat "$work/cpack.log"; fail "cpack wrote no mlm-lint_*.deb"; }
[ -n "$tgz" ] && [ -f "$tgz" ] || { cat "$work/cpack.log"; fail "cpack wrote no mlm-lint-*.tar.gz"; }

# The verdict the packaged binary must give: the build's own binary's, on an example with findings and on a
# clean document (exit 1 and 0; anything else is a broken run, not a verdict).
example=$src/testdata/examples/mlm/v1.5.2/item_multi_io.json
clean=$src/tests/cli/cases/clean/item.json
[ -f "$example" ] && [ -f "$clean" ] || fail "the examples are missing from $src"
"$build/mlm-lint" --output-format concise "$example" >"$work/expected" 2>&1
expected_status=$?
[ $expected_status -eq 1 ] || fail "the build's mlm-lint should find problems in $example (exit $expected_status)"

version=$("$build/mlm-lint" --version | head -n 1 | awk '{print $2}')
checks=0

# check_tree NAME ROOT: ROOT/bin/mlm-lint and ROOT/share/man/man1/mlm-lint.1 are the packaged program.
check_tree() {
  name=$1
  root=$2
  bin=$root/bin/mlm-lint
  page=$root/share/man/man1/mlm-lint.1
  [ -x "$bin" ] || fail "$name: no bin/mlm-lint"
  [ -s "$page" ] || fail "$name: no share/man/man1/mlm-lint.1"
  grep -q '^\.TH MLM-LINT 1' "$page" || fail "$name: the man page has no .TH header"
  grep -q -- '--write-baseline' "$page" || fail "$name: the man page lacks the check options"

  # What the binary names itself (DT_NEEDED), and everything ldd loads for it.
  readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' >"$work/needed"
  [ -s "$work/needed" ] || fail "$name: readelf found no NEEDED entries in $bin"
  if grep -v -E "$kAllowed" "$work/needed" >"$work/extra"; then
    fail "$name: mlm-lint needs $(tr '\n' ' ' <"$work/extra")beyond glibc and libsimdjson"
  fi
  ldd "$bin" >"$work/ldd" 2>&1 || { cat "$work/ldd"; fail "$name: ldd failed"; }
  if grep -q 'not found' "$work/ldd"; then cat "$work/ldd"; fail "$name: a library is not found"; fi
  # Every library ldd lists beyond glibc's comes in through libsimdjson, which needs the C++ runtime itself.
  awk '{ print $1 }' "$work/ldd" | sed 's|.*/||' >"$work/loaded"
  grep -v -E "$kAllowed" "$work/loaded" >"$work/beyond"
  simdjson=$(awk '/libsimdjson/ { print $3 }' "$work/ldd")
  while read -r lib; do
    [ -n "$simdjson" ] && ldd "$simdjson" | grep -q "^[[:space:]]*$lib " ||
      fail "$name: ldd lists $lib, which neither glibc nor libsimdjson brings in"
  done <"$work/beyond"
  # libcurl is dlopen'ed on demand only.
  if grep -q libcurl "$work/ldd"; then fail "$name: mlm-lint links libcurl"; fi

  "$bin" --version | head -n 1 | grep -q "^mlm-lint $version\$" || fail "$name: --version is not mlm-lint $version"
  "$bin" --output-format concise "$example" >"$work/actual" 2>&1
  status=$?
  [ $status -eq 1 ] || { cat "$work/actual"; fail "$name: mlm-lint on $example exited $status, not 1"; }
  diff "$work/expected" "$work/actual" >/dev/null || {
    diff "$work/expected" "$work/actual"
    fail "$name: the packaged binary's findings differ from the build's"
  }
  grep -q 'MLM[0-9][0-9][0-9]' "$work/actual" || fail "$name: no findings printed for $example"
  "$bin" -q "$clean" >"$work/actual" 2>&1
  status=$?
  [ $status -eq 0 ] || { cat "$work/actual"; fail "$name: mlm-lint on a clean item exited $status, not 0"; }
  checks=$((checks + 1))
}

# The .deb: its control fields, then its files extracted under a root of their own.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = mlm-lint ] || fail ".deb: Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail ".deb: Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail ".deb: Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail ".deb: no Maintainer"
field Description | grep -q 'MLM' || fail ".deb: the Description does not say what mlm-lint is"
# Depends: libc6 and libsimdjson14 (versioned by dpkg-shlibdeps), nothing else.
field Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//' | sort >"$work/depends"
printf 'libc6\nlibsimdjson14\n' >"$work/depends.expected"
diff "$work/depends.expected" "$work/depends" >/dev/null ||
  fail ".deb: Depends is '$(field Depends)', not libc6 and libsimdjson14 alone"
dpkg-deb -x "$deb" "$work/deb" || fail "dpkg-deb -x $deb"
check_tree .deb "$work/deb/usr"

mkdir "$work/tgz"
tar -xzf "$tgz" -C "$work/tgz" || fail "tar -xzf $tgz"
top=$(ls "$work/tgz")
[ "$(echo "$top" | wc -l)" -eq 1 ] || fail ".tar.gz: more than one top-level folder: $top"
check_tree .tar.gz "$work/tgz/$top"

echo "package: $checks passed, 0 failed ($(basename "$deb"), $(basename "$tgz"))"
