"""Number words, ordinals and modifiers: the vocabulary that typed values are parsed from."""

from __future__ import annotations

import re

from .lexicon import word_trie

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}


_WORD = word_trie(list(UNITS) + list(SCALES))
# Each repetition must consume a separator and a whole word, and a number has at most 12 more words
# ("one hundred and twenty-five thousand three hundred and forty-two" has 9): unbounded, a 50 kB run of
# number words made every regex built on NUMBER quadratic (each word start re-scanned the whole run).
WORD_NUMBER = rf"(?:a\s+dozen|(?:{_WORD})(?:[ -](?:and[ -])?(?:{_WORD})){{0,12}})"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
HALF = r"(?:\s+and\s+a\s+half)"  # "two and a half hours", "one and a half million"
NUMBER = rf"(?:(?:{DIGITS}|{WORD_NUMBER}){HALF}?)"
# a share named in words; only before "of"/"the" ("a third of its soybeans"), so "a third term" stays an ordinal
FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "a quarter": 0.25,
             "one quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2, "two fifths": 0.4,
             "a tenth": 0.1, "one tenth": 0.1}
FRACTION = "(?:" + "|".join(sorted((f.replace(" ", "[ -]") for f in FRACTIONS), key=len, reverse=True)) + ")"
ORDINAL = r"(?:\d+(?:st|nd|rd|th)|" + word_trie(ORDINAL_WORDS) + ")"

# modifier -> how it turns n into an interval (low factor, high factor, open-ended side)
MODIFIERS: dict[str, tuple[float | None, float | None]] = {
    "more than": (1.0, None), "over": (1.0, None), "at least": (1.0, None), "in excess of": (1.0, None),
    # a verb that bounds the figure: "exceeded 300 billion US dollars", "topped $300 billion"
    "exceeded": (1.0, None), "exceeding": (1.0, None), "topped": (1.0, None), "surpassed": (1.0, None),
    "nearly": (0.9, 1.0), "almost": (0.9, 1.0), "close to": (0.9, 1.0),
    "about": (0.9, 1.1), "around": (0.9, 1.1), "approximately": (0.9, 1.1), "roughly": (0.9, 1.1),
    "some": (0.9, 1.1), "an estimated": (0.9, 1.1),
    "higher than": (1.0, None), "greater than": (1.0, None), "larger than": (1.0, None),
    "lower than": (None, 1.0), "smaller than": (None, 1.0),
    "under": (None, 1.0), "less than": (None, 1.0), "fewer than": (None, 1.0), "below": (None, 1.0),
    "within": (0.0, 1.0), "up to": (0.0, 1.0), "no more than": (0.0, 1.0), "at most": (0.0, 1.0),
}
MODIFIER = "(?:" + word_trie(MODIFIERS) + ")"


def parse_number(text: str) -> float | None:
    """Value of "2,000", "1.5", "six", "twenty-five", "a dozen", "two hundred"; None if unparsable."""
    cleaned = text.strip().lower().replace(",", "")
    if cleaned.split()[-3:] == ["and", "a", "half"]:
        head = parse_number(" ".join(cleaned.split()[:-3]))
        return None if head is None else head + 0.5
    try:
        return float(cleaned)
    except ValueError:
        pass
    total, current = 0.0, 0.0
    words = [w for w in re.split(r"[\s-]+", cleaned) if w and w not in ("and", "a")]
    if not words:
        return None
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
        else:
            return None
    return total + current


def parse_fraction(text: str) -> float | None:
    """Share in percent of "a third", "two-thirds", "half"."""
    return None if (share := FRACTIONS.get(re.sub(r"[\s-]+", " ", text.strip().lower()))) is None else share * 100


def parse_ordinal(text: str) -> int | None:
    """Value of "150th", "first", "eightieth"."""
    word = text.strip().lower()
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    match = re.fullmatch(r"(?<!\d)(\d+)(?:st|nd|rd|th)", word)
    return int(match.group(1)) if match else None


def interval(value: float, modifier: str | None) -> tuple[float | None, float | None]:
    """Turn n and its modifier into [low, high]; None marks an open side."""
    if not modifier:
        return value, value
    low_f, high_f = MODIFIERS.get(" ".join(modifier.lower().split()), (1.0, 1.0))
    low = None if low_f is None else value * low_f
    high = None if high_f is None else value * high_f
    return low, high
