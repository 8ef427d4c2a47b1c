"""Time between two events the store dates: "Xi Jinping was elected president about four months after becoming
General Secretary", "The Soviet Union declared war on Japan two days after the bombing of Hiroshima".

Such a claim was read as "N years since": counted from the later event to the as-of date, it supported "about 13
years after becoming General Secretary" (2012 → 2026) and contradicted the true "about four months". The claim
names two events: the one its main clause tells of, and the one after "after" (or "before"). Each is found among
the dated candidates by the words it shares with that part of the claim, and the time between their days is
compared with the claim's length, in the claim's unit. The main event's day may also be one the claim gives
("took effect on December 20, 2015, about six months after it was signed").
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from .assessment import polarity_differs, values_of
from .compare import AGREE, MISMATCH, UNKNOWN, compare_interval
from .dates import years_between
from .domain import Evidence, Value
from .entities import entities_of
from .event_words import IGNORED, WORD, content_words, has_word, same_word
from .fact_days import act_day, act_words, day_of, shown
from .lexicon import IRREGULAR_PAST, alternation
from .numbers import NUMBER
from .relation_result import RelationResult
from .values import years_per

# "about four months after becoming …", "two days before the bombing of …"
GAP = re.compile(rf"(?i:\b(?P<num>{NUMBER}|an?)\s+(?P<unit>years?|months?|weeks?|days?)\s+(?P<dir>after|before)\s+)")
# a fact tells of a part's event when it shares half of the part's words, and at least two of them
_MIN_SHARED = 2
_PRONOUN = re.compile(r"^(?:it|he|she|they)\b", re.IGNORECASE)
_GERUND = re.compile(r"^[a-z]{2,}ing\b")
# where a sentence's subject ends: its first verb ("was", "entered", "took")
_VERB = re.compile(rf"\b(?:is|was|are|were|has|had|have|comes|{alternation(IRREGULAR_PAST)}|[a-z]{{3,}}ed)\b")
_END = re.compile(r"[,;.]")
# the other event told of an agreement named in the main clause: "… after the agreement entered into force"
_AGREEMENTS = r"(?:agreement|treaty|pact|accord|deal|partnership|convention)"
_THE_AGREEMENT = re.compile(rf"^\s*the\s+{_AGREEMENTS}\b", re.IGNORECASE)
_AGREEMENT_WORD = re.compile(rf"\b{_AGREEMENTS}\b", re.IGNORECASE)
_NAMED = re.compile(r"((?:[Tt]he\s)?[A-Z][\w'’-]*(?:\s(?:of\s(?:the\s)?|and\s)?[A-Z][\w'’-]*){0,6})")
# the other event told by its doer alone, its act the main clause's: "… twenty years before Beijing did"
_ELIDED = re.compile(r"^(?P<who>[A-Z][\w'-]*(?:\s(?:and\s)?[A-Z][\w'-]*){0,3})\s(?:did|does|had|has|was|were|is)$")
# a fact that marks an anniversary is dated by the commemoration, not by the event it commemorates
COMMEMORATION = re.compile(r"\banniversary\b", re.IGNORECASE)
# the commemorated event's words: "the 80th anniversary of its liberation from Japanese colonial rule"
_ANNIVERSARY_OF = re.compile(r"\banniversary\b[^,.;]{0,80}", re.IGNORECASE)
# the event the article reports, dated by its publication: "The visit came 68 years after …", "It comes just five
# months after …"
_REPORTED = re.compile(r"^\W*(?:it|this|the\s+(?:visit|trip|tour|meeting|summit|talks|agreement|deal|decision|"
                       r"announcement|move))\s+(?:comes?|came)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Parts:
    """A gap claim cut at its length: the main clause, the length's value, and the event it is counted from."""
    main: str
    length: Value
    other: str
    after: bool  # "after": the main event is the later one
    doer: str | None = None  # who did the other event, when it is told by its doer alone ("before Beijing did")


