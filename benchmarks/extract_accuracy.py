"""Score the extractor against labelled texts: precision and recall per field.

Usage: ``python benchmarks/extract_accuracy.py [CORPUS_DIR] [--check] [--verbose]
[--write-floors]``.

Without a directory it scores, in this order, the *constructed* set (``tests/extract_corpus``,
texts written for the unit tests), the *dev* split of the real-text corpus
(``tests/extract_real/dev``, which rules may be written from) and its sealed *test* split
(``tests/extract_real/test``, looked at only to report), and ends with the line
``test_precision=<p> test_recall=<r>`` (micro-averaged over fields). With a directory it scores
that one only. How facts are compared is in ``benchmarks/extract_scoring.py``.

``--verbose`` lists every missed and every spurious fact. ``--check`` exits 1 when a dev field
falls below its floor in ``tests/extract_real/dev-floors.yaml``; ``--write-floors`` rewrites
that file from the dev split's values.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import yaml
from extract_scoring import FIELDS, Score, micro, score_corpus, texts

ROOT = Path(__file__).resolve().parent.parent
CONSTRUCTED = ROOT / "tests" / "extract_corpus"
REAL = ROOT / "tests" / "extract_real"
FLOORS = REAL / "dev-floors.yaml"


def print_table(title: str, corpus: Path, scores: dict[str, Score]) -> Score:
    """Print one corpus's table and return its micro-averaged score."""
    print(f"\n{title}: {corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus}")
    print(f"  texts={len(texts(corpus))}")
    print(f"  {'field':<18}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}")
    for name in FIELDS:
        s = scores[name]
        print(f"  {name:<18}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>11.3f}{s.recall:>8.3f}")
    total = micro(scores)
    print(
        f"  {'all (micro)':<18}{total.tp:>6}{total.fp:>6}{total.fn:>6}"
        f"{total.precision:>11.3f}{total.recall:>8.3f}"
    )
    return total


def below_floors(scores: dict[str, Score]) -> list[str]:
    """Dev fields whose precision or recall is under the recorded floor."""
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))
    out = []
    for name, floor in floors.items():
        s = scores[name]
        if s.precision < floor["precision"] or s.recall < floor["recall"]:
            out.append(f"{name}: {s.precision:.3f}/{s.recall:.3f} < {floor}")
    return out


FLOORS_HEADER = """\
# Floors of the dev split's precision and recall per field: today's measured values rounded
# down to two decimals. tests/test_extract_real.py fails when a field falls below its floor.
# Rewritten by `python benchmarks/extract_accuracy.py --write-floors` after a rule change or
# new dev texts; a floor that goes down is a regression to explain in the commit message.
"""


def write_floors(scores: dict[str, Score]) -> None:
    """Record the dev split's values, rounded down to two decimals, as its floors."""

    def down(value: float) -> str:
        return f"{math.floor(value * 100 + 1e-9) / 100:.2f}"

    lines = [
        f"{json.dumps(name) if ' ' in name else name}: "
        f"{{precision: {down(scores[name].precision)}, recall: {down(scores[name].recall)}}}"
        for name in FIELDS
    ]
    FLOORS.write_text(FLOORS_HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    if args:
        corpus = Path(args[0])
        print_table("corpus", corpus, score_corpus(corpus, verbose=verbose))
        return 0
    print_table("constructed", CONSTRUCTED, score_corpus(CONSTRUCTED, verbose=verbose))
    dev = score_corpus(REAL / "dev", verbose=verbose)
    print_table("dev", REAL / "dev", dev)
    test_dir = REAL / "test"
    test = print_table("test", test_dir, score_corpus(test_dir))
    if "--write-floors" in argv:
        write_floors(dev)
        print(f"\nwrote {FLOORS.relative_to(ROOT)}")
    failing = below_floors(dev)
    for line in failing:
        print(f"below floor: {line}")
    if texts(test_dir):
        print(f"test_precision={test.precision:.3f} test_recall={test.recall:.3f}")
    else:
        print("test_precision=nan test_recall=nan")
    return 1 if failing and "--check" in argv else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
