"""Benchmark texts: 25-word sentences, the example article, and a 1,000-word article built from it."""

from __future__ import annotations

import random
import re
from ..settings import ROOT

EXAMPLE = ROOT.parent / "shared" / "examples" / "state-visit-commentary.txt"

# Extra factual-sounding sentences so the long article is not just the example repeated (repeats would hit
# the cache and flatter the warm figures).
EXTRA = [
    "Seoul hosted the Summer Olympic Games in 1988, the first held in Korea.",
    "The Korean War armistice was signed at Panmunjom on July 27, 1953.",
    "China and the Republic of Korea established diplomatic relations on August 24, 1992.",
    "Kim Koo was born on August 29, 1876, in Haeju.",
    "The Asian Infrastructure Investment Bank began operating in January 2016 with 57 founding members.",
    "Bilateral trade between China and South Korea exceeded 300 billion dollars in 2022.",
    "The Yalu River forms part of the border between China and North Korea.",
    "Busan is the second largest city of South Korea, with about 3.3 million residents.",
    "The Shanghai Cooperation Organisation was founded in 2001 by six member states.",
    "The 2018 Winter Olympics were held in Pyeongchang from February 9 to 25.",
    "South Korea joined the OECD in 1996 as its 29th member.",
    "The G20 summit was held in Hangzhou in September 2016.",
]


def example_article() -> str:
    return EXAMPLE.read_text(encoding="utf-8") if EXAMPLE.exists() else " ".join(EXTRA * 3)


def long_article(words: int = 1000, seed: int = 0) -> str:
    """At least ``words`` words (whole sentences): the example's paragraphs, then extra sentences."""
    rng = random.Random(seed)  # noqa: S311 - benchmark: fixed argv / reproducible synthetic text
    paragraphs = [p for p in example_article().split("\n") if p.strip()]
    text, extra = list(paragraphs), list(EXTRA)
    rng.shuffle(extra)
    while len(" ".join(text).split()) < words:
        text.append(" ".join(extra[:4]))
        extra = extra[4:] + extra[:4]
    return "\n\n".join(text)


def variant(text: str, n: int) -> str:
    """The article with every sentence made new (a marker word), so the text cache cannot answer it."""
    marker = "".join(chr(97 + (n // 26 ** i) % 26) for i in range(3))
    # every full stop before a space, a line break or the end: a paragraph's last sentence is new too
    return re.sub(r"\.(?=\s|$)", f" today {marker}.", text)


def sentences_25(count: int, seed: int = 0) -> list[str]:
    """``count`` distinct 25-word sentences drawn from the example article's vocabulary."""
    rng = random.Random(seed)  # noqa: S311 - benchmark: fixed argv / reproducible synthetic text
    words = [w for w in example_article().split() if w.isalpha()] or "the cat sat on a mat".split()
    return [" ".join(rng.choice(words) for _ in range(25)).capitalize() + "." for _ in range(count)]


