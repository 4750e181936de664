"""Fixtures shared by several test areas: builders, and the default extraction kit.

A test module that needs another kit (no classifier, fakes) defines its own ``kit`` fixture, which overrides this one.
"""

from __future__ import annotations

import pytest

from eventwire.extract import ExtractionKit

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


@pytest.fixture(scope="session")
def kit() -> ExtractionKit:
    """The default kit, loaded once (``ExtractionKit.load`` caches it per process)."""
    return ExtractionKit.load()
