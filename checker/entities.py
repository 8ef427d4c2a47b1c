"""Places and people named in a text, normalised so "Seoul", "the ROK" and "South Korea" agree.

A gazetteer for the countries and cities news in this domain names, plus a capitalised-name heuristic
for people: enough to tell a visit "to Japan" from one "to China", or Moon from Lee.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .gazetteer import CITIES, COUNTRIES, NON_NAMES as _NON_NAMES
from .lexicon import word_trie
from .offices import office_mismatch, offices_in
from .polarity import negated

SUBJECT_WINDOW = 60


def _alias_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """Any alias, longest first, as a whole word. The lookahead on the aliases' first letters is implied by the
    alternatives (same matches), but lets a position no alias starts at fail at once: 4x faster, and these run
    on every sentence and fact. The aliases are a prefix tree, so a position an alias does start at ("A." in
    "A. A. A.") tests its letters once, not once per alias beginning with "A"; spaces stay literal because
    the matched text is looked up as written."""
    first = "".join(sorted({re.escape(a[0]) for a in aliases}))
    return re.compile(rf"(?=[{first}])(?<![\w.])(?:{word_trie(aliases, space=' ')})(?![\w])")


# One pattern over every alias (longest first) instead of one search per country: with ~80 countries the
# per-country searches were a third of a warm check. "North Korea" is then PRK alone, not also the "Korea" in it.
_ALIAS_CODE = {alias: code for code, aliases in COUNTRIES.items() for alias in aliases}
_COUNTRY_PATTERN = _alias_pattern(tuple(_ALIAS_CODE))
_CITY_PATTERN = _alias_pattern(CITIES)
_PLACE_PATTERN = _alias_pattern(tuple({a for aliases in COUNTRIES.values() for a in aliases} | set(CITIES)))
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿĀ-ž"  # Latin-1 and Latin Extended-A: "Svärd", "Łukasz"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}]+)?"
# "Sanne de Vries", "Ursula von der Leyen", "Leonardo da Vinci": lower-case particles inside a name
PARTICLES = frozenset("de da di du del della van von der den ter ten la le bin ibn al el dos das e y".split())
JOINING = frozenset({"e", "y"})  # "Gouveia e Melo", "Ortega y Gasset": one family name of two
_PARTICLE = "|".join(sorted(PARTICLES))
_CAPITAL_RUN = re.compile(rf"\b{_WORD}(?:(?: (?:{_PARTICLE})){{0,2}} {_WORD})*")
# the object right after the verb first ("visited Indonesia in June", not "June"), else after "to" or "in"
_DESTINATION = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|trip|travel(?:s|led|ed)?|went|arrived|tour(?:ed)?)\b"
    r"(?:(?:\s+[\w'()-]+){0,6}?\s+(?:to|in))??(?:\s+(?:the|a|an))?"
    r"\s+([A-Z][\w'.-]*(?:\s+(?:of\s+)?[A-Z][\w'.-]*){0,3})")


# A quoted title: one to eight words opening with a capital or digit, with no sentence inside ("Eastwatch",
# “Beyond the Wall”, ``The City on the Edge of Forever''). Straight single quotes are apostrophes too often.
_TITLE = re.compile(r"(?:\"|“|``|'')\s?([A-Z0-9][^\"“”'`.!?;:]{0,60}?)\s?(?:\"|”|'')")


# A capitalised word standing alone, not inside a run of capitalised words nor a hyphenated name: "Ditko" in
# "Ditko studied under", not "Myung" in "Lee Myung-bak" nor "School" in "Illustrators School".
_LONE_NAME = re.compile(rf"(?<![\w'-])[{_UPPER}][{_LOWER}]{{3,}}(?![\w'-])")


def lone_names(text: str) -> frozenset[str]:
    """Capitalised words of four letters or more whose neighbours are not capitalised: a person or organisation
    named again by one word ("Ditko", "Yale")."""
    found = set()
    for m in _LONE_NAME.finditer(text):
        head, tail = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 40]
        before = head.split()[-1:] if head[-1:].isspace() else []
        after = tail.split()[:1] if tail[:1].isspace() else []
        if not any(word[:1].isupper() for word in before + after):
            found.add(m.group(0))
    return frozenset(found)


@dataclass(frozen=True)
class Entities:
    countries: frozenset[str]
    cities: frozenset[str]
    people: frozenset[str]
    destination: str | None
    negated: bool
    subject: str | None = None
    titles: frozenset[str] = frozenset()
    family_names: frozenset[str] = frozenset()
    offices: frozenset[tuple[str, str]] = frozenset()


@functools.lru_cache(maxsize=16384)  # people_in asks it of every capitalised word
def countries_in(text: str) -> frozenset[str]:
    """ISO-like codes of the countries named (by name, demonym, alias or capital)."""
    return frozenset(country_mentions(text))


# How a reference resolved to a country reads; otherwise its first alias ("Kenya", "South Africa").
_SHORT_NAMES = {"KOR": "South Korea", "PRK": "North Korea", "CHN": "China", "USA": "the United States",
                "RUS": "Russia", "GBR": "the United Kingdom"}


def country_mentions(text: str) -> dict[str, int]:
    """Where each country named in ``text`` is last named, by code."""
    return {code: start for start, _, code in _country_spans(text)}


def _country_spans(text: str) -> list[tuple[int, int, str]]:
    """Each naming of a country with its span and code, in text order."""
    spans = [(m.start(), m.end(), _ALIAS_CODE[m.group(0)]) for m in _COUNTRY_PATTERN.finditer(text)]
    codes = {code for _, _, code in spans}
    # "Korea" alone is the ROK only when North Korea is not what was meant.
    if "PRK" in codes and "KOR" in codes and not re.search(r"(?:South Korea|ROK|Republic of Korea|Seoul)", text):
        spans = [span for span in spans if span[2] != "KOR"]
    return spans


_PAIRED = re.compile(r"\s{1,3}and\s{1,3}|\s?[-–—/]\s?")
_LISTED = re.compile(r",\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}")
_VENUE = re.compile(r"\b(?:in|at)\s{1,3}$")


def country_pairs(text: str) -> list[tuple[str, str]]:
    """Two countries named as one pair, in text order: "China and South Korea", "between Seoul and Beijing",
    "US-China"; not two of a longer list ("China, Japan and South Korea")."""
    spans = _country_spans(text)
    pairs = []
    for k in range(len(spans) - 1):
        (_, a_end, a), (b_start, b_end, b) = spans[k], spans[k + 1]
        listed = (k and _LISTED.fullmatch(text[spans[k - 1][1]:spans[k][0]])) \
            or (k + 2 < len(spans) and _LISTED.fullmatch(text[b_end:spans[k + 2][0]]))
        if a != b and not listed and _PAIRED.fullmatch(text[a_end:b_start]):
            pairs.append((a, b))
    return pairs


def venues(text: str) -> frozenset[str]:
    """Countries ``text`` names only as where something happened ("Trump met Kim in Singapore")."""
    at_venue: dict[str, bool] = {}
    for start, _, code in _country_spans(text):
        at_venue[code] = at_venue.get(code, True) and _VENUE.search(text, max(0, start - 8), start) is not None
    return frozenset(code for code, only in at_venue.items() if only)


@functools.lru_cache(maxsize=16384)  # checker.roles reads the doers and the receivers of one text
def mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every naming of a country ("country:KOR") or person ("person:Kim Jae-gyu") with its span, in text order:
    where each name stands, for reading who did what to whom (:mod:`checker.roles`)."""
    found = [(start, end, "country:" + code) for start, end, code in _country_spans(text)]
    found += [(m.start(), m.end(), "person:" + name) for name in people_in(text)
              for m in re.finditer(re.escape(name), text)]
    return tuple(sorted(found))


