"""Text → claims: sentences with exact spans, split into atomic assertions, typed, with their values.

Rules, not a model: each decision is one readable pattern, so a journalist can see why a sentence was or
was not sent for checking.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .context import ArticleContext
from .domain import Claim, Value
from .entities import countries_in, people_in
from .numbers import MODIFIER, NUMBER, ORDINAL
from .sentences import split_sentences
from .values import extract_values

NOT_WORTHY = "not_check_worthy"
QUESTION = re.compile(r"\?[\"'”’)]*$")
NORMATIVE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to|it\s+is\s+(?:necessary|"
                       r"important|essential|imperative|vital|crucial)|shall\s+not)\b", re.IGNORECASE)
FUTURE = re.compile(r"\b(?:will|would|shall|is\s+expected\s+to|are\s+expected\s+to|plans?\s+to|is\s+going\s+to|"
                    r"expected|expects?|forecasts?|predicts?)\b", re.IGNORECASE)
OPINION = re.compile(r"\b(?:signif(?:y|ies|ying)|reflects?|demonstrates?|indicates?|shows?\s+that|transcends?|"
                     r"constitutes?|I\s+think|we\s+believe|in\s+my\s+view|undoubtedly|clearly|it\s+is\s+clear|"
                     r"not\s+only|endows?|strategic\s+significance|primary\s+task)\b", re.IGNORECASE)
QUOTE = re.compile(r"\b(?:said|says|noted|stated|emphasi[sz]ed|acknowledged|told|announced|declared|stressed|"
                   r"added|remarked|according\s+to)\b", re.IGNORECASE)
COMPARISON = re.compile(r"\b(?:rose|fell|increased|decreased|surged|plunged|jumped|dropped|grew|declined|doubled|"
                        r"tripled|halved|soared|slumped)\b", re.IGNORECASE)
PAST_EVENT = re.compile(r"\b(?:was|were|visited|signed|met|held|established|founded|launched|attended|"
                        r"announced|elected|adopted|opened|took\s+place|accompanied|witnessed|invaded|died|born)\b",
                        re.IGNORECASE)
BOILERPLATE = re.compile(r"^(?:\(?Editor'?s\s+note|\(If\s+you\s+want|The\s+article\s+reflects)|@|\bcontact\s+us\b",
                         re.IGNORECASE)
ANNIVERSARY = re.compile(rf"(?i:\b(?P<ord>{ORDINAL})\s+anniversary\b)")
SINCE = re.compile(rf"(?i:\b(?P<num>{NUMBER})\s+years?\s+(?:since|after)\b)")
FIRST_IN = re.compile(rf"(?i:\bfirst\b[^.;]{{0,100}}?\bin\s+(?:{MODIFIER}\s+)?(?:{NUMBER}|a|an)\s+"
                      rf"(?:years?|decades?|months?)\b)")
SPAN = re.compile(rf"(?i:\bwithin\s+(?:(?:a\s+)?(?:span|period)\s+of\s+)?(?:(?:just|only)\s+)?"
                  rf"(?:{NUMBER}|a|an)\s+(?:years?|months?|weeks?|days?)\b)")
# The whitespace run may only start after a comma or a non-space: otherwise every space of a long run is a
# new start that re-scans the run (quadratic); the leftmost match is the same.
SPLIT = re.compile(r"(?:(?:,|(?<![\s,]))\s+and\s+(?=(?:the|a|an|its|his|her|their)\s)|;\s+)")
OPINION_TAIL = re.compile(r",\s+(?:signifying|showing|indicating|marking|which\s+(?:shows|signifies|means|"
                          r"indicates|reflects|marks))\b", re.IGNORECASE)
FOCUS_SINCE = re.compile(r"\bsince\s+([^,;.]{3,200})", re.IGNORECASE)
FOCUS_ANNIVERSARY = re.compile(r"\banniversary\s+of\s+([^,;]{3,200}?)(?=,|;|\s+and\s+the\s|$)", re.IGNORECASE)
LEAD_IN = re.compile(r"^[^,;]{0,120}?\b(?:marks|marked|is|was|are|were|saw|sees)\s+")
MAX_SENTENCE_CHARS = 2000


def extract_claims(text: str, *, published: date | None = None) -> list[Claim]:
    """Every sentence as claims: checkable ones with values, and the rest marked with why not."""
    claims: list[Claim] = []
    context = ArticleContext()
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if _is_heading(sentence):
            continue
        claims.extend(claims_in_sentence(text, start, end, published, context))
        context.observe(sentence)
    return claims


def claims_in_sentence(text: str, start: int, end: int, published: date | None,
                       context: ArticleContext | None = None) -> list[Claim]:
    sentence = text[start:end][:MAX_SENTENCE_CHARS]
    kind = classify(sentence)
    if kind == "checkable" and _forecast(sentence, published):
        kind = "prediction"
    if kind in ("question", "normative", "prediction", "opinion", "boilerplate"):
        return [Claim(text=sentence, span=(start, end), kind=kind, checkable=False, sentence_span=(start, end))]
    tail = OPINION_TAIL.search(sentence)
    stop = start + tail.start() if tail else end
    parts = split_parts(text, start, stop, published)
    claims = [_make_claim(text, s, e, (start, end), published, prefix) for s, e, prefix in parts]
    if context is None:
        return claims
    return [replace(c, standalone=context.resolve(c.standalone or c.text, text[start:c.span[0]])) for c in claims]


def classify(sentence: str) -> str:
    """The sentence's kind when it is not checkable, else "checkable" (refined per claim later)."""
    if BOILERPLATE.search(sentence):
        return "boilerplate"
    if QUESTION.search(sentence):
        return "question"
    values = [v for v in extract_values(sentence, default_year=2000) if not _context_only(v, sentence)]
    if QUOTE.search(sentence) and (values or _names_someone(sentence)):
        return "checkable"
    if NORMATIVE.search(sentence):
        return "normative"
    if values:
        return "checkable"
    if FUTURE.search(sentence):
        return "prediction"
    if OPINION.search(sentence):
        return "opinion"
    if COMPARISON.search(sentence) or (PAST_EVENT.search(sentence) and _names_someone(sentence)):
        return "checkable"
    return "opinion"


