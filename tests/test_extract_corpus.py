"""Each labelled text extracts to exactly its expected facts, and its records round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_scoring import found_facts, read_labels

from vnpartydoc import loads
from vnpartydoc.extract import extract
from vnpartydoc.serialization import dumps

CORPUS = Path(__file__).resolve().parent / "extract_corpus"
TEXTS = sorted(CORPUS.glob("*.txt"))


def test_corpus_is_large_enough() -> None:
    """Holds at least 20 texts, each with its expected facts."""
    assert len(TEXTS) >= 20
    assert all(p.with_suffix(".expected.yaml").is_file() for p in TEXTS)


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_corpus_text(path: Path) -> None:
    """Extracts the expected facts, no more, no fewer; every record dumps and loads back."""
    expected = read_labels(path.with_suffix(".expected.yaml"))
    result = extract(path.read_text(encoding="utf-8"))
    assert found_facts(result) == expected
    for record in result.records():
        assert loads(dumps(record, "yaml"), "yaml") == record
