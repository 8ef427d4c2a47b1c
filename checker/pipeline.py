"""The one place the steps are chained: extract → embed → retrieve → verdict."""

from __future__ import annotations

from datetime import date
from typing import Protocol, Sequence

from .claims import claim_kind, detect_relation, extract_claims, relation_focus
from .domain import CheckResult, Claim, Evidence, Fact
from .embedding import Encoder, SentenceTransformerEncoder
from .errors import InvalidInput, NotFound, UnprocessableInput
from .publish import StoreManager
from .settings import Settings
from .store import FactStore
from .values import extract_values
from .verdict import decide


RELATION_POOL = 64  # "first in N years" must see every earlier event of its kind, not just the top few


class StoreSource(Protocol):
    def current(self) -> FactStore: ...


class StaticStore:
    """A fixed in-memory store (tests, evaluation, the ``evidence`` request field)."""

    def __init__(self, store: FactStore) -> None:
        self.store = store

    def current(self) -> FactStore:
        return self.store


class Checker:
    """Checks texts or single claims against a reference store; no Flask, no globals."""

    def __init__(self, encoder: Encoder, store: StoreSource | FactStore, settings: Settings | None = None) -> None:
        self.encoder = encoder
        self.stores: StoreSource = StaticStore(store) if isinstance(store, FactStore) else store
        self.settings = settings or Settings.defaults()

    def warm_up(self) -> None:
        self.encoder.warm_up()
        self.stores.current()

    def check(self, text: str, *, published: date | None = None, evidence: Sequence[str] | None = None) -> CheckResult:
        """Find the claims in an article and check each checkable one."""
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput("text must be a non-empty string", code="empty_text")
        if len(text) > self.settings.max_text_chars:
            raise UnprocessableInput(f"text is longer than the limit of {self.settings.max_text_chars} characters")
        as_of = published or date.today()
        claims = extract_claims(text, published=as_of)
        checkable = [c for c in claims if c.checkable]
        if len(checkable) > self.settings.max_claims:
            raise UnprocessableInput(f"the text has {len(checkable)} claims; the limit is {self.settings.max_claims}")
        return self._run(checkable, [c for c in claims if not c.checkable], as_of, evidence, text)

    def check_claims(self, claims: Sequence[str], *, published: date | None = None,
                     evidence: Sequence[str] | None = None) -> CheckResult:
        """Check claims given one by one, each taken as it is."""
        self._check_items("claims", claims)
        as_of = published or date.today()
        return self._run([claim_from_text(c, as_of) for c in claims], [], as_of, evidence, None)

    def _run(self, claims: list[Claim], skipped: list[Claim], as_of: date, evidence: Sequence[str] | None,
             text: str | None) -> CheckResult:
        store = self._evidence_store(evidence) if evidence is not None else self.stores.current()
        found = self._retrieve(store, claims)
        results = tuple(decide(c, cands, as_of, self.settings) for c, cands in zip(claims, found))
        return CheckResult(text=text, published=as_of.isoformat(), claims=results, skipped=tuple(skipped),
                           store=store.info())

    def search_facts(self, query: str, limit: int = 10) -> list[Evidence]:
        """Facts closest in meaning to ``query``."""
        if not query.strip():
            raise InvalidInput("'q' must be a non-empty string", code="empty_query")
        if len(query) > self.settings.max_claim_chars:
            raise UnprocessableInput(f"'q' is longer than {self.settings.max_claim_chars} characters")
        return self.stores.current().search(self.encoder.encode([query]), limit)[0]

    def get_fact(self, fact_id: str) -> Fact:
        fact = self.stores.current().get(fact_id)
        if fact is None:
            raise NotFound(f"no fact with id {fact_id!r}")
        return fact

    def _retrieve(self, store: FactStore, claims: list[Claim]) -> list[list[Evidence]]:
        """One encoder batch for all claims and their focus phrases; relation claims get a wider pool."""
        if not claims:
            return []
        queries = [c.standalone or c.text for c in claims]
        focus_rows = {i: len(queries) + n for n, i in enumerate(i for i, c in enumerate(claims) if c.focus)}
        queries += [claims[i].focus or "" for i in focus_rows]
        hits = store.search(self.encoder.encode(queries), max(self.settings.top_k, RELATION_POOL))
        found = []
        for i, claim in enumerate(claims):
            merged = {e.fact.id: e for e in hits[i]}
            for e in hits[focus_rows[i]] if i in focus_rows else []:
                if e.fact.id not in merged or merged[e.fact.id].similarity < e.similarity:
                    merged[e.fact.id] = e
            ranked = sorted(merged.values(), key=lambda e: -e.similarity)
            found.append(ranked if claim.relation else ranked[: self.settings.top_k])
        return found

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
                raise UnprocessableInput(f"an item of {field} is longer than {self.settings.max_claim_chars} characters")


def claim_from_text(text: str, as_of: date) -> Claim:
    """A claim taken as given: the whole string is the span."""
    text = text.strip()
    values = extract_values(text, default_year=as_of.year, today=as_of)
    relation = detect_relation(text)
    return Claim(text=text, span=(0, len(text)), kind=claim_kind(text, values, relation), checkable=True,
                 values=tuple(values), standalone=text, relation=relation, focus=relation_focus(text, relation))


def build_checker(settings: Settings | None = None, *, encoder: Encoder | None = None) -> Checker:
    """A Checker on the real model and the on-disk store of ``settings.data_dir`` (built if needed)."""
    settings = settings or Settings.from_env()
    encoder = encoder or SentenceTransformerEncoder(backend=settings.encoder_backend, data_dir=settings.data_dir,
                                                    threads=settings.encoder_threads)
    manager = StoreManager(settings.data_dir, settings.reference, encoder)
    return Checker(encoder, manager, settings)


__all__ = ["Checker", "StaticStore", "build_checker", "claim_from_text"]
