"""A full disk (issue 8, item 3): the write fails cleanly, nothing committed is lost, and space returning heals it.

The data folder is a real 2 MB tmpfs (the tests run as root here); the disk is filled with a filler file,
so every write path meets a genuine ENOSPC rather than a mock.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
from pathlib import Path
from typing import Iterator

import pytest
from flask.testing import FlaskClient

from app import create_app
from checker.embedding import SentenceTransformerEncoder
from checker.pipeline import Checker
from checker.publish import StoreManager
from checker.settings import Settings

TOKEN = "disk-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs for the full-disk test (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    """Write until the disk refuses; returns the filler file."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as handle:
        for chunk in (65536, 512, 1):
            try:
                while handle.write(b"\0" * chunk):
                    pass
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    return filler


def fact(fact_id: str) -> dict[str, str]:
    return {"id": fact_id, "text": f"The bridge {fact_id} opened to traffic in 1998.", "source": "test",
            "url": "https://example.org/" + fact_id, "date": "1998"}


def make_client(refs: Path, data: Path, encoder: SentenceTransformerEncoder) -> FlaskClient:
    settings = Settings.from_env({}, data_dir=str(data), reference=str(refs), import_token=TOKEN)
    checker = Checker(encoder, StoreManager(data, refs, encoder), settings)
    return create_app({"TESTING": True, "import_token": TOKEN}, checker=checker).test_client()


def test_full_disk_fails_cleanly_loses_nothing_and_recovers(tmp_path: Path, small_disk: Path,
                                                            encoder: SentenceTransformerEncoder) -> None:
    refs = tmp_path / "refs"
    refs.mkdir()
    (refs / "facts.jsonl").write_text("".join(json.dumps(fact(f"ref-{i}")) + "\n" for i in range(20)))
    data = small_disk / "data"
    client = make_client(refs, data, encoder)
    assert client.post("/api/v1/facts", json={"facts": [fact("before")]}, headers=AUTH).status_code == 201
    store = data / "store"
    pointer, journal = (store / "CURRENT").read_text(), (store / "added.jsonl").read_bytes()
    entries = sorted(p.name for p in store.iterdir())

    filler = fill(small_disk)
    response = client.post("/api/v1/facts", json={"facts": [fact("during")]}, headers=AUTH)
    assert response.status_code == 507
    assert response.get_json()["error"]["code"] == "storage_full" and response.get_json()["error"]["message"]
    assert (store / "CURRENT").read_text() == pointer and (store / "added.jsonl").read_bytes() == journal
    assert sorted(p.name for p in store.iterdir()) == entries  # no half-written version or temp file left
    assert client.get("/api/v1/facts/before").status_code == 200  # reads still work on a full disk
    assert client.get("/api/v1/facts/during").status_code == 404
    check = client.post("/api/v1/check", json={"claims": ["The bridge before opened to traffic in 1998."]})
    assert check.status_code == 200 and check.get_json()["claims"][0]["verdict"] == "supported"
    restarted = StoreManager(data, refs, encoder).ensure()  # a restart while the disk is still full
    assert restarted.get("before") is not None and restarted.get("during") is None

    os.unlink(filler)  # space returns
    response = client.post("/api/v1/facts", json={"facts": [fact("during")]}, headers=AUTH)
    assert response.status_code == 201, response.get_json()
    for manager in (StoreManager(data, refs, encoder), StoreManager(data, refs, encoder)):
        assert {"before", "during"} <= {f.id for f in manager.current().facts}
    rebuilt = StoreManager(data, refs, encoder).ensure(force=True)
    assert len(rebuilt.facts) == 22 and rebuilt.get("during") is not None


def test_cli_import_on_a_full_disk_fails_cleanly_and_leaves_no_partial_file(
        tmp_path: Path, small_disk: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from checker.cli import main

    refs = small_disk / "refs"
    refs.mkdir()
    (refs / "facts.jsonl").write_text(json.dumps(fact("ref-0")) + "\n")
    incoming = tmp_path / "new.jsonl"
    incoming.write_text("".join(json.dumps(fact(f"new-{i}")) + "\n" for i in range(3000)))  # ~400 kB
    monkeypatch.setenv("CHECKER_REFERENCE", str(refs))
    filler = fill(small_disk)
    os.truncate(filler, filler.stat().st_size - 100_000)  # room for a part of the file, not all of it
    assert main(["facts", "import", str(incoming)]) == 2
    assert "no space" in capsys.readouterr().err
    assert sorted(p.name for p in refs.iterdir()) == ["facts.jsonl"]  # no partial or temp file
    os.unlink(filler)
    assert main(["facts", "import", str(incoming)]) == 0
    assert len((refs / "imported-new.jsonl").read_text().splitlines()) == 3000
