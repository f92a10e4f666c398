"""Extraction speed on 5 KB articles, one core.

Builds articles of 5 KB from the labelled corpus (each text repeated, then cut at the last line
break before 5,000 bytes of UTF-8), pins the process to one CPU, extracts every article once
to warm up (compiled patterns, data files), then runs rounds of whole ``extract()`` calls, one
per article, for a few seconds (at least five rounds).

Each round is timed twice: by the wall clock and by the CPU time of this process. On a machine
shared with other jobs the wall clock also counts the time the core spends on them, so the
rates printed are the best and median round by each clock, and the last line,
``articles_per_s=<n>``, is the median round by CPU time: what one core does for extraction.
On an idle machine both clocks agree.

Usage: ``python benchmarks/extract_speed.py [SECONDS]`` (default 5).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from vnpartydoc.extract import extract

ROOT = Path(__file__).resolve().parent.parent
SIZE = 5_000
MIN_ROUNDS = 5


def articles() -> list[str]:
    out = []
    for path in sorted((ROOT / "tests" / "extract_corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        while len(text.encode("utf-8")) < SIZE:
            text += "\n\n" + text
        data = text.encode("utf-8")[:SIZE].decode("utf-8", errors="ignore")
        cut = data.rfind("\n")
        out.append(data[:cut] if cut > len(data) // 2 else data)
    return out


def pin_to_one_cpu() -> str:
    """Run on one CPU only (the first one allowed); say which, or why not."""
    if not hasattr(os, "sched_setaffinity"):
        return "cpu=unpinned (no sched_setaffinity here)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"cpu={cpu}"


def main(argv: list[str]) -> int:
    seconds = float(argv[0]) if argv else 5.0
    where = pin_to_one_cpu()
    texts = articles()
    for text in texts:  # warm up
        extract(text)
    wall: list[float] = []
    cpu: list[float] = []
    start = time.perf_counter()
    while time.perf_counter() - start < seconds or len(wall) < MIN_ROUNDS:
        began, began_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            extract(text)
        wall.append(len(texts) / (time.perf_counter() - began))
        cpu.append(len(texts) / (time.process_time() - began_cpu))
    size = sum(len(t.encode("utf-8")) for t in texts) / len(texts)
    print(f"{where} rounds={len(wall)} articles={len(texts) * len(wall)} mean_bytes={size:.0f}")
    print(f"wall clock: best={max(wall):.0f} median={statistics.median(wall):.0f} articles/s")
    print(f"cpu time:   best={max(cpu):.0f} median={statistics.median(cpu):.0f} articles/s")
    print(f"articles_per_s={statistics.median(cpu):.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
