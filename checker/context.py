"""Make a claim stand alone without an LLM: pronouns and bare surnames → the full names named earlier.

The original span is still what the page highlights; only retrieval and verification see this text.
"""

from __future__ import annotations

import re

from .entities import people_in

_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|He|She|His|Her)\b")


class ArticleContext:
    """People named so far in an article, most recent last."""

    def __init__(self) -> None:
        self.people: list[str] = []

    def observe(self, sentence: str) -> None:
        """Note who the sentence mentions, by full name or by a known surname, in order of mention."""
        mentions: dict[str, int] = {name: sentence.find(name) for name in people_in(sentence)}
        for full in self.people:
            match = re.search(rf"\b{re.escape(full.split()[0])}\b", sentence)
            if match and full not in mentions:
                mentions[full] = match.start()
        for name in sorted(mentions, key=mentions.__getitem__):
            if name in self.people:
                self.people.remove(name)
            self.people.append(name)

    def resolve(self, text: str) -> str:
        """Replace pronouns with the latest person and bare surnames ("Lee") with the full name."""
        if not self.people:
            return text
        for full in self.people:
            surname = full.split()[0]
            if full not in text:
                text = re.sub(rf"\b{re.escape(surname)}\b(?!\s+[A-Z])", full, text)
        latest = self.people[-1]
        return _PRONOUN.sub(lambda m: _pronoun(m.group(0), latest), text)


def _pronoun(word: str, name: str) -> str:
    return f"{name}'s" if word.lower() == "his" else name
