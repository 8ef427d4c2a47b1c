"""The company an article is about, and the references news uses for it: "the company", "Its", "It opened".

A business story names its company once ("Nordvik Semiconductors reported …") and then says "the company",
"the firm", "Its shares" and "It opened its largest factory". Other companies appear along the way (the
analyst's bank, a research firm), so "the company" means the one named most often so far, the first named on
a tie, unless the sentence itself names one before the reference ("Acme Holdings said the firm had …").
"""

from __future__ import annotations

import re
from collections import Counter

# A company named with a legal suffix ("Taiwan Semiconductor Manufacturing Co.", "Acme Holdings") or a
# trade noun that names companies ("Nordvik Semiconductors", "Baltic Securities", "Aurora Airlines").
# (words of at most 40 characters: an unbounded word re-scanned a 50 kB run of "A-A-A-…" from every dash)
_SUFFIX = (r"Co|Corp|Corporation|Inc|Ltd|LLC|plc|PLC|AG|SA|NV|Group|Holdings|Semiconductors?|Airlines|Airways|"
           r"Motors|Bank|Energy|Pharmaceuticals|Pharma|Systems|Technologies|Industries|Electronics|Telecom|"
           r"Communications|Foods|Securities|Insurance|Software|Steel|Chemicals|Petroleum|Mining|Logistics|"
           r"Automotive|Robotics|Therapeutics|Entertainment|Studios|Ventures|Brands|Retail|Partners|Airport")
COMPANY = re.compile(rf"\b(?:[A-Z][\w&'-]{{0,40}}\s+){{1,5}}(?:{_SUFFIX})\b\.?")
# first words of company names that say nothing alone ("Air France Group", "General Motors", "First Energy")
_COMMON_FIRST_WORDS = frozenset("The General First National United International Global American British Royal "
                                "China Japan".split())
_REFERENCE = re.compile(r"\b[Tt]he\s+(?:company|firm)\b(?!\s+[A-Z])")
# "Its shares jumped", "It opened its largest factory": the company as the sentence's subject. "It was the
# highest since …" and "It is expected …" speak of an event or a state, not the company, so "be", modal and
# perception verbs are left as written.
_IT = re.compile(r"^(?P<lead>\W{0,2})(?:Its\b|It(?=\s+(?!(?:is|was|has\s+been|had\s+been|will|would|may|might|"
                 r"could|can|should|must|seems|seemed|appears|appeared|remains|remained|marks|marked|means|"
                 r"meant|comes|came|takes|took)\b)[a-z])"
                 # but "It was founded in 1964", "It is based in Oslo": something done to the company
                 r"|It(?=\s+(?:was|is|has\s+been)\s+(?:founded|established|listed|based|headquartered|acquired|"
                 r"bought|created|formed|incorporated|owned)\b))")


class Companies:
    """Companies named so far in an article, and whether the last sentence spoke of the main one."""

    def __init__(self) -> None:
        self.named: Counter[str] = Counter()
        self.order: list[str] = []
        self.in_last_sentence = False

    @property
    def main(self) -> str | None:
        """The company named most often so far (the first named on a tie)."""
        if not self.order:
            return None
        return max(self.order, key=lambda name: (self.named[name], -self.order.index(name)))

    def observe(self, sentence: str) -> None:
        found = [m.strip() for m in COMPANY.findall(sentence)]
        for name in found:
            self.named[name] += 1
            if name not in self.order:
                self.order.append(name)
        main = self.main
        short = main.split()[0] if main else ""  # "Nordvik employs …" after "Nordvik Foods reported …"
        self.in_last_sentence = bool(main) and (main in found or bool(_REFERENCE.search(sentence))
                                                or bool(_IT.match(sentence))
                                                or len(short) > 3 and short not in _COMMON_FIRST_WORDS
                                                and re.search(rf"\b{re.escape(short)}\b", sentence) is not None)

    def resolve(self, text: str, before: str) -> str:
        """"The company was founded in 1987" → "Taiwan Semiconductor Manufacturing Co. was founded in 1987";
        "Its shares jumped" after a sentence about the company → "Nordvik Semiconductors' shares jumped". A
        claim that names the company itself already stands alone."""
        ref = _REFERENCE.search(text)
        if ref is None:
            return self._subject(text, before)
        company = ([m.strip() for m in COMPANY.findall(before + text[:ref.start()])] or [self.main])[-1]
        if not company or company in text:
            return text
        end = ref.end()
        if text.startswith("'s", end):
            company, end = possessive(company), end + 2
        return text[:ref.start()] + company + text[end:]

    def _subject(self, text: str, before: str) -> str:
        """Sentence-initial "It"/"Its" → the main company, when the sentence before spoke of it."""
        main, it = self.main, _IT.match(text)
        if not (it and main and self.in_last_sentence and not before.strip() and main not in text):
            return text
        lead = it.end("lead")
        if text.startswith("Its", lead):
            return text[:lead] + possessive(main) + text[lead + 3:]
        return text[:lead] + main + text[lead + 2:]


def possessive(name: str) -> str:
    """"Nordvik Semiconductors'" and "Acme Co.'s"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"
