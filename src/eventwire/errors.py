"""Typed domain errors. They are raised inside the library and turned into one-line
messages (CLI) or JSON bodies only at the edge."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: ``str(err)`` is the one line a user sees."""


class ArticleFormatError(EventwireError):
    """An input file that cannot be read as an article."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class GazetteerMissing(EventwireError):
    """No gazetteer index is available where one is needed."""


class GazetteerImportError(EventwireError):
    """A GeoNames file that cannot be imported."""


class StoreError(EventwireError):
    """The database cannot be opened or migrated."""


class EventNotFound(EventwireError):
    """An event or article id that the store does not hold."""


class GoldFormatError(EventwireError):
    """A gold file for `eventwire eval` that does not follow ../shared/eval/README.md."""


class ClassifierModelError(EventwireError):
    """The event-type classifier weights are missing or unreadable."""


class ExportFormatError(EventwireError):
    """An export format eventwire does not write."""


class ActorDictionaryError(EventwireError):
    """An actor dictionary file that is missing or malformed."""


class GazetteerDownloadError(EventwireError):
    """A GeoNames file that could not be downloaded (network, HTTP status, truncated or corrupt file)."""


class FilterError(EventwireError):
    """An event filter (date, bounding box, as-of day) that cannot be read."""
