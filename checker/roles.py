"""Who did what to whom.

A claim can name the fact's people or countries, its date and its verb, and still say the opposite: "South Korea
invaded North Korea on June 25, 1950" against "North Korean forces invaded South Korea", "Kim Jae-gyu was
assassinated by Park Chung Hee" against "Park Chung Hee was assassinated … by Kim Jae-gyu", "Japan recognized
Korea's independence" against "required China to recognize Korea's independence". No value, place or negation
differs, and the verifier read all three as stating the claim. For a few verbs of one party acting on another,
the doer is the name just before the verb (after "by" in the passive) and the one acted on the name just after
it (before the verb in the passive); a claim whose pair is the fact's swapped, or another doer acting on the same
party, is about another event. So is one that has something handed over to another party ("South Korea returned
to Japan the remains of 437 Chinese soldiers" against "returned to China"), and one whose host the fact does not
give: "Xi Jinping hosted Lee Jae Myung in Gyeongju" against their summit in Gyeongju, South Korea, where a
person hosts only if the fact says so (hosted by them, at their invitation) and a country hosts if the fact says
so or holds the event in it ("in Seoul, South Korea").
"""

from __future__ import annotations

import functools
import re

from .entities import country_name, mentions, same_person

UNSAID = "does not say who hosted"  # how a role_mismatch ends where the fact names no other party
_ACTS = re.compile(r"\b(invad|attack|assassinat|kill|defeat|recogni[sz]|captur|annex|occup|overthr|depos|arrest|"
                   r"sanction|bomb|shell|succeed|replac)\w*", re.IGNORECASE)
# one act however it is worded: "North Korea shelled Yeonpyeong" and "attacked" it; "recognised" is "recognized"
_SAME_ACT = {"bomb": "attack", "shell": "attack", "recognis": "recogniz", "replac": "succeed"}
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")  # "Kim Jong Il's brother": not the doer
_BOUNDARY = re.compile(r"[.;]")
# a party handing something over, and "to" before whoever receives it ("returned to China the remains of …",
# "cede Taiwan to Japan")
_HANDS_OVER = re.compile(r"\b(return|hand|ced|sold|sell|gave|give|deliver|sent|send|export|transfer|extradit|"
                         r"deport|donat)\w*", re.IGNORECASE)
_TO = re.compile(r"\bto\s+(?:the\s+)?", re.IGNORECASE)
_HOSTS = re.compile(r"(?<!-)\bhost(?:s|ed|ing)?\b(?!\s+(?:economy|city|country|nation)\b)", re.IGNORECASE)
# a fact naming the host without the verb: "with the Republic of Korea as APEC host economy", "at the invitation
# of South Korean President Lee Jae Myung"
_AS_HOST = re.compile(r"\bas\s+(?:\w+\s+){0,2}host\b", re.IGNORECASE)
_INVITED_BY = re.compile(r"\binvitation\s+of\s+", re.IGNORECASE)
_VENUE = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w'.-]*,?\s+){0,3}$")
NEAR = 60  # characters between a verb and the names it is read with

Roles = tuple[str | None, str | None]  # (doer, acted on), as entities.mentions keys
Named = tuple[tuple[int, int, str], ...]  # entities.mentions


