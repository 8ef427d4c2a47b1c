"""Writers for the crash harness: each commits through the real code path, then acknowledges.

The fake encoder keeps a round short (the property under test is durability, not embedding quality); the
same publish/journal code runs as with the real model.
"""

from __future__ import annotations

import itertools
import json
import zlib
from pathlib import Path
from typing import Any, Callable, Sequence

import faiss  # noqa: F401  imported once in the zygote, so a forked round does not pay for it
import checker.review  # noqa: F401  likewise SQLAlchemy and Alembic
import numpy as np
from checker.domain import Fact
from checker.embedding import FakeEncoder
from checker.publish import StoreManager

Ack = Callable[[str], None]


class QuickEncoder:
    """One random unit row per text (seeded by its CRC): a 1,500-fact rebuild costs writes, not encoding."""

    name = "quick-crc"
    dimension = 128

    def warm_up(self) -> None:
        return None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.stack([np.random.default_rng(zlib.crc32(t.encode())).standard_normal(self.dimension)
                         for t in texts]).astype(np.float32) if texts else np.zeros((0, self.dimension), "float32")
        return rows / np.linalg.norm(rows, axis=1, keepdims=True).clip(1e-9)


def write_reference(folder: Path, count: int) -> Path:
    """A reference folder of ``count`` small facts."""
    folder.mkdir(parents=True, exist_ok=True)
    records = [{"id": f"ref-{i}", "text": f"Reference fact {i} about topic {i % 7} and year {1900 + i % 120}.",
                "source": "test", "date": f"{1900 + i % 120}"} for i in range(count)]
    (folder / "facts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return folder


def add_facts_forever(args: dict[str, Any], ack: Ack) -> None:
    """Add one fact at a time through StoreManager.add_facts; acknowledge each after it returns."""
    manager = StoreManager(args["data"], args["refs"], FakeEncoder())
    for n in itertools.count():
        fact = Fact(id=f"{args['prefix']}-{n}", text=f"Run-time fact {n} of round {args['prefix']}.",
                    source="crash test", url="https://example.org/x", date="2026-01-04")
        manager.add_facts([fact])
        ack(fact.id)


def publish_forever(args: dict[str, Any], ack: Ack) -> None:
    """Rebuild and publish the whole index again and again; acknowledge each published version."""
    manager = StoreManager(args["data"], args["refs"], QuickEncoder())
    while True:
        manager.ensure(force=True)
        ack((Path(args["data"]) / "store" / "CURRENT").read_text(encoding="utf-8").strip())


def sqlite_rows_forever(args: dict[str, Any], ack: Ack) -> None:
    """One row per write transaction on a house-settings connection (WAL, synchronous=FULL, BEGIN IMMEDIATE).

    The template for review decisions: replace the INSERT with ``ReviewQueue.decide`` and keep the checks.
    """
    from checker.ratelimit import connect

    conn = connect(Path(args["db"]))
    conn.execute("CREATE TABLE IF NOT EXISTS rows (key TEXT PRIMARY KEY, payload TEXT NOT NULL)")
    for n in itertools.count():
        key = f"{args['prefix']}-{n}"
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO rows VALUES (?, ?)", (key, "x" * (n % 700)))
        conn.execute("COMMIT")
        ack(key)


def review_decisions_forever(args: dict[str, Any], ack: Ack) -> None:
    """Queue, claim and decide one review item per round trip; every fifth decision also adds a fact.

    Acknowledges ``item_id:fact_id`` only after ``decide`` returned, i.e. after its transaction committed.
    """
    from checker.domain import NEEDS_REVIEW, CheckResult, Claim, ClaimResult, Reason, Value
    from checker.review import User, open_review
    from checker.settings import Settings

    settings = Settings.from_env({}, data_dir=args["data"], reference=args["refs"])
    stores = StoreManager(settings.data_dir, settings.reference, FakeEncoder())
    review = open_review(settings, FakeEncoder(), stores, url=args["url"])
    user = User(1, "alice", "reviewer")
    ack("ready")
    for n in itertools.count():
        figure = args["round"] * 100_000 + n  # unique across rounds, so no claim joins a dead round's item
        text = f"The {args['prefix']} bridge carried {figure} cars on its opening day."
        value = Value(type="number", text=str(figure), span=(0, 4), value=float(figure))
        claim = Claim(text=text, span=(0, len(text)), kind="event", checkable=True, values=(value,), standalone=text)
        result = CheckResult(text=None, published="2026-01-04",
                             claims=(ClaimResult(claim, NEEDS_REVIEW, 0.4, Reason("no_match", "none")),))
        (queued,) = review.queue.enqueue(result)
        review.queue.claim(queued.item_id, user)
        fact = {"text": text, "source": "crash test"} if n % 5 == 0 else None
        decided = review.queue.decide(queued.item_id, user, "supported", "checked", "https://example.org/", fact)
        ack(f"{queued.item_id}:{decided.fact_id or ''}")
