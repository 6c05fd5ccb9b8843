"""Command line: `zhnews extract PATH... -o OUT.jsonl`, `zhnews explain FILE`, `zhnews schema [--check]`.

Thin on purpose: argument parsing, reading paths, writing JSON Lines and tables, exit
status. Exit 0 when every document succeeded, 1 when some failed, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Optional, Union

from .models import Article, ErrorRecord
from .options import DEFAULT_MAX_BYTES, Options

METRIC_COLUMNS = ("doc_id", "title", "published_at", "indicator", "subject", "value", "unit", "normalized_value",
                  "normalized_unit", "comparator", "relation", "period", "status", "mention", "evidence", "start", "end")
SLOGAN_COLUMNS = ("doc_id", "text", "kind", "label", "count", "parts", "members", "complete", "evidence", "start", "end")


def parse_args(argv: Optional[list[str]]) -> argparse.Namespace:
    """The command line as a namespace; argparse exits with status 2 on usage errors."""
    ap = argparse.ArgumentParser(prog="zhnews", description="Chinese news articles to structured JSON.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract files, folders, .jsonl records or - (JSON Lines on stdin)")
    ex.add_argument("paths", nargs="+", metavar="PATH")
    ex.add_argument("-o", "--output", help="JSON Lines output file (default: stdout)")
    ex.add_argument("--metrics-csv", help="also write every metric row as a CSV table for analysts")
    ex.add_argument("--slogans-csv", help="also write every slogan as a CSV table")
    ex.add_argument("--format", choices=["auto", "text", "html"], default="auto", help="input format (default: sniff)")
    ex.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                    help=f"refuse larger inputs with a too_large record (default {DEFAULT_MAX_BYTES})")
    ex.add_argument("--timeout", type=float, default=30.0, help="per-document time limit in seconds (default 30)")
    ex.add_argument("--published-at", help="publication time to assume for every input (crawler metadata)")
    ex.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1; output order is kept)")
    exp = sub.add_parser("explain", help="print each metric with the rule that produced it")
    exp.add_argument("path", metavar="FILE")
    exp.add_argument("--published-at", help="publication time to assume")
    rp = sub.add_parser("report", help="the most frequent slogans across documents, and how many came out complete")
    rp.add_argument("paths", nargs="+", metavar="PATH")
    rp.add_argument("--top", type=int, default=30)
    rp.add_argument("-j", "--jobs", type=int, default=1)
    sc = sub.add_parser("schema", help="write the JSON schema of the output (or --check it)")
    sc.add_argument("--check", action="store_true", help="exit 1 when schemas/article.schema.json is stale")
    sc.add_argument("--path", default="schemas/article.schema.json")
    return ap.parse_args(argv)


def main(argv: Optional[list[str]] = None) -> int:
    """Entry point of `zhnews` and `python -m extractor`; returns the exit status."""
    args = parse_args(argv)
    if args.command == "extract":
        return _extract(args)
    if args.command == "explain":
        return _explain(args)
    if args.command == "report":
        return _report(args)
    return _schema(args)


def _extract(args: argparse.Namespace) -> int:
    from .api import extract_batch

    for p in args.paths:
        if p != "-" and not os.path.lexists(p):
            print(f"zhnews: no such file or folder: {p}", file=sys.stderr)
            return 2
    options = Options(input_format=args.format, max_bytes=args.max_bytes, timeout_s=args.timeout,
                      published_at=args.published_at)
    records = extract_batch(args.paths, options=options, jobs=args.jobs)
    failed = _write_all(records, args)
    return 1 if failed else 0


def _write_all(records: Iterable[Union[Article, ErrorRecord]], args: argparse.Namespace) -> int:
    """Stream records to the outputs; returns how many were errors."""
    out: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    metrics_f = open(args.metrics_csv, "w", encoding="utf-8", newline="") if args.metrics_csv else None
    slogans_f = open(args.slogans_csv, "w", encoding="utf-8", newline="") if args.slogans_csv else None
    mw = csv.writer(metrics_f) if metrics_f else None
    sw = csv.writer(slogans_f) if slogans_f else None
    if mw:
        mw.writerow(METRIC_COLUMNS)
    if sw:
        sw.writerow(SLOGAN_COLUMNS)
    failed = 0
    try:
        for rec in records:
            out.write(rec.model_dump_json() + "\n")
            if isinstance(rec, ErrorRecord):
                failed += 1
                print(f"zhnews: {rec.doc_id}: {rec.error.kind}: {rec.error.message}", file=sys.stderr)
                continue
            if mw:
                for m in rec.metrics:
                    n = m.normalized
                    mw.writerow((rec.doc_id, rec.title, rec.published_at, m.indicator, m.subject, m.value, m.unit,
                                 n.value if n else None, n.unit if n else None, m.comparator, m.relation, m.period,
                                 m.status, m.mention, m.evidence, m.span[0], m.span[1]))
            if sw:
                for s in rec.slogans:
                    sw.writerow((rec.doc_id, s.text, s.kind, s.label, s.count,
                                 json.dumps([p.model_dump() for p in s.parts], ensure_ascii=False),
                                 "、".join(s.members), s.complete, s.evidence, s.span[0], s.span[1]))
    finally:
        for f in (metrics_f, slogans_f):
            if f:
                f.close()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    return failed


def _explain(args: argparse.Namespace) -> int:
    from .api import trace
    from .errors import DocumentError
    from .load import doc_id_for

    path = Path(args.path)
    try:
        data = path.read_bytes()
    except OSError as e:
        print(f"zhnews: cannot read {path}: {e.strerror or e}", file=sys.stderr)
        return 2
    try:
        t = trace(data, doc_id=doc_id_for(path), options=Options(path=str(path), published_at=args.published_at))
    except DocumentError as e:
        print(f"zhnews: {path}: {e.kind}: {e.message}", file=sys.stderr)
        return 1
    a = t.article
    print(f"# {a.doc_id}  title={a.title!r}  published_at={a.published_at}  outlet={a.outlet}")
    for m, rule in zip(a.metrics, t.metric_rules):
        norm = f" -> {m.normalized.value:g} {m.normalized.unit}" if m.normalized else ""
        print(f"[{m.span[0]}:{m.span[1]}] {m.mention!r}  rule={rule}")
        print(f"    {m.indicator} | subject={m.subject} | {m.comparator} {m.value:g} {m.unit}{norm} | "
              f"{m.relation} | period={m.period} | {m.status}")
        print(f"    evidence: {m.evidence}")
    for s in a.slogans:
        print(f"[{s.span[0]}:{s.span[1]}] slogan {s.text!r} {s.kind} count={s.count} label={s.label} "
              f"members={s.members} complete={s.complete}")
    for w in a.warnings:
        print(f"warning: {w}")
    return 0


def _report(args: argparse.Namespace) -> int:
    """Slogans counted once per document across a batch, with their kinds and completeness."""
    from collections import Counter

    from .api import extract_batch

    freq: Counter[tuple[str, str]] = Counter()
    docs = errors = numbered = complete = 0
    for rec in extract_batch(args.paths, jobs=args.jobs):
        docs += 1
        if isinstance(rec, ErrorRecord):
            errors += 1
            print(f"zhnews: {rec.doc_id}: {rec.error.kind}: {rec.error.message}", file=sys.stderr)
            continue
        for s in rec.slogans:
            freq[(s.text, s.kind)] += 1
            if s.kind == "numbered" and s.count:
                numbered += 1
                complete += int(bool(s.complete))
    print(f"{docs} documents, {errors} errors, {sum(freq.values())} slogans ({len(freq)} distinct)")
    for rank, ((text, kind), n) in enumerate(freq.most_common(args.top), 1):
        print(f"{rank:3d}. {text}\t{kind}\t{n}")
    share = f"{complete / numbered:.1%}" if numbered else "n/a"
    print(f"numbered slogans with a count: {numbered}, complete: {complete} ({share})")
    return 1 if errors else 0


def _schema(args: argparse.Namespace) -> int:
    from .schema import render_schema

    text = render_schema()
    path = Path(args.path)
    if args.check:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"zhnews: {path} is out of date: run make schema", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return 0
