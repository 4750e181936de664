"""Boilerplate that survives scraping, and whitespace normalisation of article bodies.

Junk is recognised line by line, by family (ad markers, counters, newsletter boxes,
form leftovers, share/related links, cookie banners, social prompts, credits). Each
family is a pattern over one whole, stripped line; a line is dropped only when the
pattern explains all of it or when the line is short enough that it cannot be a news
sentence carrying a keyword by chance.
"""

from __future__ import annotations

import re
import unicodedata

# A junk line with a keyword (newsletter, cookies, follow us...) is at most this long.
# Tuned on the seed, the example pages and the test table: the longest junk seen was
# 23 words (a cookie banner); real sentences that mention the same words run longer
# or fail the patterns.
MAX_JUNK_WORDS = 30

_I = re.IGNORECASE

# A share bar: nothing but share verbs, platform names and filler ("Share on Facebook | Tweet | Email").
_SHARE_WORD = (
    r"(share|shares|tweet|e-?mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|"
    r"flipboard|messenger|copy|link|save|pin|on|via|this|the|article|story|post|page)"
)
_SHARE_GAP = r"[\s|,/•·:.!-]*"
_SHARE_BAR = (
    rf"(share|tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|telegram)\b"
    rf"({_SHARE_GAP}{_SHARE_WORD}\b)*{_SHARE_GAP}"
)

# Whole-line patterns: the line is nothing but this.
_WHOLE_LINE_PATTERNS = (
    # ad markers
    r"(advertisements?|advert|ads?|sponsored( content| post)?|promoted( content)?|paid (content|post))",
    r"(story|article) continues below( (this )?(advertisement|ad))?",
    r"(continue reading|scroll to continue)( (below|with content))?",
    r"advertisement\W+(scroll|continue).*",
    # view, share and comment counters; reading time
    r"(post |page )?views?\s*:?\s*[\d,.]+k?",
    r"[\d,.]+k?\s*(views?|shares?|comments?|reads?|likes?)",
    r"\d+\s*min(ute)?s?\s*(read|to read)",
    _SHARE_BAR,
    r"(leave a (reply|comment)|comments?|add (a )?comment|show comments|view comments|"
    r"\d+ comments?|no comments( yet)?)",
    # form leftovers of newsletter boxes and comment forms
    r"please leave this field empty",
    r"this field is required\.?",
    r"required fields are marked\s*\*?",
    r"your e-?mail address will not be published\.?.*",
    r"(name|e-?mail|website|comment|message|submit|subscribe|sign up|send)\s*\*?:?",
    r"(home|news|login|log in|sign in|register|contact( us)?|about( us)?|privacy( policy)?|"
    r"terms( of (use|service))?|cookie policy|sitemap)",
    r"(δ|loading\.*|menu|search|close|skip to (main )?content|back to top|next|previous|prev)",
    # navigation, tags and credits
    r"(tags?|topics?|filed under|categories|category|keywords)\s*:.*",
    r"(home|news)(\s*[»›>|/]\s*[\w'’ -]{1,30}){1,5}",
    r"(photo|image|picture|file photo|credit|photograph)s?\s*(credit)?\s*:.{0,80}",
    r"(reporting|writing|editing|additional reporting|compiled) by\b.{0,120}",
    r"(\(|\[)?(photo|image|video)\s*(/|:)\s*[\w .,'’-]{1,60}(\)|\])?",
    r"the post .{1,200} appeared first on .{1,80}",
    r"about the author",
    # bylines of the page itself: "Updated: 5 Nov 2019 10:22 GMT", "Posted on November 5, 2019"
    r"(published|posted|updated|last updated)( on| at)?\s*:?\s*(\w+,?\s+)?"
    r"(\d{1,2}(st|nd|rd|th)?\s+\w+\.?,?\s+\d{4}|\w+\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"([\s,|-]+(at\s+)?\d{1,2}[:.]\d{2}\s*(am|pm)?(\s*[a-z]{2,4})?)?",
    r"@\w{2,30}",
    r"[\W_]+",  # rules and bullets: ***, ---, •
)

