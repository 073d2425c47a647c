#!/bin/sh
# Hostile file systems: symlink loops (folder and file), dangling symlinks, FIFOs and devices (never read
# forever), unreadable files and folders, names that are not UTF-8, a folder tree deeper than PATH_MAX, and
# files that vanish, turn into a FIFO or grow past the size limit between discovery and reading. Each is an
# MLM900/MLM906 finding with the reason, the scan goes on, the exit code is 1, and the JSON report stays
# valid JSON. Every run is under `timeout`: a hang fails the test instead of blocking CI.
#
#   sh tests/integration/hostile_fs_test.sh BINARY SOURCE_DIR
set -u

bin=$1
src=$2
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-hostile.XXXXXX") || exit 2
cleanup() { chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 2' INT TERM
cd "$work" || exit 2

passed=0
fail() {
  echo "FAIL: $*"
  for f in out err summary; do [ -f "$work/$f" ] && { echo "--- $f:"; cat "$work/$f"; }; done
  exit 1
}
pass() { passed=$((passed + 1)); }

# Runs mlm-lint (at most 60 s) and leaves stdout, stderr and the exit code in out, err, $status.
lint() {
  timeout 60 "$bin" --isolated "$@" >"$work/out" 2>"$work/err"
  status=$?
  [ "$status" -ne 124 ] || fail "mlm-lint $* did not finish within 60 s"
}
# One line per file of a JSON report: "PATH CODE: MESSAGE | ..."; fails if the report is not valid JSON
# (python's json module rejects invalid UTF-8 too).
summarize() {
  python3 - "$work/out" >"$work/summary" <<'EOF' || fail "the JSON report is not valid JSON"
import json, sys
sys.stdout.reconfigure(encoding="utf-8")
with open(sys.argv[1], encoding="utf-8") as f:
    report = json.load(f)
for entry in report["files"]:
    print(entry["path"], " | ".join(d["code"] + ": " + d["message"] for d in entry["diagnostics"]))
EOF
}
expect_line() { grep -qxF -e "$1" "$work/summary" || fail "expected the line: $1"; }

good="$src/testdata/rules/baseline_B.json"
[ -f "$good" ] || fail "missing $good"
latin1=$(printf 'caf\351')      # "café" in Latin-1: not UTF-8
fffd=$(printf '\357\277\275')   # U+FFFD in UTF-8

# --- a folder full of traps ------------------------------------------------------------------------
mkdir -p tree/sub
cp "$good" tree/good.json
cp "$good" tree/sub/nested.json
cp "$good" "tree/$latin1.json"
ln -s . tree/loopdir                 # a folder loop: symlinked folders are not followed
ln -s .. tree/sub/up
ln -s loop2.json tree/loop1.json     # a file loop
ln -s loop1.json tree/loop2.json
ln -s nowhere.json tree/dangling.json
ln -s nowhere.json "tree/bad$(printf '\377')link.json"   # a non-UTF-8 name inside a message
mkfifo tree/pipe.json
ln -s /dev/zero tree/zero.json       # a device: must never be read

lint --format json tree
[ "$status" -eq 1 ] || fail "folder scan: exit $status, expected 1"
summarize
expect_line "tree/bad${fffd}link.json MLM900: cannot read tree/bad${fffd}link.json: No such file or directory"
expect_line "tree/caf${fffd}.json "
expect_line "tree/dangling.json MLM900: cannot read tree/dangling.json: No such file or directory"
expect_line "tree/good.json "
expect_line "tree/loop1.json MLM900: cannot read tree/loop1.json: Too many levels of symbolic links"
expect_line "tree/loop2.json MLM900: cannot read tree/loop2.json: Too many levels of symbolic links"
expect_line "tree/pipe.json MLM900: cannot read tree/pipe.json: not a regular file"
expect_line "tree/sub/nested.json "
expect_line "tree/zero.json MLM900: cannot read tree/zero.json: not a regular file"
[ "$(wc -l <"$work/summary")" -eq 9 ] || fail "folder scan: expected exactly 9 files (loops followed?)"
pass

# Text output: the non-UTF-8 name is shown escaped, never as the raw byte.
lint --output-format concise tree
[ "$status" -eq 1 ] || fail "text: exit $status, expected 1"
grep -qF 'tree/bad\xfflink.json:1:1: error MLM900' "$work/out" || fail "text: the name should be shown as bad\\xfflink.json"
if LC_ALL=C grep -q "$(printf '\377')" "$work/out"; then fail "text: a raw 0xff byte reached the output"; fi
pass

# --- named paths: a device, a FIFO, a symlink loop, next to a good file -----------------------------
lint --format json /dev/zero tree/pipe.json tree/loop1.json tree/good.json
[ "$status" -eq 1 ] || fail "named: exit $status, expected 1"
summarize
expect_line "/dev/zero MLM900: cannot read /dev/zero: not a regular file"
expect_line "tree/pipe.json MLM900: cannot read tree/pipe.json: not a regular file"
expect_line "tree/loop1.json MLM900: cannot read tree/loop1.json: Too many levels of symbolic links"
expect_line "tree/good.json "
pass

# Standard input that never ends: only --max-file-size + 1 bytes are read.
timeout 60 "$bin" --isolated --format json --max-file-size 1M - </dev/zero >"$work/out" 2>"$work/err"
status=$?
[ "$status" -ne 124 ] || fail "stdin from /dev/zero did not finish within 60 s"
[ "$status" -eq 1 ] || fail "stdin from /dev/zero: exit $status, expected 1"
summarize
expect_line "- MLM906: standard input is larger than the limit of 1048576 bytes; it was not checked"
pass

# --- a folder tree deeper than PATH_MAX: the part beyond it is reported, the rest is checked ----------
mkdir deep
cp "$good" deep/top.json
long=dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
# (python: the shell's cd keeps the whole path, which cannot pass PATH_MAX)
python3 - "$long" "$good" <<'EOF' || fail "cannot build the deep tree"
import os, shutil, sys
os.chdir("deep")
for _ in range(45):
    os.mkdir(sys.argv[1])
    os.chdir(sys.argv[1])
shutil.copy(sys.argv[2], "bottom.json")
EOF
lint --format json deep
[ "$status" -eq 1 ] || fail "deep tree: exit $status, expected 1"
summarize
expect_line "deep/top.json "
grep -q "MLM900: cannot read deep/$long/.*: File name too long" "$work/summary" ||
  fail "deep tree: the folder beyond PATH_MAX should be MLM900 File name too long"
pass

# --- unreadable files and folders (meaningless for root, who can read everything) -------------------
if [ "$(id -u)" -eq 0 ]; then
  echo "SKIP: running as root (uid 0), which can read everything: unreadable files and folders not tested"
else
  mkdir -p locked/closed
  cp "$good" locked/good.json
  cp "$good" locked/secret.json
  cp "$good" locked/closed/inside.json
  chmod 000 locked/secret.json locked/closed
  lint --format json locked
  [ "$status" -eq 1 ] || fail "unreadable: exit $status, expected 1"
  summarize
  expect_line "locked/closed MLM900: cannot read locked/closed: Permission denied"
  expect_line "locked/good.json "
  expect_line "locked/secret.json MLM900: cannot read locked/secret.json: Permission denied"
  chmod 700 locked/closed
  pass
fi

# --- files that vanish or change between discovery and reading --------------------------------------
# Standard input is the first input and -j 1 checks in order, so mlm-lint waits on the FIFO after
# discovery ("checking N file(s)" with -v) until we have changed the files under it.
mkdir race
for f in a b c; do cp "$good" "race/$f.json"; done
mkfifo stdin.fifo
timeout 60 "$bin" --isolated -v -j 1 --format json --max-file-size 1M - race/a.json race/b.json race/c.json \
  <stdin.fifo >"$work/out" 2>"$work/err" &
pid=$!
exec 3>stdin.fifo
tries=0
until grep -q "checking 4 file" "$work/err"; do
  tries=$((tries + 1))
  [ "$tries" -lt 600 ] || { exec 3>&-; fail "mlm-lint never reported the end of discovery"; }
  sleep 0.1
done
rm race/a.json                                                      # vanished
rm race/b.json && mkfifo race/b.json                                # became a FIFO
dd if=/dev/zero of=race/c.json bs=1024 count=2048 2>/dev/null      # grew past the limit
cat "$good" >&3
exec 3>&-
wait "$pid"
status=$?
[ "$status" -ne 124 ] || fail "race: mlm-lint did not finish within 60 s"
[ "$status" -eq 1 ] || fail "race: exit $status, expected 1"
summarize
expect_line "- "
expect_line "race/a.json MLM900: cannot read race/a.json: No such file or directory"
expect_line "race/b.json MLM900: cannot read race/b.json: not a regular file"
expect_line "race/c.json MLM906: the file is 2097152 bytes, above the limit of 1048576 bytes; it was not checked"
pass

echo "hostile_fs: $passed passed, 0 failed"