def parts(text: str, values: Sequence[Value]) -> Parts | None:
    """The claim cut at its length ("… about six months" "after" "it was signed"), or None without one."""
    match = GAP.search(text)
    if match is None:
        return None
    length = next((v for v in values if v.type == "duration" and v.span[0] <= match.start("unit") < v.span[1]), None)
    if length is None or length.value is None or length.unit not in ("year", "month", "week", "day"):
        return None
    main = text[:length.span[0]]
    tail = text[match.end():]
    end = _END.search(tail)
    other = tail[:end.start()] if end else tail
    if not WORD.search(main) and end is not None:  # fronted: "Two years after Mao's death, China launched …"
        main = tail[end.end():]
    # the other event's doer, when it names none, is the main clause's: "… entered into force about six months
    # after it was signed", "Lee Jae Myung took office a week after winning the presidential election"
    verb = _VERB.search(main)
    subject = main[:verb.start()].strip() if verb else ""
    elided = _ELIDED.match(other.strip())
    if _PRONOUN.match(other):
        other = _PRONOUN.sub(subject, other, count=1)
    elif _GERUND.match(other):
        other = f"{subject} {other}"
    elif elided and verb:  # "Seoul hosted the Summer Olympics in 1988, twenty years before Beijing did"
        other = f"{elided['who']} {main[verb.start():].strip(' ,')}"
    elif (agreement := _THE_AGREEMENT.match(other)) and verb:
        # "South Korea joined RCEP on February 1, 2022, a month after the agreement entered into force": the one
        # the main clause names (its object, else its subject), not any agreement that entered into force
        named = _NAMED.match(main[verb.end():].lstrip()) \
            or (_NAMED.match(subject) if _AGREEMENT_WORD.search(subject) else None)
        if named:
            other = named.group(1) + other[agreement.end():]
    return Parts(main, length, other.strip(), match.group("dir").lower() == "after",
                 elided["who"] if elided and verb else None)


def focus(text: str, values: Sequence[Value]) -> str | None:
    """The event the length is counted from, as its own query."""
    found = parts(text, values)
    return found.other if found and found.other else None


def compute_gap(text: str, values: Sequence[Value], dated: Sequence[Evidence], as_of: date) -> RelationResult:
    """The time between the main event's day and the other event's, against the claim's length. The main event
    is dated by a day the claim gives (which a fact telling of that event must hold), else by its fact, else,
    when it is the event the article reports ("The visit came …"), by the as-of date; the other event only by its
    fact, which must agree with any date the claim gives it ("… after the two countries established relations in
    1958")."""
    found = parts(text, values)
    if found is None:
        return RelationResult(UNKNOWN, "no length before 'after' or 'before'", (), ())
    given = _given_day(values, found)
    unconfirmed = _unconfirmed(given, values, found, dated)
    if unconfirmed is not None:
        return unconfirmed
    if given is None and _REPORTED.match(found.main):
        given = (as_of, None)
    # a date the claim gives the main event picks among its facts ("Seoul hosted the Summer Olympics in 1988,
    # twenty years before …": not Beijing's 2022 Games, "the first city to host both Summer and Winter" Games),
    # as one it gives the other event does below
    mains: list[Evidence] = []
    if given is None:
        main_so = [e for e in dated if _dated_otherwise(values, found, e, main=True) is None]
        mains = telling(found.main, main_so) or telling(found.main, dated)
    main = mains[0] if mains else None
    main_day = given[0] if given else (day_of(found.main, main) if main else None)
    # facts about other days that tell of the main event as well leave the closest one (retrieval's order) to
    # date it, too weak a choice to contradict by itself
    top = _density(found.main, main) if main else None
    ambiguous = len({day_of(found.main, m) for m in mains if _density(found.main, m) == top}) > 1
    # a date the claim gives the other event picks among its facts ("after Lee Myung-bak visited Beijing in May
    # 2008": not his visit to Beijing in May 2012)
    # (and an event told by its doer alone is that doer's: "thirty years before Pyeongchang did" is no Games in
    # Beijing, though the act's words, "hosted the Summer Olympics", are theirs)
    by_doer = [e for e in dated if all(has_word(e.fact.text, w) for w in content_words(found.doer))] \
        if found.doer else dated
    dated_so = [e for e in by_doer if _dated_otherwise(values, found, e) is None]
    # one fact may tell of both events, each by its own day ("… was signed on October 1, 1953, and entered into
    # force on November 18, 1954")
    both = main is not None and act_day(found.other, main) not in (None, main_day)
    taken = (main,) if main and not both else ()
    other = _nearest(found.other, _telling(found.other, dated_so, taken), main_day, found.after) \
        or _nearest(found.other, _telling(found.other, by_doer, taken), main_day, found.after)
    # what the other event's part says is the other event's (its date is not the main fact's), and with a day
    # given, the main part's dates are the claim's own
    consumed = tuple(v for v in values if v is found.length or v.span[0] >= found.length.span[1]
                     or (given is not None and v.type in ("date", "date_range")))
    if other is None or main_day is None:
        which = "the event it is counted from" if other is None else "the main event"
        return RelationResult(UNKNOWN, f"no dated fact about {which}", (), consumed)
    other_day = day_of(found.other, other)
    other_label = shown(other, other_day)
    dated_otherwise = _dated_otherwise(values, found, other)
    if dated_otherwise is not None:
        why = f"the claim dates the other event {dated_otherwise.text!r}, {other.fact.id} {other_label}"
        return RelationResult(UNKNOWN, why, (other,), consumed)
    evidence = ((main,) if main and main is not other else ()) + (other,)
    later, earlier = (main_day, other_day) if found.after else (other_day, main_day)
    label = (given[1].text if given[1] is not None else given[0].isoformat()) if given \
        else (shown(main, main_day) if main else "")
    said = f"the claim says {found.length.text!r}"
    if later < earlier:  # the events in the other order
        main_is = "before" if found.after else "after"
        computation = f"{label} is {describe_gap(later, earlier, found.length)} {main_is} {other_label}; {said} " \
                      f"{'after' if found.after else 'before'}"
        return RelationResult(MISMATCH, computation, evidence, consumed,
                              strong=_named_twice(found, given) and not ambiguous)
    how = f"{other_label} → {label}" if found.after else f"{label} → {other_label}"
    computation = f"{how} = {describe_gap(earlier, later, found.length)}; {said}"
    outcome = gap_outcome(found.length, earlier, later)
    return RelationResult(outcome, computation, evidence, consumed,
                          strong=_named_twice(found, given) and not ambiguous)


