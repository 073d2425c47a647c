"""The Python side: inputs, misuse, threads, large inputs, reference counting."""

from __future__ import annotations

import gc
import json
import pathlib
import sys
import threading
import tracemalloc

import pytest

import mlm_lint
from conftest import ROOT


def findings(report):
    return [f.to_dict() for f in report.findings]


@pytest.fixture(scope="module")
def item_text(mlm_examples):
    return mlm_examples[0].read_text(encoding="utf-8")


def test_dict_str_bytes_and_path_agree(mlm_examples):
    for path in mlm_examples:
        text = path.read_text(encoding="utf-8")
        by_path = mlm_lint.check(path)
        assert findings(mlm_lint.check(text)) == findings(by_path)
        assert findings(mlm_lint.check(text.encode())) == findings(by_path)
        assert findings(mlm_lint.check(bytearray(text.encode()))) == findings(by_path)
        # A dict is serialized (2-space indented): same findings, lines of that text.
        as_dict = mlm_lint.check(json.loads(text))
        assert [(f.code, f.pointer) for f in as_dict.findings] == [(f.code, f.pointer) for f in by_path.findings]
        assert findings(as_dict) == findings(mlm_lint.check(json.dumps(json.loads(text), indent=2, ensure_ascii=False)))


def test_report_objects():
    report = mlm_lint.check('{"type": "Feature", "stac_version": "1.0.0"}', path="item.json")
    assert report.path == "item.json"
    assert report.errors and all(f.severity == "error" for f in report.errors)
    assert len(report.errors) + len(report.warnings) + len(report.infos) == len(report.findings)
    assert repr(report).startswith("Report(path='item.json', errors=")
    first = report.findings[0]
    assert repr(first).startswith(f"Finding({first.code} {first.name}")
    assert first.code in str(report)
    rule = mlm_lint.rules()[0]
    assert repr(rule).startswith(f"Rule({rule.code}")


def test_bad_documents_are_findings():
    assert [f.code for f in mlm_lint.check("{not json").findings] == ["MLM901"]
    assert [f.code for f in mlm_lint.check(b"").findings] == ["MLM901"]
    assert [f.code for f in mlm_lint.check(b"\xff\xfe{}").findings] == ["MLM901"]
    assert [f.code for f in mlm_lint.check("[" * 5000 + "]" * 5000).findings] == ["MLM906"]
    assert "MLM904" in [f.code for f in mlm_lint.check('{"type": "Feature", "x": 1e999}').findings]
    assert "MLM903" in [f.code for f in mlm_lint.check('{"type": "Feature", "id": "a", "id": "b"}').findings]
    assert [f.code for f in mlm_lint.check(pathlib.Path("/nonexistent/item.json")).findings] == ["MLM900"]
    assert [f.code for f in mlm_lint.check(pathlib.Path(ROOT)).findings] == ["MLM900"]
    assert [f.code for f in mlm_lint.check("{}" + " " * 100, max_file_size=10).findings] == ["MLM906"]
    assert mlm_lint.check({"type": "Feature", "x": float("nan")}).findings[0].code == "MLM901"
    assert mlm_lint.fix("{not json") == "{not json"
    # A str that is not Unicode text (a lone surrogate) reaches the engine as the bytes it stands for.
    assert [f.code for f in mlm_lint.check('{"id": "\ud800"}').findings] == ["MLM901"]


