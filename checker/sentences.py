"""Sentence splitting with exact character offsets into the original text.

A small rule splitter instead of a library: offsets must be exact, it must be linear on hostile input,
and news text needs only a handful of rules (abbreviations, initials, paragraph breaks).
"""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "rep", "sen", "gov", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
    "e.g", "i.e", "u.s", "u.k", "u.n", "inc", "ltd", "co", "corp", "approx", "est", "fig",
}
# A break starts at the first mark of a run ("?!..."): starting inside a long run re-scans it (quadratic).
_BREAK = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*\s+|\n\s*\n|\n(?=\s*\S)")
# not "km/h.", "1990s." or the "s" of "the EU's."
_WORD_BEFORE = re.compile(r"(?<![A-Za-z/\d'’])([A-Za-z][A-Za-z.]{0,9})\.$")
_PARAGRAPH = re.compile(r"\n\s*\n")
_CLOCK_GOES_ON = re.compile(r"[a-z]|[A-Z][a-z]{1,20}\s+time\b|(?:GMT|UTC|BST|CES?T|E[SD]T|P[SD]T|ET|PT|JST|KST)\b")

# "OSLO, Feb 19 - ", "SEOUL, May 18 (Reuters) - ": where and when the story was filed, not what it asserts
DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.'-]{1,30}(?:\s[A-ZÀ-Þ][A-ZÀ-Þ.'-]{1,30}){0,3}"
                      r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s+\([A-Z][A-Za-z .]{1,30}\))?"
                      r"|\s+\([A-Z][A-Za-z .]{1,30}\))"
                      r"\s+[-–—]\s+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``[start, end)`` spans of sentences, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK.finditer(text):
        cut = match.end()
        if match.group(0)[0] == "." and not _PARAGRAPH.search(match.group(0)) \
                and _is_abbreviation(text, match.start(), cut):
            continue  # a blank line ends the sentence whatever came before the dot
        spans.extend(_trimmed(text, start, cut))
        start = cut
    spans.extend(_trimmed(text, start, len(text)))
    return spans


def _is_abbreviation(text: str, dot: int, cut: int) -> bool:
    """A dot after "Mr", "U.S" or an initial, followed by a capitalised name, does not end a sentence."""
    before = _WORD_BEFORE.search(text[max(0, dot - 11):dot + 1])
    if not before:
        return False
    word = before.group(1).lower().rstrip(".")
    if word in ("a.m", "p.m"):  # "at 9:42 a.m. Tokyo time", "at 6 p.m. local time"; not "… at 9 a.m. The next …"
        return _CLOCK_GOES_ON.match(text, cut) is not None
    if word in ABBREVIATIONS:
        return word not in {"etc", "inc", "ltd", "co", "corp"} or not text[cut:cut + 1].isupper()
    return len(word) == 1 and word.isalpha()


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


def is_heading(text: str, start: int, end: int) -> bool:
    """A short line without a full stop ("An ice-breaking journey"), or a paragraph of one line without one
    ("Vietnam's top leader To Lam arrives in Seoul for talks on trade, nuclear power"): a headline or a subhead
    sums up the article, whose sentences are checked. A bulleted paragraph ("- Exports rose …") is a sentence."""
    sentence = text[start:end]
    if "\n" in sentence:
        return False
    if len(sentence.split()) <= 8 and not re.search(r"[.!?:\"”]$", sentence):
        return True
    whole = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")
    return whole and len(sentence.split()) <= 20 and not re.search(r"[.!?:;\"”]$", sentence) \
        and not re.match(r"[-•*–]\s", sentence)


def after_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence's own words begin: after "OSLO, Feb 19 - " when it opens with a dateline."""
    dateline = DATELINE.match(text, start, end)
    return dateline.end() if dateline else start
