"""Score metrics.find_metrics alone against the reference files (no cleaner, no header stage).

usage: .venv/bin/python tests/metric_harness.py [seeds|dev|all] [--oracle-quantities] [--gold-dates]
       [--errors] [--doc DOC_ID]

Builds MetricContext from each reference (body = "\\n".join(paragraphs), its published_at and
title), runs find_metrics and scores with ../shared/tools/score.py. --oracle-quantities feeds the
references' own mentions in place of the numeral layer (to measure attribute logic alone);
--gold-dates feeds the references' dates in place of dates.find_dates, --gold-slogans their
slogans in place of slogans.find_slogans. --errors lists the
misses, the false rows and the attribute mismatches.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(SHARED / "tools"))

try:
    import score  # noqa: E402  (../shared/tools/score.py; absent outside the project's workspace)
except ImportError:  # pragma: no cover
    score = None  # type: ignore[assignment]

from extractor import dates as dates_mod  # noqa: E402
from extractor import metrics  # noqa: E402
from extractor.dates import DateFound  # noqa: E402

SETS = {"seeds": SHARED / "spec" / "expected", "dev": SHARED / "spec" / "dev"}


def load(which: str) -> dict[str, dict]:
    dirs = list(SETS.values()) if which == "all" else [SETS[which]]
    out = {}
    for d in dirs:
        for p in sorted(d.glob("*.json")):
            out[p.stem] = json.loads(p.read_text(encoding="utf-8"))
    return out


def oracle_quantities(gold: dict) -> list[metrics.Quantity]:
    out = []
    for m in gold["metrics"]:
        if m["unit"] == "位" or m["mention"].replace(".", "").isdigit():
            continue  # ranks and ratio parts are found by metrics.py itself
        n = m.get("normalized")
        s, e = m["span"]
        out.append(metrics.Quantity(
            s, e, m["mention"], abs(Decimal(str(m["value"]))), m["unit"],
            (abs(Decimal(str(n["value"]))), n["unit"]) if n else None,
            m["comparator"] if m["comparator"] != "=" else "=", "quantity"))
    return out


def context_for(gold: dict, gold_dates: bool, gold_slogans: bool = False) -> metrics.MetricContext:
    body = "\n".join(gold["paragraphs"])
    if gold_dates:
        found = tuple(DateFound(d["text"], d["span"][0], d["span"][1], d["value"]) for d in gold.get("dates", []))
    else:
        found = tuple(dates_mod.find_dates(body, gold.get("published_at")))
    spans = []
    if not gold_slogans:
        from extractor import slogans as slogans_mod

        found_slogans = slogans_mod.find_slogans(body)
        return metrics.MetricContext(body=body, paragraphs=tuple(gold["paragraphs"]),
                                     published_at=gold.get("published_at"), title=gold.get("title"), dates=found,
                                     slogan_spans=tuple(tuple(x.span) for x in found_slogans))
    for s in gold.get("slogans", []):
        spans.append(tuple(s["span"]))
        # every occurrence of a slogan's text is a slogan (the reference lists the first only)
        start = 0
        while True:
            k = body.find(s["text"], start)
            if k == -1:
                break
            spans.append((k, k + len(s["text"])))
            start = k + 1
    return metrics.MetricContext(body=body, paragraphs=tuple(gold["paragraphs"]), published_at=gold.get("published_at"),
                                 title=gold.get("title"), dates=found, slogan_spans=tuple(spans))


def run(golds: dict[str, dict], oracle: bool, gold_dates: bool, gold_slogans: bool = False) -> dict[str, dict]:
    preds = {}
    original = metrics._numeral_quantities
    for doc_id, gold in golds.items():
        if oracle:
            qs = oracle_quantities(gold)
            metrics._numeral_quantities = lambda body, qs=qs: list(qs)  # type: ignore[assignment]
        try:
            found = metrics.find_metrics(context_for(gold, gold_dates, gold_slogans))
        finally:
            metrics._numeral_quantities = original  # type: ignore[assignment]
        preds[doc_id] = {"doc_id": doc_id, "paragraphs": gold["paragraphs"],
                         "metrics": [r.metric.model_dump(mode="json") for r in found.rows],
                         "_rules": [r.rule for r in found.rows]}
    return preds


def show_errors(preds: dict[str, dict], golds: dict[str, dict]) -> None:
    for doc_id, gold in golds.items():
        pm, gm = preds[doc_id]["metrics"], gold["metrics"]
        pairs = score.metric_pairs(pm, gm)
        matched_p = {id(p) for p, _ in pairs}
        matched_g = {id(g) for _, g in pairs}
        print(f"==== {doc_id}")
        for g in gm:
            if id(g) not in matched_g:
                print(f"  MISS  {g['mention']} [{g['indicator']}] {g['evidence'][:40]}")
        for p, rule in zip(pm, preds[doc_id]["_rules"]):
            if id(p) not in matched_p:
                print(f"  FALSE {p['mention']} {p['value']} {p['unit']} [{p['indicator']}] ({rule}) {p['evidence'][:40]}")
        rule_of = {id(p): r for p, r in zip(pm, preds[doc_id]["_rules"])}
        for p, g in pairs:
            diffs = []
            for a in score.ATTRS:
                if score.fold(str(p.get(a))) != score.fold(str(g.get(a))):
                    diffs.append(f"{a}: {p.get(a)} != {g.get(a)}")
            if not score.indicator_ok(p.get("indicator"), g.get("indicator")):
                diffs.append(f"indicator: {p.get('indicator')} != {g.get('indicator')}")
            if not (score.indicator_ok(p.get("subject"), g.get("subject")) or (p.get("subject") is None and g.get("subject") is None)):
                diffs.append(f"subject: {p.get('subject')} != {g.get('subject')}")
            pn, gn = p.get("normalized") or {}, g.get("normalized") or {}
            if not ((not pn and not gn) or (pn.get("unit") == gn.get("unit") and score.same_value(pn.get("value"), gn.get("value")))):
                diffs.append(f"normalized: {pn} != {gn}")
            if diffs:
                print(f"  ATTR  {g['mention']} | " + "; ".join(diffs) + f"  ({rule_of[id(p)]})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("set", nargs="?", default="all", choices=["seeds", "dev", "all"])
    ap.add_argument("--oracle-quantities", action="store_true")
    ap.add_argument("--gold-dates", action="store_true")
    ap.add_argument("--gold-slogans", action="store_true")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--doc", action="append")
    a = ap.parse_args(argv)
    if score is None:
        sys.exit("../shared/tools/score.py not found")
    golds = load(a.set)
    if a.doc:
        golds = {k: v for k, v in golds.items() if k in a.doc}
    preds = run(golds, a.oracle_quantities, a.gold_dates, a.gold_slogans)
    if a.errors:
        show_errors(preds, golds)
    s = score.score(preds, golds)["summary"]
    keys = ["metric_precision", "metric_recall", "metric_f1", "metric_full_row_f1", "attr_period_acc", "attr_status_acc",
            "attr_relation_acc", "attr_comparator_acc", "attr_indicator_acc", "attr_subject_acc", "attr_normalized_acc",
            "span_errors"]
    print("  ".join(f"{k.replace('attr_', '').replace('_acc', '')}={s[k]:.3f}" if isinstance(s[k], float) else f"{k}={s[k]}"
                    for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
