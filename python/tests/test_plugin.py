"""The helper and fixture model repositories use in their own tests."""

from __future__ import annotations

import pytest

import mlm_lint
from mlm_lint.testing import assert_valid


def test_assert_valid_passes_a_valid_item(tmp_path):
    text = mlm_lint.new("UNet", "PyTorch", ["segmentation"])
    assert assert_valid(text).errors == []
    path = tmp_path / "item.json"
    path.write_text(text, encoding="utf-8")
    assert_valid(str(path))
    assert_valid(path)


def test_assert_valid_fails_with_the_findings():
    with pytest.raises(AssertionError, match="MLM901"):
        assert_valid("{not json")
    text = mlm_lint.new("UNet", "PyTorch", ["segmentation"])
    infos_or_warnings = [f for f in mlm_lint.check(text).findings if f.severity != "error"]
    if infos_or_warnings:
        with pytest.raises(AssertionError, match=infos_or_warnings[0].code):
            assert_valid(text, fail_on="info")
    with pytest.raises(ValueError):
        assert_valid(text, fail_on="fatal")


def test_fixture(mlm_lint_valid):
    mlm_lint_valid(mlm_lint.new("UNet", "PyTorch", ["segmentation"]))
    with pytest.raises(AssertionError):
        mlm_lint_valid({"type": "Feature"})
