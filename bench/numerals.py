"""Throughput of the numeral layer: find_numbers + find_quantities + find_dates, in KB/s.

usage: .venv/bin/python -m bench.numerals [--runs N]

Texts: ../shared/seeds, ../shared/corpus/text and ../shared/corpus/dump (*.txt), read as
UTF-8. KB are UTF-8 kilobytes of input. Each stage is timed separately over all texts
(best of N runs, after one warm-up call that loads the resources), and the combined
figure is total bytes over the summed stage times. Target: >= 500 KB/s combined.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOLDERS = ("seeds", "corpus/text", "corpus/dump")
REFERENCE = "2024-02-23T00:00:00+08:00"


def load_texts(shared: Path = SHARED) -> list[str]:
    """The benchmark texts (seeds, corpus text and dump), in sorted path order."""
    out = []
    for folder in FOLDERS:
        for p in sorted((shared / folder).glob("*.txt")):
            out.append(p.read_bytes().decode("utf-8", errors="replace"))
    return out


def _time(fn: Callable[[str], object], texts: Sequence[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return best


def bench_numerals(texts: Sequence[str], runs: int = 3) -> dict[str, float]:
    """KB/s of each numeral stage and of the three together, plus counts of what they found."""
    from extractor.dates import find_dates
    from extractor.numbers import find_numbers
    from extractor.units import find_quantities

    stages: dict[str, Callable[[str], object]] = {
        "find_numbers": find_numbers,
        "find_quantities": find_quantities,
        "find_dates": lambda t: find_dates(t, REFERENCE),
    }
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    result: dict[str, float] = {"texts": float(len(texts)), "kb": round(kb, 1)}
    total = 0.0
    for name, fn in stages.items():
        fn(texts[0] if texts else "")  # warm-up: resources load once
        secs = _time(fn, texts, runs)
        total += secs
        result[f"{name}_kb_s"] = round(kb / secs, 1) if secs else float("inf")
    result["combined_kb_s"] = round(kb / total, 1) if total else float("inf")
    result["numbers"] = float(sum(len(find_numbers(t)) for t in texts))
    result["quantities"] = float(sum(len(find_quantities(t)) for t in texts))
    result["dates"] = float(sum(len(find_dates(t, REFERENCE)) for t in texts))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="timed runs per stage (best is kept)")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    texts = load_texts()
    if not texts:
        print(f"no texts under {SHARED}", file=sys.stderr)
        return 1
    print(json.dumps(bench_numerals(texts, a.runs), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
