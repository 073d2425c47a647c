"""Shared helpers: the repository, the mlm-lint binary the module is compared with, and the documents."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Dict, Iterable, List

import pytest

ROOT = Path(os.environ.get("MLMLINT_SOURCE_DIR") or Path(__file__).resolve().parents[2])
CLI = Path(os.environ.get("MLMLINT_CLI") or ROOT / "build" / "mlm-lint")


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), *args], input=input, capture_output=True, cwd=cwd, check=False)


def cli_diagnostics(paths: Iterable[Path | str], *options: str) -> Dict[str, List[dict]]:
    """`mlm-lint check --isolated --format json` over `paths`: path -> its diagnostics, as JSON values."""
    paths = [str(p) for p in paths]
    result = run_cli("check", "--isolated", "--format", "json", "-j2", *options, *paths)
    assert result.returncode in (0, 1), result.stderr.decode()
    report = json.loads(result.stdout)
    return {f["path"]: f["diagnostics"] for f in report["files"]}


def example_files() -> List[Path]:
    """Every example and file fixture: testdata/examples, testdata/rules, testdata/fix and the inputs of the CLI
    golden cases."""
    files: List[Path] = []
    for folder in ("testdata/examples", "testdata/rules", "testdata/fix", "tests/cli/cases"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and not path.is_symlink() and path.suffix in (".json", ".geojson", ".ndjson", ".jsonl"):
                files.append(path)
    return files


# --- the rule fixtures: baseline_B.json patched by each test::patched_b(R"(...)") of tests/rules ---------------

def apply_patch(doc, ops):
    """RFC 6902, enough for the fixtures (add, remove, replace, move, copy); KeyError/IndexError if it fails."""
    import copy

    def parts(pointer):
        if pointer == "":
            return []
        return [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]

    def parent(root, pointer):
        keys = parts(pointer)
        node = root
        for key in keys[:-1]:
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node, keys[-1]

    def get(root, pointer):
        node = root
        for key in parts(pointer):
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def add(root, pointer, value):
        node, key = parent(root, pointer)
        if isinstance(node, list):
            if key == "-":
                node.append(value)
            else:
                index = int(key)
                if index > len(node):
                    raise IndexError(pointer)
                node.insert(index, value)
        else:
            node[key] = value

    def remove(root, pointer):
        node, key = parent(root, pointer)
        if isinstance(node, list):
            return node.pop(int(key))
        return node.pop(key)

    doc = copy.deepcopy(doc)
    for op in ops:
        kind = op["op"]
        if kind == "add":
            add(doc, op["path"], op["value"])
        elif kind == "remove":
            remove(doc, op["path"])
        elif kind == "replace":
            remove(doc, op["path"])
            add(doc, op["path"], op["value"])
        elif kind == "move":
            add(doc, op["path"], remove(doc, op["from"]))
        elif kind == "copy":
            add(doc, op["path"], copy.deepcopy(get(doc, op["from"])))
        else:
            raise KeyError(kind)
    return doc


def rule_fixtures() -> List[str]:
    """The documents of the rule tests (tests/rules/*.cc) that patch baseline_B.json, as JSON text."""
    base = json.loads((ROOT / "testdata/rules/baseline_B.json").read_text(encoding="utf-8"))
    out: List[str] = []
    for source in sorted((ROOT / "tests/rules").glob("*.cc")):
        for match in re.finditer(r'patched_b\(\s*R"\((.*?)\)"\s*\)', source.read_text(encoding="utf-8"), re.S):
            try:
                doc = apply_patch(base, json.loads(match.group(1)))
            except (ValueError, KeyError, IndexError, TypeError):
                continue
            out.append(json.dumps(doc, indent=2, ensure_ascii=False))
    return out


@pytest.fixture(scope="session")
def examples() -> List[Path]:
    return example_files()


@pytest.fixture(scope="session")
def mlm_examples() -> List[Path]:
    """The MLM example Items of every version (the examples folder also holds collections and broken files)."""
    items = []
    for path in sorted((ROOT / "testdata/examples/mlm").rglob("*.json")):
        try:
            doc = json.loads(path.read_bytes())
        except ValueError:
            continue
        if isinstance(doc, dict) and doc.get("type") == "Feature" and isinstance(doc.get("properties"), dict):
            items.append(path)
    assert len(items) > 20
    return items
