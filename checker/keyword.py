"""BM25 keyword search and rank fusion, so the fact store can do hybrid (dense + keyword) retrieval.

Dense MiniLM vectors miss exact tokens that matter for claims (names, numbers, rare words); BM25
catches them. The index is ``bm25s`` (sparse-matrix BM25, pure numpy/scipy) over our own tokens:
lower-cased words, English stop words removed, Snowball-stemmed (``PyStemmer``).
``bm25s`` has no incremental insert, so :meth:`KeywordIndex.add` re-indexes the kept token lists; the
store's keyword side (:class:`checker.hybrid.KeywordIndexes`) therefore re-indexes only the facts added since
its base, and folds them into the base once they are 10 % of it.
"""

from __future__ import annotations

import math
import re
from typing import Any, Sequence

import numpy as np

# Reciprocal-rank fusion constants, tuned on the CLEF-2020 task-2 *train* queries by
# ``python -m checker.eval_retrieval --tune``; see that module for the grid and the figures.
RRF_K = 20.0
DENSE_WEIGHT = 1.0
SPARSE_WEIGHT = 0.85

_URL = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+")
_HANDLE = re.compile(r"@(\w+)")
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)")
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
_WORD = re.compile(r"(?u)\b\w\w+\b")


def clean_text(text: str) -> str:
    """Strip social-media noise (URLs, emojis) and turn #CamelTags/@handles into words.

    Handles and hashtags often name the subject of the claim, so they are kept as words rather
    than dropped (dropping them, or an embedded tweet's author signature, measured worse).
    On plain prose this is a no-op apart from spacing.
    """
    text = _URL.sub(" ", text)
    text = _HASHTAG.sub(lambda m: _CAMEL.sub(" ", m.group(1)), text)
    text = _HANDLE.sub(lambda m: _CAMEL.sub(" ", m.group(1)), text)
    text = _EMOJI.sub(" ", text)
    return " ".join(text.split())


class _Tokenizer:
    """Lower-case words minus stop words, stemmed; built lazily so importing stays cheap."""

    def __init__(self) -> None:
        from bm25s.stopwords import STOPWORDS_EN

        self._stop = frozenset(STOPWORDS_EN)
        try:
            import Stemmer

            self._stem = Stemmer.Stemmer("english").stemWords
        except ImportError:  # pragma: no cover - PyStemmer is pinned; fall back to raw words
            self._stem = lambda words: words

    def __call__(self, text: str) -> list[str]:
        words = [w for w in _WORD.findall(clean_text(text).lower()) if w not in self._stop]
        return list(self._stem(words))


class KeywordIndex:
    """BM25 over a growing list of texts; document ids are positions in insertion order."""

    def __init__(self, *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._tokens: list[list[str]] = []
        self._bm25: Any = None
        self._tokenizer: _Tokenizer | None = None

    def __len__(self) -> int:
        return len(self._tokens)

    def _tokenize(self, text: str) -> list[str]:
        if self._tokenizer is None:
            self._tokenizer = _Tokenizer()
        return self._tokenizer(text)

    def build(self, texts: Sequence[str]) -> None:
        """Index ``texts`` from scratch (ids 0..n-1)."""
        self._tokens = [self._tokenize(t) for t in texts]
        self._reindex()

    def add(self, texts: Sequence[str]) -> None:
        """Append ``texts`` (ids continue after the existing ones) and re-index."""
        self._tokens.extend(self._tokenize(t) for t in texts)
        self._reindex()

    def _reindex(self) -> None:
        import bm25s

        self._bm25 = None
        if not self._tokens:
            return
        bm25 = bm25s.BM25(k1=self.k1, b=self.b, method="lucene")
        # An empty document would break bm25s; a sentinel token that no query produces keeps ids aligned.
        bm25.index([toks or ["\x00"] for toks in self._tokens], show_progress=False)
        self._bm25 = bm25

    def tokenize(self, text: str) -> list[str]:
        """The stemmed, stop-word-free tokens this index matches ``text`` by."""
        return self._tokenize(text)

    def tokens_of(self, doc: int) -> list[str]:
        """The indexed tokens of document ``doc`` (kept anyway for :meth:`add`)."""
        return self._tokens[doc]

    def idf(self, token: str) -> float:
        """Lucene BM25 inverse document frequency of a stemmed token (unseen tokens: document frequency 0)."""
        n = len(self._tokens)
        df = document_frequency(self._bm25, token) if self._bm25 is not None else 0
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def search(self, query: str, k: int = 10) -> list[tuple[int, float]]:
        """Top ``k`` (doc id, BM25 score) with a positive score, best first; ties broken by id."""
        if self._bm25 is None or k <= 0:
            return []
        ids = self._bm25.get_tokens_ids(self._tokenize(query))
        if not ids:
            return []
        scores = self._bm25.get_scores_from_ids(ids)
        hits = np.flatnonzero(scores > 0)
        if len(hits) > k:
            hits = hits[np.argpartition(-scores[hits], k - 1)[:k]]
        order = sorted(hits.tolist(), key=lambda i: (-float(scores[i]), i))
        return [(i, float(scores[i])) for i in order]


def document_frequency(bm25: Any, token: str) -> int:
    """How many indexed documents hold ``token`` (0 if none), read from a built ``bm25s.BM25``.

    bm25s (0.3.16) has no public accessor: it computes document frequencies while indexing and keeps only
    ``vocab_dict`` (token -> column) and ``scores`` (a CSC documents x vocabulary matrix of BM25 weights as
    ``data``/``indices``/``indptr``). A Lucene weight is never 0, so a column holds one entry per document
    containing its token, and ``indptr`` differences are the frequencies. This is the one place that reads
    those internals; ``tests/test_keyword.py`` checks it against a count over the token lists, so a bm25s
    that stores its index differently fails there, not as silently wrong re-ranking features.

    :raises RuntimeError: bm25s no longer has the attributes this relies on.
    """
    try:
        vocab_id = bm25.vocab_dict.get(token)
        if vocab_id is None:
            return 0
        indptr = bm25.scores["indptr"]
    except (AttributeError, KeyError, TypeError) as exc:
        raise RuntimeError(f"bm25s internals changed ({exc!r}); update keyword.document_frequency") from exc
    return int(indptr[vocab_id + 1] - indptr[vocab_id])


def fuse(
    dense: Sequence[tuple[int, float]],
    sparse: Sequence[tuple[int, float]],
    k: int,
    *,
    rrf_k: float = RRF_K,
    dense_weight: float = DENSE_WEIGHT,
    sparse_weight: float = SPARSE_WEIGHT,
) -> list[tuple[int, float]]:
    """Weighted reciprocal-rank fusion of two ranked lists -> top ``k`` (doc id, fused score).

    RRF uses ranks only, so the incomparable scales of cosine similarity and BM25 need no
    calibration; a document found by either side keeps a score. Lists are taken in the order
    given (best first); ties in the fused score are broken by doc id, so the result is deterministic.
    """
    fused: dict[int, float] = {}
    for weight, ranked in ((dense_weight, dense), (sparse_weight, sparse)):
        for rank, (doc, _score) in enumerate(ranked, start=1):
            fused[doc] = fused.get(doc, 0.0) + weight / (rrf_k + rank)
    best = sorted(fused.items(), key=lambda item: (-item[1], item[0]))
    return best[: max(0, k)]
