"""`make bench`: steady documents/s of the whole pipeline, and of the numeral layer.

How (../shared/PERFORMANCE.md): documents of 3-10 KB from ../shared/corpus and the
seeds, a few hundred of them, go through the command-line tool as a user runs it;
start-up (one document) is timed separately and taken off. The same texts are cut
with plain `jieba.lcut` in the same run, and the ratio is reported, since absolute
times move +-30% on this machine. Median of several runs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def corpus_texts(lo: int = 3_000, hi: int = 10_000) -> list[tuple[str, bytes]]:
    """(name, bytes) of every corpus text between lo and hi bytes, plus the seeds."""
    found = []
    for folder in ("seeds", "corpus/text", "corpus/dump", "corpus/excerpts"):
        for p in sorted((SHARED / folder).glob("*.txt")):
            data = p.read_bytes()
            if lo <= len(data) <= hi or folder == "seeds":
                found.append((f"{folder.replace('/', '_')}_{p.stem}", data))
    return found


def _run_cli(folder: Path, out: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "extractor", "extract", str(folder), "-o", str(out)], check=False,
                   capture_output=True)
    return time.perf_counter() - t0


def bench_pipeline(docs: list[tuple[str, bytes]], copies: int, runs: int) -> dict[str, float]:
    """Documents/s through the CLI, start-up taken off, and the same texts through jieba.lcut."""
    import jieba

    with tempfile.TemporaryDirectory() as tmp:
        many, one = Path(tmp) / "many", Path(tmp) / "one"
        many.mkdir()
        one.mkdir()
        for i in range(copies):
            for name, data in docs:
                (many / f"{i:03d}_{name}.txt").write_bytes(data)
        (one / "x.txt").write_bytes(docs[0][1])
        n = copies * len(docs)
        kb = copies * sum(len(d) for _, d in docs) / 1024
        startup = statistics.median(_run_cli(one, Path(tmp) / "o1.jsonl") for _ in range(runs))
        total = [_run_cli(many, Path(tmp) / "o.jsonl") for _ in range(runs)]
        steady = statistics.median(total) - startup
        errors = sum(1 for line in (Path(tmp) / "o.jsonl").read_text(encoding="utf-8").splitlines()
                     if json.loads(line).get("error"))
    texts = [d.decode("utf-8", errors="replace") for _, d in docs] * copies
    jieba.setLogLevel(60)
    jieba.initialize()
    lcut = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for t in texts:
            jieba.lcut(t)
        lcut.append(time.perf_counter() - t0)
    jieba_s = statistics.median(lcut)
    return {"documents": n, "kb": round(kb, 1), "errors": errors, "startup_s": round(startup, 3),
            "pipeline_docs_per_s": round(n / steady, 1), "pipeline_kb_per_s": round(kb / steady, 1),
            "jieba_lcut_docs_per_s": round(n / jieba_s, 1), "ratio_to_jieba_lcut": round(jieba_s / steady, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=5, help="copies of the corpus texts in the timed batch")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args(argv)
    if not SHARED.exists() or shutil.which("true") is None:
        print("bench needs ../shared (the corpus)")
        return 1
    docs = corpus_texts()
    print(f"pipeline over {len(docs)} texts x {a.copies} copies, median of {a.runs} runs")
    print(json.dumps(bench_pipeline(docs, a.copies, a.runs), ensure_ascii=False))
    try:
        from bench.numerals import bench_numerals
    except ImportError:
        return 0
    print("numeral layer (find_numbers + find_quantities + find_dates):")
    print(json.dumps(bench_numerals([d.decode("utf-8", errors="replace") for _, d in docs]), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
