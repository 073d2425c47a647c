"""Helpers for the tests of model repositories::

    from mlm_lint.testing import assert_valid

    def test_item_metadata():
        assert_valid(build_item().to_dict())            # no error finding
        assert_valid("item.json", fail_on="warning")    # a str path is read here: this helper takes files too

With pytest, the ``mlm_lint_valid`` fixture (``mlm_lint.pytest_plugin``, loaded automatically once mlm_lint is
installed) is the same function.
"""

from __future__ import annotations

import os
import pathlib
from typing import Any

from . import Document, Report, check

_LEVELS = {"error": 2, "warning": 1, "info": 0}


def assert_valid(doc: Document, *, fail_on: str = "error", **options: Any) -> Report:
    """Checks ``doc`` (as :func:`mlm_lint.check`; a ``str`` that names an existing ``.json`` file is read as
    that file) and raises ``AssertionError`` listing the findings at or above ``fail_on`` (``"error"``,
    ``"warning"`` or ``"info"``, as ``mlm-lint --fail-on``). Returns the report otherwise."""
    if fail_on not in _LEVELS:
        raise ValueError(f"fail_on is 'error', 'warning' or 'info', not {fail_on!r}")
    if isinstance(doc, str) and not doc.lstrip().startswith(("{", "[")) and os.path.isfile(doc):
        doc = pathlib.Path(doc)
    report = check(doc, **options)
    failing = [f for f in report.findings if _LEVELS[f.severity] >= _LEVELS[fail_on]]
    if failing:
        lines = "\n".join(f"  {f}" + (f"\n    hint: {f.hint}" if f.hint else "") for f in failing)
        raise AssertionError(f"{report.path}: {len(failing)} finding(s) at or above {fail_on}:\n{lines}")
    return report
