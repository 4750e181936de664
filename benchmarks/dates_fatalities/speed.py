"""Speed of find_dates + find_casualties per ~600-word article, on one core.

Articles are built from sentences written for this benchmark (shuffled, ~600 words each; about half of
the sentences carry a date, a number or a death word, more than real reports do), so the script runs anywhere. The seed story is timed too when ../shared is present.

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/dates_fatalities/speed.py
"""

from __future__ import annotations

import random
import time
from datetime import date
from pathlib import Path

from eventwire.extract.dates import find_dates
from eventwire.extract.fatalities import combine_fatalities, find_casualties

SENTENCES = [
    "Armed men raided a police station near the river on Friday, killing at least 12 officers.",
    "The defence ministry announced on Monday night that 20 assailants were neutralised.",
    "Over the weekend, two more soldiers were killed when their vehicle hit a roadside bomb.",
    "Residents said the attackers burned the market and stole cattle before fleeing into the forest.",
    "The government declared three days of national mourning and promised to strengthen security.",
    "Humanitarian agencies say more than 500,000 people have been displaced since 2015.",
    "A month ago, dozens of civilians died when two markets were shelled.",
    "The regional governor visited the wounded in hospital and called for calm.",
    "Some 3,000 foreign troops remain in the region to train the national army.",
    "No one claimed responsibility for the attack, which took place at about 5 am.",
    "Police fired tear gas at hundreds of protesters who gathered in the capital last week.",
    "The United Nations condemned the violence and urged all parties to respect civilians.",
    "Local officials said the death toll had risen to 23 by Tuesday evening.",
    "Analysts say the insurgency has spread from the north to the centre of the country.",
    # background, politics and analysis: most of a real report
    "The president met regional leaders in the capital to discuss a joint response to the crisis.",
    "The opposition accused the government of failing to protect rural communities.",
    "Aid groups warned that the lean season would leave millions short of food.",
    "The army has recruited thousands of volunteers to help defend villages in the east.",
    "Negotiations between the government and armed groups stalled after the peace deal was signed.",
    "Schools in the region have been closed for months, leaving children without classes.",
    "The minister said the security forces were making progress and asked citizens for patience.",
    "Regional bodies have pledged funds for a joint force, but only part of the money has arrived.",
    "Farmers say they can no longer reach their fields because of the insecurity.",
    "The mission's mandate is due to be renewed by the Security Council in June.",
    "Several candidates have already announced that they will run in next year's election.",
    "Mobile phone networks were cut in parts of the region, making information hard to verify.",
]
ARTICLES = 500
WORDS_PER_ARTICLE = 600
PUBLISHED = date(2019, 11, 5)
SEED_STORY = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_4a4f2ddd6b6ee95b.txt"


def build_articles(count: int, words: int, rng: random.Random) -> list[str]:
    articles = []
    for _ in range(count):
        sentences: list[str] = []
        while sum(len(s.split()) for s in sentences) < words:
            sentences.append(rng.choice(SENTENCES))
        articles.append(" ".join(sentences))
    return articles


REPEATS = 5  # the best of several runs, as timeit does: other processes only ever slow a run down
# CPU time of this process (time.process_time), so that other work on a busy machine does not count.


def time_per_article(articles: list[str], dates: bool = True, casualties: bool = True) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.process_time()
        for text in articles:
            if dates:
                find_dates(text, PUBLISHED)
            if casualties:
                combine_fatalities(find_casualties(text))
        best = min(best, time.process_time() - started)
    return best / len(articles)


def main() -> None:
    articles = build_articles(ARTICLES, WORDS_PER_ARTICLE, random.Random(3))
    time_per_article(articles[:20])  # warm the regex caches
    seconds = time_per_article(articles)
    print(f"synthetic: {ARTICLES} articles x ~{WORDS_PER_ARTICLE} words: {seconds * 1000:.2f} ms/article, "
          f"{1 / seconds:.0f} articles/s on one core "
          f"(find_dates {time_per_article(articles, casualties=False) * 1000:.2f} ms, "
          f"find_casualties+combine {time_per_article(articles, dates=False) * 1000:.2f} ms)")
    if SEED_STORY.exists():
        seed = SEED_STORY.read_text(encoding="utf-8")
        seconds = time_per_article([seed] * 200)
        print(f"seed story ({len(seed.split())} words): {seconds * 1000:.2f} ms/article")


if __name__ == "__main__":
    main()
