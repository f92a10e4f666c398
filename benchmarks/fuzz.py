"""Time-boxed fuzzing of the loaders and the extractor: nothing may escape but our own errors.

Every input is fed to ``loads(data, "json")``, ``loads(data, "yaml")`` and ``extract`` (on the
input decoded as UTF-8). A *crash* is any exception that is not a ``VnPartyDocError``, a record
that changes when dumped and loaded again (JSON or YAML), or an input that kills or hangs the
fuzzing process (a timeout, running out of memory, a signal). Crashing inputs are saved for
replay.

Engines: ``atheris`` (coverage-guided libFuzzer over the instrumented ``vnpartydoc`` and
``yaml`` code; ``pip install atheris``) when it is installed, otherwise ``random``, a seeded
mutation fuzzer. Both start from the example records, the hostile corpus and the extractor's
labelled texts.

    python benchmarks/fuzz.py [--seconds 300] [--engine atheris|random] [--seed N]
                              [--targets loaders,extract|loaders|extract]
    python benchmarks/fuzz.py --replay CRASH_FILE

Prints progress, the cases tried per target, and as its last line ``crashes=<n>``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED_DIRS = [ROOT / "examples", ROOT / "tests" / "hostile", ROOT / "tests" / "extract_corpus"]
SEED_SUFFIXES = {".yaml", ".yml", ".json", ".txt"}
MAX_LEN = 4096
CHILD_TIMEOUT = 30  # seconds one input may take before libFuzzer calls it a hang
TOKENS = [
    b"\n  ", b": ", b"- ", b"&a ", b"*a", b"!!python/object:os.system ", b"<<: ", b"{", b"}",
    b"[", b"]", b"'", b'"', b"\t", b"\xff", b"\xc3", b"\xe2\x80\x8b", b"\xe2\x80\xae", b"\x00",
    b"1e400", b"1e-400", b"-0", b"NaN", b".inf", b"~", b"? ", b"%YAML 1.1\n", b"---\n",
    b"\r\n", b"\xef\xbb\xbf", b"\xcc\x81", b"\xc2\x85", b"2025 - 2020", b"31/2/2021", b"0",
    b"../", b"<script>", b'"type": "nghi-quyet"', b"type: dai-hoi\n", b"ordinal: XI\n",
    b"\\u0000", b"\\ud800", b"6,5\xe2\x80\x937", b"-1\xe2\x80\x930", b"S\xe1\xbb\x91: 01-NQ/TU",
    b"ng\xc3\xa0y 25 th\xc3\xa1ng 9 n\xc4\x83m 2020", b"nhi\xe1\xbb\x87m k\xe1\xbb\xb3 ",
]  # fmt: skip


class Stats:
    """Counts of one fuzzing process, written to a JSON file the parent reads."""

    def __init__(self, path: Path, crashes_dir: Path) -> None:
        self.path = path
        self.crashes_dir = crashes_dir
        self.cases = 0
        self.loaded = {"json": 0, "yaml": 0}
        self.extracted = 0
        self.crashes: list[dict[str, str]] = []
        self._written = 0.0

    def crash(self, data: bytes, target: str, error: str) -> None:
        """Record a crashing input; the first three of each kind are saved for replay."""
        signature = crash_signature(target, error)
        same = sum(c["signature"] == signature for c in self.crashes)
        name = ""
        if same < 3:
            self.crashes_dir.mkdir(parents=True, exist_ok=True)
            name = f"crash-{target}-{len(self.crashes):03d}-{os.getpid()}.bin"
            (self.crashes_dir / name).write_bytes(data)
        entry = {"target": target, "signature": signature, "file": name, "error": error[-2000:]}
        self.crashes.append(entry)
        self.write(force=True)

    def write(self, *, force: bool = False) -> None:
        """Write the counts (at most every two seconds unless forced)."""
        now = time.monotonic()
        if not force and now - self._written < 2:
            return
        self._written = now
        state = {
            "cases": self.cases,
            "loaded": self.loaded,
            "extracted": self.extracted,
            "crashes": self.crashes,
        }
        self.path.write_text(json.dumps(state), encoding="utf-8")


def crash_signature(target: str, error: str) -> str:
    """Target, exception type and the innermost vnpartydoc line: one per bug, not per input."""
    kind = error.strip().splitlines()[-1].split(":")[0][:80]
    frames = re.findall(r'File "([^"]+)", line (\d+)', error)
    ours = [(f, n) for f, n in frames if "/vnpartydoc/" in f] or frames
    where = f" at {ours[-1][0].split('/vnpartydoc/')[-1]}:{ours[-1][1]}" if ours else ""
    return f"{target}: {kind}{where}"


def make_target(stats: Stats, targets: tuple[str, ...] = ("loaders", "extract")) -> Any:
    """The function every input goes through; it records crashes instead of raising."""
    from vnpartydoc.errors import VnPartyDocError
    from vnpartydoc.extract import extract
    from vnpartydoc.serialization import dumps, loads

    def one(data: bytes) -> None:
        stats.cases += 1
        for fmt in ("json", "yaml") if "loaders" in targets else ():
            try:
                record = loads(data, fmt)  # type: ignore[arg-type]
            except VnPartyDocError:
                continue
            except Exception:
                stats.crash(data, f"loads-{fmt}", traceback.format_exc())
                continue
            stats.loaded[fmt] += 1
            for out in ("json", "yaml"):
                try:
                    again = loads(dumps(record, out), out)  # type: ignore[arg-type]
                except Exception:
                    stats.crash(data, f"roundtrip-{fmt}-{out}", traceback.format_exc())
                    continue
                if again != record:
                    stats.crash(data, f"roundtrip-{fmt}-{out}", f"{record!r}\n!=\n{again!r}")
        if "extract" in targets:
            try:
                extract(data.decode("utf-8", errors="replace"))
                stats.extracted += 1
            except VnPartyDocError:
                pass
            except Exception:
                stats.crash(data, "extract", traceback.format_exc())
        stats.write()

    return one


def seeds() -> list[bytes]:
    """Example records, hostile cases and extractor texts that take under 0.1 s each.

    The slow hostile cases (deep nesting, alias bombs) are covered by the tests; as seeds they
    would only slow every mutation of them down.
    """
    stats = Stats(Path(tempfile.mkdtemp()) / "stats.json", Path(tempfile.mkdtemp()))
    one = make_target(stats)
    found = []
    for folder in SEED_DIRS:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in SEED_SUFFIXES and path.stat().st_size <= MAX_LEN:
                data = path.read_bytes()
                started = time.process_time()
                one(data)
                if time.process_time() - started < 0.1:
                    found.append(data)
    return found


# ----------------------------------------------------------------------------------- engines


def run_atheris(one: Any, seconds: float, corpus: Path, finish: Any) -> None:
    import atheris

    deadline = time.monotonic() + seconds

    def test_one_input(data: bytes) -> None:
        if time.monotonic() > deadline:
            finish()
            os._exit(0)  # libFuzzer has no clean stop; the counts are written
        one(data)

    argv = [
        sys.argv[0],
        str(corpus),
        f"-max_len={MAX_LEN}",
        f"-timeout={CHILD_TIMEOUT}",
        "-rss_limit_mb=4096",
        f"-max_total_time={int(seconds) + 30}",
        f"-artifact_prefix={corpus.parent}/libfuzzer-",
        "-print_final_stats=0",
        "-close_fd_mask=1",
    ]
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


def mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randrange(1, 9)):
        at = rng.randrange(len(out) + 1)
        action = rng.randrange(6)
        if action == 0:
            del out[at : at + rng.randrange(1, 64)]
        elif action == 1:
            out[at:at] = rng.choice(TOKENS)
        elif action == 2 and out:
            out[min(at, len(out) - 1)] = rng.randrange(256)
        elif action == 3:
            out[at:at] = out[rng.randrange(len(out) + 1) :][: rng.randrange(1, 128)]
        elif action == 4:
            other = rng.choice(pool)
            start = rng.randrange(len(other) + 1)
            out[at:] = other[start : start + rng.randrange(1, 512)]
        else:
            out[at:at] = bytes([rng.randrange(32, 127)]) * rng.randrange(1, 300)
    return bytes(out[:MAX_LEN])


def run_random(one: Any, seconds: float, seed: int) -> None:
    rng = random.Random(seed)
    pool = seeds()
    deadline = time.monotonic() + seconds
    for data in pool:
        one(data)
    while time.monotonic() < deadline:
        data = mutate(rng, rng.choice(pool), pool)
        one(data)
        if rng.random() < 0.01:
            pool.append(data)


# ------------------------------------------------------------------------------------- driver


def child(args: argparse.Namespace) -> None:
    stats = Stats(Path(args.stats), Path(args.crashes_dir))
    if args.engine == "atheris":
        import atheris

        with atheris.instrument_imports(include=["vnpartydoc", "yaml"]):
            one = make_target(stats, tuple(args.targets.split(",")))
            import vnpartydoc.extract
            import vnpartydoc.serialization  # noqa: F401
        try:
            run_atheris(one, args.seconds, Path(args.corpus), lambda: stats.write(force=True))
        finally:
            stats.write(force=True)
    else:
        one = make_target(stats, tuple(args.targets.split(",")))
        try:
            run_random(one, args.seconds, args.seed)
        finally:
            stats.write(force=True)


def parent(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="vnpartydoc-fuzz-"))
    crashes_dir = Path(args.crashes_dir) if args.crashes_dir else work / "crashes"
    corpus = work / "corpus"
    corpus.mkdir()
    for i, data in enumerate(seeds()):
        (corpus / f"seed-{i:04d}").write_bytes(data)
    started = time.monotonic()
    totals: dict[str, Any] = {"cases": 0, "json": 0, "yaml": 0, "extracted": 0, "crashes": []}
    runs = 0
    seeded = len(list(corpus.iterdir()))
    print(f"engine={args.engine} targets={args.targets} seconds={args.seconds} seeds={seeded}")
    while (left := args.seconds - (time.monotonic() - started)) > 1:
        runs += 1
        stats_file = work / f"stats-{runs}.json"
        command = [
            sys.executable, __file__, "--child", "--engine", args.engine, "--seconds", str(left),
            "--seed", str(args.seed + runs), "--stats", str(stats_file),
            "--crashes-dir", str(crashes_dir), "--corpus", str(corpus), "--targets", args.targets,
        ]  # fmt: skip
        try:
            result = subprocess.run(
                command,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                check=False,
                timeout=left + 120,
            )
        except subprocess.TimeoutExpired as exc:  # the random engine has no hang detection
            result = subprocess.CompletedProcess(command, -9, b"", exc.stderr or b"hung")
        state = json.loads(stats_file.read_text("utf-8")) if stats_file.exists() else {}
        totals["cases"] += state.get("cases", 0)
        totals["json"] += state.get("loaded", {}).get("json", 0)
        totals["yaml"] += state.get("loaded", {}).get("yaml", 0)
        totals["extracted"] += state.get("extracted", 0)
        totals["crashes"] += state.get("crashes", [])
        if result.returncode != 0:
            tail = result.stderr.decode("utf-8", errors="replace")[-1500:]
            for artifact in work.glob("libfuzzer-*"):
                crashes_dir.mkdir(parents=True, exist_ok=True)
                shutil.move(str(artifact), crashes_dir / artifact.name)
            error = f"exit {result.returncode}: {tail}"
            signature = f"process: exit {result.returncode}"
            totals["crashes"].append(
                {"target": "process", "signature": signature, "file": "", "error": error}
            )
            print(f"run {runs}: the fuzzing process died (exit {result.returncode}); restarting")
        print(f"run {runs}: {state.get('cases', 0):,} cases, {time.monotonic() - started:.0f} s")
    elapsed = time.monotonic() - started
    kinds: dict[str, list[dict[str, str]]] = {}
    for crash in totals["crashes"]:
        kinds.setdefault(crash["signature"], []).append(crash)
    for signature, crashes in kinds.items():
        files = ", ".join(c["file"] for c in crashes if c["file"])
        print(f"CRASH x{len(crashes)} {signature}\n  saved: {files}\n{crashes[0]['error']}")
    if totals["crashes"]:
        print(f"crashing inputs saved in {crashes_dir}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    rate = totals["cases"] / elapsed if elapsed else 0.0
    print(
        f"cases={totals['cases']:,} ({rate:,.0f}/s) in {elapsed:.0f} s; loaded as JSON "
        f"{totals['json']:,}, as YAML {totals['yaml']:,}; extract found records in "
        f"{totals['extracted']:,}; distinct crashes {len(kinds)}"
    )
    print(f"crashes={len(totals['crashes'])}")
    return 1 if totals["crashes"] else 0


def replay(path: Path) -> int:
    stats = Stats(Path(tempfile.mkdtemp()) / "stats.json", Path(tempfile.mkdtemp()))
    make_target(stats)(path.read_bytes())
    for crash in stats.crashes:
        print(f"CRASH {crash['target']}\n{crash['error']}")
    print(f"crashes={len(stats.crashes)}")
    return 1 if stats.crashes else 0


def main() -> int:
    try:
        import atheris  # noqa: F401

        default_engine = "atheris"
    except ImportError:
        default_engine = "random"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=300.0, help="fuzzing time (default 300)")
    parser.add_argument("--engine", choices=("atheris", "random"), default=default_engine)
    parser.add_argument("--seed", type=int, default=20201025, help="seed of the random engine")
    parser.add_argument("--crashes-dir", default="", help="where crashing inputs are saved")
    parser.add_argument(
        "--targets",
        choices=("loaders,extract", "loaders", "extract"),
        default="loaders,extract",
        help="what to fuzz (default: both)",
    )
    parser.add_argument("--replay", type=Path, metavar="FILE", help="run one saved input")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--stats", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.replay is not None:
        return replay(args.replay)
    if args.child:
        child(args)
        return 0
    return parent(args)


if __name__ == "__main__":
    sys.exit(main())