def _named_twice(found: Parts, given: tuple[date, Value | None] | None) -> bool:
    """Each event was found by two words or more of its own (or the main one is dated by the claim), as a kind
    filter finds an event: a mismatch is then a contradiction at any similarity. One word ("after the
    election") may have found another election."""
    return len(set(content_words(found.other))) >= _MIN_SHARED and (given is not None
                                                              or len(set(content_words(found.main))) >= _MIN_SHARED)


def gap_outcome(length: Value, earlier: date, later: date) -> str:
    """The gap in the claim's unit against its length. Exact days count exactly (one day off stays unverified: "a
    day after" an evening event), weeks to a day; an exact longer unit agrees when it is the gap rounded. "About
    three years" for 3.4 agrees as rounding does, and a length a unit or less from the gap is not contradicted."""
    amount = _amount(length, earlier, later)
    stated = float(length.value)
    off = abs(stated - amount)
    if length.modifier is None:
        if length.unit == "day":
            return AGREE if off == 0 else UNKNOWN if off <= 1 else MISMATCH
        if length.unit == "week":  # in days: "a week after" may be six days or eight
            return AGREE if off * 7 <= 1 else MISMATCH if off * 7 >= 4 else UNKNOWN
        return AGREE if off < 0.5 else MISMATCH if off >= 1 else UNKNOWN
    low = None if length.low is None else float(length.low)
    high = None if length.high is None else float(length.high)
    if compare_interval((low, high), (amount, amount)) == AGREE:
        return AGREE
    around = low is not None and high is not None and low < stated < high
    return AGREE if around and off < 0.5 else UNKNOWN if off < 1 else MISMATCH


def _amount(length: Value, earlier: date, later: date) -> float:
    """The time from ``earlier`` to ``later`` in the length's unit."""
    if length.unit in ("day", "week"):
        return (later - earlier).days / (7.0 if length.unit == "week" else 1.0)
    return years_between(earlier, later) / years_per(length.unit)


def describe_gap(earlier: date, later: date, length: Value) -> str:
    """The gap in the length's unit, as a computation shows it ("2.3 months", "2 days")."""
    days = (later - earlier).days
    if length.unit in ("day", "week"):
        return "1 day" if days == 1 else f"{days} days"
    return f"{_amount(length, earlier, later):.1f} {length.unit}s"


