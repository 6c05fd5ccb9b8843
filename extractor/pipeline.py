"""The extraction pipeline: the only module that knows the order of the stages.

1. load     bytes or str -> decoded text, encoding, format, sha256       (load.py)
2. html     an HTML page -> its visible text, one block per line          (html.py)
3. clean    page dump -> paragraphs, captions, removed lines              (clean.py)
4. header   title, published_at, outlet, editors, authors, credits       (header.py)
5. dates    date and period mentions in the body, resolved                (dates.py)
6. slogans  formula / numbered / phrase slogans with parts and members    (slogans.py)
7. metrics  quantities with indicator, subject, period, status, ...      (metrics.py)
8. assemble one validated Article                                         (models.py)
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from . import clean, dates, header, html, load, metrics, slogans
from .errors import DocumentError
from .models import Article, Source
from .options import Options


@dataclass(frozen=True)
class Trace:
    """What `explain` shows: the article and the rule behind every metric row."""

    article: Article
    metric_rules: tuple[str, ...]


def run(source: str | bytes, doc_id: str, options: Options) -> Trace:
    """Run every stage on one document; raises DocumentError for a bad document."""
    started = time.monotonic()
    if isinstance(source, bytes):
        loaded = load.load_bytes(source, max_bytes=options.max_bytes, input_format=options.input_format)
    elif isinstance(source, str):
        loaded = load.load_text(source, max_bytes=options.max_bytes, input_format=options.input_format)
    else:
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
    warnings = list(loaded.warnings)

    text = html.html_to_text(loaded.text) if loaded.format == "html" else loaded.text
    cleaned = clean.clean_text(text)
    if not cleaned.paragraphs:
        raise DocumentError("no_article", "no body text found")
    _check_time(started, options)

    head = header.find_header(cleaned, default_tz=options.default_tz)
    published_at = options.published_at and header.normalize_published_at(options.published_at, options.default_tz)
    published_at = published_at or head.published_at
    title = options.title or head.title
    outlet = head.outlet or options.outlet
    if published_at is None:
        warnings.append("no publication date found: relative dates and periods are unresolved")

    body = "\n".join(cleaned.paragraphs)
    found_dates = dates.find_dates(body, published_at)
    _check_time(started, options)
    found_slogans = slogans.find_slogans(body)
    _check_time(started, options)
    context = metrics.MetricContext(
        body=body,
        paragraphs=tuple(cleaned.paragraphs),
        published_at=published_at,
        title=title,
        dates=tuple(found_dates),
        slogan_spans=tuple(tuple(s.span) for s in found_slogans),
    )
    found_metrics = metrics.find_metrics(context)
    _check_time(started, options)
    warnings.extend(found_metrics.warnings)

    article = Article(
        doc_id=doc_id,
        source=Source(path=options.path, format=loaded.format, sha256=loaded.sha256, encoding=loaded.encoding),
        title=title,
        published_at=published_at,
        outlet=outlet,
        editors=list(head.editors),
        authors=list(head.authors),
        credits=list(head.credits),
        paragraphs=list(cleaned.paragraphs),
        captions=list(cleaned.captions),
        removed=list(cleaned.removed),
        metrics=[m.metric for m in found_metrics.rows],
        slogans=list(found_slogans),
        dates=[d.to_model() for d in found_dates],
        warnings=list(dict.fromkeys(warnings + list(head.warnings))),
    )
    return Trace(article=article, metric_rules=tuple(m.rule for m in found_metrics.rows))


def _check_time(started: float, options: Options) -> None:
    """Stop a document that runs over its time limit between stages (a timeout record)."""
    elapsed = time.monotonic() - started
    if elapsed > options.timeout_s:
        raise DocumentError("timeout", f"extraction took {elapsed:.1f}s, over the limit of {options.timeout_s}s")