def country_name(code: str) -> str:
    return _SHORT_NAMES.get(code) or COUNTRIES[code][0]


def people_in(text: str) -> frozenset[str]:
    """Runs of two or more capitalised words that are not places or titles ("Lee Jae Myung", "Moon Jae-in")."""
    names = set()
    for match in _CAPITAL_RUN.finditer(_without_places(text)):
        run: list[str] = []
        words = match.group(0).split(" ") + [""]
        for i, word in enumerate(words):
            # "An" before a hyphenated Korean given name is a family name, not the article: "An Jung-geun"
            family = word == "An" and _KOREAN_GIVEN.fullmatch(words[i + 1]) is not None
            if word and (word not in _NON_NAMES or family) and not countries_in(word) \
                    and not _CITY_PATTERN.search(word):
                run.append(word)
                continue
            while run and run[-1] in PARTICLES:  # "Paris de" when the word after the particle was a place
                run.pop()
            if len(run) >= 2 and not _ORG_DESCRIPTORS.intersection(run):
                names.add(" ".join(run))
            run = []
    return frozenset(names)


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")  # two short syllables: "Jung-geun", "Chang-ho"
# words that describe an organisation's reach, never a person's name ("Airports Council International Europe")
_ORG_DESCRIPTORS = frozenset("International National Global Worldwide Europe General".split())


