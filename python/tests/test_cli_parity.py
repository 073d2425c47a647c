"""The module runs the command line's pipeline: the same findings on every example and fixture."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import mlm_lint
from conftest import ROOT, cli_diagnostics, example_files, rule_fixtures, run_cli


def test_every_example_and_fixture_file(examples):
    assert len(examples) > 150  # the examples, the file fixtures and the CLI cases' inputs
    expected = cli_diagnostics(examples)
    assert len(expected) == len(examples)
    differing = []
    for path in examples:
        got = mlm_lint.check(path, path=str(path))
        assert got.path == str(path)
        if [f.to_dict() for f in got.findings] != expected[str(path)]:
            differing.append(str(path))
        if path.suffix in (".json", ".geojson"):
            # The same bytes given as a buffer.
            as_bytes = mlm_lint.check(path.read_bytes(), path=str(path))
            assert [f.to_dict() for f in as_bytes.findings] == expected[str(path)], path
    assert differing == []
    # The comparison means something: the corpus has findings of many codes.
    codes = {d["code"] for diagnostics in expected.values() for d in diagnostics}
    assert len(codes) > 20


def test_rule_fixtures(tmp_path):
    fixtures = rule_fixtures()
    assert len(fixtures) > 250  # tests/rules patches baseline_B.json ~350 times
    paths = []
    for i, text in enumerate(fixtures):
        path = tmp_path / f"fixture-{i:03}.json"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    expected = cli_diagnostics(paths)
    reports = mlm_lint.check_many(fixtures, jobs=2, paths=[str(p) for p in paths])
    for path, report in zip(paths, reports):
        assert [f.to_dict() for f in report.findings] == expected[str(path)], path
    codes = {f.code for r in reports for f in r.findings}
    assert len(codes) > 40


@pytest.mark.parametrize("module_options, cli_options", [
    (dict(select=["MLM1", "MLM5"]), ["--select", "MLM1", "--select", "MLM5"]),
    (dict(ignore=["MLM000", "unknown-mlm-field"]), ["--ignore", "MLM000", "--ignore", "unknown-mlm-field"]),
    (dict(severities={"MLM504": "error", "MLM000": None}), ["--rule", "MLM504=error", "--rule", "MLM000=off"]),
    (dict(no_rules=True), ["--no-rules"]),
])
def test_options(module_options, cli_options, examples):
    files = [p for p in examples if "examples" in p.parts]
    expected = cli_diagnostics(files, *cli_options)
    for path in files:
        got = mlm_lint.check(path, **module_options)
        assert [f.to_dict() for f in got.findings] == expected[str(path)], path


def test_schema_map(tmp_path, mlm_examples):
    # A mapped schema that rejects everything: both see it at the same place.
    schema = tmp_path / "false.json"
    schema.write_text("false", encoding="utf-8")
    url = "https://stac-extensions.github.io/mlm/v1.5.2/schema.json"
    expected = cli_diagnostics(mlm_examples, "--schema-map", f"{url}={schema}")
    for path in mlm_examples:
        got = mlm_lint.check(path, schema_map={url: schema})
        assert [f.to_dict() for f in got.findings] == expected[str(path)], path


def ndjson_corpus(mlm_examples, copies: int) -> bytes:
    lines = []
    for k in range(copies):
        for path in mlm_examples:
            lines.append(json.dumps(json.loads(path.read_bytes()), separators=(",", ":")))
        if k % 7 == 0:
            lines += ["", "{not json", "   ", '{"type": "Feature"}']
    return ("\n".join(lines) + "\n").encode()


def test_ndjson(tmp_path, mlm_examples):
    corpus = tmp_path / "corpus.ndjson"
    corpus.write_bytes(ndjson_corpus(mlm_examples, 20))
    expected = cli_diagnostics([corpus])[str(corpus)]
    assert any(d["code"] == "MLM901" for d in expected)
    assert [f.to_dict() for f in mlm_lint.check(corpus).findings] == expected
    assert [f.to_dict() for f in mlm_lint.check_ndjson(corpus.read_bytes()).findings] == expected
    # Standard input with --ndjson, as a pipe.
    stdin = run_cli("check", "--isolated", "--format", "json", "--ndjson", "-", input=corpus.read_bytes())
    assert json.loads(stdin.stdout)["files"][0]["diagnostics"] == expected


def test_fix(tmp_path, examples):
    sources = [ROOT / "testdata/fix/item.json"] + [p for p in examples if "examples" in p.parts][:20]
    changed = 0
    for i, source in enumerate(sources):
        target = tmp_path / f"{i}-{source.name}"
        shutil.copyfile(source, target)
        text = source.read_text(encoding="utf-8")
        fixed = mlm_lint.fix(text)
        run_cli("check", "--isolated", "--fix", "-q", str(target))
        assert fixed == target.read_text(encoding="utf-8"), source
        changed += fixed != text
        assert mlm_lint.fix(target) == fixed  # a path is read, never written
        assert target.read_text(encoding="utf-8") == fixed
    assert changed > 0


def test_migrate():
    legacy = sorted((ROOT / "testdata/rules/legacy").glob("*.json")) + sorted(
        (ROOT / "testdata/examples/ml-model").rglob("*.json"))
    assert legacy
    for path in legacy:
        text, notes = mlm_lint.migrate(path.read_text(encoding="utf-8"))
        cli = run_cli("migrate", "-q", str(path))
        assert cli.returncode in (0, 1), cli.stderr  # 1: manual work remains
        assert cli.stdout and text == cli.stdout.decode(), path
        assert notes and all(isinstance(n, mlm_lint.MigrationNote) for n in notes)


def test_new():
    text = mlm_lint.new("ResNet-18 crops", "pytorch", ["classification"], bands=["B04", "B03", "B02"],
                        classes=["wheat", "maize"])
    cli = run_cli("new", "--name", "ResNet-18 crops", "--framework", "pytorch", "--task", "classification",
                  "--bands", "B04,B03,B02", "--classes", "wheat,maize")
    assert text == cli.stdout.decode()
    assert not mlm_lint.check(text).errors


def test_rules_and_explain():
    cli = json.loads(run_cli("rules", "--format", "json").stdout)["rules"]
    got = mlm_lint.rules()
    assert [r.__dict__ for r in got] == cli
    for rule in got:
        assert mlm_lint.explain(rule.code) == run_cli("explain", rule.code).stdout.decode()
