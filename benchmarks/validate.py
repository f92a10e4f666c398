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
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model

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


# ------------------------------------------------------------- the baselines: one shape, two typings

PLAIN = {
    "text": str, "id": str, "url": str, "number": str, "term": str, "date": str,
    "quantity": str, "year": int, "body": str, "area": str, "qualifier": str,
}  # fmt: skip
"""The plain baseline: every field a plain str or int, no constraint at all."""
DECLARED = {
    "text": Annotated[str, StringConstraints(min_length=1, pattern=NO_INVISIBLE_PATTERN)],
    "id": Annotated[str, StringConstraints(min_length=1, max_length=120, pattern=ID_PATTERN)],
    "url": Annotated[str, StringConstraints(max_length=2000, pattern=URL_PATTERN)],
    "number": Annotated[str, StringConstraints(pattern=DocumentNumber.JSON_PATTERN)],
    "term": Annotated[str, StringConstraints(pattern=Term.JSON_PATTERN)],
    "date": Annotated[str, StringConstraints(pattern=PartialDate.JSON_PATTERN)],
    "quantity": Annotated[str, StringConstraints(pattern=Quantity.JSON_PATTERN)] | float,
    "year": Annotated[int, Field(ge=1900, le=2200)],
    "body": BodyKind,
    "area": TargetArea,
    "qualifier": TargetQualifier,
}
"""The baseline: the constraints vnpartydoc's JSON Schema declares, no Python validators."""


def resolution_model(types: dict[str, Any], config: ConfigDict) -> type[BaseModel]:
    """A pydantic model of the benchmark resolution's shape with the field types of ``types``."""

    def model(model_name: str, /, **fields: Any) -> type[BaseModel]:
        return create_model(model_name, __config__=config, **fields)

    def opt(kind: str) -> Any:
        return (types[kind] | None, None)

    def many(item: Any) -> Any:
        return (list[item], Field(default_factory=list))

    source = model("Source", url=opt("url"), document=opt("id"), note=opt("text"))
    point = model("Point", label=opt("text"), heading=opt("text"), text=(types["text"], ...))
    issuer = model(
        "Issuer", organisation=(types["id"], ...), body=(types["body"], ...), name=opt("text")
    )
    milestone = model("Milestone", year=(types["year"], ...), text=(types["text"], ...))
    goal = model(
        "Goal", text=(types["text"], ...), milestones=many(milestone), sources=many(source)
    )
    target = model(
        "Target",
        indicator=(types["text"], ...),
        value=opt("quantity"),
        unit=opt("text"),
        qualifier=(types["qualifier"], "exact"),
        deadline=opt("year"),
        period=opt("term"),
        area=opt("area"),
        achieved=opt("quantity"),
        printed=opt("text"),
        sources=many(source),
    )
    return model(
        "Resolution",
        type=(str, ...),
        id=(types["id"], ...),
        number=opt("number"),
        title=(types["text"], ...),
        summary=opt("text"),
        issuer=(issuer | None, None),
        place=opt("text"),
        issued_on=opt("date"),
        points=many(point),
        sources=many(source),
        tags=many(types["text"]),
        congress=opt("id"),
        term=opt("term"),
        general_goal=(goal | None, None),
        targets=many(target),
        tasks=many(types["text"]),
        solutions=many(types["text"]),
        breakthroughs=many(types["text"]),
    )


BResolution = resolution_model(PLAIN, ConfigDict(extra="forbid", frozen=True))
SResolution = resolution_model(
    DECLARED, ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)
)


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
