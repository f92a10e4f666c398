"""Every example loads, validates, round-trips losslessly and dumps byte-stably."""

from __future__ import annotations

from pathlib import Path

import pytest

import vnpartydoc
from vnpartydoc.corpus import find_files, load_corpus
from vnpartydoc.models import Article, Congress, Person, Resolution
from vnpartydoc.validation import check_corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = find_files([ROOT / "examples"])


def test_examples_exist_for_every_level() -> None:
    """There are examples, including national and post-2025 ones."""
    names = {p.relative_to(ROOT / "examples").parts[0] for p in EXAMPLES}
    assert {"an-giang", "national", "an-giang-2025"} <= names


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_example_round_trips(path: Path, fmt: str) -> None:
    """Load → dump → load is equal and two dumps are byte-identical."""
    record = vnpartydoc.load(path)
    text = vnpartydoc.dumps(record, fmt)  # type: ignore[arg-type]
    again = vnpartydoc.loads(text.encode("utf-8"), fmt)  # type: ignore[arg-type]
    assert again == record
    assert vnpartydoc.dumps(again, fmt) == text  # type: ignore[arg-type]


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_files_are_canonical(path: Path) -> None:
    """Each YAML file is what dumps() writes, after its schema modeline."""
    text = path.read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    assert first.startswith("# yaml-language-server: $schema=")
    assert vnpartydoc.dumps(vnpartydoc.load(path), "yaml") == rest


def test_examples_pass_every_corpus_rule() -> None:
    """The examples as a corpus have no issues at all."""
    corpus, issues = load_corpus([ROOT / "examples"])
    assert issues == []
    assert check_corpus(corpus) == []


def test_seed_facts_are_in_the_examples() -> None:
    """The seed article's facts: congress XI, 2020 - 2025, 23–25/9/2020, goal, author titles."""
    corpus, _ = load_corpus([ROOT / "examples"])
    congress = next(
        c
        for c in corpus.congresses
        if c.organisation == "dang-bo-tinh-an-giang" and c.ordinal == 11
    )
    assert (congress.roman, str(congress.term)) == ("XI", "2020 - 2025")
    assert (str(congress.prep_on), str(congress.closed_on)) == ("2020-09-23", "2020-09-25")
    resolution = next(
        d for d in corpus.documents if isinstance(d, Resolution) and d.congress == congress.id
    )
    assert resolution.general_goal is not None
    assert [m.year for m in resolution.general_goal.milestones] == [2025, 2030]
    assert {t.year for t in resolution.targets} >= {2025, 2030}
    article = next(d for d in corpus.documents if isinstance(d, Article))
    assert article.publication is not None
    assert article.publication.tag == "TUAG"
    assert [p.label for p in article.points] == [
        "Thứ nhất",
        "Thứ hai",
        "Thứ ba",
        "Thứ tư",
        "Thứ năm",
        "Thứ sáu",
    ]
    author = corpus.get(article.authors[0])
    assert isinstance(author, Person)
    assert (author.name, author.byline) == ("Trình Lam Sinh", "TRÌNH LAM SINH")
    assert [t.printed for t in author.titles] == [
        "Tỉnh ủy viên",
        "Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
    ]
    assert isinstance(corpus.get(resolution.congress or ""), Congress)


def test_seed_article_text_is_kept_as_data() -> None:
    """The seed article is shipped in examples/ as published."""
    seed = (ROOT / "examples" / "an-giang-xi-article.txt").read_text(encoding="utf-8")
    assert seed.startswith("Truy cập hiện tại")
    assert "TRÌNH LAM SINH\nTỉnh ủy viên, Phó Trưởng Ban Tuyên giáo Tỉnh ủy" in seed