def _dated_otherwise(values: Sequence[Value], found: Parts, fact: Evidence, *, main: bool = False) -> Value | None:
    """A date the claim gives the other event (or the main one) that does not hold the fact's day."""
    day = day_of(found.main if main else found.other, fact).isoformat()
    return next((v for v in values if v.type in ("date", "date_range") and v.low and v.high
                 and (v.span[1] <= found.length.span[0] if main else v.span[0] >= found.length.span[1])
                 and not str(v.low) <= day <= str(v.high)), None)


def _unconfirmed(given: tuple[date, Value | None] | None, values: Sequence[Value], found: Parts,
                 dated: Sequence[Evidence]) -> RelationResult | None:
    """A day the claim gives its main event that no fact telling of that event holds: no day to count from. The
    claim states that day too, and counted as given it supported "He died on September 9, 1978, almost 29 years
    after he proclaimed the People's Republic on October 1, 1949" (Mao died in 1976). Where the facts that tell
    of the event best all give it one other day, and each part was named by two words or more, the claim's day is
    contradicted, if they hold the act too ("died", not only "Mao Zedong"); otherwise it is unverified."""
    if given is None or given[1] is None:
        return None
    said = given[1]
    told = telling(found.main, dated)
    # a span the fact gives holds each of its days: "visited China on January 5, 2026" against a visit "from
    # January 4 to January 7, 2026"
    if any(_dated_otherwise(values, found, e, main=True) is None
           or any(v.type in ("date", "date_range") and v.low and v.high and str(v.low) <= str(said.high)
                  and str(said.low) <= str(v.high) for v in values_of(e.fact)) for e in told):
        return None
    if not told:
        return RelationResult(UNKNOWN, f"no fact dates the main event, which the claim dates {said.text!r}", (), ())
    day = day_of(found.main, told[0])
    acts = act_words(found.main)
    strong = _named_twice(found, None) and all(day_of(found.main, e) == day for e in told) \
        and bool(acts) and all(has_word(told[0].fact.text, w) for w in acts)
    why = f"the claim dates the main event {said.text!r}, {told[0].fact.id} {shown(told[0], day)}"
    return RelationResult(MISMATCH if strong else UNKNOWN, why, (told[0],), (), strong=strong)


def _given_day(values: Sequence[Value], found: Parts) -> tuple[date, Value | None] | None:
    """A day the claim gives its main event ("took effect on December 20, 2015, about six months after")."""
    day = next((v for v in values if v.type == "date" and v.granularity == "day" and v.low
                and v.span[1] <= found.length.span[0]), None)
    return (date.fromisoformat(str(day.low)), day) if day is not None else None


def _telling(part: str, dated: Sequence[Evidence], taken: tuple[Evidence, ...]) -> list[Evidence]:
    """The candidates sharing most of the part's words (at least half, and two), not saying the opposite of it,
    each pair of them side by side in the fact counting once more ("Beijing hosted the Summer Olympics": "The 2008
    Summer Olympics were held in Beijing", not the 2022 Games, "the first city to host both Summer and Winter
    Olympic Games"; "the end of the Korean War": "… ending the fighting of the Korean War", not "… until the end
    of the Second World War" of the Provisional Government of Korea); of those, the ones holding most pairs side
    by side, then most words in the part's order ("Xi Jinping visited South Korea", not "South Korean President
    Lee Jae Myung visited China at the invitation of … Xi Jinping"), and on a tie, those with
    fewer other words first (the "elected President" fact before the "elected to a third term as President").
    A fact marking an anniversary tells of the commemoration, unless the part is about one."""
    words = list(dict.fromkeys(content_words(part)))
    need = min(len(words), max(_MIN_SHARED, math.ceil(len(words) / 2)))
    scored = []
    commemorated = COMMEMORATION.search(part) is not None
    for e in dated:
        if e in taken:
            continue
        fact_words = content_words(e.fact.text)
        shared = sum(1 for w in words if has_word(e.fact.text, w))
        if words and shared >= need and (commemorated or not _commemorated_words(e.fact.text, words)):
            side = _side_by_side(part, e.fact.text)
            scored.append(((shared + side, side, _in_order(words, fact_words)), shared / max(len(fact_words), 1), e))
    entities = entities_of(part)
    kept = [(score, e) for score, _, e in sorted(scored, key=lambda s: (tuple(-x for x in s[0]), -s[1]))
            if not polarity_differs(part, entities, e.fact.text)]
    return [e for score, e in kept if score == kept[0][0]] if kept else []


