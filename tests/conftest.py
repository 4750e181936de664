"""Fixtures shared by several test areas (builders only; each area keeps its own conftest)."""

from __future__ import annotations

import pytest

# pytest's default "prepend" import mode puts tests/ (no __init__.py) on sys.path for this file.
from eventfactory import make_article, make_report


@pytest.fixture
def report():
    """``report(article_id, **overrides)`` → one outlet's single-source Event (see eventfactory)."""
    return make_report


@pytest.fixture
def article():
    """``article(article_id, text=None, published=..., path=None)`` → an Article."""
    return make_article