def test_misuse_raises():
    with pytest.raises(TypeError, match="not int"):
        mlm_lint.check(42)
    with pytest.raises(TypeError):
        mlm_lint.check(None)
    with pytest.raises(ValueError, match="select: unknown rule .* 'MLM8'"):
        mlm_lint.check("{}", select=["MLM8"])
    with pytest.raises(ValueError, match="did you mean 'MLM102'"):
        mlm_lint.check("{}", ignore=["MLM1O2"])
    with pytest.raises(ValueError, match="unknown severity 'loud'"):
        mlm_lint.check("{}", severities={"MLM102": "loud"})
    with pytest.raises(ValueError, match="is a prefix"):
        mlm_lint.check("{}", severities={"MLM1": "off"})
    with pytest.raises(TypeError):
        mlm_lint.check("{}", severities=["MLM102=off"])
    with pytest.raises(TypeError):
        mlm_lint.check("{}", select=[102])
    with pytest.raises(ValueError, match="schema_map"):
        mlm_lint.check("{}", schema_map=["no-equals-sign"])
    with pytest.raises(ValueError):
        mlm_lint.check("{}", max_depth=0)
    with pytest.raises(ValueError):
        mlm_lint.check_many(["{}"], jobs=0)
    with pytest.raises(ValueError):
        mlm_lint.check_many(["{}", "{}"], paths=["a"])
    with pytest.raises(TypeError):
        mlm_lint.check_many([1])
    with pytest.raises(ValueError):
        mlm_lint.check_ndjson("{}", first_line=0)
    with pytest.raises(ValueError, match="unknown rule or pipeline code 'MLM999'"):
        mlm_lint.explain("MLM999")
    with pytest.raises(ValueError, match="not migrated"):
        mlm_lint.migrate("{not json")
    with pytest.raises(ValueError):
        mlm_lint.new("x", "PyTorch", ["not-a-task"])


def test_threads(mlm_examples):
    texts = [p.read_text(encoding="utf-8") for p in mlm_examples]
    expected = [findings(mlm_lint.check(t)) for t in texts]
    errors = []

    def worker():
        try:
            for _ in range(10):
                for text, want in zip(texts, expected):
                    if findings(mlm_lint.check(text)) != want:
                        errors.append("differs")
        except Exception as e:  # reported below: an exception in a thread does not fail the test by itself
            errors.append(repr(e))

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    many = mlm_lint.check_many(texts * 50, jobs=4)
    assert [findings(r) for r in many] == expected * 50


def test_large_inputs(item_text):
    item = json.loads(item_text)
    item["properties"]["description"] = "x" * (20 << 20)
    report = mlm_lint.check(item)
    assert [f.code for f in report.findings] == [f.code for f in mlm_lint.check(item_text).findings]
    # 5,000 documents in one NDJSON text and through check_many.
    line = json.dumps(json.loads(item_text), separators=(",", ":"))
    ndjson = mlm_lint.check_ndjson("\n".join([line] * 5000))
    one = mlm_lint.check_ndjson(line)
    assert len(ndjson.findings) == 5000 * len(one.findings)
    assert len(mlm_lint.check_many([line] * 5000, jobs=2)) == 5000


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def test_no_leak_over_10000_calls():
    doc = '{"type": "Feature", "stac_version": "1.0.0", "stac_extensions": ["https://stac-extensions.github.io/mlm/v1.5.2/schema.json"], "id": "x", "properties": {"mlm:name": "m"}}'
    data = doc.encode()
    report = mlm_lint.check(data)
    assert report.findings  # every call builds findings: the objects a leak would keep
    for _ in range(300):  # warm-up: caches, allocator pools
        mlm_lint.check(data)
        mlm_lint.check_many([data, doc], jobs=1)
    refs = sys.getrefcount(data)
    gc.collect()
    tracemalloc.start()
    before_py = tracemalloc.get_traced_memory()[0]
    before_rss = rss_kib()
    for i in range(10000):
        r = mlm_lint.check(data)
        if i % 10 == 0:
            mlm_lint.check_many([data, doc], jobs=1)
    del r
    gc.collect()
    after_py = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    after_rss = rss_kib()
    assert sys.getrefcount(data) == refs
    assert after_py - before_py < 256 * 1024, "Python objects kept across calls"
    # One leaked finding per call would be > 10 MB; allow the allocator some slack.
    assert after_rss - before_rss < 8 * 1024, f"RSS grew by {after_rss - before_rss} KiB"
