"""Stable article ids: the same content always gets the same id, wherever it was read from."""

from __future__ import annotations

import hashlib
import unicodedata

ARTICLE_ID_HEX_CHARS = 16


def article_id(title: str | None, text: str | None, url: str | None) -> str:
    """16 hex chars of SHA-256 over the whitespace-normalised body.

    The title is not hashed when there is a body: republications under a new headline
    are the same report. With no body, the title and url identify the article.
    """
    body = _normalise(text)
    key = body if body else f"{_normalise(title)}\n{(url or '').strip()}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return digest[:ARTICLE_ID_HEX_CHARS]


def _normalise(text: str | None) -> str:
    """NFC, every run of whitespace one space: whitespace-only edits keep the id."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())