def role_mismatch(claim: str, fact: str) -> str | None:
    """Why the claim's doer and acted-on differ from the fact's for the same verb, or None."""
    theirs = _roles(fact)
    spelled = _spellings(fact)

    def same(a: str | None, b: str | None) -> bool:
        return _same(a, b) or (a is not None and b is not None and frozenset((_name(a), _name(b))) in spelled)

    for act, (doer, done_to) in _roles(claim).items():
        if act not in theirs or doer is None or theirs[act][0] is None:
            continue
        their_doer, their_done_to = theirs[act]
        swapped = same(doer, their_done_to) and same(done_to, their_doer)
        other_doer = same(done_to, their_done_to) and _kind(doer) == _kind(their_doer)
        if (swapped or other_doer) and not same(doer, their_doer):
            return (f"the claim has {_name(doer)} acting on {_name(done_to)}, the fact "
                    f"{_name(their_doer)} acting on {_name(their_done_to)}")
        if (done_to is None or their_done_to is None or _kind(done_to) != _kind(their_done_to)) \
                and _kind(doer) == _kind(their_doer) and not same(doer, their_doer):
            # "South Korea shelled Yeonpyeong Island" against "North Korea shelled South Korea's …": the doer alone
            return f"the claim has {_name(doer)} as the one who acted, the fact {_name(their_doer)}"
    host = _host_issue(claim, fact) or _kin_issue(claim, fact)
    if host is not None:
        return host
    theirs_to = _recipients(fact)
    for act, receiver in _recipients(claim).items():
        their_receiver = theirs_to.get(act)
        if their_receiver and _kind(receiver) == _kind(their_receiver) and not _same(receiver, their_receiver):
            return f"the claim has it go to {_name(receiver)}, the fact to {_name(their_receiver)}"
    return None


def _host_issue(claim: str, fact: str) -> str | None:
    """Why the fact does not give the claim's host (a named person or country) as the host, or None."""
    host = _claimed_host(claim)
    if host is None:
        return None
    given = _hosts(fact)
    if any(_same(host, h) for h in given) or (_kind(host) == "country" and host in _venues(fact)):
        return None
    others = [h for h in given if _kind(h) == _kind(host)] or sorted(_venues(fact) if _kind(host) == "country" else ())
    return f"the claim has {_name(host)} as host, the fact " + (f"{_name(others[0])}" if others else UNSAID)


_KIN = re.compile(r"\b(son|daughter|brother|sister|father|mother|wife|husband|uncle|aunt|nephew|niece|cousin|"
                  r"grandson|granddaughter|grandfather|grandmother)s?\b", re.IGNORECASE)


def _kin_issue(claim: str, fact: str) -> str | None:
    """"Succeeded by his brother Kim Jong Un" against "by his son": a kinship the fact does not give, where it
    gives another."""
    mine, theirs = _kin(claim), _kin(fact)
    missing = mine - theirs
    if missing and theirs - mine:
        return f"the claim says {', '.join(sorted(missing))}, the fact {', '.join(sorted(theirs - mine))}"
    return None


@functools.lru_cache(maxsize=16384)
def _kin(text: str) -> frozenset[str]:
    return frozenset(m.group(1).lower() for m in _KIN.finditer(text))


def _claimed_host(text: str) -> str | None:
    """Who hosts in ``text``: the name before "hosted", or after "hosted by"."""
    verb = _HOSTS.search(text)
    return None if verb is None else _doer(text, mentions(text), verb)


def _doer(text: str, named: Named, verb: re.Match[str]) -> str | None:
    """Who does what ``verb`` says: the name just before it, or after "by" in the passive."""
    if _passive(text, verb):
        return _after_by(text, named, verb.end())
    return _nearest_before(text, named, verb.start())


def _passive(text: str, verb: re.Match[str]) -> bool:
    return _PASSIVE.search(text[max(0, verb.start() - 30):verb.start()]) is not None


def _after_by(text: str, named: Named, at: int) -> str | None:
    """The doer of a passive verb: the name right after "by", or a person a few words on ("by his son Kim Jong
    Un")."""
    by = _BY.search(text, at, at + NEAR)
    if by is None:
        return None
    right = next((key for start, end, key in named if start == by.end() and not _POSSESSIVE.match(text, end)), None)
    return right or next((key for start, end, key in named if by.end() < start <= by.end() + 30
                          and _kind(key) == "person" and not _BOUNDARY.search(text, by.end(), start)
                          and not _POSSESSIVE.match(text, end)), None)