def _density(part: str, e: Evidence) -> float:
    """The share of the fact's words that are the part's: fewer other words, more nearly the part's event."""
    shared = sum(1 for w in dict.fromkeys(content_words(part)) if has_word(e.fact.text, w))
    return shared / max(len(content_words(e.fact.text)), 1)


def telling(part: str, dated: Sequence[Evidence]) -> list[Evidence]:
    """The facts telling of the event ``part`` names, best first (:func:`_telling`, then the rarer words)."""
    return _best_told(part, _telling(part, dated, ()), dated)


def _best_told(part: str, tied: list[Evidence], dated: Sequence[Evidence]) -> list[Evidence]:
    """Of facts sharing as many of the part's words, those sharing the rarest: "Lee Myung-bak returned to China
    for the Olympics" is told by his visit to the Beijing Olympics, not by his 2012 state visit to China, though
    each holds three of its words (every candidate names Lee and China; one names the Olympics)."""
    if len(tied) < 2:
        return tied
    words = list(dict.fromkeys(content_words(part)))
    holding = {w: sum(1 for e in dated if has_word(e.fact.text, w)) for w in words}

    def rarity(e: Evidence) -> float:
        return round(sum(1 / holding[w] for w in words if holding[w] and has_word(e.fact.text, w)), 6)

    rarities = [rarity(e) for e in tied]
    best = max(rarities)
    return [e for e, r in zip(tied, rarities) if r == best]


def _commemorated_words(fact: str, words: list[str]) -> bool:
    """Some of ``words`` the fact holds only where it names an anniversary: "Korea marked the 80th anniversary
    of its liberation" tells of the commemoration, not of "Korea's liberation". "Murayama issued a statement on
    August 15, 1995, the 50th anniversary of the end of the war" still tells of "the Murayama Statement"."""
    marked = []
    for m in _ANNIVERSARY_OF.finditer(fact):  # with the words before it in its clause: "Kim Koo's 150th birth"
        before = fact[max(0, m.start() - 30):m.start()]
        marked.append((m.start() - len(before) + max(before.rfind(c) for c in ",.;") + 1, m.end()))
    if not marked:
        return False
    starts, ends = [0] + [b for _, b in marked], [a for a, _ in marked] + [len(fact)]
    outside = content_words(" ".join(fact[a:b] for a, b in zip(starts, ends)))
    inside = content_words(" ".join(fact[a:b] for a, b in marked))
    return any(any(same_word(w, f) for f in inside) and not any(same_word(w, f) for f in outside) for w in words)


def _side_by_side(part: str, fact: str) -> int:
    """How many pairs of words side by side in the part ("Korean War") are side by side in the fact too."""
    theirs = _neighbours(fact)
    return sum(1 for a, b in _neighbours(part) if any(same_word(a, f) and same_word(b, g) for f, g in theirs))


@functools.lru_cache(maxsize=8192)
def _neighbours(text: str) -> tuple[tuple[str, str], ...]:
    """Pairs of content words with nothing between them ("Summer Olympics"; not "Korea after its first")."""
    raw = [w.lower() for w in WORD.findall(text)]
    return tuple((a, b) for a, b in zip(raw, raw[1:]) if all(len(w) >= 3 and w not in IGNORED for w in (a, b)))


def _in_order(words: list[str], fact_words: Sequence[str]) -> int:
    """How many of ``words`` the fact holds in their order (the longest common subsequence)."""
    row = [0] * (len(fact_words) + 1)
    for w in words:
        prev = 0
        for j, f in enumerate(fact_words, 1):
            prev, row[j] = row[j], prev + 1 if same_word(w, f) else max(row[j], row[j - 1])
    return row[-1]


def _nearest(part: str, tied: list[Evidence], main_day: date | None, after: bool) -> Evidence | None:
    """Of facts that tell of the other event equally well, the one nearest the main event on the claim's side:
    "two months after Xi Jinping visited South Korea" is after his latest visit before, not his 2014 one."""
    if main_day is None or len(tied) < 2:
        return next(iter(tied), None)
    side = [e for e in tied if (day_of(part, e) <= main_day if after else day_of(part, e) >= main_day)]
    return min(side, key=lambda e: abs((day_of(part, e) - main_day).days)) if side else tied[0]
