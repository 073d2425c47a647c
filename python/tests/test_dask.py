"""The Dask recipe (mlm_lint.dask) on a LocalCluster of worker processes: exactly the findings of one
`mlm-lint --ndjson` run over the same corpus."""

from __future__ import annotations

import pytest

from conftest import cli_diagnostics
from test_cli_parity import ndjson_corpus

distributed = pytest.importorskip("dask.distributed")

from mlm_lint.dask import line_ranges, scan_ndjson  # noqa: E402


def test_line_ranges_cover_whole_lines(tmp_path):
    path = tmp_path / "x.ndjson"
    data = b"a\n\nbb\nccc\n" * 50 + b"last"
    path.write_bytes(data)
    for parts in (1, 2, 3, 7, 1000):
        ranges = line_ranges(path, parts)
        assert ranges[0][0] == 0 and ranges[-1][1] == len(data)
        assert len(ranges) <= parts
        for (s, e, first), (s2, _, first2) in zip(ranges, ranges[1:]):
            assert e == s2 and data[e - 1:e] == b"\n"
            assert first2 == first + data[s:e].count(b"\n")
    empty = tmp_path / "empty.ndjson"
    empty.write_bytes(b"")
    assert line_ranges(empty, 4) == []


def test_dask_scan_equals_the_cli(tmp_path, mlm_examples):
    corpus = tmp_path / "corpus.ndjson"
    corpus.write_bytes(ndjson_corpus(mlm_examples, 10))
    expected = cli_diagnostics([corpus])[str(corpus)]
    assert len(expected) > 100
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster:
        with distributed.Client(cluster) as client:
            report = scan_ndjson(corpus, client, partitions=7)
            assert [f.to_dict() for f in report.findings] == expected
            ignored = scan_ndjson(corpus, client, ignore=["MLM000"])
    assert [f.to_dict() for f in ignored.findings] == cli_diagnostics([corpus], "--ignore", "MLM000")[str(corpus)]
