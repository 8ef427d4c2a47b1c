import json
from pathlib import Path

import pytest

from checker.errors import ReferenceDataError
from checker.references import fingerprint, load_facts
from checker.settings import ROOT


def write(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_bundled_reference_data_is_valid_and_large_enough() -> None:
    facts = load_facts(ROOT / "reference_data")
    assert len(facts) >= 150
    assert all(f.source for f in facts)


@pytest.mark.parametrize("record,message", [
    ({"id": "a", "text": "x"}, "field 'source' must be a non-empty string"),
    ({"id": "a", "text": "x", "source": "s", "date": "2019-13-01"}, "is not YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"id": "a", "text": "x", "source": "s", "url": "javascript:alert(1)"}, "url must start with"),
    ({"id": "a", "text": "x", "source": "s", "colour": "red"}, "unknown field(s) colour"),
    (["not", "an", "object"], "a record must be an object"),
])
def test_bad_records_name_file_and_line(tmp_path: Path, record: object, message: str) -> None:
    good = {"id": "ok", "text": "A fact.", "source": "S"}
    path = write(tmp_path / "facts.jsonl", [good, record])
    with pytest.raises(ReferenceDataError) as info:
        load_facts(path)
    assert f"{path}:2:" in info.value.message and message in info.value.message


def test_duplicate_ids_across_files_rejected(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", [{"id": "x", "text": "One.", "source": "S"}])
    (tmp_path / "b.csv").write_text("id,text,source,url,date\nx,Two.,S,,2020\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="duplicate id 'x'"):
        load_facts(tmp_path)


def test_csv_accepted_and_fingerprint_changes(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("id,text,source,url,date\na,Seoul hosted APEC in 2005.,S,https://e.org,2005-11\n")
    before = fingerprint(tmp_path)
    (fact,) = load_facts(tmp_path)
    assert (fact.id, fact.date, fact.url) == ("a", "2005-11", "https://e.org")
    path.write_text(path.read_text() + "b,Another fact.,S,,\n")
    assert fingerprint(tmp_path) != before
