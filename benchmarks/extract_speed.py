"""Extraction speed on 5 KB articles, one core.

Builds articles of 5 KB from the labelled corpus (each text repeated, then cut at the last line
break before 5,000 bytes of UTF-8), extracts each of them repeatedly for a few seconds, and prints articles per second.
The last line is ``articles_per_s=<n>``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from vnpartydoc.extract import extract_partial

ROOT = Path(__file__).resolve().parent.parent
SIZE = 5_000


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


def main(argv: list[str]) -> int:
    seconds = float(argv[0]) if argv else 5.0
    texts = articles()
    for text in texts:  # warm caches (compiled patterns, data files)
        extract_partial(text)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text in texts:
            extract_partial(text)
        done += len(texts)
    elapsed = time.perf_counter() - start
    size = sum(len(t.encode("utf-8")) for t in texts) / len(texts)
    print(f"articles={done} seconds={elapsed:.2f} mean_bytes={size:.0f}")
    print(f"articles_per_s={done / elapsed:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
