"""Validation speed: vnpartydoc against pydantic models of the same shape.

Builds a corpus of resolution-sized documents as JSON bytes, then measures, in the same run and
interleaved so machine load hits all alike, documents per second for:

- the baseline: pydantic models of the same shape — the same fields, nesting and declared
  constraints as vnpartydoc's JSON Schema (patterns, lengths, enums, year ranges, the value
  types as strings with their schema patterns) — and no Python-level validators, validated with
  ``model_validate_json``;
- a plain baseline: the same fields, every one a plain ``str``/``int`` with no constraint at
  all (printed as ``ratio_plain``, for what the declared constraints themselves cost);
- vnpartydoc's model validation, ``Resolution.model_validate_json``: NFC and invisible
  characters checked for every text, every value type parsed (numbers, terms, dates,
  quantities), enums, patterns and the model's invariants — the ``ratio`` line;
- ``vnpartydoc.loads``, the file loader, which adds what pydantic's JSON parser cannot do:
  rejecting duplicate keys (a second parse, by jiter) and error locations — ``ratio_loads``.

Also runs the same corpus through ``check-jsonschema`` (one process over all files, so its start
up is paid once) as a second comparison.

    python benchmarks/validate.py [--docs 10000] [--no-check-jsonschema]

Last line: ``ratio=<vnpartydoc/baseline>`` (target ≥ 0.8).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

import vnpartydoc
from vnpartydoc.enums import BodyKind, TargetArea, TargetQualifier
from vnpartydoc.models import ID_PATTERN, NO_INVISIBLE_PATTERN, URL_PATTERN
from vnpartydoc.schema import schema_text
from vnpartydoc.types import DocumentNumber, PartialDate, Quantity, Term

GOAL = (
    "Nâng cao năng lực lãnh đạo của Đảng bộ và hiệu quả quản lý của chính quyền; phát huy dân "
    "chủ, kỷ cương; khai thác mạnh mẽ lợi thế so sánh của địa phương trong liên kết vùng và hội "
    "nhập quốc tế. Phấn đấu đến năm 2025 kinh tế {i} thuộc nhóm đầu khu vực Đồng bằng sông Cửu "
    "Long; đến năm 2030 đạt trên mức trung bình cả nước"
)
TARGETS = [
    ("Tốc độ tăng trưởng GRDP bình quân", "6,5–7", "%/năm"),
    ("GRDP bình quân đầu người", "70,4–72,2", "triệu đồng/người/năm"),
    ("Tổng vốn đầu tư toàn xã hội", "164.000–176.000", "tỷ đồng"),
    ("Kim ngạch xuất khẩu", "5,2", "tỷ USD"),
    ("Thu ngân sách từ kinh tế trên địa bàn", "41.303", "tỷ đồng"),
    ("Tỷ lệ đô thị hóa", "43", "%"),
    ("Tỷ lệ xã đạt chuẩn nông thôn mới", "75–80", "%"),
    ("Xã đạt chuẩn nông thôn mới nâng cao", "30–35", "xã"),
]


def make_document(i: int) -> dict[str, object]:
    """A resolution-sized document: goal, 8 targets, points, tasks, sources."""
    return {
        "type": "nghi-quyet",
        "id": f"nq-{i:05d}",
        "number": f"{i % 90 + 1:02d}-NQ/TU",
        "title": f"Nghị quyết Đại hội đại biểu Đảng bộ tỉnh số {i} lần thứ XI, nhiệm kỳ 2020 - 2025",
        "summary": "Về phương hướng, nhiệm vụ phát triển kinh tế - xã hội 5 năm 2020 – 2025",
        "issuer": {
            "organisation": "dang-bo-tinh-an-giang",
            "body": "congress",
            "name": "Đại hội đại biểu Đảng bộ tỉnh An Giang",
        },
        "place": "An Giang",
        "issued_on": "2020-09-25",
        "points": [
            {"label": f"Thứ {n}", "text": f"Nội dung điểm {n} của Nghị quyết “{i}”."}
            for n in ("nhất", "hai", "ba", "tư", "năm", "sáu")
        ],
        "sources": [{"url": f"https://example.org/nghi-quyet/{i}"}],
        "tags": ["đại hội", "An Giang"],
        "congress": "dai-hoi-an-giang-xi",
        "term": "2020 - 2025",
        "general_goal": {
            "text": GOAL.format(i=i),
            "milestones": [
                {"year": 2025, "text": "thuộc nhóm đầu khu vực Đồng bằng sông Cửu Long"},
                {"year": 2030, "text": "đạt trên mức trung bình cả nước"},
            ],
        },
        "targets": [
            {
                "indicator": ind,
                "value": value,
                "unit": unit,
                "deadline": 2025,
                "area": "economy",
                "sources": [{"url": "https://example.org/chi-tieu"}],
            }
            for ind, value, unit in TARGETS
        ],
        "tasks": [f"Nhiệm vụ trọng tâm thứ {n}" for n in range(1, 6)],
        "solutions": [f"Giải pháp chủ yếu thứ {n}" for n in range(1, 6)],
        "breakthroughs": [f"Khâu đột phá thứ {n}" for n in range(1, 4)],
    }


# ------------------------------------------- the plain baseline: plain str and int, no constraints


class _B(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BSource(_B):
    url: str | None = None
    document: str | None = None
    note: str | None = None


class BPoint(_B):
    label: str | None = None
    heading: str | None = None
    text: str


class BIssuer(_B):
    organisation: str
    body: str
    name: str | None = None


class BMilestone(_B):
    year: int
    text: str


class BGoal(_B):
    text: str
    milestones: list[BMilestone] = Field(default_factory=list)
    sources: list[BSource] = Field(default_factory=list)


class BTarget(_B):
    indicator: str
    value: str | None = None
    unit: str | None = None
    qualifier: str = "exact"
    deadline: int | None = None
    period: str | None = None
    area: str | None = None
    achieved: str | None = None
    printed: str | None = None
    sources: list[BSource] = Field(default_factory=list)


class BResolution(_B):
    type: str
    id: str
    number: str | None = None
    title: str
    summary: str | None = None
    issuer: BIssuer | None = None
    place: str | None = None
    issued_on: str | None = None
    points: list[BPoint] = Field(default_factory=list)
    sources: list[BSource] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    congress: str | None = None
    term: str | None = None
    general_goal: BGoal | None = None
    targets: list[BTarget] = Field(default_factory=list)
    tasks: list[str] = Field(default_factory=list)
    solutions: list[str] = Field(default_factory=list)
    breakthroughs: list[str] = Field(default_factory=list)


# ------------------------------------------------- the baseline: same schema, declared constraints

Text = Annotated[str, StringConstraints(min_length=1, pattern=NO_INVISIBLE_PATTERN)]
IdS = Annotated[str, StringConstraints(min_length=1, max_length=120, pattern=ID_PATTERN)]
UrlS = Annotated[str, StringConstraints(max_length=2000, pattern=URL_PATTERN)]
NumberS = Annotated[str, StringConstraints(pattern=DocumentNumber.JSON_PATTERN)]
TermS = Annotated[str, StringConstraints(pattern=Term.JSON_PATTERN)]
DateS = Annotated[str, StringConstraints(pattern=PartialDate.JSON_PATTERN)]
QuantityS = Annotated[str, StringConstraints(pattern=Quantity.JSON_PATTERN)] | float
YearS = Annotated[int, Field(ge=1900, le=2200)]


class _S(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class SSource(_S):
    url: UrlS | None = None
    document: IdS | None = None
    note: Text | None = None


class SPoint(_S):
    label: Text | None = None
    heading: Text | None = None
    text: Text


class SIssuer(_S):
    organisation: IdS
    body: BodyKind
    name: Text | None = None


class SMilestone(_S):
    year: YearS
    text: Text


class SGoal(_S):
    text: Text
    milestones: list[SMilestone] = Field(default_factory=list)
    sources: list[SSource] = Field(default_factory=list)


class STarget(_S):
    indicator: Text
    value: QuantityS | None = None
    unit: Text | None = None
    qualifier: TargetQualifier = TargetQualifier.EXACT
    deadline: YearS | None = None
    period: TermS | None = None
    area: TargetArea | None = None
    achieved: QuantityS | None = None
    printed: Text | None = None
    sources: list[SSource] = Field(default_factory=list)


class SResolution(_S):
    type: str
    id: IdS
    number: NumberS | None = None
    title: Text
    summary: Text | None = None
    issuer: SIssuer | None = None
    place: Text | None = None
    issued_on: DateS | None = None
    points: list[SPoint] = Field(default_factory=list)
    sources: list[SSource] = Field(default_factory=list)
    tags: list[Text] = Field(default_factory=list)
    congress: IdS | None = None
    term: TermS | None = None
    general_goal: SGoal | None = None
    targets: list[STarget] = Field(default_factory=list)
    tasks: list[Text] = Field(default_factory=list)
    solutions: list[Text] = Field(default_factory=list)
    breakthroughs: list[Text] = Field(default_factory=list)


def rates(funcs: dict[str, object], corpus: list[bytes], repeat: int) -> dict[str, float]:
    """Best documents-per-second of each function over ``repeat`` interleaved passes."""
    best = dict.fromkeys(funcs, float("inf"))
    for _ in range(repeat):
        for name, func in funcs.items():
            start = time.perf_counter()
            for item in corpus:
                func(item)  # type: ignore[operator]
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: len(corpus) / seconds for name, seconds in best.items()}


def check_jsonschema_rate(corpus: list[bytes]) -> float | None:
    """Documents per second through the check-jsonschema CLI, or None if it is missing."""
    exe = shutil.which("check-jsonschema") or str(
        Path(sys.executable).with_name("check-jsonschema")
    )
    if not Path(exe).exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        schema = folder / "schema.json"
        schema.write_text(schema_text(), encoding="utf-8")
        files = []
        for n, item in enumerate(corpus):
            path = folder / f"doc{n:05d}.json"
            path.write_bytes(item)
            files.append(str(path))
        start = time.perf_counter()
        done = subprocess.run(
            [exe, "--schemafile", str(schema), *files], check=False, capture_output=True, text=True
        )
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
            raise SystemExit("check-jsonschema rejected the corpus")
    return len(corpus) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-check-jsonschema", action="store_true")
    args = parser.parse_args()
    corpus = [json.dumps(make_document(i), ensure_ascii=False).encode() for i in range(args.docs)]
    size = sum(map(len, corpus)) / len(corpus)
    print(f"corpus: {len(corpus)} documents, {size:,.0f} bytes each on average")
    first = vnpartydoc.loads(corpus[0], "json")
    assert SResolution.model_validate_json(corpus[0]).id == first.id
    assert BResolution.model_validate_json(corpus[0]).id == first.id
    measured = rates(
        {
            "base": SResolution.model_validate_json,
            "plain": BResolution.model_validate_json,
            "model": vnpartydoc.Resolution.model_validate_json,
            "loads": lambda b: vnpartydoc.loads(b, "json"),
        },
        corpus,
        args.repeat,
    )
    base, plain, ours, loads = (measured[k] for k in ("base", "plain", "model", "loads"))
    print(f"baseline (same schema, declared constraints):   {base:,.0f} docs/s")
    print(f"plain baseline (plain str/int, no constraints): {plain:,.0f} docs/s")
    print(f"vnpartydoc Resolution.model_validate_json:      {ours:,.0f} docs/s")
    print(f"vnpartydoc.loads (+ duplicate keys, locations): {loads:,.0f} docs/s")
    if not args.no_check_jsonschema:
        cj = check_jsonschema_rate(corpus)
        if cj is not None:
            print(f"check-jsonschema (one process, all files):     {cj:,.0f} docs/s")
            print(f"vnpartydoc.loads/check-jsonschema={loads / cj:.1f}x")
    print(f"ratio_plain={ours / plain:.2f}")
    print(f"ratio_loads={loads / base:.2f}")
    print(f"ratio={ours / base:.2f}")


if __name__ == "__main__":
    main()
