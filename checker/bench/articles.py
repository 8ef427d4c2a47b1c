"""End-to-end article checks: the example and a 1,000-word article, cold, warm and unseen, fast vs naive."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..pipeline import Checker, build_checker
from ..settings import Settings
from .measure import percentiles_ms, ratio, timed
from .naive import naive_checker
from .texts import example_article, long_article, variant

PUBLISHED = date(2026, 1, 4)


def _profile(checker: Checker, text: str, repeats: int, start: int) -> dict[str, Any]:
    """cold: first check (model loaded, cache empty); warm: the same text again; unseen: new sentences.

    ``start`` numbers the variants: the long article contains the example's paragraphs, so reusing the example's
    variant numbers would let it hit the caches the example filled."""
    cold = timed(lambda: checker.check(text, published=PUBLISHED))
    warm = [timed(lambda: checker.check(text, published=PUBLISHED)) for _ in range(repeats)]
    unseen = [timed(lambda: checker.check(variant(text, start + i), published=PUBLISHED)) for i in range(repeats)]
    return {"cold_ms": round(cold * 1000, 1), "warm": percentiles_ms(warm), "unseen": percentiles_ms(unseen),
            "claims": len(checker.check(text, published=PUBLISHED).claims)}


def run(settings: Settings, *, quick: bool) -> dict[str, Any]:
    repeats = 3 if quick else 10
    fast = build_checker(settings)
    fast.warm_up()
    naive = naive_checker(settings)
    naive.warm_up()
    out: dict[str, Any] = {"backend": settings.encoder_backend}
    for start, (name, text) in zip((100, 1100), (("example", example_article()), ("article_1000_words",
                                                                               long_article(1000)))):
        f, n = _profile(fast, text, repeats, start), _profile(naive, text, repeats, start)
        out[name] = {"words": len(text.split()), "fast": f, "naive": n, "vs_naive": {
            "cold": ratio(n["cold_ms"], f["cold_ms"]),
            "warm_p50": ratio(n["warm"]["p50_ms"], f["warm"]["p50_ms"]),
            "unseen_p50": ratio(n["unseen"]["p50_ms"], f["unseen"]["p50_ms"])}}
    return out
