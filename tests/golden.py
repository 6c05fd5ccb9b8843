"""Golden files for whole articles: samples/<doc_id>.expected.json beside each input.

`make golden` (python -m tests.golden --write) rewrites them; tests/test_samples.py
compares and prints a unified diff. Golden files record what the code does now;
accuracy against the hand-written references is measured by ../shared/tools/score.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extractor.api import extract_batch
from extractor.models import Article, ErrorRecord

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
INPUT_SUFFIXES = (".txt", ".html", ".htm")


def sample_inputs(folder: Path = SAMPLES) -> list[Path]:
    """Every regression input in samples/, sorted."""
    return sorted(p for p in folder.iterdir() if p.suffix in INPUT_SUFFIXES)


def render(record: Article | ErrorRecord) -> str:
    """Readable, stable JSON: sorted keys, Chinese unescaped, source.path relative."""
    data = record.model_dump(mode="json")
    if data.get("source") and data["source"].get("path"):
        data["source"]["path"] = Path(data["source"]["path"]).name
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def expected_path(path: Path) -> Path:
    return path.with_name(path.stem + ".expected.json")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="rewrite samples/*.expected.json")
    args = ap.parse_args(argv)
    inputs = sample_inputs()
    changed = 0
    for path, record in zip(inputs, extract_batch(inputs)):
        text = render(record)
        target = expected_path(path)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            changed += 1
            if args.write:
                target.write_text(text, encoding="utf-8")
            print(f"{'wrote' if args.write else 'differs'}: {target.name}")
    print(f"{len(inputs)} samples, {changed} changed")
    return 0 if args.write or not changed else 1


if __name__ == "__main__":
    sys.exit(main())
