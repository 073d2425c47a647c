"""Scanning an NDJSON corpus on a Dask cluster, with exactly the findings of ``mlm-lint --ndjson``::

    from dask.distributed import Client, LocalCluster
    from mlm_lint.dask import scan_ndjson

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1) as cluster, Client(cluster) as client:
        report = scan_ndjson("catalogue.ndjson", client)
    print(len(report.errors))

The client splits the file into ranges of whole lines (one pass counting newlines, nothing parsed) and each
worker reads its range from the same path and checks it with :func:`mlm_lint.check_ndjson`, numbered from the
range's first line, so the merged findings are those of one run over the whole file. On a real cluster the
path must be readable by every worker (a shared file system); each worker needs mlm_lint installed.
"""

from __future__ import annotations

import os
from typing import Any, List, Optional, Tuple

from . import Finding, Report, check_ndjson

_BLOCK = 1 << 20


def _newline_after(f, offset: int) -> int:
    """The offset just past the first newline at or after ``offset``; -1 when there is none."""
    f.seek(offset)
    while True:
        block = f.read(_BLOCK)
        if not block:
            return -1
        nl = block.find(b"\n")
        if nl >= 0:
            return offset + nl + 1
        offset += len(block)


def _count_newlines(f, start: int, end: int) -> int:
    f.seek(start)
    count = 0
    while start < end:
        block = f.read(min(_BLOCK, end - start))
        if not block:
            break
        count += block.count(b"\n")
        start += len(block)
    return count


def line_ranges(path: "os.PathLike[str] | str", parts: int) -> List[Tuple[int, int, int]]:
    """At most ``parts`` ranges ``(start, end, first_line)`` of whole lines covering the file, in order."""
    size = os.path.getsize(path)
    if size == 0:
        return []
    parts = max(1, min(parts, size))
    cuts = [0]
    with open(path, "rb") as f:
        for k in range(1, parts):
            target = size * k // parts
            if target < cuts[-1]:
                continue
            cut = _newline_after(f, target)
            if cut < 0 or cut >= size:
                break
            if cut > cuts[-1]:
                cuts.append(cut)
        cuts.append(size)
        ranges = []
        line = 1
        for start, end in zip(cuts, cuts[1:]):
            ranges.append((start, end, line))
            line += _count_newlines(f, start, end)
    return ranges


def _check_range(path: str, start: int, end: int, first_line: int, display: str, options: dict) -> Report:
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    return check_ndjson(data, first_line=first_line, path=display, **options)


def scan_ndjson(path: "os.PathLike[str] | str", client: Any, *, partitions: Optional[int] = None,
                display_path: Optional[str] = None, **options: Any) -> Report:
    """Checks the NDJSON file at ``path`` on the workers of the ``dask.distributed`` ``client`` and returns one
    :class:`mlm_lint.Report` with the findings of ``mlm-lint --ndjson PATH`` (in its order). ``partitions``:
    ranges to split the file into (default: four per worker thread). Options as for :func:`mlm_lint.check`."""
    path = os.fspath(path)
    if partitions is None:
        threads = sum(client.nthreads().values()) or 1
        partitions = 4 * threads
    ranges = line_ranges(path, partitions)
    display = display_path or path
    futures = [client.submit(_check_range, path, start, end, first, display, options, pure=False)
               for start, end, first in ranges]
    findings: List[Finding] = []
    for report in client.gather(futures):
        findings.extend(report.findings)
    return Report(display, findings)
