"""The one place the steps are chained: extract → embed → retrieve → verdict."""

from __future__ import annotations

from datetime import date
from typing import Sequence

from .adjudicate import pairs_for, reconsider, wants_opinion
from .backends import open_store_source
from .claims import apply_worthiness, claim_kind, detect_relation, extract_claims, relation_focus
from .components import Scorer, StaticStore, StoreSource, Verifier
from .domain import CheckResult, Claim, ClaimResult, Evidence, Fact
from .embedding import Encoder
from .errors import InvalidInput, NotFound, UnprocessableInput
from .hybrid import KeywordIndexes, merge
from .model_factory import encoder_for, verifier_for, worthiness_for
from .relative_dates import absolute_dates, without_weekdays
from .rerank import POOL, RerankModel, load_model
from .settings import Settings
from .store import FactStore
from .values import extract_values
from .verdict import decide

RELATION_POOL = 64  # "first in N years" must see every earlier event of its kind, not just the top few


class Checker:
    """Checks texts or single claims against a reference store; no Flask, no globals."""

    def __init__(self, encoder: Encoder, store: StoreSource | FactStore, settings: Settings | None = None,
                 *, verifier: Verifier | None = None, worthiness: Scorer | None = None,
                 reranker: RerankModel | None = None) -> None:
        self.encoder = encoder
        self.stores: StoreSource = StaticStore(store) if isinstance(store, FactStore) else store
        self.settings = settings or Settings.defaults()
        self.verifier = verifier
        self.worthiness = worthiness
        self.keywords = KeywordIndexes() if self.settings.keyword == "on" else None
        self.reranker = reranker  # orders fact search only; verdict candidates stay ranked by cosine

    def warm_up(self) -> None:
        self.encoder.warm_up()
        for part in (self.verifier, self.worthiness):
            if part is not None:
                part.warm_up()
        store = self.stores.current()
        keywords = self._keyword_side(store)
        if keywords is not None:
            keywords.for_store(store)  # the BM25 index is built at worker start, not on the first request

    def check(self, text: str, *, published: date | None = None, evidence: Sequence[str] | None = None) -> CheckResult:
        """Find the claims in an article and check each checkable one."""
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput("text must be a non-empty string", code="empty_text")
        if len(text) > self.settings.max_text_chars:
            raise UnprocessableInput(f"text is longer than the limit of {self.settings.max_text_chars} characters")
        as_of = published or date.today()
        claims = self._scored(extract_claims(text, published=as_of), gate=True)
        checkable = [c for c in claims if c.checkable]
        if len(checkable) > self.settings.max_claims:
            raise UnprocessableInput(f"the text has {len(checkable)} claims; the limit is {self.settings.max_claims}")
        return self._run(checkable, [c for c in claims if not c.checkable], as_of, evidence, text)

    def check_claims(self, claims: Sequence[str], *, published: date | None = None,
                     evidence: Sequence[str] | None = None) -> CheckResult:
        """Check claims given one by one, each taken as it is."""
        self._check_items("claims", claims)
        as_of = published or date.today()
        given = self._scored([claim_from_text(c, as_of) for c in claims], gate=False)
        return self._run(given, [], as_of, evidence, None)

    def _scored(self, claims: list[Claim], *, gate: bool) -> list[Claim]:
        """Check-worthiness per claim; in articles, low-scoring claims without values are dropped from checking."""
        if self.worthiness is None or not claims:
            return claims
        scores = self.worthiness.score([c.text for c in claims]).tolist()
        return apply_worthiness(claims, scores, self.worthiness.THRESHOLD if gate else None)

    def _run(self, claims: list[Claim], skipped: list[Claim], as_of: date, evidence: Sequence[str] | None,
             text: str | None) -> CheckResult:
        store = self._evidence_store(evidence) if evidence is not None else self.stores.current()
        found = self._retrieve(store, claims, keyword=evidence is None)
        given = evidence is not None
        results = [decide(c, cands, as_of, self.settings, given=given) for c, cands in zip(claims, found)]
        if self.verifier is not None:
            results = self._second_opinion(results, found, given=given)
        return CheckResult(text=text, published=as_of.isoformat(), claims=tuple(results), skipped=tuple(skipped),
                           store=store.info())

    def _second_opinion(self, results: list[ClaimResult], found: list[list[Evidence]],
                        given: bool) -> list[ClaimResult]:
        """One verifier batch over the (claim, fact) pairs whose verdict the model may change; ``given``: the
        facts are the request's own evidence, which the caller vouches is about the claim."""
        verifier = self.verifier
        if verifier is None:
            return results
        read = {i: pairs_for(r, found[i], self.settings.min_similarity)
                for i, r in enumerate(results) if wants_opinion(r, given)}
        pairs = [(without_weekdays(results[i].claim.standalone or results[i].claim.text), e.fact.text)
                 for i, facts in read.items() for e in facts]
        if not pairs:
            return results
        probs = iter(verifier.predict(pairs))
        thresholds = verifier.thresholds
        out = list(results)
        for i, facts in read.items():
            out[i] = reconsider(results[i], [(e, next(probs)) for e in facts], thresholds, given=given)
        return out

    def search_facts(self, query: str, limit: int = 10) -> list[Evidence]:
        """Facts closest in meaning to ``query``."""
        if not query.strip():
            raise InvalidInput("'q' must be a non-empty string", code="empty_query")
        if len(query) > self.settings.max_claim_chars:
            raise UnprocessableInput(f"'q' is longer than {self.settings.max_claim_chars} characters")
        store = self.stores.current()
        vector = self.encoder.encode([query])
        keywords = self._keyword_side(store)
        if keywords is None:
            return store.search(vector, limit)[0]
        dense = store.search(vector, limit if self.reranker is None else max(limit, POOL))[0]
        return keywords.fused(store, query, vector[0], dense, limit, self.reranker)

    def get_fact(self, fact_id: str) -> Fact:
        fact = self.stores.current().get(fact_id)
        if fact is None:
            raise NotFound(f"no fact with id {fact_id!r}")
        return fact

    def _retrieve(self, store: FactStore, claims: list[Claim], *, keyword: bool = True) -> list[list[Evidence]]:
        """One encoder batch for all claims and their focus phrases; relation claims get a wider pool."""
        if not claims:
            return []
        queries = [c.standalone or c.text for c in claims]
        focus_rows = {i: len(queries) + n for n, i in enumerate(i for i, c in enumerate(claims) if c.focus)}
        queries += [claims[i].focus or "" for i in focus_rows]
        vectors = self.encoder.encode(queries)
        hits = store.search(vectors, max(self.settings.top_k, RELATION_POOL))
        keywords = self._keyword_side(store) if keyword else None
        if keywords is not None:
            extra = keywords.extra_candidates(store, queries, vectors, self.settings.top_k)
            hits = [merge(h, x) for h, x in zip(hits, extra)]
        found = []
        for i, claim in enumerate(claims):
            ranked = merge(hits[i], hits[focus_rows[i]] if i in focus_rows else [])
            found.append(ranked if claim.relation else ranked[: self.settings.top_k])
        return found

    def _keyword_side(self, store: FactStore) -> KeywordIndexes | None:
        """Hybrid retrieval runs on in-process FAISS stores; pgvector stores are searched densely."""
        return self.keywords if hasattr(store, "rows") else None

    def _evidence_store(self, evidence: Sequence[str]) -> FactStore:
        self._check_items("evidence", evidence)
        facts = [Fact(id=f"evidence-{i + 1}", text=t, source="request") for i, t in enumerate(evidence)]
        return FactStore.build(facts, self.encoder, source_hash="request")

    def _check_items(self, field: str, items: Sequence[str]) -> None:
        if not items:
            raise InvalidInput(f"{field} must be a non-empty list of strings", code=f"empty_{field}")
        if len(items) > self.settings.max_claims:
            raise UnprocessableInput(f"{field} has {len(items)} items; the limit is {self.settings.max_claims}")
        for item in items:
            if not isinstance(item, str) or not item.strip():
                raise InvalidInput(f"every item of {field} must be a non-empty string")
            if len(item) > self.settings.max_claim_chars:
                raise UnprocessableInput(
                    f"an item of {field} is longer than {self.settings.max_claim_chars} characters")


