#!/bin/sh
# The JSON-Schema-Test-Suite (draft-07, required tests) through the real command line: for every group, the
# schema and each instance are written to files and checked with `mlm-lint validate` (all instances of a
# group in one run), i.e. through the schema chain, the bundler, the custom constraints, both passes and
# error shaping, exactly as a user's document. An instance is accepted when its report has no error, and the
# exit status must agree (0 when every instance of the run is accepted, 1 otherwise).
#
#   sh tests/integration/draft7_suite_test.sh BINARY SOURCE_DIR
#
# Known failures are listed with their reason in testdata/draft7_expected_failures.txt (shared with
# tests/schema/draft7_suite_test.cc); the test fails on any other failure and on a listed test that passes.
# The suite's remote references (http://localhost:1234/) come from its remotes/ folder via --schema-map.
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 BINARY SOURCE_DIR" >&2
  exit 2
fi
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
src=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/mlmlint-draft7.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM

python3 - "$bin" "$src/testdata/json-schema-test-suite" "$src/testdata/draft7_expected_failures.txt" "$work" <<'EOF'
import json
import os
import subprocess
import sys

binary, suite, expected_file, work = sys.argv[1:5]
remotes = os.path.abspath(os.path.join(suite, "remotes")) + "/"

expected = set()
with open(expected_file, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            expected.add(line.split("  #")[0])

tests_dir = os.path.join(suite, "tests", "draft7")
files = sorted(n for n in os.listdir(tests_dir) if n.endswith(".json"))
if len(files) < 30:
    print(f"only {len(files)} test files in {tests_dir}")
    sys.exit(1)

total = 0
failed = {}  # id -> why
problems = []
for name in files:
    with open(os.path.join(tests_dir, name), encoding="utf-8") as f:
        groups = json.load(f)
    for g, group in enumerate(groups):
        folder = os.path.join(work, f"{name[:-5]}-{g}")
        os.mkdir(folder)
        with open(os.path.join(folder, "schema.json"), "w", encoding="utf-8") as f:
            json.dump(group["schema"], f)
        instances = []
        for t, test in enumerate(group["tests"]):
            path = f"i{t}.json"
            with open(os.path.join(folder, path), "w", encoding="utf-8") as f:
                json.dump(test["data"], f)
            instances.append(path)
        run = subprocess.run([binary, "validate", "--schema", "schema.json",
                              "--schema-map", f"http://localhost:1234/={remotes}", "--format", "json", "-q",
                              *instances], cwd=folder, capture_output=True, text=True)
        accepted = None
        if run.returncode in (0, 1):
            try:
                report = json.loads(run.stdout)
                accepted = {r["path"]: not any(d["severity"] == "error" for d in r["diagnostics"])
                            for r in report["files"]}
            except (ValueError, KeyError) as e:
                problems.append(f"{name}|{group['description']}: unreadable report ({e})")
            if accepted is not None and (run.returncode == 0) != all(accepted.values()):
                problems.append(f"{name}|{group['description']}: exit status {run.returncode} disagrees with "
                                f"the report")
        for t, test in enumerate(group["tests"]):
            total += 1
            test_id = f"{name}|{group['description']}|{test['description']}"
            if accepted is None:
                failed[test_id] = f"exit status {run.returncode}: {run.stderr.strip()}"
            elif accepted.get(instances[t]) != test["valid"]:
                failed[test_id] = "accepted" if accepted.get(instances[t]) else "rejected"

unexpected = sorted(set(failed) - expected)
fixed = sorted(expected - set(failed))
print(f"[ draft-07 via mlm-lint validate ] {total - len(failed)} of {total} required tests pass")
for u in unexpected:
    print(f"unexpected failure: {u} ({failed[u]})")
for f in fixed:
    print(f"now passes, remove from draft7_expected_failures.txt: {f}")
for p in problems:
    print(p)
passing = total - len(failed)
if total < 927 or passing < 924:
    print(f"expected at least 924 of the 927 required tests to pass")
sys.exit(1 if unexpected or fixed or problems or total < 927 or passing < 924 else 0)
EOF
