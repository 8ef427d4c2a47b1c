"""Acknowledged writes survive SIGKILL, and the published index always loads (issue 8, items 1 and 2).

Real processes: a writer forked by the crash harness commits through StoreManager and is killed at random
moments; after every kill a fresh StoreManager (a restarted service) must load, and must hold every fact the
writer acknowledged, also after a rebuild from the reference files and the journal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.embedding import FakeEncoder
from checker.publish import StoreManager
from checker.store import FactStore
from crash_harness import CrashHarness
from crash_writers import QuickEncoder, write_reference

KILLS_ADD = 100
KILLS_PUBLISH = 25


def test_acknowledged_facts_survive_sigkill(tmp_path: Path) -> None:
    refs = write_reference(tmp_path / "refs", 30)
    data = tmp_path / "data"
    acked: list[str] = []
    killed_mid_work = rounds_with_acks = 0
    with CrashHarness("crash_writers:add_facts_forever", seed=1) as harness:
        for n in range(KILLS_ADD):
            result = harness.run({"data": str(data), "refs": str(refs), "prefix": f"r{n}"},
                                 max_delay=0.2)
            assert result.status in (0, -9), f"the writer failed on its own in round {n}"
            killed_mid_work += result.killed
            rounds_with_acks += bool(result.acked)
            acked += result.acked
            restarted = StoreManager(data, refs, FakeEncoder())
            store = restarted.ensure()  # a restart: must load, and holds every journaled fact
            missing = [key for key in acked + [f.id for f in restarted.added_facts()] if store.get(key) is None]
            assert not missing, f"round {n}: acknowledged but lost: {missing[:5]}"
    # Every round ended in a kill, and the kills fell at different points: many after some commits.
    assert killed_mid_work == KILLS_ADD and len(acked) >= 20 and rounds_with_acks >= 10
    rebuilt = StoreManager(data, refs, FakeEncoder()).ensure(force=True)  # journal replayed into a new index
    assert not [key for key in acked if rebuilt.get(key) is None]
    ids = [f.id for f in rebuilt.facts]
    assert len(ids) == len(set(ids))


def _check_published(data: Path) -> FactStore:
    """The version CURRENT names loads, and its index and facts have the size its manifest says."""
    root = data / "store"
    folder = root / (root / "CURRENT").read_text(encoding="utf-8").strip()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    store = FactStore.read(folder)  # verifies the checksum and the row count
    assert len(store.facts) == manifest["facts"] == store.vectors().shape[0]
    assert store.version == manifest["version"]
    return store


def test_publish_killed_mid_write_never_breaks_the_published_version(tmp_path: Path) -> None:
    refs = write_reference(tmp_path / "refs", 1500)  # a 768 kB index: the kill often lands inside a write
    data = tmp_path / "data"
    StoreManager(data, refs, QuickEncoder()).ensure()
    last = 0
    with CrashHarness("crash_writers:publish_forever", seed=2) as harness:
        for n in range(KILLS_PUBLISH):
            result = harness.run({"data": str(data), "refs": str(refs)}, max_delay=0.4, min_delay=0.02)
            assert result.killed, f"round {n}: the writer stopped on its own"
            store = _check_published(data)
            assert len(store.facts) == 1500
            current = int((data / "store" / "CURRENT").read_text().strip()[2:])
            assert current >= max([last] + [int(a[2:]) for a in result.acked])
            last = current
    assert last >= 5  # versions were published between the kills, so kills landed mid-publish too
    StoreManager(data, refs, QuickEncoder()).ensure(force=True)  # the next publish clears what the kills left
    root = data / "store"
    assert not list(root.glob(".*.tmp")) and len(list(root.glob("v-*"))) == 3


@pytest.mark.parametrize("damage", ["truncate_index", "flip_index_byte", "empty_index", "truncate_facts",
                                    "garbage_facts", "garbage_manifest", "missing_version"])
def test_damaged_version_is_detected_at_start_and_rebuilt(tmp_path: Path, damage: str) -> None:
    from checker.domain import Fact

    refs = write_reference(tmp_path / "refs", 40)
    data = tmp_path / "data"
    manager = StoreManager(data, refs, FakeEncoder())
    manager.ensure()
    manager.add_facts([Fact(id="added-1", text="A fact added at run time.", source="review")])
    root = data / "store"
    folder = root / (root / "CURRENT").read_text().strip()
    index, facts = folder / "index.faiss", folder / "facts.jsonl"
    if damage == "truncate_index":
        index.write_bytes(index.read_bytes()[: index.stat().st_size // 2])
    elif damage == "flip_index_byte":
        raw = bytearray(index.read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        index.write_bytes(bytes(raw))
    elif damage == "empty_index":
        index.write_bytes(b"")
    elif damage == "truncate_facts":
        facts.write_text("".join(facts.read_text().splitlines(keepends=True)[:-3]))
    elif damage == "garbage_facts":
        facts.write_text("[1, 2]\n" + facts.read_text())
    elif damage == "garbage_manifest":
        (folder / "manifest.json").write_text('{"model": 3')
    else:
        (root / "CURRENT").write_text("v-999")
    restarted = StoreManager(data, refs, FakeEncoder())
    store = restarted.ensure()
    assert len(store.facts) == 41 and store.get("added-1") is not None  # rebuilt from reference + journal
    assert len(_check_published(data).facts) == 41
    assert StoreManager(data, refs, FakeEncoder()).current().get("added-1") is not None


def test_a_torn_journal_line_does_not_swallow_the_next_fact(tmp_path: Path) -> None:
    """A crash mid-append leaves half a line; the next append must start on a line of its own."""
    from checker.domain import Fact

    refs = write_reference(tmp_path / "refs", 10)
    manager = StoreManager(tmp_path / "data", refs, FakeEncoder())
    manager.add_facts([Fact(id="before", text="Added before the crash.", source="t")])
    with open(tmp_path / "data" / "store" / "added.jsonl", "ab") as journal:
        journal.write(b'{"id": "torn", "text": "never acknow')  # SIGKILL here: no newline, no publish
    manager.add_facts([Fact(id="after", text="Added after the restart.", source="t")])
    rebuilt = StoreManager(tmp_path / "data", refs, FakeEncoder()).ensure(force=True)
    assert rebuilt.get("before") is not None and rebuilt.get("after") is not None
    assert rebuilt.get("torn") is None


def test_a_fact_journaled_but_not_published_can_be_added_again_without_duplicates(tmp_path: Path) -> None:
    """Killed between the journal fsync and the publish: the client saw no answer and retries."""
    from checker.domain import Fact

    refs = write_reference(tmp_path / "refs", 10)
    manager = StoreManager(tmp_path / "data", refs, FakeEncoder())
    manager.ensure()
    retried = Fact(id="retried", text="Sent twice by a client that lost its answer.", source="t")
    with open(tmp_path / "data" / "store" / "added.jsonl", "a", encoding="utf-8") as journal:
        journal.write(json.dumps(retried.to_dict()) + "\n")
    manager.add_facts([retried])
    rebuilt = StoreManager(tmp_path / "data", refs, FakeEncoder()).ensure(force=True)
    ids = [f.id for f in rebuilt.facts]
    assert ids.count("retried") == 1 and len(ids) == 11


def test_a_start_publishes_facts_that_were_journaled_but_never_published(tmp_path: Path) -> None:
    """The journal is the truth: a fact whose writer died between journal fsync and publish appears at the
    next start, not only at the next full rebuild."""
    from checker.domain import Fact

    refs = write_reference(tmp_path / "refs", 10)
    StoreManager(tmp_path / "data", refs, FakeEncoder()).ensure()
    orphan = Fact(id="orphan", text="Journaled, then the writer was killed.", source="t")
    with open(tmp_path / "data" / "store" / "added.jsonl", "a", encoding="utf-8") as journal:
        journal.write(json.dumps(orphan.to_dict()) + "\n")
    started = StoreManager(tmp_path / "data", refs, FakeEncoder()).ensure()
    assert started.get("orphan") is not None and len(started.facts) == 11
    assert _check_published(tmp_path / "data").get("orphan") is not None


def test_acknowledged_sqlite_rows_survive_sigkill(tmp_path: Path) -> None:
    """The harness on SQLite (what review decisions will use): rows acknowledged before a SIGKILL are there and
    ``PRAGMA integrity_check`` is ok after every kill."""
    import sqlite3

    db = tmp_path / "rows.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE rows (key TEXT PRIMARY KEY, payload TEXT NOT NULL)")
    conn.close()
    acked: list[str] = []
    with CrashHarness("crash_writers:sqlite_rows_forever", seed=3) as harness:
        for n in range(25):
            result = harness.run({"db": str(db), "prefix": f"r{n}"}, max_delay=0.15)
            assert result.status in (0, -9)
            acked += result.acked
            conn = sqlite3.connect(db)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                present = {key for (key,) in conn.execute("SELECT key FROM rows")}
            finally:
                conn.close()
            assert not [key for key in acked if key not in present], f"round {n}: acknowledged rows lost"
    assert len(acked) >= 25


def test_a_publish_clears_temp_files_left_by_a_killed_writer(tmp_path: Path) -> None:
    from checker.domain import Fact

    refs = write_reference(tmp_path / "refs", 5)
    manager = StoreManager(tmp_path / "data", refs, FakeEncoder())
    manager.ensure()
    stale = tmp_path / "data" / "store" / ".CURRENT.99999.tmp"
    stale.write_bytes(b"v-")
    manager.add_facts([Fact(id="x", text="A fact.", source="t")])
    assert not stale.exists()


def test_acknowledged_review_decisions_survive_sigkill(tmp_path: Path) -> None:
    """Issue 8 item 1 on the real review queue (SQLite): 100 SIGKILLs at random moments; every acknowledged
    decision is there, decided once, its added fact published, and ``PRAGMA integrity_check`` is ok."""
    import sqlite3

    data, db = tmp_path / "data", tmp_path / "review.sqlite3"
    refs = write_reference(tmp_path / "refs", 5)
    args = {"data": str(data), "refs": str(refs), "url": f"sqlite:///{db}"}
    from checker.review.db import make_engine, upgrade

    upgrade(make_engine(args["url"]))  # the schema and the store exist before the first kill, as after a start
    StoreManager(data, refs, FakeEncoder()).ensure()
    acked: list[str] = []
    with CrashHarness("crash_writers:review_decisions_forever", seed=11) as harness:
        for n in range(100):
            result = harness.run({**args, "prefix": f"r{n}", "round": n}, max_delay=0.4, armed_by_ack=True)
            assert result.status in (0, -9)
            acked += [a for a in result.acked if a != "ready"]
            conn = sqlite3.connect(db)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                status = dict(conn.execute("SELECT id, status FROM review_items"))
            finally:
                conn.close()
            lost = [a for a in acked if status.get(int(a.split(":")[0])) != "decided"]
            assert not lost, f"round {n}: acknowledged decisions lost: {lost}"
    facts = [a.split(":")[1] for a in acked if a.split(":")[1]]
    store = StoreManager(data, refs, FakeEncoder()).current()
    assert len(acked) >= 10 and facts and all(store.get(f) is not None for f in facts)
