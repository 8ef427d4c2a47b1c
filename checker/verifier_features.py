"""Slot features of a (claim, evidence) pair, the verifier's input beside the cross-encoder.

The cross-encoder is weak at exact slots (a claim and its evidence differing in one number), so the head
also sees whether the claim's numbers and content words appear in the evidence, negation, and the
typed-value agreement of the core's own parser. The artifact's config records ``FEATURE_NAMES``.
"""

from __future__ import annotations

import re

_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD = re.compile(r"[a-z0-9]+")
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)\b|n't")
_STOP = frozenset("the a an of in on at to for by with and or is are was were be been has have had it its "
                  "as from that this which who than then".split())
FEATURE_NAMES = ("claim_has_number", "evidence_has_number", "claim_numbers_found", "number_conflict",
                 "content_overlap", "negation_mismatch", "values_any", "values_all_agree", "values_any_mismatch",
                 "values_agree_share", "values_unknown_share")


def _numbers(text: str) -> set[str]:
    """Digit numbers in ``text``, normalised so "1,000" and "1000" compare equal."""
    out = set()
    for match in _NUM.findall(text):
        value = match.replace(",", "").rstrip(".")
        out.add(value[:-2] if value.endswith(".0") else value)
    return out


def _words(text: str) -> set[str]:
    """Lower-cased word tokens."""
    return set(_WORD.findall(text.lower()))


def pair_features(claim: str, evidence: str) -> list[float]:
    """Slot features the encoder is poor at: do the claim's numbers and content words appear in the evidence?

    VitaminC contrasts often differ only in one number, which subword attention sees weakly on 10k pairs.
    """
    c_num, e_num = _numbers(claim), _numbers(evidence)
    found = len(c_num & e_num) / len(c_num) if c_num else 1.0
    c_words = _words(claim) - _STOP
    overlap = len(c_words & _words(evidence)) / len(c_words) if c_words else 0.0
    c_neg, e_neg = bool(_NEGATION.search(claim.lower())), bool(_NEGATION.search(evidence.lower()))
    conflict = bool(c_num - e_num) and bool(e_num)
    return [float(bool(c_num)), float(bool(e_num)), found, float(conflict), overlap, float(c_neg != e_neg),
            *_value_features(claim, evidence)]


def _value_features(claim: str, evidence: str) -> list[float]:
    """Typed-value agreement from the core's parser: intervals make "over 470" vs "463" a mismatch."""
    from checker.compare import check_values
    from checker.values import extract_values

    checks = check_values(extract_values(claim), extract_values(evidence))
    outcomes = [c.outcome for c in checks]
    n = len(outcomes) or 1
    agree, mismatch = outcomes.count("agree"), outcomes.count("mismatch")
    return [float(bool(outcomes)), float(bool(outcomes) and agree == len(outcomes)), float(mismatch > 0),
            agree / n, outcomes.count("unknown") / n]
