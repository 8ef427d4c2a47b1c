"""Text → claims: sentences with exact spans, split into atomic assertions, typed, with their values.

Rules, not a model (checker.kinds says what a sentence is, checker.joints where it splits): each decision is
one readable pattern, so a journalist can see why a sentence was or was not sent for checking.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date

from . import clauses, joints, relatives
from .context import ArticleContext
from .domain import Claim, Value
from .forecasts import forecast
from .gaps import GAP
from .gaps import focus as gap_focus
from .kinds import FINDING, PAST_TENSE, QUOTE, claim_kind, classify, context_only
from .numbers import NUMBER, ORDINAL
from .rankings import FIRST_IN, spells_out_comparison
from .relations import AGE
from .relative_dates import absolute_dates
from .relatives import Relative
from .sentences import after_dateline, is_heading, split_sentences
from .values import extract_values

NOT_WORTHY = "not_check_worthy"
ANNIVERSARY = re.compile(rf"(?i:\b(?P<ord>{ORDINAL})\s+anniversary\b)")
# "33 years since", "more than three decades have passed since", "a century and a half since" ("N years after X"
# is a gap, checker.gaps)
SINCE = re.compile(rf"(?i:\b(?:(?:half|a\squarter(?:\sof)?)\san?|(?P<num>{NUMBER}|an?))\s"
                   r"(?:years?|decades?|century|centuries)(?:\sand\sa\s(?:half|quarter))?\s"
                   r"(?:(?:have|has|had)\s(?:now\s)?(?:passed|elapsed|gone\sby)\s)?since\b)")
# "The United Nations was founded 80 years ago": years since the event, as long as no other figure is what the
# sentence asserts ("up from 9 percent two years ago" compares a share, with its date given as an age)
AGO = re.compile(rf"(?i:\b(?P<num>{NUMBER}|an?)\s+(?:years?|months?)\s+ago\b)")  # "a year ago", "two months ago"
# ... but not as a baseline to compare with: "sales rose from a year ago", "higher than two years ago" ("more
# than 75 years ago" is a modifier)
BASELINE = re.compile(rf"(?i:(?:\bfrom|\bwith|(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)\bthan)\s+"
                      rf"(?:{NUMBER}|an?)\s+(?:years?|months?)\s+ago\b)")
_FIGURES = frozenset({"number", "percent", "money", "fraction"})
SPAN = re.compile(rf"(?i:\bwithin\s+(?:(?:a\s+)?(?:span|period)\s+of\s+)?(?:(?:just|only)\s+)?"
                  rf"(?:{NUMBER}|a|an)\s+(?:years?|months?|weeks?|days?)\b)")
OPINION_TAIL = re.compile(r",\s+(?:signifying|showing|indicating|marking|which\s+(?:shows|signifies|means|"
                          r"indicates|reflects|marks))\b", re.IGNORECASE)
FOCUS_SINCE = re.compile(r"\bsince\s+([^,;.]{3,200})", re.IGNORECASE)
FOCUS_ANNIVERSARY = re.compile(r"\banniversary\s+of\s+([^,;]{3,200}?)(?=,|;|\s+and\s+the\s|$)", re.IGNORECASE)
MAX_SENTENCE_CHARS = 2000
Placed = tuple[Claim, int]  # a claim and where in the text its standalone text starts (clauses.Part)


def extract_claims(text: str, *, published: date | None = None) -> list[Claim]:
    """Every sentence as claims: checkable ones with values, and the rest marked with why not."""
    claims: list[Claim] = []
    context = ArticleContext()
    spans = split_sentences(text)
    for i, (start, end) in enumerate(spans):
        if is_heading(text, start, end):
            continue
        start = after_dateline(text, start, end)
        sentence = text[start:end]
        claims.extend(claims_in_sentence(text, start, end, published, context))
        following = text[spans[i + 1][0]:spans[i + 1][1]] if i + 1 < len(spans) else ""
        context.observe(sentence, following=following)
    return claims


def claims_in_sentence(text: str, start: int, end: int, published: date | None,
                       context: ArticleContext | None = None) -> list[Claim]:
    sentence = text[start:end][:MAX_SENTENCE_CHARS]
    kind = sentence_kind(sentence, published)
    if kind in ("question", "boilerplate"):
        placed = [(_skipped(text, start, end, kind, (start, end)), start)]
    else:
        nested = _nested(text, start, sentence, published)
        if nested:  # the sentence around them is judged as if they were not there, unless it reports an event
            rest = relatives.without(sentence, [r for r, _ in nested])
            # ("She warned that a tax, introduced in 2023, would cost …": warning is no event)
            kind = kind if PAST_TENSE.search(QUOTE.sub(" ", rest)) else sentence_kind(rest, published)
        aside = tuple((start + r.cut[0], start + r.cut[1]) for r, _ in nested)
        placed = _by_clause(text, start, start + len(sentence), published, kind, aside)
        placed = sorted(placed + [(c, start + r.opens) for r, c in nested], key=lambda p: p[0].span)
    if context is None:
        return [c for c, _ in placed]
    # what the sentence says before the claim's standalone text, which its references may point into (a later part
    # that took the first part's subject: its "She" is not the person named between them)
    return [_resolved(c, _standalone(c, context, text[start:opens], published),
                      context.year_said(c.text, text[start:c.span[0]]), published) if c.checkable else c
            for c, opens in placed]


def _resolved(claim: Claim, standalone: str, year_said: tuple[re.Match[str], int] | None,
              published: date | None) -> Claim:
    """The claim with its standalone text (:meth:`checker.context.ArticleContext.resolve`): a length "later"
    than the previous sentence's event is now a gap between the two; "in December that year" is December of
    the year the article named last, and "later that year" or "the following year" a year of the claim's own
    (assumed: it may agree with a fact, never contradict one, as the article's year may not be the event's)."""
    if year_said is not None:
        ref, year = year_said
        values = extract_values(claim.text, default_year=year, today=published)
        if not any(v.type == "date" and ref.start() - v.span[1] in (0, 1) for v in values):  # "March of that year"
            phrase = (ref.start("prep") if ref["prep"] else ref.start(), ref.end())
            values.append(Value(type="date", text=claim.text[phrase[0]:phrase[1]], span=phrase, value=str(year),
                                low=f"{year}-01-01", high=f"{year}-12-31", granularity="year", assumed="year"))
        claim = replace(claim, values=tuple(_shift(sorted(values, key=lambda v: v.span), claim.span[0])))
    if claim.relation is None and detect_relation(standalone) == "gap" and detect_relation(claim.text) is None:
        return replace(claim, standalone=standalone, relation="gap", focus=relation_focus(standalone, "gap"))
    if claim.relation in ("anniversary", "since"):  # "of diplomatic ties" → "… between China and South Korea"
        return replace(claim, standalone=standalone, focus=relation_focus(standalone, claim.relation))
    return replace(claim, standalone=standalone)


def _nested(text: str, start: int, sentence: str, published: date | None) -> list[tuple[Relative, Claim]]:
    """Relative clauses that assert a figure or date of their own (checker.relatives), as claims."""
    year = published.year if published else None
    out = []
    for clause in relatives.relatives(sentence):
        body = sentence[clause.span[0]:clause.span[1]]
        # (a rank set off after a name stands as "<name> is <rank>": checkable, if no figure, as a rank)
        if clause.ranks or extract_values(body, default_year=year, today=published) \
                and sentence_kind(clause.standalone, published) == "checkable":
            claim = _make_claim(text, start + clause.span[0], start + clause.span[1], (start, start + len(sentence)),
                                published, "")
            out.append((clause, replace(claim, standalone=clause.standalone)))
    return out


def _standalone(claim: Claim, context: ArticleContext, before: str, published: date | None) -> str:
    """The claim with its references resolved and its relative dates made absolute."""
    resolved = context.resolve(claim.standalone or claim.text, before)
    return absolute_dates(resolved, published) if published else resolved


@functools.lru_cache(maxsize=8192)  # a sentence's one clause is the sentence again: a third of the calls repeat
def sentence_kind(sentence: str, published: date | None) -> str:
    """:func:`checker.kinds.classify`, with a forecast a prediction (pure, so kept per text and date)."""
    kind = classify(sentence, published)
    return "prediction" if kind == "checkable" and forecast(sentence, published) else kind


def _by_clause(text: str, start: int, end: int, published: date | None, kind: str,
               aside: tuple[tuple[int, int], ...] = ()) -> list[Placed]:
    """"Rents have climbed 40 percent, and a budget built on optimism would be a mistake": an opinion or
    forecast clause is left out, and a clause that asserts something checkable on its own is a claim even in
    an opinion. Reported speech ("Lee acknowledged that …, and …") is one statement and is not cut."""
    spans = [] if QUOTE.search(text, start, end) else clauses.clause_spans(text[start:end])
    kinds = [sentence_kind(text[start + s:start + e], published) for s, e in spans]
    for i in range(1, len(spans)):  # ", and the first in Latin America" says more of the clause before it
        if clauses.ELLIPTICAL_RANK.match(text, start + spans[i][0], start + spans[i][1]) \
                and not joints.HAS_VERB.search(text, start + spans[i][0], start + spans[i][1]):
            kinds[i] = kinds[i - 1]
    if len(spans) < 2 or "checkable" not in kinds:
        if kind == "checkable":
            return _checkable(text, start, end, published, (start, end), aside)
        return [(_skipped(text, start, end, kind, (start, end)), start)]
    out: list[Placed] = []
    run = [spans[0][0], spans[0][1], kinds[0]]  # consecutive checkable clauses stay one range (shared lead-in)
    for (s, e), own in zip(spans[1:] + [(end - start, end - start)], kinds[1:] + ["end"]):
        if own == run[2] == "checkable":
            run[1] = e
            continue
        a, b = start + run[0], start + run[1]
        out.extend(_checkable(text, a, b, published, (start, end), aside) if run[2] == "checkable"
                   else [(_skipped(text, a, b, str(run[2]), (start, end)), a)])
        run = [s, e, own]
    return out


def _checkable(text: str, start: int, end: int, published: date | None,
               sentence_span: tuple[int, int], aside: tuple[tuple[int, int], ...] = ()) -> list[Placed]:
    tail = OPINION_TAIL.search(text, start, end)
    parts = split_parts(text, start, tail.start() if tail else end, published, aside)
    return [(_make_claim(text, s, e, sentence_span, published, prefix, aside), opens) for s, e, prefix, opens in parts]


def _skipped(text: str, start: int, end: int, kind: str, sentence_span: tuple[int, int]) -> Claim:
    body = text[start:end].rstrip(" ,;:")
    return Claim(text=body, span=(start, start + len(body)), kind=kind, checkable=False,
                 sentence_span=sentence_span)


def split_parts(text: str, start: int, end: int, published: date | None,
                aside: tuple[tuple[int, int], ...] = ()) -> list[clauses.Part]:
    """Split a compound sentence between value-bearing assertions (checker.clauses); the figures of a clause
    nested in commas (``aside``, a claim of its own) are not the sentence's."""
    sentence = text[start:end]
    year = published.year if published else None
    anchors = [v for v in extract_values(sentence, default_year=year, today=published)  # "on Saturday" anchors
               if not context_only(v, sentence)
               and not any(s <= start + v.span[0] < e for s, e in aside)]
    return clauses.split_parts(text, start, end, anchors)


