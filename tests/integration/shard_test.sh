#!/bin/sh
# --shard K/N: the N shards of a corpus together are exactly the single run — every file (and every
# unreadable path) in exactly one shard, the same findings, the same verdict — and a shard is the same on
# every run. Also --files-from feeding shards, as the README's xargs/Kubernetes recipes do.
#
#   sh tests/integration/shard_test.sh BINARY SOURCE_DIR
set -u

bin=$1
src=$2
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-shard.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM

fail() {
  echo "FAIL: $*"
  exit 1
}

# A corpus of 54 files in 3 folders: two copies of each official v1.5.2 example Item (several have findings)
# per folder, under new names.
cd "$work" || exit 2
i=0
for folder in a b c; do
  mkdir -p "corpus/$folder"
  for example in "$src"/testdata/examples/mlm/v1.5.2/item_*.json; do
    for copy in 1 2; do
      i=$((i + 1))
      cp "$example" "corpus/$folder/item-$i.json"
    done
  done
done
[ "$i" -eq 54 ] || fail "expected 54 corpus files, made $i"

# What a run checked (JSON: one line per file) and found (concise text: one line per finding).
files_of() { grep -o '^{"path":"[^"]*"' "$1" | sort; }
run() {  # name, args... -> $work/NAME.json, NAME.txt, NAME.exit
  name=$1
  shift
  "$bin" --isolated -q --format json "$@" >"$name.json" 2>/dev/null
  echo $? >"$name.exit"
  "$bin" --isolated -q --output-format concise "$@" >"$name.txt" 2>/dev/null
}

run single corpus missing.json
[ "$(cat single.exit)" -eq 1 ] || fail "the corpus should have findings (exit 1), got $(cat single.exit)"
files_of single.json >single.files
[ "$(wc -l <single.files)" -eq 55 ] || fail "the single run should report 55 paths, got $(wc -l <single.files)"

for n in 3 7; do
  : >union.files
  : >union.txt
  any_failing=0
  k=1
  while [ "$k" -le "$n" ]; do
    run "shard-$n-$k" --shard "$k/$n" corpus missing.json
    files_of "shard-$n-$k.json" >>union.files
    cat "shard-$n-$k.txt" >>union.txt
    [ "$(cat "shard-$n-$k.exit")" -eq 1 ] && any_failing=1
    [ "$n" -eq 3 ] && [ -z "$(files_of "shard-$n-$k.json")" ] && fail "shard $k/$n is empty: the hash does not spread"
    k=$((k + 1))
  done
  dupes=$(sort union.files | uniq -d)
  [ -z "$dupes" ] || fail "files checked by more than one of $n shards: $dupes"
  sort union.files | cmp -s - single.files || fail "the $n shards do not cover exactly the single run's files"
  sort single.txt >single.sorted
  sort union.txt | cmp -s - single.sorted || fail "the findings of the $n shards differ from the single run's"
  [ "$any_failing" -eq 1 ] || fail "no shard of $n failed, but the single run did"
done

# Deterministic: the same shard twice, also when the paths come from --files-from.
run again --shard 2/3 corpus missing.json
cmp -s again.json shard-3-2.json || fail "shard 2/3 differs between two runs"
find corpus -name '*.json' | sort >list.txt
echo missing.json >>list.txt
"$bin" --isolated -q --format json --shard 2/3 --files-from list.txt >from-list.json 2>/dev/null
files_of shard-3-2.json >shard-3-2.files
files_of from-list.json | cmp -s - shard-3-2.files ||
  fail "--files-from with --shard 2/3 does not check the same files as the folder"
echo "ok: 3 and 7 shards cover the single run exactly"