# Short-line patterns: the line starts with or contains this and is not long.
_SHORT_LINE_PATTERNS = (
    # newsletter boxes
    r"\b(your inbox|spam folder|confirm your subscription|thank(s| you) for (subscribing|signing up))\b",
    r"^(get|sign up|subscribe|join|receive|never miss|don'?t miss|stay (informed|up to date|updated)|"
    r"enter your e-?mail)\b.*\b(inbox|newsletter|briefing|updates|alerts|news|e-?mails?)\b",
    r"\b(our|the daily|the weekly|free) newsletters?\b.*\b(sign up|subscribe|delivered|inbox|get)\b",
    r"^subscribe (now|today|to (our|the))\b",
    # related and read-more links
    r"^(read more|read also|also read|see also|read next|related|related (articles?|stories|posts|news|"
    r"coverage|content|topics)|more from|more (on|about) this( story)?|recommended( for you)?|"
    r"you (may|might) also like|most (read|popular|viewed|shared)|trending( now)?|latest (news|stories)|"
    r"more stories|top stories|editor'?s picks?|watch|listen|video)\s*(:|»|›|>|\||-|–|—|$)",
    # cookie banners and consent prompts
    r"\bcookies?\b.*\b(we use|this (site|website)|accept|consent|privacy|preferences|settings|"
    r"browsing|experience|agree)\b",
    r"^(accept( all)?|reject( all)?|manage (preferences|cookies|settings)|cookie (policy|settings))\b",
    r"\bby (continuing to (browse|use)|using this (site|website))\b",
    # social prompts and app plugs
    r"^(follow|like|join|find|connect with) us\b",
    r"^follow (@\w+|\w+( \w+)? on (twitter|x|facebook|instagram|telegram|whatsapp|linkedin|youtube|"
    r"google news))\b",
    r"^(download|get) (our|the) (free )?(mobile )?app\b",
    r"^(click|tap) here\b",
    r"^(support|donate to|help fund) (our|independent|quality) journalism\b",
    # copyright and republication notices
    r"^(©|\(c\)|copyright\b)",
    r"\ball rights reserved\b",
    r"\bmay not be (published|broadcast|rewritten|redistributed|reproduced)\b",
)

# Kept as separate patterns: one big alternation measured ~20% slower (benchmarks/ingest/RESULTS.md).
_WHOLE_LINE_JUNK = tuple(re.compile(pattern, _I) for pattern in _WHOLE_LINE_PATTERNS)
_SHORT_LINE_JUNK = tuple(re.compile(pattern, _I) for pattern in _SHORT_LINE_PATTERNS)

_HORIZONTAL_SPACE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def clean_body(text: str) -> tuple[str, tuple[str, ...]]:
    """The body without boilerplate lines, one paragraph per line; and the removed lines.

    Indentation and runs of spaces go, paragraphs are joined with a single ``\\n``
    and blank lines disappear. Removed lines are returned stripped, in order.
    """
    kept: list[str] = []
    removed: list[str] = []
    for line in _normalised_lines(text):
        if not line:
            continue
        (removed if is_boilerplate(line) else kept).append(line)
    return "\n".join(kept), tuple(removed)


def is_boilerplate(line: str) -> bool:
    """True when one stripped line is scraping junk rather than article text."""
    if any(pattern.fullmatch(line) for pattern in _WHOLE_LINE_JUNK):
        return True
    if len(line.split()) > MAX_JUNK_WORDS:
        return False
    return any(pattern.search(line) for pattern in _SHORT_LINE_JUNK)


def normalise_whitespace(text: str) -> str:
    """One paragraph per line, single spaces, no indentation, no blank lines."""
    return "\n".join(line for line in _normalised_lines(text) if line)


def _normalised_lines(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text.replace("\u2028", "\n").replace("\u2029", "\n"))
    return [_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n")]