def _forecast(sentence: str, published: date | None) -> bool:
    """Future tense about dates after publication only ("Analysts expect a close race in 2028", "would cut the
    deficit by the end of next year"): nothing has happened yet that a fact could confirm."""
    if published is None or not FUTURE.search(sentence):
        return False
    dates = [v for v in extract_values(sentence, default_year=published.year, today=published)
             if v.type in ("date", "date_range") and v.low]
    return bool(dates) and all(v.low > published.isoformat() for v in dates)


def split_parts(text: str, start: int, end: int, published: date | None) -> list[tuple[int, int, str]]:
    """Split a compound sentence at "and the …"/";" between value-bearing assertions.

    Returns ``(start, end, prefix)`` per part; ``prefix`` is the shared lead-in ("The year 2026 marks ")
    a later part needs to stand alone.
    """
    sentence = text[start:end]
    year = published.year if published else None
    anchors = [v for v in extract_values(sentence, default_year=year) if not _context_only(v, sentence)]
    cuts: list[tuple[int, int]] = []
    for left, right in zip(anchors, anchors[1:]):
        gap = sentence[left.span[1]:right.span[0]]
        match = SPLIT.search(gap)
        if match:
            offset = left.span[1]
            cuts.append((offset + match.start(), offset + match.end()))
    if not cuts:
        return [(start, end, "")]
    lead = LEAD_IN.match(sentence[:cuts[0][0]])
    prefix = lead.group(0) if lead else ""
    bounds = [0] + [c for cut in cuts for c in cut] + [len(sentence)]
    parts = [(start + bounds[i], start + bounds[i + 1], "" if i == 0 else prefix)
             for i in range(0, len(bounds), 2)]
    return [p for p in parts if p[1] > p[0]]


def _make_claim(text: str, start: int, end: int, sentence_span: tuple[int, int], published: date | None,
                prefix: str) -> Claim:
    body = text[start:end].rstrip(" ,.;:")
    end = start + len(body)
    standalone = (prefix + body) if prefix else body
    values = _shift(extract_values(body, default_year=published.year if published else None, today=published),
                    start)
    relation = detect_relation(body)
    return Claim(text=body, span=(start, end), kind=claim_kind(body, values, relation), checkable=True,
                 values=tuple(values), sentence_span=sentence_span, standalone=standalone, relation=relation,
                 focus=relation_focus(body, relation))


def relation_focus(text: str, relation: str | None) -> str | None:
    """The event a since/anniversary claim counts from ("the birth of Kim Koo"), used as its own query."""
    pattern = {"since": FOCUS_SINCE, "anniversary": FOCUS_ANNIVERSARY}.get(relation or "")
    match = pattern.search(text) if pattern else None
    return match.group(1).strip() if match else None


def detect_relation(text: str) -> str | None:
    """Which arithmetic the claim asks for: anniversary, since, first_in or span."""
    if ANNIVERSARY.search(text):
        return "anniversary"
    if SINCE.search(text):
        return "since"
    if FIRST_IN.search(text):
        return "first_in"
    if SPAN.search(text):
        return "span"
    return None


def claim_kind(body: str, values: list[Value], relation: str | None) -> str:
    if relation == "anniversary":
        return "anniversary"
    if relation:
        return "duration"
    types = {v.type for v in values}
    if QUOTE.search(body) and not types - {"date"}:
        return "quote"
    if COMPARISON.search(body):
        return "comparison"
    for vtype, kind in (("date_range", "date"), ("date", "date"), ("duration", "duration"), ("number", "number"),
                        ("percent", "number"), ("money", "number"), ("ordinal", "ranking")):
        if vtype in types:
            return kind
    return "event"


def _context_only(value: Value, sentence: str) -> bool:
    """"first" alone ranks nothing; it counts only with a duration ("first … in over six years")."""
    return value.type == "ordinal" and value.text.lower() == "first" and not FIRST_IN.search(sentence)


def _names_someone(sentence: str) -> bool:
    return bool(people_in(sentence) or countries_in(sentence))


def _shift(values: list[Value], offset: int) -> list[Value]:
    return [replace(v, span=(v.span[0] + offset, v.span[1] + offset)) for v in values]


def _is_heading(sentence: str) -> bool:
    return len(sentence.split()) <= 8 and not re.search(r"[.!?:\"”]$", sentence) and "\n" not in sentence


def apply_worthiness(claims: list[Claim], scores: list[float], threshold: float | None) -> list[Claim]:
    """Attach check-worthiness scores; with a threshold, a value-less claim scoring below it is not a claim.

    A claim that asserts a typed value (number, date, duration) stays checkable whatever its score: the
    value itself is what a fact-checker verifies. Rule decisions (opinion, prediction, ...) are never undone.
    """
    out = []
    for claim, score in zip(claims, scores):
        claim = replace(claim, worthiness=round(float(score), 4))
        if threshold is not None and claim.checkable and not claim.values and score < threshold:
            claim = replace(claim, checkable=False, kind=NOT_WORTHY)
        out.append(claim)
    return out
