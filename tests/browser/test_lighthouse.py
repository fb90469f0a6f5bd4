"""Lighthouse (mobile preset) on the pages people open first. Performance depends on the machine's
load, so it is measured in benchmarks/quality.py, not asserted here."""

from __future__ import annotations

import pytest

from .conftest import sitecheck

CATEGORIES = ("accessibility", "best-practices", "seo")


@pytest.mark.parametrize("page", ["", "calamiteiten/"], ids=["start", "calamiteiten"])
def test_lighthouse_scores_full_marks(page, example_site):
    result = sitecheck.lighthouse(example_site.at(page), CATEGORIES)
    assert result.scores == {category: 100 for category in CATEGORIES}, result.failing
