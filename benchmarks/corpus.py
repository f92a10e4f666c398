"""Corpus validation at scale: ``vnpartydoc validate`` over 10,000, 20,000 and 40,000 records.

Generates, for each size, a corpus that grows as real ones do: more provinces, each with its
organisation, three congresses (so three committee terms), four officials with dated titles and
about ninety documents (numbered resolutions, directives, conclusions and plans, some stating
their term, signed by an official, linked to earlier documents) and articles about them. Every
record is a JSON file. It then times, in this process, what ``vnpartydoc validate FOLDER`` does:
loading every file (``load_corpus``) and the corpus rules (``check_corpus``), and prints both.

With ``--broken F`` a fraction F of the files is cut in half (an unparsable file): the run then
also shows how many issues land on other, healthy files (expected: none).

The corpus rules' cost per record must not grow with the corpus; the last line is
``scaling=<time at 40k / time at 10k>`` (target ≤ 4.4, linear within noise).

Usage::

    python benchmarks/corpus.py                      # 10k, 20k and 40k records
    python benchmarks/corpus.py --sizes 1000 2000 4000 --broken 0.01
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from vnpartydoc.corpus import load_corpus
from vnpartydoc.validation import check_corpus

if TYPE_CHECKING:
    from vnpartydoc.errors import Issue

PROVINCES = [
    "An Giang", "Bà Rịa – Vũng Tàu", "Bắc Giang", "Bắc Ninh", "Bến Tre", "Bình Định",
    "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
    "Hà Giang", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Khánh Hòa", "Kiên Giang", "Lạng Sơn",
    "Lào Cai", "Long An", "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Bình", "Quảng Nam",
    "Quảng Ngãi", "Quảng Ninh", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Yên Bái",
]  # fmt: skip
PEOPLE = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung"]
POSTS = ["Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Ủy viên"]
KINDS = [("nghi-quyet", "NQ", "Nghị quyết"), ("chi-thi", "CT", "Chỉ thị"),
         ("ket-luan", "KL", "Kết luận"), ("ke-hoach", "KH", "Kế hoạch")]  # fmt: skip
CONGRESSES = [(10, "2010 - 2015", "2010-10-18", "2010-10-20"),
              (11, "2015 - 2020", "2015-10-16", "2015-10-18"),
              (12, "2020 - 2025", "2020-10-14", "2020-10-16")]  # fmt: skip
PER_PROVINCE = 100  # 1 organisation, 3 congresses, 4 people, 92 documents and articles


def _ascii(text: str) -> str:
    from slugify import slugify

    return str(slugify(text))


def province_records(index: int, count: int) -> list[dict[str, object]]:
    """``count`` records (≤ 100) of one generated province: the organisation first."""
    name = PROVINCES[index % len(PROVINCES)]
    org = f"dang-bo-tinh-{_ascii(name)}-{index}"
    records: list[dict[str, object]] = [
        {"type": "to-chuc-dang", "id": org, "name": f"Đảng bộ tỉnh {name}",
         "committee": f"Tỉnh ủy {name}", "level": "province", "locality": name,
         "issuer_code": "TU"},
    ]  # fmt: skip
    for ordinal, term, opened, closed in CONGRESSES:
        records.append(
            {"type": "dai-hoi", "id": f"{org}-dai-hoi-{ordinal}", "organisation": org,
             "ordinal": ordinal, "term": term, "opened_on": opened, "closed_on": closed,
             "name": f"Đại hội đại biểu Đảng bộ tỉnh {name} lần thứ {ordinal}"}
        )  # fmt: skip
    people = [f"{org}-{_ascii(person)}" for person in PEOPLE]
    for person_id, person, post in zip(people, PEOPLE, POSTS, strict=True):
        records.append(
            {"type": "ca-nhan", "id": person_id, "name": person,
             "titles": [{"printed": f"{post} {name}", "post": post, "organisation": org,
                         "held_from": "2015-10-18"}]}
        )  # fmt: skip
    records.extend(_documents(org, name, people, PER_PROVINCE - len(records)))
    return records[:count]


def _documents(org: str, name: str, people: list[str], count: int) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for seq in range(1, count + 1):
        doc_id = f"{org}-van-ban-{seq}"
        year = 2016 + seq % 9
        issued = f"{year}-{seq % 12 + 1:02d}-{seq % 27 + 1:02d}"
        if seq % 10 == 0:  # an article about the last document
            docs.append(
                {"type": "bai-viet", "id": doc_id, "issued_on": issued,
                 "title": f"Quán triệt “văn bản số {seq - 1}” của Tỉnh ủy {name} – tin tổng hợp",
                 "authors": [people[seq % 4]], "about": [docs[-1]["id"]]}
            )  # fmt: skip
            continue
        if seq % 30 == 1:  # a resolution of the congress sitting then (found by its dates)
            ordinal, term, _, closed = CONGRESSES[seq // 30 % len(CONGRESSES)]
            docs.append(
                {"type": "nghi-quyet", "id": doc_id, "number": f"{seq // 30 + 1:02d}-NQ/ĐH",
                 "title": f"Nghị quyết Đại hội đại biểu Đảng bộ tỉnh {name} lần thứ {ordinal}",
                 "issuer": {"organisation": org, "body": "congress"}, "issued_on": closed,
                 "term": term}
            )  # fmt: skip
            continue
        kind, code, label = KINDS[seq % len(KINDS)]
        doc: dict[str, object] = {
            "type": kind, "id": doc_id, "number": f"{seq:02d}-{code}/TU",
            "title": f"{label} của Ban Thường vụ Tỉnh ủy {name} về công tác xây dựng Đảng",
            "issuer": {"organisation": org, "body": "standing-board",
                       "name": "Ban Thường vụ Tỉnh ủy"},
            "issued_on": issued,
            "signature": {"mode": "T/M", "on_behalf_of": "Ban Thường vụ", "post": "Bí thư",
                          "person": people[0], "name": PEOPLE[0]},
        }  # fmt: skip
        if seq % 3 == 0:
            doc["tenure"] = 11 if issued < "2020-10-17" else 12
        if seq > 4:
            doc["relations"] = [{"kind": "implements", "target": f"{org}-van-ban-{seq - 3}"}]
        docs.append(doc)
    return docs


def generate(size: int, folder: Path, *, broken: float, seed: int) -> int:
    """Write ``size`` records as JSON files under ``folder``; return how many were cut short."""
    rng = random.Random(seed)
    written = cut = 0
    province = 0
    while written < size:
        records = province_records(province, min(PER_PROVINCE, size - written))
        sub = folder / f"tinh-{province:04d}"
        sub.mkdir()
        for record in records:
            text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
            if rng.random() < broken:
                text, cut = text[: len(text) // 2], cut + 1
            (sub / f"{record['id']}.json").write_text(text, encoding="utf-8")
        written += len(records)
        province += 1
    return cut


def measure(sizes: list[int], *, broken: float, seed: int, repeat: int) -> list[float]:
    """Validate a generated corpus of each size; print each one's best run; return the totals.

    The runs alternate between the sizes (10k, 20k, 40k, 10k, …) so that other work on the
    machine slows all sizes alike, and the best of ``repeat`` runs counts.
    """
    with tempfile.TemporaryDirectory(prefix="vnpartydoc-corpus-") as tmp:
        folders = [Path(tmp) / str(size) for size in sizes]
        cut = []
        for size, folder in zip(sizes, folders, strict=True):
            folder.mkdir()
            cut.append(generate(size, folder, broken=broken, seed=seed))
        runs: list[list[tuple[float, float, list[Issue], list[Issue]]]] = [[] for _ in sizes]
        for _ in range(repeat):
            for folder, found in zip(folders, runs, strict=True):
                found.append(_validate(folder))
    totals = []
    for size, broken_count, found in zip(sizes, cut, runs, strict=True):
        load, rules, load_issues, issues = min(found, key=lambda run: run[0] + run[1])
        broken_files = {i.path for i in load_issues}
        elsewhere = sum(1 for i in issues if i.path not in broken_files)
        total = load + rules
        print(
            f"records={size} broken_files={broken_count} load={load:.2f}s rules={rules:.2f}s "
            f"total={total:.2f}s per_record={total / size * 1e3:.3f}ms "
            f"rules_per_record={rules / size * 1e6:.1f}us "
            f"issues={len(load_issues) + len(issues)} issues_on_healthy_files={elsewhere}",
            flush=True,
        )
        totals.append(total)
    return totals


def _validate(folder: Path) -> tuple[float, float, list[Issue], list[Issue]]:
    """What ``vnpartydoc validate FOLDER`` does: load every file, then the corpus rules."""
    gc.collect()  # start each run from the same heap: the previous corpus is garbage
    start = time.perf_counter()
    corpus, load_issues = load_corpus([folder])
    loaded = time.perf_counter()
    issues = check_corpus(corpus)
    done = time.perf_counter()
    return loaded - start, done - loaded, load_issues, issues


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; the last line printed is ``scaling=…``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    parser.add_argument("--broken", type=float, default=0.0, metavar="F")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best counts")
    args = parser.parse_args(argv)
    times = measure(args.sizes, broken=args.broken, seed=args.seed, repeat=args.repeat)
    print(f"scaling={times[-1] / times[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
