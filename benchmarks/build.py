"""Build-time benchmark: the MkDocs plugin against plain MkDocs + Material on the same pages.

For each size N it generates N valid documents (resolutions with targets, directives, plans,
conclusions) of 35 Party organisations, then builds two sites, each in a fresh subprocess:

- **plugin**: ``mkdocs.yml`` with ``plugins: [search, vnpartydoc]`` over the YAML files;
- **plain**: the same pages pre-rendered to Markdown (with the same JSON files), built by plain
  MkDocs + Material with the same navigation (index pages only) and Markdown extensions.

It prints the wall time and the CPU time (user + system of the build process; each the best of
``--repeat`` runs, alternating the two builds, so that other work on the machine disturbs both
alike) and the peak memory (``ru_maxrss`` of the build process, the highest of the runs) of
each build, then the ratios of wall times (the measure first used), and, as its last line,
``ratio=<plugin/plain CPU time at the first size> scaling=<plugin CPU time at the second size /
at the first> memory_ratio=<plugin/plain peak memory, the higher of the two sizes>``. Targets: ratio
≤ 1.3 at N = 2,000, scaling ≤ 2.3 to 4,000, memory_ratio ≤ 1.3 at both sizes. Memory
and CPU times hardly depend on other load on the machine; wall times do. Pin the run to one
core (``taskset -c 1 python benchmarks/build.py``) and repeat it.

Usage::

    python benchmarks/build.py                 # N = 2000 and 4000
    python benchmarks/build.py --sizes 200 400 # a quick run
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from mkdocs.utils import nest_paths

from vnpartydoc import dump
from vnpartydoc.corpus import Corpus, load_corpus
from vnpartydoc.models import (
    Activity,
    Congress,
    Directive,
    Entities,
    GenericDocument,
    Goal,
    Issuer,
    Milestone,
    Organisation,
    Person,
    Plan,
    Point,
    Resolution,
    Signature,
    Source,
    Target,
    Title,
)
from vnpartydoc.render import RenderOptions, documents_index, render_site
from vnpartydoc.types import PartialDate
from vnpartydoc.validation import check_corpus

PROVINCES = (
    "An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Tĩnh", "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lâm Đồng",
    "Lạng Sơn", "Lào Cai", "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sơn La", "Tây Ninh", "Thái Nguyên", "Thanh Hóa", "Tuyên Quang",
    "Vĩnh Long", "Cần Thơ", "Đà Nẵng", "Hải Phòng", "Huế", "Hà Nội", "Thành phố Hồ Chí Minh",
)  # fmt: skip
PHRASES = (
    "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ",
    "phát huy dân chủ, kỷ cương, đoàn kết thống nhất trong Đảng",
    "khai thác mạnh mẽ lợi thế so sánh của địa phương trong liên kết vùng",
    "phát triển hài hòa giữa kinh tế với văn hóa, xã hội và bảo vệ môi trường",
    "nâng cao chất lượng cuộc sống của Nhân dân",
    "giữ vững quốc phòng, an ninh, trật tự an toàn xã hội",
    "đẩy mạnh chuyển đổi số, cải cách hành chính",
    "tập trung xây dựng kết cấu hạ tầng đồng bộ, hiện đại",
    "tăng cường công tác kiểm tra, giám sát, kỷ luật đảng",
    "học tập, quán triệt và triển khai thực hiện nghị quyết",
)
INDICATORS = (
    ("Tốc độ tăng trưởng GRDP bình quân", "6,5–7", "%/năm"),
    ("GRDP bình quân đầu người", "70,4–72,2", "triệu đồng/người/năm"),
    ("Tổng vốn đầu tư toàn xã hội", "164.000–176.000", "tỷ đồng"),
    ("Tỷ lệ đô thị hóa", "43", "%"),
    ("Tỷ lệ xã đạt chuẩn nông thôn mới", "75–80", "%"),
    ("Tỷ lệ hộ nghèo giảm bình quân", "1–1,5", "%/năm"),
)
ORDINAL_WORDS = ("Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu")
TERMS = ((10, "2015 - 2020", 2015), (11, "2020 - 2025", 2020))


def _text(rng: random.Random, sentences: int) -> str:
    return ". ".join(rng.choice(PHRASES) for _ in range(sentences)).capitalize() + "."


def _entities() -> Entities:
    central = Organisation(id="dcsvn", name="Đảng Cộng sản Việt Nam", level="central")
    orgs, congresses, people = [central], [], []
    for n, name in enumerate(PROVINCES):
        org = f"tinh-{n:02d}"
        orgs.append(
            Organisation(id=org, name=f"Đảng bộ tỉnh {name}", committee=f"Tỉnh ủy {name}",
                         level="province", locality=name, issuer_code="TU", parent="dcsvn")
        )  # fmt: skip
        for ordinal, term, start in TERMS:
            congresses.append(
                Congress(id=f"{org}-dh-{ordinal}", organisation=org, ordinal=ordinal, term=term,
                         opened_on=f"{start}-09-24", closed_on=f"{start}-09-25")
            )  # fmt: skip
        people.append(
            Person(id=f"bi-thu-{n:02d}", name=f"NGUYỄN VĂN {name.upper()}", titles=[
                Title(printed=f"Bí thư Tỉnh ủy {name}", post="Bí thư", organ="Tỉnh ủy",
                      organisation=org, held_from="2015-09-26")])
        )  # fmt: skip
    return Entities(type="danh-muc", organisations=orgs, congresses=congresses, people=people)


def _document(i: int, rng: random.Random, seq: dict[tuple[str, str, int], int]):
    n = i % len(PROVINCES)
    org, province = f"tinh-{n:02d}", PROVINCES[n]
    ordinal, term, start = TERMS[(i // len(PROVINCES)) % 2]
    kind = ("nghi-quyet", "chi-thi", "ke-hoach", "ket-luan")[(i // (2 * len(PROVINCES))) % 4]
    code = {"nghi-quyet": "NQ", "chi-thi": "CT", "ke-hoach": "KH", "ket-luan": "KL"}[kind]
    number = seq[(org, code, ordinal)] = seq.get((org, code, ordinal), 0) + 1
    issued = PartialDate.parse(f"{start + 1 + number % 4}-{1 + number % 12:02d}-{1 + i % 28:02d}")
    common = {
        "id": f"{kind}-{number:02d}-{code.lower()}-tu-{org}-{ordinal}",
        "number": f"{number:02d}-{code}/TU",
        "title": f"{_text(rng, 1)[:-1]} giai đoạn {term} ({province})",
        "summary": _text(rng, 2),
        "issuer": Issuer(organisation=org, body="standing-board", name=f"Ban Thường vụ Tỉnh ủy {province}"),
        "place": province,
        "issued_on": issued,
        "signature": Signature(mode="T/M", on_behalf_of="Ban Thường vụ", post="Bí thư",
                               person=f"bi-thu-{n:02d}"),
        "sources": [Source(url=f"https://tinhuy.example.vn/van-ban/{i}")],
        "tags": [province, f"nhiệm kỳ {term}"],
        "tenure": ordinal,
    }  # fmt: skip
    if kind == "nghi-quyet":
        return Resolution(
            type=kind, **common, term=term, horizon=start + 10,
            general_goal=Goal(text=_text(rng, 4), milestones=[
                Milestone(year=start + 5, text=_text(rng, 1)),
                Milestone(year=start + 10, text=_text(rng, 1))]),
            targets=[Target(indicator=ind, value=value, unit=unit, deadline=start + 5,
                            area="economy", printed=f"{ind} đạt {value} {unit}")
                     for ind, value, unit in INDICATORS],
            tasks=[_text(rng, 2) for _ in range(4)], solutions=[_text(rng, 2) for _ in range(3)],
            breakthroughs=[_text(rng, 1) for _ in range(3)],
        )  # fmt: skip
    points = [Point(label=w, text=_text(rng, 3)) for w in ORDINAL_WORDS[: 3 + i % 4]]
    if kind == "chi-thi":
        return Directive(type=kind, **common, points=points)
    if kind == "ke-hoach":
        return Plan(type=kind, **common, activities=[
            Activity(what=_text(rng, 1), lead="Ban Tuyên giáo Tỉnh ủy",
                     deadline=f"{issued.year + 1}-06") for _ in range(4)])  # fmt: skip
    return GenericDocument(type=kind, **common, points=points)


def generate(folder: Path, count: int) -> Corpus:
    """Write ``count`` valid documents and their entities to ``folder``; return the corpus."""
    rng, seq = random.Random(count), {}
    dump(_entities(), folder / "danh-muc.yaml")
    for i in range(count):
        doc = _document(i, rng, seq)
        dump(doc, folder / doc.type / f"{doc.id}.yaml")
    corpus, issues = load_corpus([folder])
    errors = [i for i in [*issues, *check_corpus(corpus)] if i.severity == "error"]
    if errors:
        raise SystemExit("generated documents are invalid:\n" + errors[0].format())
    return corpus


EXTENSIONS = ["attr_list", "tables", "md_in_html", "pymdownx.superfences"]
SUPERFENCES = {"custom_fences": [{"name": "mermaid", "class": "mermaid",
                                  "format": "!!python/name:pymdownx.superfences.fence_code_format"}]}  # fmt: skip


def _mkdocs_yml(extra: dict[str, object]) -> str:
    config = {"site_name": "Văn bản", "theme": {"name": "material", "language": "vi"},
              "markdown_extensions": [*EXTENSIONS[:3], {"pymdownx.superfences": SUPERFENCES}],
              **extra}  # fmt: skip
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    return text.replace("'!!python/name:pymdownx.superfences.fence_code_format'",
                        "!!python/name:pymdownx.superfences.fence_code_format")  # fmt: skip


def plugin_site(root: Path, documents: Path) -> Path:
    """A project building ``documents`` with the plugin."""
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Văn bản\n", encoding="utf-8")
    plugins = ["search", {"vnpartydoc": {"source_dirs": [str(documents)]}}]
    (root / "mkdocs.yml").write_text(_mkdocs_yml({"plugins": plugins}), encoding="utf-8")
    return root / "mkdocs.yml"


def plain_site(root: Path, corpus: Corpus) -> Path:
    """A project of the same pages pre-rendered, with a navigation of index pages only."""
    docs = root / "docs"
    (docs).mkdir(parents=True)
    (docs / "index.md").write_text("# Văn bản\n", encoding="utf-8")
    pages = render_site(corpus, RenderOptions(diagrams="mermaid"))  # as the plugin under Material
    for page in pages:
        _write(docs / page.path, page.markdown)
        if page.json_path and page.json_text is not None:
            _write(docs / page.json_path, page.json_text)
    _write(docs / "documents.json", documents_index(pages, corpus))
    nav = nest_paths(["index.md", *sorted(p.path for p in pages if p.in_nav)])
    (root / "mkdocs.yml").write_text(_mkdocs_yml({"nav": nav}), encoding="utf-8")
    return root / "mkdocs.yml"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


MEASURE = """
import json, resource, sys, time
start = time.perf_counter()
from mkdocs.__main__ import cli
try:
    cli(["build", "-q", "-f", sys.argv[1]], standalone_mode=False)
