"""Make a claim stand alone without an LLM: pronouns, bare surnames and "the company" → the names named earlier.

The original span is still what the page highlights; only retrieval and verification see this text.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from .companies import Companies
from .dates import MONTH_NAME, THAT_YEAR
from .entities import (JOINING, PARTICLES, country_mentions, country_name, country_pairs, last_destination,
                       people_in, venues)
from .first_names import fits, is_organisation
from .named_things import leading_thing, name_it
from .numbers import MODIFIER, NUMBER

# ("the two sides" too: in news that names two countries last, it is them far more often than anyone else)
_TWO_COUNTRIES = re.compile(r"\b(?:[Tt]he\s+two\s+(?:countries|nations|sides)|[Bb]oth\s+countries)\b")
_OPENING_PHRASE = re.compile(r"\W{0,2}(?:At|In|On|During|After|Before|Following|Upon|Under|With|Unlike|Like)\b"
                             r"[^,;]{0,120},")
# relations that name no one: "the anniversary of diplomatic ties", "their diplomatic relations"
_TIES = re.compile(r"\b(?:anniversary\s+of\s+(?:the\s+(?:establishment\s+of\s+)?)?(?:their\s+)?|their\s+)"
                   r"diplomatic\s+(?:ties|relations)\b(?!\s+(?:between|with|to)\b)")
_ONE_COUNTRY = re.compile(r"\b[Tt]he\s+country(?:('s)|\b)(?!\s+[A-Z])")
_TO = re.compile(r"\bto\s+$")
# "President Lee Jae Myung", "Chinese President Xi Jinping": a title right before a name; and "the president"
# (not "the president of …", not "the President Lee …") referring back to whoever last bore it.
_TITLES = r"president|prime\s+minister|foreign\s+minister|chancellor|governor|mayor|premier"
_TITLE_BEFORE_NAME = re.compile(rf"\b({_TITLES})\s+(?=[A-Z])", re.IGNORECASE)
_TITLE_REFERENCE = re.compile(rf"\b[Tt]he\s+({_TITLES})\b(?!\s+(?:of\b|[A-Z]))")
_LEADERS = ("president", "prime minister", "chancellor", "premier")
_TWO_PEOPLE = re.compile(r"\b(?:[Tt]he\s+two\s+(?:leaders|presidents|heads\s+of\s+state)"
                         r"|[Bb]oth\s+(?:leaders|presidents))\b")
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|He|She|His|Her)\b")
# "UN forces landed at Incheon less than three months later": later than the event the previous sentence told of
_LATER = re.compile(rf"(?i:\b(?P<length>(?:{MODIFIER}\s+)?(?:{NUMBER}|an?)\s+(?:years?|months?|weeks?|days?))"
                    r"\s+later\b)")
# an opening that dates a sentence without telling its event: "Eight years ago today,", "In 2018,"
_DATING_OPENING = re.compile(r"^[^,;]{0,40}\b(?:ago|today|yesterday|later|earlier|\d{4})\s*,\s*")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_MONTH_BEFORE = re.compile(rf"\b{MONTH_NAME}\s+$")
# where the event a sentence tells of ends: ", where they signed …", ", when North Korean forces …", "; …"
_CLAUSE_END = re.compile(r",\s{1,3}(?:when|where|which|who|while|and|but)\b|;|\s[—–]\s")
# "…, and it took effect in December": a verb said of an agreement or a work, and the clause before it, whose first
# thing acted on ("signed a free trade agreement in 2015") "it" is
_IT_THING = re.compile(r"^it\s(?=(?:took|takes|came|comes|entered|enters|went|goes)\s(?:into\s)?(?:effect|force)\b"
                       r"|(?:was|is)\s(?:ratified|signed|approved|passed|adopted|extended|renewed|completed|opened|"
                       r"launched|revised|amended|suspended|scrapped|terminated)\b|expired\b)")
_IT_OPENS = re.compile(r"\W{0,2}It\s+[a-z]")
_CLAUSE_JOIN = re.compile(r"(?:,\s{1,3}(?:and|but)|;)\s{1,3}$")
_ACTED_ON = re.compile(r"\b(?:a|an|the)\s((?:[A-Za-z][\w'-]*\s){0,3}?[A-Za-z][\w-]{2,})"
                       r"(?=\s(?:in|on|at|with|for|between|by|from|to|that|which)\b|,|\s{0,3}$)")
_POSSESSIVE_HER = re.compile(r"\s{1,8}(?!(?:in|on|at|to|for|with|and|or|but|as|by|from|after|before|that|when|into|"
                             r"of|about|over|during|since|until|while|because|if|than)\b)[A-Za-z0-9]")


class ArticleContext:
    """People named so far in an article, most recent last."""

    def __init__(self) -> None:
        self.people: list[str] = []
        self.first_named: list[str] = []  # in order of first mention: a shared surname means the earliest
        self.subject: str | None = None  # first person named in the latest sentence that named anyone
        self.companies = Companies()
        self.thing: str | None = None  # the named thing the latest sentence opened with ("The Violet Line")
        self.things: dict[str, str] = {}  # every such thing so far, by its last word ("line")
        self.countries: list[str] = []  # country codes, most recently named last
        self.countries_first: list[str] = []  # and in the order first named
        self.pair: tuple[str, str] | None = None  # the two countries last named as a pair ("China and South Korea")
        self.titled: dict[str, set[str]] = {}  # "president" -> everyone the article gave the title
        self.visited: str | None = None  # the country the latest visit the article told of went to
        self.event: str | None = None  # what the latest sentence told of ("Moon Jae-in and Kim Jong Un met …")
        self.year: int | None = None  # the year the article named last
        self.acted_on: str | None = None  # the first thing the latest sentence acted on ("free trade agreement")

    def observe(self, sentence: str, *, following: str | None = None) -> None:
        """Note who the sentence mentions, by full name or by a known surname, in order of mention, and the event
        it tells of. ``following``, the next sentence when known: the event is resolved only for one that counts
        "N months later" from it (resolving every sentence's event took a quarter of an article's extraction), and
        the thing it acted on only for one opening "It took effect …"."""
        self.event = self._told(sentence) if following is None or _LATER.search(following) else None
        self.year = self.year_meant(sentence)
        acted_on = _ACTED_ON.search(sentence) if following is None or _opens_with_it(following) else None
        self.acted_on = acted_on[1] if acted_on else None
        mentions = self._mentions(sentence)
        order = sorted(mentions, key=mentions.__getitem__)
        for name in order:
            if name in self.people:
                self.people.remove(name)
            self.people.append(name)
            if name not in self.first_named:
                self.first_named.append(name)
        if order:
            opening = _OPENING_PHRASE.match(sentence)  # "At the invitation of President Xi Jinping, Tokayev …"
            after = [n for n in order if opening and mentions[n] >= opening.end()]
            self.subject = after[0] if after else order[0]
        self.countries = _by_recency(self.countries, sentence)
        self.pair = next(reversed(country_pairs(sentence)), self.pair)
        self.visited = last_destination(sentence) or self.visited
        self.countries_first += [c for c in self.countries if c not in self.countries_first]
        self.companies.observe(sentence)
        # a sentence about the same thing by "It" keeps it ("The Provisional Government … was founded in 1919. It
        # moved to Chongqing in 1940. Today marks 107 years since its founding.")
        self.thing = leading_thing(sentence) or (self.thing if _IT_OPENS.match(sentence) else None)
        if self.thing:
            self.things[self.thing.split()[-1].lower()] = self.thing
        for title, names in self._titles(sentence, mentions).items():
            self.titled.setdefault(title, set()).update(names)

    def resolve(self, text: str, before: str = "") -> str:
        """Replace each pronoun with the person named last before it in its sentence, else the previous naming
        sentence's subject, bare surnames ("Lee", "Berg") with the full name, and "the company", "Its" and
        "It opened …" with the company the article is about (:mod:`checker.companies`).

        ``before`` is the sentence up to the claim: "Its governor, Lars Nyman, said he …" means Nyman whoever
        the article named earlier. Across sentences the subject wins over the last name: after "Wanjiru finished
        ahead of Tigist Alemu", "she said" is Wanjiru far more often than Alemu. Then times: "a month later"
        counts from the previous sentence's event, "that year" is the year named last."""
        text = self._references(text, before)
        for step in (self._name_it_acted_on, self._later_than, self._name_year):
            text = step(text, before)
        return text if before.strip() else name_it(text, self.thing, self.things)

    def _references(self, text: str, before: str) -> str:
        """:meth:`resolve`'s people, companies, countries and titles."""
        pronouns = [(m, self._latest(before + text[:m.start()], m.group(0))) for m in _PRONOUN.finditer(text)]
        for m, name in reversed(pronouns):  # from the end, so earlier offsets stay valid
            if name:
                text = text[:m.start()] + _pronoun(m, name) + text[m.end():]
        bare = self._bare_names()
        # a full name in the text is no bare name, whether known ("Erik Hansen's") or new ("her son, Luca
        # Marchetti" is not "Luca Hélène Marchetti"); "De Vries" alone is one
        names = self.people + sorted(n for n in people_in(text) if not any(p.fullmatch(n) for _, p in bare))
        for full, pattern in bare:
            covered = _full_names(text, names)
            text = pattern.sub(lambda m: m.group(0) if _inside(m.start(), covered) else full, text)
        for step in (self.companies.resolve, self._name_countries, self._name_ties, self._name_country,
                     self._name_pair, self._name_titled):
            text = step(text, before)
        return text

    def _titles(self, text: str, mentions: dict[str, int]) -> dict[str, set[str]]:
        """Who bears which title in ``text``: "Chinese President Xi Jinping" is a president."""
        found: dict[str, set[str]] = {}
        for m in _TITLE_BEFORE_NAME.finditer(text):
            name = next((n for n in mentions if text.startswith(n, m.end())), None)
            if name:
                found.setdefault(" ".join(m.group(1).lower().split()), set()).add(name)
        return found

    def _name_titled(self, text: str, before: str) -> str:
        """"the president said" → "Lee Jae Myung said" when the article has given the title to one person
        only; with two presidents named (a state visit) "the president" is left as written."""
        ref = _TITLE_REFERENCE.search(text)
        if ref is None:
            return text
        head = before + text[:ref.start()]
        title = " ".join(ref.group(1).lower().split())
        names = self.titled.get(title, set()) | self._titles(head, self._mentions(head)).get(title, set())
        return text[:ref.start()] + next(iter(names)) + text[ref.end():] if len(names) == 1 else text

    def _name_pair(self, text: str, before: str) -> str:
        """"the two leaders met in Beijing" → "Lee Jae Myung and Xi Jinping met in Beijing"; as written when the
        article has named more than two leaders (a visiting president, the host president and the host's prime
        minister: the last two named need not be the two who met)."""
        ref = _TWO_PEOPLE.search(text)
        if ref is None:
            return text
        leaders = set().union(*(names for title, names in self.titled.items() if title in _LEADERS))
        if len(leaders) > 2:
            return text
        here = self._mentions(before + text[:ref.start()])
        recent = [p for p in self.people if p not in here] + sorted(here, key=here.__getitem__)
        return _two_named_last(text, ref, recent, self.first_named, str)

    def _told(self, sentence: str) -> str | None:
        """The event ``sentence`` tells of, its references resolved: "the war began on June 25, 1950"."""
        opening = _OPENING_PHRASE.match(sentence) or _DATING_OPENING.match(sentence)
        told = sentence[opening.end() if opening else 0:]
        told = _CLAUSE_END.split(told, maxsplit=1)[0].strip().rstrip(".")
        told = "t" + told[1:] if told.startswith("The ") and told[4:5].islower() else told  # "the war began"
        return self._references(told, "") if told else None

    def year_meant(self, before: str) -> int | None:
        """The year "that year" means: the last one named before it in its sentence, else in the article."""
        named = _YEAR.findall(before)
        return int(named[-1]) if named else self.year

    def year_said(self, text: str, before: str = "") -> tuple[re.Match[str], int] | None:
        """Where ``text`` says "that year" (or "the following year"), and which year it means."""
        ref = THAT_YEAR.search(text)
        year = self.year_meant(before + text[:ref.start()]) if ref else None
        return (ref, year + (1 if ref["next"] else 0)) if ref and year is not None else None

    def _name_year(self, text: str, before: str) -> str:
        """"tightened sanctions in December that year" → "… in December 2017", "in March of the same year" →
        "in March 2015"; "later that year" → "later in 2017", "the following year" → "in 2018"."""
        said_year = self.year_said(text, before)
        if said_year is None:
            return text
        ref, year = said_year
        month = _MONTH_BEFORE.search(text, 0, ref.start())  # "in March of that year" → "in March 2015"
        said = str(year) if month else f"{ref['prep']} {year}" if ref["prep"] else f"in {year}"
        return text[:ref.start()] + said + text[ref.end():]

    def _name_it_acted_on(self, text: str, before: str) -> str:
        """"The two countries signed a free trade agreement in 2015, and it took effect in December" → "the free
        trade agreement took effect …": "it" with a verb said of agreements and works (took effect, was ratified,
        opened) is the first thing the clause before acted on ("a/an/the …"), in its sentence or, opening one, in
        the sentence before ("… signed a free trade agreement in 2015. It took effect in December 2015")."""
        opening = not before.strip()
        if not (_opens_with_it(text) if opening else _IT_THING.match(text)):
            return text
        if opening:
            return f"The {self.acted_on}{text[2:]}" if self.acted_on else text
        joined = _CLAUSE_JOIN.search(before)
        acted_on = _ACTED_ON.search(before, 0, joined.start()) if joined else None
        return f"the {acted_on[1]}{text[2:]}" if acted_on else text

    def _later_than(self, text: str, before: str) -> str:
        """"The two leaders met again a month later" → "… a month after Moon Jae-in and Kim Jong Un met at the
        Peace House", so the time between the two events can be counted (:mod:`checker.gaps`); only in a claim
        that opens its sentence (later in a sentence, "later" may count from that sentence's own event)."""
        later = _LATER.search(text)
        if later is None or self.event is None or before.strip():
            return text
        # what follows "later" goes before the length, so the event counted from ends the text: "He returned to
        # China for the Olympics three months after Lee Myung-bak visited Beijing in May 2008"
        head, rest = text[:later.start()].rstrip(), text[later.end():].rstrip(" .")
        if not head:  # "Eleven days later, the National Assembly voted …" → "The National Assembly voted …"
            rest = rest.lstrip(" ,")
            rest = rest[:1].upper() + rest[1:]
        return f"{head}{rest} {later['length'].lower()} after {self.event}"

    def _name_countries(self, text: str, before: str) -> str:
        """"between the two countries" → "between Kenya and South Africa": the two named last, or the two last
        named as a pair while both are among the three named last ("China and South Korea established relations
        … South Korea cut its ties with Taiwan. The two countries signed …" is China and South Korea), never a
        country the sentence names only as the venue ("Trump met Kim in Singapore, the first summit between the
        two countries")."""
        ref = _TWO_COUNTRIES.search(text)
        if ref is None:
            return text
        head = before + text[:ref.start()]
        where = venues(head)
        recent = [c for c in _by_recency(self.countries, head) if c not in where]
        pair = next(reversed(country_pairs(head)), self.pair)
        if pair and all(c in recent[-3:] for c in pair):
            recent = [c for c in recent if c not in pair] + list(pair)
        return _two_named_last(text, ref, recent, self.countries_first, country_name)

    def _name_ties(self, text: str, before: str) -> str:
        """"the 34th anniversary of diplomatic ties" → "… of diplomatic ties between China and South Korea": the
        pair named last, in the sentence or before it; a sentence naming another country is left as it is."""
        ref = _TIES.search(text)
        if ref is None:
            return text
        head = before + text[:ref.start()]
        pair = next(reversed(country_pairs(head)), self.pair)
        if pair is None or any(c not in pair for c in country_mentions(before + text)):
            return text
        named = " and ".join(country_name(c) for c in pair)
        return f"{text[:ref.end()]} between {named}{text[ref.end():]}"

    def _name_country(self, text: str, before: str) -> str:
        """"In 2024 the country had its worst season" → "In 2024 Brazil had …", when the article has named one
        country and no other so far; "his first trip to the country" is the country the last visit went to."""
        ref = _ONE_COUNTRY.search(text)
        if ref is None:
            return text
        named = _by_recency(self.countries, before + text[:ref.start()])
        visited = (last_destination(before + text[:ref.start()]) or self.visited) \
            if _TO.search(text, 0, ref.start()) else None
        code = named[0] if len(named) == 1 else visited
        if code is None:
            return text
        name = country_name(code)
        return text[:ref.start()] + (name + "'s" if ref.group(1) else name) + text[ref.end():]

    def _mentions(self, text: str) -> dict[str, int]:
        """Where each person is (last) named in ``text``: by full name, or by a surname already known."""
        bare = self._bare_names()
        mentions = {name: text.rfind(name) for name in people_in(text)
                    if not is_organisation(name) and not any(p.fullmatch(name) for _, p in bare)}
        covered = _full_names(text, self.people)
        for full, pattern in bare:
            found = [m.start() for m in pattern.finditer(text) if not _inside(m.start(), covered)]
            if found and full not in mentions:
                mentions[full] = found[-1]
        return mentions

    def _bare_names(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """Each known person with the pattern of the bare names that mean them: "Hansen" is Erik Hansen, named
        first, not his father Lars Hansen, named later (who keeps "Lars")."""
        return _bare_names(tuple(self.first_named), tuple(self.people))

    def _latest(self, text: str, pronoun: str) -> str | None:
        """Who ``pronoun`` means: the person named last in ``text``, else the latest naming sentence's subject,
        skipping anyone a common first name says it cannot mean (:mod:`checker.first_names`)."""
        mentions = {name: at for name, at in self._mentions(text).items() if fits(pronoun, name)}
        if mentions:
            return max(mentions, key=mentions.__getitem__)
        if self.subject is None or fits(pronoun, self.subject):
            return self.subject
        return next((name for name in reversed(self.people) if fits(pronoun, name)), None)


@functools.lru_cache(maxsize=1024)  # asked for every mention and reference; the people change once a sentence
def _bare_names(first_named: tuple[str, ...], people: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """:meth:`ArticleContext._bare_names` of an article that named ``first_named`` (first mention order)."""
    owner: dict[str, str] = {}
    for full in first_named:
        for word in _name_words(full):
            owner.setdefault(word, full)
    return tuple((full, _bare_pattern(tuple(w for w in _name_words(full) if owner[w] == full)))
                 for full in people if any(owner[w] == full for w in _name_words(full)))


def _two_named_last(text: str, ref: re.Match[str], recent: list[str], first: list[str],
                    name: Callable[[str], str]) -> str:
    """``ref`` ("the two countries", "the two leaders") replaced by the last two of ``recent`` (most recently
    named last), in the order the article first named them; as written when fewer than two were named."""
    pair = recent[-2:]
    if len(pair) < 2:
        return text
    order = first + [p for p in pair if p not in first]
    return text[:ref.start()] + " and ".join(name(p) for p in sorted(pair, key=order.index)) + text[ref.end():]


def _opens_with_it(sentence: str) -> bool:
    """The sentence opens "It took effect …", "It was ratified …" (:data:`_IT_THING`)."""
    return _IT_THING.match(sentence[:1].lower() + sentence[1:]) is not None


def _by_recency(codes: list[str], text: str) -> list[str]:
    """``codes`` with the countries ``text`` names moved to the end, in the order ``text`` last names them."""
    named = country_mentions(text)
    return [c for c in codes if c not in named] + sorted(named, key=named.__getitem__)


def _name_words(full: str) -> list[str]:
    """The words a person is called by alone: the first ("Lee" of "Lee Jae Myung") or the last ("Berg" of
    "Anna Berg"), with its particles ("de Vries" of "Sanne de Vries")."""
    words = full.split()
    particle = next((i for i, w in enumerate(words) if i and w in PARTICLES), None)
    if particle and words[particle] in JOINING:  # "Gouveia e Melo" of "Henrique Gouveia e Melo"
        particle -= 1
    last = " ".join(words[particle:]) if particle else words[-1]
    return [w for w in dict.fromkeys((words[0], last)) if len(w) > 1]


@functools.lru_cache(maxsize=1024)
def _bare_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` alone, not followed by another name; a leading particle may be capitalised ("De Vries
    needs …" at the start of a sentence)."""
    names = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" if w[0].islower() else re.escape(w) for w in words)
    return re.compile(rf"\b(?:{names})\b(?!\s+[A-Z])(?!-)")


def _full_names(text: str, people: list[str]) -> list[tuple[int, int]]:
    """Where the known full names stand in ``text``: a bare name inside one ("Erik Hansen's") is not bare."""
    spans: list[tuple[int, int]] = []
    for full in people:  # str.find, not a regex per name: the same non-overlapping spans, without compiling
        at = text.find(full) if full else -1  # (an empty name's empty spans would cover nothing)
        while at >= 0:
            spans.append((at, at + len(full)))
            at = text.find(full, at + len(full))
    return spans


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def _pronoun(match: re.Match[str], name: str) -> str:
    """"his" and a "her" before a noun ("Her party") are possessive; "her" before a preposition, a conjunction
    or the end ("accompanied her", "met her in Paris") is the person."""
    word = match.group(0).lower()
    if word == "his" or word == "her" and _POSSESSIVE_HER.match(match.string, match.end()):
        return f"{name}'s"
    return name
