"""Near-duplicate articles: one wire story republished by several outlets is one report, not many.

MinHash over word shingles with an LSH index (datasketch). Shingle size and threshold were measured
on republished copies vs. distinct stories on the same event (benchmarks/resolve/RESULTS.md).
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np

from eventwire.records import Article

if TYPE_CHECKING:
    from datasketch import MinHash

# datasketch is imported where it is used: its package import pulls in scipy (1.5-4 s on the CI box),
# which every CLI command (export, why, show) would otherwise pay even when no article is compared.

SHINGLE_WORDS = 5  # 5-word shingles: shared phrasing of one wire text, not shared vocabulary of one topic
NUM_PERM = 128  # MinHash permutations: Jaccard error about ±0.09 at 1 sd (1/sqrt(128))
# Estimated Jaccard above which two texts are copies of one story. On benchmarks/resolve/neardup.py,
# copies (new headline, boilerplate, last paragraph cut, a few words edited) measure 0.49-0.98, median
# 0.73 (99.3 % linked); other outlets' reports of the same attack measure at most 0.19.
DUPLICATE_THRESHOLD = 0.5
MIN_WORDS = 20  # shorter texts have too few shingles to compare reliably
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text)])
    return minhash


def signature_values(text: str) -> list[int]:
    """The MinHash as plain integers, for storing beside the article."""
    return [int(v) for v in signature(text).hashvalues]


def minhash_from_values(values: Sequence[int]) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.array(values, dtype=np.uint64))


def similarity(values_a: Sequence[int], values_b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    a, b = np.asarray(values_a, dtype=np.uint64), np.asarray(values_b, dtype=np.uint64)
    return float(np.mean(a == b))


# LSH banding for the database's duplicate search: 42 bands of 3 signature values. Two texts share at
# least one band with probability 1 - (1 - J^3)^42: 0.996 at the threshold J = 0.5, 0.98 at J = 0.45,
# 0.29 at J = 0.2 (other outlets on the same event; checked exactly, then rejected), ~0 for unrelated
# stories. Candidates are then compared on the full signature, so the threshold stays exact.
BANDS, ROWS_PER_BAND = 42, 3


def band_keys(values: Sequence[int]) -> list[str]:
    """One short key per band: texts sharing a key are candidate near-duplicates."""
    packed = np.asarray(values, dtype=np.uint64)
    keys = []
    for band in range(BANDS):
        chunk = packed[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND].tobytes()
        keys.append(f"{band:02d}{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return keys


def comparable(text: str) -> bool:
    return len(_WORD.findall(text)) >= MIN_WORDS


class NearDuplicateIndex:
    """Add articles one by one; each is linked to the earliest-added near-duplicate already indexed."""

    def __init__(self, threshold: float = DUPLICATE_THRESHOLD):
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}
        self._original: dict[str, str] = {}
        self.threshold = threshold

    def add(self, article_id: str, text: str) -> str | None:
        """Index ``text``; return the id of the article it republishes, or None."""
        if article_id in self._signatures or not comparable(text):
            return self._original.get(article_id)
        minhash = signature(text)
        matches = [m for m in self._lsh.query(minhash) if self._signatures[m].jaccard(minhash) >= self.threshold]
        self._lsh.insert(article_id, minhash)
        self._signatures[article_id] = minhash
        if matches:
            self._original[article_id] = self._original.get(min(matches), min(matches))
        return self._original.get(article_id)

    def original_of(self, article_id: str) -> str:
        return self._original.get(article_id, article_id)


def near_duplicate_groups(articles: Iterable[Article]) -> dict[str, str]:
    """Map each republished article id to the smallest id of its group (order-independent for clean groups)."""
    index = NearDuplicateIndex()
    ordered = sorted(articles, key=lambda a: a.id)
    for article in ordered:
        index.add(article.id, article.text)
    return {a.id: index.original_of(a.id) for a in ordered if index.original_of(a.id) != a.id}
