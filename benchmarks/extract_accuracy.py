"""Score the extractor against the labelled corpus: precision and recall per field.

Usage: ``python benchmarks/extract_accuracy.py [CORPUS_DIR] [--check] [--verbose]``.
Each ``NAME.txt`` in the corpus has its expected facts in ``NAME.expected.yaml`` (format in the
corpus README). With ``--check`` the exit code is 1 when a field falls below precision 0.95 or
recall 0.9; ``--verbose`` lists every missed and every spurious fact.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

from vnpartydoc.extract import extract_partial
from vnpartydoc.extract.facts import FIELDS, facts, normalise

ROOT = Path(__file__).resolve().parent.parent
PRECISION, RECALL = 0.95, 0.9


def expected_facts(path: Path) -> dict[str, set[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, set[str]] = {}
    for name in FIELDS:
        value = data.get(name, [])
        values = [value] if isinstance(value, str) else list(value or [])
        out[name] = {normalise(str(v)) for v in values}
    return out


def score(corpus: Path, *, verbose: bool = False) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {name: Counter() for name in FIELDS}
    for text_path in sorted(corpus.glob("*.txt")):
        expected = expected_facts(text_path.with_suffix(".expected.yaml"))
        found = facts(extract_partial(text_path.read_text(encoding="utf-8")))
        for name in FIELDS:
            hit, missed, spurious = (
                found[name] & expected[name],
                expected[name] - found[name],
                found[name] - expected[name],
            )
            counts[name].update(tp=len(hit), fn=len(missed), fp=len(spurious))
            if verbose:
                for fact in sorted(missed):
                    print(f"{text_path.name}: {name}: missed {fact!r}")
                for fact in sorted(spurious):
                    print(f"{text_path.name}: {name}: spurious {fact!r}")
    return counts


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else ROOT / "tests" / "extract_corpus"
    counts = score(corpus, verbose="--verbose" in argv)
    print(f"{'field':<18}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}")
    failing = []
    for name in FIELDS:
        c = counts[name]
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        print(f"{name:<18}{c['tp']:>6}{c['fp']:>6}{c['fn']:>6}{precision:>11.3f}{recall:>8.3f}")
        if precision < PRECISION or recall < RECALL:
            failing.append(name)
    texts = len(list(corpus.glob("*.txt")))
    print(f"texts={texts} fields_below_target={len(failing)}")
    return 1 if failing and "--check" in argv else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