@functools.lru_cache(maxsize=16384)
def _hosts(text: str) -> frozenset[str]:
    """Every host ``text`` names: with the verb, "as host", or as the one whose invitation a visit was at."""
    if not (_HOSTS.search(text) or _AS_HOST.search(text) or _INVITED_BY.search(text)):
        return frozenset()
    named = mentions(text)
    found = {_claimed_host(text)} | {_nearest_before(text, named, m.start()) for m in _AS_HOST.finditer(text)}
    for m in _INVITED_BY.finditer(text):  # "of Chinese President Xi Jinping": the country and the person
        after = [key for start, _, key in named if m.end() <= start <= m.end() + NEAR
                 and not _BOUNDARY.search(text, m.end(), start)]
        found |= {next((key for key in after if _kind(key) == kind), None) for kind in ("country", "person")}
    return frozenset(key for key in found if key is not None)


def _venues(text: str) -> frozenset[str]:
    """The countries an event is held in: "in Seoul, South Korea", "at Dazaifu, Japan", "in China"."""
    return frozenset(key for start, _, key in mentions(text)
                     if _kind(key) == "country" and _VENUE.search(text[max(0, start - 60):start]))


@functools.lru_cache(maxsize=16384)
def _recipients(text: str) -> dict[str, str]:
    """Who receives what each verb of handing over hands over ("returned to China the remains"), by stem."""
    found: dict[str, str] = {}
    for verb in _HANDS_OVER.finditer(text):
        act = verb.group(1).lower()
        to = _TO.search(text, verb.end(), verb.end() + NEAR)
        if act in found or to is None or _BOUNDARY.search(text, verb.end(), to.start()):
            continue
        receiver = next((key for start, _, key in mentions(text) if start == to.end()), None)
        if receiver is not None:
            found[act] = receiver
    return found


@functools.lru_cache(maxsize=16384)  # a fact meets every claim it is a candidate for
def _roles(text: str) -> dict[str, Roles]:
    """The doer and acted-on of each act verb's first use in ``text`` (by the verb's stem)."""
    found: dict[str, Roles] = {}
    for verb in _ACTS.finditer(text):
        act = _SAME_ACT.get(verb.group(1).lower(), verb.group(1).lower())
        if act in found or _in_a_name(text, verb.start()):
            continue
        named = mentions(text)  # only for a text with such a verb; cached for its other verbs
        # the acted-on: before a passive verb, after an active one
        done_to = _nearest_before(text, named, verb.start()) if _passive(text, verb) \
            else _nearest_after(text, named, verb.end())
        found[act] = (_doer(text, named, verb), done_to)
    return found


# a name and its other spelling in brackets: "An Jung-geun (Ahn Jung-geun)"
_SPELLED = re.compile(r"(?<![\w'-])((?:[A-Z][\w'-]*\s){1,3}[A-Z][\w'-]*)\s\(((?:[A-Z][\w'-]*\s){1,3}[A-Z][\w'-]*)\)")


@functools.lru_cache(maxsize=16384)  # a fact meets every claim it is a candidate for
def _spellings(text: str) -> frozenset[frozenset[str]]:
    """Pairs of names the text gives as one person's two spellings."""
    return frozenset(frozenset((m.group(1), m.group(2))) for m in _SPELLED.finditer(text))


def _in_a_name(text: str, at: int) -> bool:
    """A capitalised act word past a sentence's start names something ("The Japan–Korea Annexation Treaty was
    signed"): no one acts in it."""
    before = text[max(0, at - 3):at].rstrip()
    return text[at:at + 1].isupper() and bool(before) and before[-1] not in ".!?\"“"


def _nearest_before(text: str, named: Named, at: int) -> str | None:
    keys = [key for start, end, key in named if at - NEAR <= start and end <= at
            and not _BOUNDARY.search(text, end, at)]
    return keys[-1] if keys else None


def _nearest_after(text: str, named: Named, at: int) -> str | None:
    return next((key for start, _, key in named if at <= start <= at + NEAR
                 and not _BOUNDARY.search(text, at, start)), None)


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None or _kind(a) != _kind(b):
        return False
    return a == b if _kind(a) == "country" else same_person(_name(a), _name(b))


def _kind(key: str | None) -> str:
    return (key or "").partition(":")[0]


def _name(key: str) -> str:
    kind, _, name = key.partition(":")
    return country_name(name) if kind == "country" else name
