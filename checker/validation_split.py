"""The claim-disjoint train/validation split of the verification sets, shared by training and evaluation.

Deterministic (a hash of the claim text, no seed), so the evaluation reports only on records the
verifier never trained on, however often either is re-run.
"""

from __future__ import annotations

import hashlib
from typing import Any, Sequence

VALIDATION_SHARE = 0.2


def _group_keys(records: Sequence[dict[str, Any]]) -> list[str]:
    """Per record, the smallest claim text among claims linked through a shared VitaminC ``case_id``."""
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for rec in records:
        claim = "c:" + " ".join(str(rec["claim"]).split())
        if rec.get("case_id"):
            a, b = sorted((find(claim), find("k:" + str(rec["case_id"]))))
            parent[b] = a  # claim nodes ("c:") sort before case nodes, so roots stay claim texts
        else:
            find(claim)
    return [find("c:" + " ".join(str(rec["claim"]).split()))[2:] for rec in records]


def validation_mask(records: Sequence[dict[str, Any]], share: float = VALIDATION_SHARE) -> list[bool]:
    """Deterministic claim-disjoint split: True for records in the validation part.

    Hashes the claim text (sha256), so every pair of a claim lands on one side; VitaminC claims that share
    a ``case_id`` (revisions of one sentence) are grouped too, so evidence never leaks across sides.
    """
    out = []
    for key in _group_keys(records):
        digest = hashlib.sha256(key.encode("utf-8")).digest()
        out.append(int.from_bytes(digest[:8], "big") / 2**64 < share)
    return out
