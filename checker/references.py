"""Read reference facts from JSON Lines or CSV files, failing with ``file:line: reason``."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Any, Iterator

from .dates import parse_iso
from .domain import Fact
from .errors import ReferenceDataError

FIELDS = ("id", "text", "source", "url", "date")
REQUIRED = ("id", "text", "source")
MAX_TEXT = 2000
SUFFIXES = (".jsonl", ".csv")


def reference_files(path: str | Path) -> list[Path]:
    """The fact files at ``path``: the file itself, or every .jsonl/.csv in the folder, sorted."""
    root = Path(path)
    if root.is_dir():
        return sorted(p for p in root.iterdir() if p.suffix in SUFFIXES and p.is_file())
    if root.is_file():
        return [root]
    raise ReferenceDataError(f"{root}: no such file or folder")


def load_facts(path: str | Path) -> list[Fact]:
    """All facts under ``path``; duplicate ids anywhere are an error."""
    facts: list[Fact] = []
    seen: dict[str, str] = {}
    for file in reference_files(path):
        for where, fact in read_file(file):
            if fact.id in seen:
                raise ReferenceDataError(f"{where}: duplicate id {fact.id!r} (first at {seen[fact.id]})")
            seen[fact.id] = where
            facts.append(fact)
    return facts


def read_file(file: Path) -> Iterator[tuple[str, Fact]]:
    if file.suffix == ".csv":
        yield from _read_csv(file)
    elif file.suffix == ".jsonl":
        yield from _read_jsonl(file)
    else:
        raise ReferenceDataError(f"{file}: unsupported file type (use .jsonl or .csv)")


def _read_jsonl(file: Path) -> Iterator[tuple[str, Fact]]:
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{file}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ReferenceDataError(f"{where}: invalid JSON ({exc.msg})") from None
            yield where, parse_record(record, where)


def _read_csv(file: Path) -> Iterator[tuple[str, Fact]]:
    with file.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [f for f in REQUIRED if f not in (reader.fieldnames or [])]
        if missing:
            raise ReferenceDataError(f"{file}:1: missing column(s) {', '.join(missing)}")
        for row in reader:
            where = f"{file}:{reader.line_num}"
            yield where, parse_record({k: v for k, v in row.items() if v not in (None, "")}, where)


def parse_record(record: Any, where: str) -> Fact:
    """Validate one record; every problem names its place."""
    if not isinstance(record, dict):
        raise ReferenceDataError(f"{where}: a record must be an object")
    unknown = sorted(set(record) - set(FIELDS))
    if unknown:
        raise ReferenceDataError(f"{where}: unknown field(s) {', '.join(unknown)}")
    for name in FIELDS:
        value = record.get(name)
        if name in REQUIRED and (not isinstance(value, str) or not value.strip()):
            raise ReferenceDataError(f"{where}: field {name!r} must be a non-empty string")
        if value is not None and not isinstance(value, str):
            raise ReferenceDataError(f"{where}: field {name!r} must be a string")
    if len(record["text"]) > MAX_TEXT:
        raise ReferenceDataError(f"{where}: text longer than {MAX_TEXT} characters")
    if record.get("date") and parse_iso(record["date"]) is None:
        raise ReferenceDataError(f"{where}: date {record['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    url = record.get("url")
    if url and not url.startswith(("http://", "https://")):
        raise ReferenceDataError(f"{where}: url must start with http:// or https://")
    return Fact(id=record["id"].strip(), text=" ".join(record["text"].split()), source=record["source"].strip(),
                url=url or None, date=record.get("date") or None)


def fingerprint(path: str | Path) -> str:
    """Hash of the reference files' names and bytes: the store is rebuilt when it changes."""
    digest = hashlib.sha256()
    for file in reference_files(path):
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()
