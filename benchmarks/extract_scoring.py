"""Score extraction results against hand-labelled texts, field by field.

Shared by ``benchmarks/extract_accuracy.py`` and the tests; not part of the shipped package.

Each field maps to comparable facts (format in ``tests/extract_corpus/README.md`` and
``tests/extract_real/README.md``), so precision and recall are set comparisons, except for
``targets`` and ``achievements`` which are multisets (two targets of "100 %" are two facts).
Only the structured values of records are scored, never text copied into prose fields
(``intro``, ``printed``, a target's indicator):

- text is NFC, old tone placement is folded ("uỷ" → "ủy"), spaces are single;
- numbers are read in Vietnamese notation, so "8-8,5", "8 – 8,5" and "8–8,5" are one value and
  "164.000" is 164000 ("." followed by three digits groups thousands, "," is the decimal mark);
- a target is its value, unit and qualifier; an achievement (a result already reached) is its
  value and unit. An extracted target that carries an ``achieved`` value reports a result, so it
  counts as that achievement and not as a new target; a result extracted as a plain target is a
  false positive of ``targets`` and a miss of ``achievements``;
- a congress's ``delegates`` fact is ``<congress> <count>``, the count read in Vietnamese
  notation ("1.586" is 1586);
- a title printed shorter elsewhere ("Bí thư Tỉnh ủy" after "Bí thư Tỉnh ủy Quảng Trị") is a
  repeat of the matched longer title, not a false positive.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.extract.clean import fold
from vnpartydoc.models import GoalDocument, Resolution
from vnpartydoc.text import to_nfc, to_roman

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from vnpartydoc.extract.result import ExtractionResult
    from vnpartydoc.models import Target

FIELDS = (
    "congress", "organisation", "term", "dates", "places", "delegates", "document numbers",
    "documents", "people", "titles", "targets", "achievements", "milestones", "points", "kind",
    "tag",
)  # fmt: skip
"""Fields scored, in table order."""

MULTISET_FIELDS = frozenset({"targets", "achievements"})
"""Fields whose facts are counted with repetition."""

QUALIFIERS = frozenset(q.value for q in TargetQualifier) - {TargetQualifier.EXACT.value}

_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_RANGE_RE = re.compile(r"\s*[-\u2013\u2014]\s*")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")

Facts = dict[str, Counter[str]]


def normalise(fact: object) -> str:
    """NFC, folded tone placement, single spaces."""
    return " ".join(fold(to_nfc(str(fact))).split())


def number(text: str) -> str:
    """One number in Vietnamese notation as a plain decimal string ("164.000" → "164000").

    Example:
        >>> number("6,50"), number("05"), number("1.250,5")
        ('6.5', '5', '1250.5')
    """
    text = text.strip()
    if _THOUSANDS_RE.fullmatch(text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    return format(value.normalize(), "f")


def quantity(text: object) -> str:
    """A value, range ("8-8,5", "8 – 8,5") or ratio ("3/4") in one canonical spelling."""
    text = normalise(text)
    parts = [part for part in _RANGE_RE.split(text) if part]
    out = []
    for part in parts:
        out.append("/".join(number(side) for side in part.split("/")))
    return "\u2013".join(out)


def unit(text: object) -> str:
    """A unit with spaces around its slashes removed, lower-cased ("%/ năm" → "%/năm")."""
    return re.sub(r"\s*/\s*", "/", normalise(text or "")).lower()


def target_fact(value: object, unit_: object, qualifier: str | None = None) -> str:
    """The fact of a target: ``<value> <unit>[ <qualifier>]``."""
    fact = f"{quantity(value)} {unit(unit_)}".strip()
    if qualifier and qualifier != TargetQualifier.EXACT.value:
        fact += f" {qualifier}"
    return fact


def achievement_fact(value: object, unit_: object) -> str:
    """The fact of an achievement: ``<value> <unit>``."""
    return f"{quantity(value)} {unit(unit_)}".strip()


# --- facts of an extraction -----------------------------------------------------------------


def _target_facts(targets: Iterable[Target], out: Facts) -> None:
    for target in targets:
        if target.achieved is not None:
            out["achievements"][achievement_fact(target.achieved, target.unit)] += 1
        elif target.value is not None:
            out["targets"][target_fact(target.value, target.unit, target.qualifier.value)] += 1


def found_facts(result: ExtractionResult) -> Facts:
    """The facts of an extraction result, by field."""
    out: dict[str, set[str]] = {name: set() for name in FIELDS}
    for org in result.organisations:
        out["organisation"].add(f"{org.id} {org.level.value}")
    for congress in result.congresses:
        key = f"{congress.organisation} {to_roman(congress.ordinal)}"
        out["congress"].add(key)
        if congress.term is not None:  # an unknown term is no fact
            out["term"].add(f"{key} {congress.term}")
        for attr, word in (("prep_on", "prep"), ("opened_on", "opened"), ("closed_on", "closed")):
            value = getattr(congress, attr)
            if value is not None:
                out["dates"].add(f"{key} {word} {value}")
        if congress.place:
            out["places"].add(f"{key} at {congress.place}")
        if congress.delegates is not None:
            out["delegates"].add(f"{key} {congress.delegates}")
    documents = [*result.documents, *([result.document] if result.document else [])]
    for doc in documents:
        if doc.number is not None:
            out["document numbers"].add(f"{getattr(doc, 'type', '')} {doc.number}")
            if doc.issued_on is not None:
                out["dates"].add(f"{doc.number} issued {doc.issued_on}")
            if doc.place:
                out["places"].add(f"{doc.number} at {doc.place}")
        elif (
            doc is not result.document
            and doc.issuer is not None
            and not (isinstance(doc, Resolution) and doc.congress)
        ):
            out["documents"].add(
                f"{getattr(doc, 'type', '')} {doc.issuer.organisation} {doc.issuer.body.value}"
            )
        if isinstance(doc, GoalDocument) and doc.general_goal is not None:
            out["milestones"].update(str(m.year) for m in doc.general_goal.milestones)
    if result.goal is not None:  # the goal read, also when no document holds it
        out["milestones"].update(str(m.year) for m in result.goal.milestones)
    for person in result.people:
        out["people"].add(person.name)
        for title in person.titles:
            out["titles"].add(f"{person.name}: {title.printed}")
    if result.document is not None:
        out["points"].update(
            point.label for point in getattr(result.document, "points", []) if point.label
        )
        out["kind"].add(getattr(result.document, "type", ""))
        publication = getattr(result.document, "publication", None)
        if publication is not None and publication.tag:
            out["tag"].add(publication.tag)
    facts: Facts = {
        name: Counter(normalise(f) for f in values)
        for name, values in out.items()
        if name not in MULTISET_FIELDS
    }
    facts["targets"] = Counter()
    facts["achievements"] = Counter()
    _target_facts([*result.targets, *getattr(result, "achievements", [])], facts)
    return facts


# --- facts of a label file ------------------------------------------------------------------


def _label_target(entry: object) -> tuple[str, str | None]:
    """``(target fact, achievement fact or None)`` of a target label, string or mapping."""
    if isinstance(entry, dict):
        fact = target_fact(entry.get("value", ""), entry.get("unit"), entry.get("qualifier"))
        return fact, None
    words = normalise(entry).split(" ")
    achieved = None
    if "achieved" in words:
        at = words.index("achieved")
        achieved, words = " ".join(words[at + 1 :]), words[:at]
    qualifier = words.pop() if words and words[-1] in QUALIFIERS else None
    value, unit_ = (words[0], " ".join(words[1:])) if words else ("", "")
    if achieved is not None:
        return "", achievement_fact(achieved, unit_)
    return target_fact(value, unit_, qualifier), None


def label_facts(data: Mapping[str, Any]) -> Facts:
    """The expected facts of a parsed ``NAME.expected.yaml``, by field."""
    out: Facts = {name: Counter() for name in FIELDS}
    for name in FIELDS:
        value = data.get(name) or []
        entries = [value] if isinstance(value, str | dict) else list(value)
        for entry in entries:
            if name == "targets":
                target, achieved = _label_target(entry)
                if achieved is not None:
                    out["achievements"][achieved] += 1
                else:
                    out["targets"][target] += 1
            elif name == "delegates":  # "<congress> 1.586": the count in Vietnamese notation
                congress, _, count = normalise(entry).rpartition(" ")
                out[name][f"{congress} {number(count)}"] = 1
            elif name == "achievements":
                item = entry if isinstance(entry, dict) else {}
                out[name][achievement_fact(item.get("value", ""), item.get("unit"))] += 1
            else:
                out[name][normalise(entry)] = 1
    return out


def read_labels(path: Path) -> Facts:
    """The expected facts of a label file."""
    return label_facts(yaml.safe_load(path.read_text(encoding="utf-8")) or {})


# --- scoring --------------------------------------------------------------------------------


@dataclass
class Score:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of what was found that is right (1.0 when nothing was found)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of what is expected that was found (1.0 when nothing is expected)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.missed += other.missed
        self.spurious += other.spurious


def _is_repeat(fact: str, matched: Iterable[str]) -> bool:
    """Whether a title fact is a shorter printing of a matched title of the same person."""
    return any(m != fact and m.startswith(fact + " ") for m in matched)


def compare(found: Facts, expected: Facts) -> dict[str, Score]:
    """Score found facts against expected ones, field by field."""
    scores = {}
    for name in FIELDS:
        hit = found[name] & expected[name]
        missed = expected[name] - found[name]
        spurious = found[name] - expected[name]
        if name == "titles":
            spurious = Counter({f: n for f, n in spurious.items() if not _is_repeat(f, hit)})
        scores[name] = Score(
            sum(hit.values()),
            sum(spurious.values()),
            sum(missed.values()),
            sorted(missed.elements()),
            sorted(spurious.elements()),
        )
    return scores


def texts(corpus: Path) -> list[Path]:
    """The labelled texts of a corpus directory, sorted (none when it does not exist)."""
    return sorted(p for p in corpus.glob("*.txt") if p.with_suffix(".expected.yaml").is_file())


def score_corpus(corpus: Path, *, verbose: bool = False) -> dict[str, Score]:
    """Extract every text of a corpus and score it; with ``verbose`` print each mismatch."""
    from vnpartydoc.extract import extract_partial

    totals = {name: Score() for name in FIELDS}
    for path in texts(corpus):
        found = found_facts(extract_partial(path.read_text(encoding="utf-8")))
        for name, score in compare(found, read_labels(path.with_suffix(".expected.yaml"))).items():
            if verbose:
                for fact in score.missed:
                    print(f"{path.name}: {name}: missed {fact!r}")
                for fact in score.spurious:
                    print(f"{path.name}: {name}: spurious {fact!r}")
            totals[name].add(score)
    return totals


def micro(scores: Mapping[str, Score]) -> Score:
    """The scores of every field added up (micro-average)."""
    total = Score()
    for score in scores.values():
        total.add(score)
    return total
