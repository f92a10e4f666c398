"""The dev split of the real-text corpus: well formed, split by site, and scored above its floors.

The sealed test split is scored by ``benchmarks/extract_accuracy.py`` only.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from extract_scoring import FIELDS, score_corpus, texts

REAL = Path(__file__).resolve().parent / "extract_real"
DEV = REAL / "dev"
TEXTS = texts(DEV)
LEVELS = {"central", "province", "district", "commune", "agency"}
KINDS = {
    "congress-news", "directive", "resolution", "plan", "study-news", "information-sheet",
    "results-report", "other",
}  # fmt: skip


def site_of(url: str) -> str:
    """The site of a URL as the split rule defines it."""
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "m."):
        if host.startswith(prefix):
            return host[len(prefix) :]
    return host


def is_dev_site(site: str) -> bool:
    """Whether a site belongs to the dev split (first byte of its sha256 modulo 5 is 2, 3 or 4)."""
    return hashlib.sha256(site.encode()).digest()[0] % 5 in (2, 3, 4)


def source(path: Path) -> dict[str, object]:
    """The source block of a text's labels."""
    data = yaml.safe_load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    return dict(data["source"])


def test_dev_split_is_large_and_varied() -> None:
    """Holds at least 50 labelled texts from at least 18 sites."""
    assert len(TEXTS) >= 50
    assert len({source(p)["site"] for p in TEXTS}) >= 18


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_dev_text_is_from_a_dev_site(path: Path) -> None:
    """Names its source, whose site is the URL's host and falls in the dev split; text is NFC."""
    src = source(path)
    assert src["site"] == site_of(str(src["url"]))
    assert is_dev_site(str(src["site"]))
    assert src["level"] in LEVELS
    assert src["kind"] in KINDS
    text = path.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


def test_split_rule_examples() -> None:
    """Strips a leading www. or m. and hashes the lower-cased host."""
    assert site_of("https://WWW.BaoAnGiang.com.vn/a.html") == "baoangiang.com.vn"
    assert site_of("http://m.baomoi.com/x") == "baomoi.com"
    assert is_dev_site("baoangiang.com.vn")
    assert not is_dev_site("vietnamplus.vn")


def test_dev_scores_stay_above_floors() -> None:
    """Precision and recall of every field are at least the floors in dev-floors.yaml."""
    floors = yaml.safe_load((REAL / "dev-floors.yaml").read_text(encoding="utf-8"))
    assert set(floors) == set(FIELDS)
    scores = score_corpus(DEV)
    below = {
        name: (round(scores[name].precision, 3), round(scores[name].recall, 3))
        for name, floor in floors.items()
        if scores[name].precision < floor["precision"] or scores[name].recall < floor["recall"]
    }
    assert below == {}
