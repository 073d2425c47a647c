"""pytest plug-in (registered under the ``pytest11`` entry point): the ``mlm_lint_valid`` fixture::

    def test_item(mlm_lint_valid):
        mlm_lint_valid(build_item().to_dict(), fail_on="warning")
"""

from __future__ import annotations

from typing import Callable

import pytest

from .testing import assert_valid


@pytest.fixture
def mlm_lint_valid() -> Callable[..., object]:
    """:func:`mlm_lint.testing.assert_valid`: fails the test with the findings at or above ``fail_on``."""
    return assert_valid