def _make_claim(text: str, start: int, end: int, sentence_span: tuple[int, int], published: date | None,
                prefix: str, aside: tuple[tuple[int, int], ...] = ()) -> Claim:
    body = text[start:end].rstrip(" ,.;:")
    end = start + len(body)
    standalone = (prefix + body) if prefix else body
    values = _shift(extract_values(body, default_year=published.year if published else None, today=published),
                    start)
    relation = detect_relation(body)
    # the kind is what the claim itself asserts: "Germany, the largest economy, recorded 2.0 percent" is a number
    # (the rank set aside is a claim of its own)
    own = "".join(ch for i, ch in enumerate(body, start) if not any(s <= i < e for s, e in aside)) if aside else body
    return Claim(text=body, span=(start, end), kind=claim_kind(own, values, relation), checkable=True,
                 values=tuple(values), sentence_span=sentence_span, standalone=standalone, relation=relation,
                 focus=relation_focus(body, relation))


def relation_focus(text: str, relation: str | None) -> str | None:
    """The event a since/anniversary claim counts from ("the birth of Kim Koo"), used as its own query; for an
    age, the birth of the person the claim opens with."""
    if relation == "age":
        match = re.match(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}", text.lstrip(" \"'“‘("))
        return f"{match.group(0)} was born" if match else None
    if relation == "gap":
        return gap_focus(text, extract_values(text))
    pattern = {"since": FOCUS_SINCE, "anniversary": FOCUS_ANNIVERSARY}.get(relation or "")
    match = pattern.search(text) if pattern else None
    return match.group(1).strip() if match else None


