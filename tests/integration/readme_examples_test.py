#!/usr/bin/env python3
"""Every mlm-lint command shown in README.md runs, verbatim, without a usage error.

The commands are extracted from README.md's code blocks (sh blocks, and `$ `-prompted or bare `mlm-lint ...`
lines of the example blocks), so a new example is tested as soon as it is written. They run in README order in
one sandbox folder holding the files the examples name (item.json, catalog/, items.ndjson, ...), with this
build's mlm-lint first on PATH. An example passes when mlm-lint accepts its command line: exit status 0 or 1
(findings), or xargs's 123 for a batch with findings — never 2 (usage or configuration error) and never an
"mlm-lint: error:" on stderr. Synopsis lines with placeholders (PATH..., [OPTIONS], CODE) are not commands;
commands that reach the network or the user's schema cache are not run.

    readme_examples_test.py MLM_LINT SOURCE_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Synopsis lines, not commands: placeholders in capitals, optional parts in brackets, ellipses.
PLACEHOLDER = re.compile(r"\[|\.\.\.|\b(PATH|CODE|URL|FILE|OPTIONS|N|F|T|S\.json)\b")
# Not run: they download or change the user's schema cache.
NOT_RUN = re.compile(r"schemas (fetch|clear)|--allow-remote")


def commands(readme):
    """(line number, command) of every mlm-lint command in the README's code blocks."""
    out = []
    lines = readme.splitlines()
    in_block, lang = False, ""
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = re.match(r"^```(\w*)\s*$", line)
        if fence:
            in_block, lang = (not in_block), fence.group(1)
            i += 1
            continue
        if in_block and lang in ("", "sh", "console", "bash"):
            text = line.strip()
            number = i + 1
            if text.startswith("$ "):
                text = text[2:]
            while text.endswith("\\") and i + 1 < len(lines):  # a command continued on the next line
                i += 1
                text = text[:-1] + " " + lines[i].strip()
            command = re.sub(r"\s+#\s.*$", "", text).strip()  # the trailing comment
            is_mlm_lint = re.match(r"mlm-lint(\s|$)", command) or re.search(r"\|\s*(xargs [^|]*)?mlm-lint\s", command)
            if is_mlm_lint and not PLACEHOLDER.search(command):
                out.append((number, command))
        i += 1
    return out


def make_sandbox(root, source):
    examples = os.path.join(source, "testdata", "examples", "mlm", "v1.5.2")
    shutil.copy(os.path.join(examples, "item_basic.json"), os.path.join(root, "item.json"))
    catalog = os.path.join(root, "catalog")
    os.mkdir(catalog)
    items = []
    for name in sorted(os.listdir(examples)):
        if name.endswith(".json"):
            shutil.copy(os.path.join(examples, name), catalog)
            with open(os.path.join(examples, name), encoding="utf-8") as f:
                doc = json.load(f)
            if doc.get("type") == "Feature":
                items.append(doc)
    with open(os.path.join(root, "items.ndjson"), "w", encoding="utf-8") as f:
        for doc in items[:3]:
            f.write(json.dumps(doc) + "\n")
    with open(os.path.join(root, "search.json"), "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": items[:3]}, f)
    shutil.copy(os.path.join(source, "schemas", "stac-extensions.github.io", "projection", "v1.1.0", "schema.json"),
                os.path.join(root, "projection.json"))
    os.mkdir(os.path.join(root, "our-schemas"))
    schema = {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
              "required": ["name"], "properties": {"name": {"type": "string"}}}
    for name in ("config.schema.json", "schema.json"):
        with open(os.path.join(root, name), "w", encoding="utf-8") as f:
            json.dump(schema, f)
    with open(os.path.join(root, "defs.json"), "w", encoding="utf-8") as f:
        json.dump({"$schema": "http://json-schema.org/draft-07/schema#", "type": "string"}, f)
    os.mkdir(os.path.join(root, "config"))
    for name, doc in (("a.json", {"name": "a"}), ("b.json", {"name": 3})):
        with open(os.path.join(root, "config", name), "w", encoding="utf-8") as f:
            json.dump(doc, f)
    with open(os.path.join(root, "data.json"), "w", encoding="utf-8") as f:
        json.dump({"name": "x"}, f)


def main():
    mlm_lint, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    with open(os.path.join(source, "README.md"), encoding="utf-8") as f:
        found = commands(f.read())
    if len(found) < 20:
        print(f"FAIL: only {len(found)} mlm-lint commands found in README.md; the extraction is broken")
        return 1
    failures, ran, skipped = [], 0, []
    with tempfile.TemporaryDirectory(prefix="mlmlint-readme.") as root:
        make_sandbox(root, source)
        bin_dir = os.path.join(root, ".bin")
        os.mkdir(bin_dir)
        os.symlink(mlm_lint, os.path.join(bin_dir, "mlm-lint"))
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""),
                   XDG_CACHE_HOME=os.path.join(root, ".cache"), HOME=root)
        for number, command in found:
            first = command.split()[0]
            if NOT_RUN.search(command) or shutil.which(first, path=env["PATH"]) is None:
                skipped.append(f"README.md:{number}: {command}")
                continue
            result = subprocess.run(["sh", "-c", command], cwd=root, env=env, capture_output=True, text=True,
                                    timeout=120)
            ran += 1
            usage_error = result.returncode == 2 or "mlm-lint: error:" in result.stderr
            if usage_error or result.returncode not in (0, 1, 123):
                failures.append(f"README.md:{number}: {command}\n  exit {result.returncode}: "
                                f"{result.stderr.strip()[:400]}")
    for s in skipped:
        print(f"skipped (network, cache or a missing tool): {s}")
    for f in failures:
        print(f"FAIL {f}")
    print(f"readme examples: {ran} run, {len(failures)} failed, {len(skipped)} skipped")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
