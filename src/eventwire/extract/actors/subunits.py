"""State-force sub-units ACLED files under their own name: "Police Forces of Niger National Guard",
"Police Forces of Mozambique Rapid Intervention Unit", "Military Forces of Ukraine Territorial Defense Forces".

The names come from the training file's actor table (``acled_actor_names.tsv``) and from ``state_forces.yaml``'s
``known_subunits`` (public facts for countries train does not cover); each becomes a dictionary entry whose
phrase, the sub-unit's own name ("National Guard", "Rapid Intervention Unit"), holds only in the force's own
country, and only as written, capitalised: "special forces" in lower case are any country's. Acronyms and other
public names ("CRPF", "NISA") come from ``state_forces.yaml``'s ``subunit_aliases`` and hold only there too.
Before, news naming a sub-unit ("a National Guard post", "Central Reserve Police Force personnel") was read as the
bare army or police, or as no one.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from eventwire.extract.actors.names import force_home, state_force_name

# A sub-unit must carry this many training rows: one-off sub-units are often a coder's spelling of a plain unit.
# Public ``known_subunits`` count as this many.
MIN_SUBUNIT_ROWS = 3
_BASES = ("Military Forces", "Police Forces")
# Sub-units named after the place they guard ("... Garamba National Park": its rangers) would read the place as
# an actor.
NOT_A_UNIT = ("National Park",)


def subunit_entries(rows: Iterable[tuple[str, str, str, int]], known: set[str], branch_subunits: set[str],
                    aliases: Mapping[str, Sequence[str]] | None = None) -> list[dict]:
    """Dictionary entries (as in ``named_actors.yaml``) for the state sub-units of the names table: ``rows`` are
    (name, inter, country, count); names in ``known`` have a hand-written entry, which also keeps its sub-unit
    phrase ("Jubaland Security Force" is the army's, not the police's of the same name); sub-units a branch of
    ``state_forces.yaml`` already reads ("Gendarmerie", "Air Force") are left to it."""
    taken = {(home, suffix) for name in known for home in [force_home(name)] if home
             for suffix in [_subunit_suffix(name, home)] if suffix}
    entries = []
    for name, _inter, country, count in sorted(rows, key=lambda row: -row[3]):
        suffix = _subunit_suffix(name, country)
        if suffix is None or count < MIN_SUBUNIT_ROWS or (country, suffix) in taken or suffix in branch_subunits:
            continue
        if suffix.endswith(NOT_A_UNIT):
            continue
        taken.add((country, suffix))
        phrases = {suffix, suffix.replace("Defense", "Defence"), *(aliases or {}).get(name, ())}
        entries.append({"name": name, "inter": 1, "home": country, "countries": [country],
                        "context": sorted(phrases), "proper": True})
    return entries


def _subunit_suffix(name: str, country: str) -> str | None:
    """"National Guard" of "Police Forces of Niger National Guard" filed in Niger; None for a plain force or one
    filed abroad ("Military Forces of Russia Air Force" in Ukraine)."""
    for base in _BASES:
        prefix = state_force_name(country, base) + " "
        if name.startswith(prefix) and "(" not in name:
            return name[len(prefix):]
    return None