def _without_places(text: str) -> str:
    """``text`` with each country and city name blanked out: "New Zealand" or "Statistics Sweden" is no person."""
    return _PLACE_PATTERN.sub(lambda m: " " * len(m.group(0)), text)


def destination_of(text: str) -> str | None:
    """The country a visit in ``text`` goes to, if the text describes one."""
    match = _DESTINATION.search(text)
    if not match:
        return None
    codes = countries_in(match.group(1))
    return next(iter(sorted(codes))) if len(codes) == 1 else None


def last_destination(text: str) -> str | None:
    """The country the last visit described in ``text`` went to, if it names one."""
    for match in reversed(list(_DESTINATION.finditer(text))):
        codes = countries_in(match.group(1))
        if len(codes) == 1:
            return next(iter(codes))
    return None


def entities_of(text: str) -> Entities:
    """Places, people, titles and polarity of ``text``; accents composed first ("Bolı́var" with a combining
    acute, as encyclopaedia dumps write it, is "Bolívar")."""
    return _entities(unicodedata.normalize("NFC", text))


@functools.lru_cache(maxsize=16384)  # facts are re-read on every request; Entities is frozen
def _entities(text: str) -> Entities:
    return Entities(
        countries=countries_in(text),
        cities=frozenset(m.group(0) for m in _CITY_PATTERN.finditer(text)),
        people=people_in(text),
        destination=destination_of(text),
        negated=negated(text),
        subject=subject_of(text),
        titles=titles_in(text),
        family_names=lone_names(text),
        offices=offices_in(text),
    )


def titles_in(text: str) -> frozenset[str]:
    """Quoted titles, lower-cased with spacing normalised ("Eastwatch", the episode; "1999", the song)."""
    found = (" ".join(m.group(1).split()).lower() for m in _TITLE.finditer(text))
    return frozenset(t for t in found if 1 <= len(t.split()) <= 8)


def subject_of(text: str) -> str | None:
    """The person a sentence opens with ("President Moon Jae-in is ..."), if one is named early."""
    early = [(text.find(name), name) for name in people_in(text) if 0 <= text.find(name) < SUBJECT_WINDOW]
    return min(early)[1] if early else None


def same_person(a: str, b: str) -> bool:
    """Loose name match: "Lee Jae Myung" ~ "Lee Jae-myung" ~ "Jae Myung Lee"; "Summer Olympic Games" ~
    "Summer Olympics" (a word's plural "s" does not count); "Moon" ~ "Moon Jae-in". Two names that share words
    but each have one the other lacks are two people: "Kim Jong Un" and "Kim Jong Il", "Lee Jae Myung" and
    "Lee Jae-yong" (an initial does not count: "Donald J. Trump" ~ "Donald John Trump"; nor a one-letter slip in a
    longer word: "San Diego Sockets" ~ "San Diego Sockers")."""
    ta, tb = _name_words(a), _name_words(b)
    if len(ta & tb) < min(2, len(ta), len(tb)):
        return False
    only_a, only_b = [w for w in ta - tb if len(w.rstrip(".")) > 1], [w for w in tb - ta if len(w.rstrip(".")) > 1]
    if not (only_a and only_b):
        return True
    return len(only_a) == len(only_b) == 1 and min(len(only_a[0]), len(only_b[0])) >= 5 \
        and _one_slip(only_a[0], only_b[0])