finally:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"seconds": time.perf_counter() - start,
                      "cpu": usage.ru_utime + usage.ru_stime,
                      "peak_mib": usage.ru_maxrss / 1024}))
"""


def measure(config: Path) -> dict[str, float]:
    """Build the project of ``config`` in a fresh process; return its time and peak memory."""
    run = subprocess.run(
        [sys.executable, "-c", MEASURE, str(config)], capture_output=True, text=True, check=False
    )
    if run.returncode != 0:
        raise SystemExit(f"build of {config} failed:\n{run.stderr[-3000:]}")
    result: dict[str, float] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[2000, 4000], metavar="N")
    parser.add_argument("--repeat", type=int, default=2, metavar="K", help="runs per build")
    args = parser.parse_args(argv)
    times: dict[tuple[str, int], float] = {}
    cpu: dict[tuple[str, int], float] = {}
    peaks: dict[tuple[str, int], float] = {}
    with tempfile.TemporaryDirectory(prefix="vnpartydoc-bench-") as tmp:
        for n in args.sizes:
            corpus = generate(Path(tmp, str(n), "documents"), n)
            configs = {
                "plugin": plugin_site(Path(tmp, str(n), "plugin"), Path(tmp, str(n), "documents")),
                "plain": plain_site(Path(tmp, str(n), "plain"), corpus),
            }
            runs = {name: [measure(config)] for name, config in configs.items()}
            for _ in range(args.repeat - 1):
                for name, config in configs.items():
                    runs[name].append(measure(config))
            for name, results in runs.items():
                times[name, n] = min(r["seconds"] for r in results)
                cpu[name, n] = min(r["cpu"] for r in results)
                peaks[name, n] = max(r["peak_mib"] for r in results)
                print(f"N={n} {name:6s} time={times[name, n]:.2f}s cpu={cpu[name, n]:.2f}s "
                      f"(best of {len(results)}) peak={peaks[name, n]:.0f}MiB", flush=True)  # fmt: skip
            print(f"N={n} memory plugin/plain={peaks['plugin', n] / peaks['plain', n]:.2f}",
                  flush=True)  # fmt: skip
    first, second = args.sizes
    # Wall-clock figures, the first measure: on a busy machine they mostly measure the load.
    wall_ratio = times["plugin", first] / times["plain", first]
    wall_scaling = times["plugin", second] / times["plugin", first]
    print(f"wall-clock: ratio={wall_ratio:.2f} scaling={wall_scaling:.2f}")
    # CPU time of the build process (user + system): the build is single-threaded, so on an
    # idle machine it is the wall time, and other work on the machine hardly changes it.
    ratio = cpu["plugin", first] / cpu["plain", first]
    scaling = cpu["plugin", second] / cpu["plugin", first]
    memory_ratio = max(peaks["plugin", n] / peaks["plain", n] for n in args.sizes)
    print(f"ratio={ratio:.2f} scaling={scaling:.2f} memory_ratio={memory_ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
