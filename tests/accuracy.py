"""Accuracy against the hand-written references, with floors that only go up.

Runs the pipeline in-process on the seed and dev references the way
../shared/tools/measure.py feeds them (each reference's `_input`: path and the
`published_at`/`outlet` a crawler would pass) and scores with ../shared/tools/score.py.
`python -m tests.accuracy --update` raises the floors in tests/accuracy_floor.json to
the current figures; lowering one needs --allow-lower (and a sentence in the commit).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from extractor.api import extract
from extractor.errors import DocumentError
from extractor.options import Options

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOORS = Path(__file__).resolve().parent / "accuracy_floor.json"
SETS = {"seeds": SHARED / "spec" / "expected", "dev": SHARED / "spec" / "dev"}
# Figures where higher is better; span_errors and boilerplate_leaks are ceilings.
CEILINGS = ("span_errors", "boilerplate_leaks", "docs_missing")


def _input_path(gold: dict[str, Any]) -> Path:
    rel = (gold.get("_input") or {}).get("path") or (gold.get("source") or {}).get("path")
    path = SHARED / rel
    return path if path.exists() else SHARED / "seeds" / Path(rel).name


def predict(gold: dict[str, Any], doc_id: str) -> dict[str, Any]:
    spec = gold.get("_input") or {}
    opts = Options(**{k: spec[k] for k in ("published_at", "outlet", "title", "url") if spec.get(k)})
    try:
        return extract(_input_path(gold).read_bytes(), doc_id=doc_id, options=opts).model_dump(mode="json")
    except DocumentError as e:
        return {"doc_id": doc_id, "error": {"kind": e.kind, "message": e.message}}


def measure(name: str) -> dict[str, float]:
    sys.path.insert(0, str(SHARED / "tools"))
    import score  # type: ignore[import-not-found]

    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(SETS[name].glob("*.json"))}
    preds = {doc_id: predict(gold, doc_id) for doc_id, gold in golds.items()}
    summary = score.score(preds, golds)["summary"]
    return {k: round(float(v), 4) for k, v in summary.items() if k != "docs"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="raise the floors to the current figures")
    ap.add_argument("--allow-lower", action="store_true", help="with --update: also lower floors")
    a = ap.parse_args(argv)
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    for name in SETS:
        got = measure(name)
        old = floors.get(name, {})
        new = {}
        for key, value in got.items():
            prev = old.get(key)
            worse = prev is not None and ((value > prev) if key in CEILINGS else (value < prev))
            keep_old = worse and not a.allow_lower
            new[key] = prev if keep_old else value
            flag = " (below floor)" if worse else ""
            print(f"{name:5s} {key:32s} {value:8.4f}  floor {prev}{flag}")
        floors[name] = new
    if a.update:
        FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