def _one_slip(a: str, b: str) -> bool:
    """One letter replaced, added or dropped."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@functools.lru_cache(maxsize=16384)  # every name of a claim meets every name of each of its candidate facts
def _name_words(name: str) -> frozenset[str]:
    """Lower-cased words without accents ("Noël Coward" is "Noel Coward") or a plural "s"."""
    return frozenset(_unaccented(w.lower()).removesuffix("s") for w in re.split(r"[\s-]+", name) if w)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def place_mismatch(claim: Entities, fact: Entities, *, cities: bool = True) -> str | None:
    """Why the fact is about other places than the claim (another destination, country or, with ``cities``,
    city), or None."""
    if claim.destination and fact.destination and claim.destination != fact.destination:
        return f"the claim's visit is to {claim.destination}, the fact's to {fact.destination}"
    extra_c, extra_f = claim.countries - fact.countries, fact.countries - claim.countries
    if extra_c and extra_f:
        return f"the claim names {', '.join(sorted(extra_c))}, the fact {', '.join(sorted(extra_f))}"
    city_c, city_f = claim.cities - fact.cities, fact.cities - claim.cities
    if cities and city_c and city_f:
        return f"the claim names {', '.join(sorted(city_c))}, the fact {', '.join(sorted(city_f))}"
    return None


def mismatch(claim: Entities, fact: Entities, *, places: bool = True) -> str | None:
    """Why the fact is about other places or people than the claim (only people and titles without
    ``places``), or None if they are compatible."""
    place = place_mismatch(claim, fact) if places else None
    if place is not None:
        return place
    if claim.titles and fact.titles and not claim.titles & fact.titles:
        return f"the claim names {', '.join(sorted(claim.titles))}, the fact {', '.join(sorted(fact.titles))}"
    if claim.subject and fact.subject and not same_person(claim.subject, fact.subject) \
            and not _named_in(fact.subject, claim.people) and not _named_in(claim.subject, fact.people) \
            and not _by_family_name(claim.subject, fact):
        return f"the claim is about {claim.subject}, the fact about {fact.subject}"
    missing = [p for p in claim.people if not _named_in(p, fact.people) and not _by_family_name(p, fact)]
    extra = [q for q in fact.people if not _named_in(q, claim.people)]
    if missing and extra:
        return f"the claim names {', '.join(sorted(missing))}, the fact {', '.join(sorted(extra))}"
    return office_mismatch(claim.offices, fact.offices, same_person)


def _by_family_name(name: str, fact: Entities) -> bool:
    """News and encyclopaedias name a person once, then by family name alone ("Ditko studied under artist Jerry
    Robinson" for Steve Ditko). A last word of four letters or more (not the "Lee" or "Kim" that many Korean
    names open with) that the fact uses on its own counts as naming the person; for a two-word organisation,
    its first word ("Yale" for Yale University). So does a fact's name with that last word whose first word
    begins with the claim's ("Christopher Scott Kyle" for Chris Kyle)."""
    words = name.split()
    family = words[0] if len(words) == 2 and words[1] in _ORG_HEADS else words[-1]
    if len(family) < 4:
        return False
    if family in fact.family_names:
        return True
    return len(words) > 1 and any(other.split()[-1] == family and other.split()[0].startswith(words[0])
                                  for other in fact.people)


# what an organisation's name ends in, which its short form drops ("Yale University" is "Yale" on second naming)
_ORG_HEADS = frozenset("University College Institute Company Corporation Group Club School Foundation Museum "
                       "Hospital Airlines Records Studios Entertainment".split())


def _named_in(name: str, names: frozenset[str]) -> bool:
    """Capitalised runs are people, awards and works alike ("Primetime Emmy Awards"): a name the other side
    also has is no sign of another subject. Evidence often names only what the claim adds to ("He was
    nominated for two Primetime Emmy Awards" for "Will Forte was nominated for two Primetime Emmy Awards"),
    so only a name on each side that the other lacks ("Lee met Xi and Putin" / "Lee met Xi and Abe") differs."""
    return any(same_person(name, other) for other in names)