def claim_from_text(text: str, as_of: date) -> Claim:
    """A claim taken as given: the whole string is the span; its relative dates are resolved in the standalone
    text, as an article's are ("on Monday" → "on Monday, 5 January 2026")."""
    text = text.strip()
    values = extract_values(text, default_year=as_of.year, today=as_of)
    relation = detect_relation(text)
    return Claim(text=text, span=(0, len(text)), kind=claim_kind(text, values, relation), checkable=True,
                 values=tuple(values), standalone=absolute_dates(text, as_of), relation=relation,
                 focus=relation_focus(text, relation))


def build_checker(settings: Settings | None = None, *, encoder: Encoder | None = None) -> Checker:
    """A Checker on the real model and the store ``settings`` name (FAISS files or pgvector; built if needed)."""
    settings = settings or Settings.from_env()
    encoder = encoder or encoder_for(settings)
    verifier = verifier_for(settings) if settings.verifier == "on" else None
    worthiness = worthiness_for(settings, encoder) if settings.worthiness == "on" else None
    reranker = load_model() if settings.rerank == "on" else None  # None without the artifact: RRF
    return Checker(encoder, open_store_source(settings, encoder), settings, verifier=verifier, worthiness=worthiness,
                   reranker=reranker)


# StaticStore and the model factories live in components and model_factory; still importable from here
__all__ = ["Checker", "StaticStore", "build_checker", "claim_from_text", "encoder_for", "verifier_for",
           "worthiness_for"]
