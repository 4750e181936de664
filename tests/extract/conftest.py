"""The extraction tests' shared fixture: the default kit, loaded once (``ExtractionKit.load`` caches it per process).

A test module that needs another kit (no classifier, fakes) defines its own ``kit`` fixture, which overrides this one.
"""

from __future__ import annotations

import pytest

from eventwire.extract import ExtractionKit


@pytest.fixture(scope="session")
def kit() -> ExtractionKit:
    return ExtractionKit.load()