def detect_relation(text: str) -> str | None:
    """Which arithmetic the claim asks for: anniversary, age ("was 72 when"), since ("N years since", "N years
    ago"), first_in, span or gap ("two days after the bombing of Hiroshima")."""
    if ANNIVERSARY.search(text):
        return "anniversary"
    if AGE.search(text):
        return "age"
    if SINCE.search(text):
        return "since"
    if FIRST_IN.search(text):
        return "first_in"
    if SPAN.search(text):
        return "span"
    if GAP.search(text):
        return "gap"
    if AGO.search(text) and not BASELINE.search(text) and not any(v.type in _FIGURES for v in extract_values(text)):
        return "since"
    return None


def _shift(values: list[Value], offset: int) -> list[Value]:
    return [replace(v, span=(v.span[0] + offset, v.span[1] + offset)) for v in values]


def apply_worthiness(claims: list[Claim], scores: list[float], threshold: float | None) -> list[Claim]:
    """Attach check-worthiness scores; with a threshold, a value-less claim scoring below it is not a claim.

    A claim that asserts a typed value (number, date, duration) stays checkable whatever its score: the
    value itself is what a fact-checker verifies; so do a comparison spelled out ("roughly the size of
    Mongolia"), a finding attributed to a study ("…, the study concludes"), which a source can settle
    without a figure, and a rank split off the figure it ranks (", the fastest pace among major products").
    Rule decisions (opinion, prediction, ...) are never undone.
    """
    out = []
    for claim, score in zip(claims, scores):
        claim = replace(claim, worthiness=round(float(score), 4))
        if threshold is not None and claim.checkable and score < threshold and not _kept_without_score(claim):
            claim = replace(claim, checkable=False, kind=NOT_WORTHY)
        out.append(claim)
    return out


def _kept_without_score(claim: Claim) -> bool:
    """A typed value, a comparison spelled out, an attributed finding, or a rank cut off the figure it ranks
    (checker.joints.RANK_TAIL: the part opens in lower case, and its standalone text holds the figure)."""
    text = claim.text
    return bool(claim.values or spells_out_comparison(text) or FINDING.search(text)
                or text[:1].islower() and joints.RANK_HEAD.match(text))
