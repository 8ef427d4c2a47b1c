"""Make a claim stand alone without an LLM: pronouns, bare surnames and "the company" → the names named earlier.

The original span is still what the page highlights; only retrieval and verification see this text.
"""

from __future__ import annotations

import functools
import re

from .entities import people_in

# A company named with its legal suffix ("Taiwan Semiconductor Manufacturing Co.", "Acme Holdings") and the
# short references news uses for it afterwards.
# (words of at most 40 characters: an unbounded word re-scanned a 50 kB run of "A-A-A-…" from every dash)
_COMPANY = re.compile(r"\b(?:[A-Z][\w&'-]{0,40}\s+){1,5}(?:Co|Corp|Inc|Ltd|LLC|plc|PLC|AG|SA|NV|Group|Holdings)\b\.?")
_COMPANY_REFERENCE = re.compile(r"\b[Tt]he\s+(?:company|firm)\b(?!\s+[A-Z])")
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|He|She|His|Her)\b")
_POSSESSIVE_HER = re.compile(r"\s{1,8}(?!(?:in|on|at|to|for|with|and|or|but|as|by|from|after|before|that|when|into|"
                             r"of|about|over|during|since|until|while|because|if|than)\b)[A-Za-z0-9]")


class ArticleContext:
    """People named so far in an article, most recent last."""

    def __init__(self) -> None:
        self.people: list[str] = []
        self.subject: str | None = None  # first person named in the latest sentence that named anyone
        self.company: str | None = None  # the company named last

    def observe(self, sentence: str) -> None:
        """Note who the sentence mentions, by full name or by a known surname, in order of mention."""
        mentions = self._mentions(sentence)
        order = sorted(mentions, key=mentions.__getitem__)
        for name in order:
            if name in self.people:
                self.people.remove(name)
            self.people.append(name)
        if order:
            self.subject = order[0]
        companies = _COMPANY.findall(sentence)
        if companies:
            self.company = companies[-1].strip()

    def resolve(self, text: str, before: str = "") -> str:
        """Replace each pronoun with the person named last before it in its sentence, else the previous naming
        sentence's subject, bare surnames ("Lee", "Berg") with the full name, and "the company" / "the firm"
        with the company named last ("Taiwan Semiconductor Manufacturing Co.").

        ``before`` is the sentence up to the claim: "Its governor, Lars Nyman, said he …" means Nyman whoever
        the article named earlier. Across sentences the subject wins over the last name: after "Wanjiru finished
        ahead of Tigist Alemu", "she said" is Wanjiru far more often than Alemu."""
        pronouns = [(m, self._latest(before + text[:m.start()])) for m in _PRONOUN.finditer(text)]
        for m, name in reversed(pronouns):  # from the end, so earlier offsets stay valid
            if name:
                text = text[:m.start()] + _pronoun(m, name) + text[m.end():]
        for full in self.people:
            if full not in text:
                text = _surname_pattern(full).sub(full, text)
        return self._name_company(text, before)

    def _name_company(self, text: str, before: str) -> str:
        """"The company was founded in 1987" → "Taiwan Semiconductor Manufacturing Co. was founded in 1987"; a
        claim that names the company itself already stands alone."""
        ref = _COMPANY_REFERENCE.search(text)
        if ref is None:
            return text
        company = (_COMPANY.findall(before + text[:ref.start()]) or [self.company])[-1]
        if not company or company.strip() in text:
            return text
        return text[:ref.start()] + company.strip() + text[ref.end():]

    def _mentions(self, text: str) -> dict[str, int]:
        """Where each person is (last) named in ``text``: by full name, or by a surname already known."""
        mentions = {name: text.rfind(name) for name in people_in(text)}
        for full in self.people:
            found = [m.start() for m in _surname_pattern(full).finditer(text)]
            if found and full not in mentions:
                mentions[full] = found[-1]
        return mentions

    def _latest(self, text: str) -> str | None:
        mentions = self._mentions(text)
        if mentions:
            return max(mentions, key=mentions.__getitem__)
        return self.subject


@functools.lru_cache(maxsize=1024)
def _surname_pattern(full: str) -> re.Pattern[str]:
    """The family name alone, not followed by another name: the first word ("Lee" of "Lee Jae Myung") or the
    last ("Berg" of "Anna Berg")."""
    words = full.split()
    names = "|".join(re.escape(w) for w in {words[0], words[-1]} if len(w) > 1)
    return re.compile(rf"\b(?:{names})\b(?!\s+[A-Z])(?!-)")


def _pronoun(match: re.Match[str], name: str) -> str:
    """"his" and a "her" before a noun ("Her party") are possessive; "her" before a preposition, a conjunction
    or the end ("accompanied her", "met her in Paris") is the person."""
    word = match.group(0).lower()
    if word == "his" or word == "her" and _POSSESSIVE_HER.match(match.string, match.end()):
        return f"{name}'s"
    return name
