"""The office a text gives a person ("Chief Cabinet Secretary Yohei Kono"), so that a claim calling him "Prime
Minister Yohei Kono" does not stand on a fact that names the same man and date in another office.

Only an office written as a title, capitalised and directly before the name, counts; "the president of the
ROK" or "Kono, then chief cabinet secretary" give none. Two offices for the same person are not always a
contradiction (Xi Jinping is both President and General Secretary), so the outcome is a reviewer's question,
never a contradiction: :func:`office_mismatch` feeds the entity check.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

OFFICES = ("Prime Minister", "Deputy Prime Minister", "Vice President", "President", "Premier", "Vice Premier",
           "Chief Cabinet Secretary", "Foreign Minister", "Defense Minister", "Defence Minister", "Finance Minister",
           "Secretary of State", "Secretary-General", "Secretary General", "General Secretary", "Chancellor",
           "Vice Chancellor", "King", "Queen", "Emperor", "Crown Prince", "Chairman", "Chairwoman", "Governor",
           "Mayor", "Speaker", "Ambassador", "Senator", "Chief Justice", "Pope")
_OFFICE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(o) for o in sorted(OFFICES, key=len, reverse=True))
                     + r")\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})")


@functools.lru_cache(maxsize=16384)  # a fact's offices are read for every claim it is a candidate for
def offices_in(text: str) -> frozenset[tuple[str, str]]:
    """(office, name) for each title written before a name; "Prime Minister" is one office, not "Minister"."""
    found = set()
    for m in _OFFICE.finditer(text):
        name = m.group(2)
        if not _OFFICE.match(name):  # "President Premier …" is no name
            found.add((m.group(1), name))
    return frozenset(found)


def office_mismatch(claim: frozenset[tuple[str, str]], fact: frozenset[tuple[str, str]],
                    same_person: Callable[[str, str], bool]) -> str | None:
    """Why the fact gives a person of the claim another office, or None: both name the person with a title and
    no title of the fact's for that person is the claim's."""
    for office, name in sorted(claim):
        theirs = {o for o, n in fact if same_person(name, n)}
        if theirs and office not in theirs:
            return f"the claim calls {name} {office}, the fact {', '.join(sorted(theirs))}"
    return None
