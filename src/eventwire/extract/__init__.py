"""extract stage: from a cleaned ``Article`` to one ``EventDraft`` per event, with evidence.

``extract_events(article, kit)`` is the entry point; ``ExtractionKit.load()`` loads the models once.
``qualify_actors(draft, country)`` adds the country to generic actors once the geo stage knows it, and
``located_notes(draft)`` writes the notes again with the place and country geo found.
"""

from eventwire.extract.assemble import extract_events, qualify_actors
from eventwire.extract.kit import ExtractionKit, ExtractionSettings
from eventwire.extract.notes import located_notes

__all__ = ["ExtractionKit", "ExtractionSettings", "extract_events", "located_notes", "qualify_actors"]
