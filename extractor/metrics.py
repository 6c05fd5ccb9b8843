"""Metric rows (PLACEHOLDER: being written)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .dates import DateFound
from .models import Metric


@dataclass(frozen=True)
class MetricContext:
    """What the metric stage may read: the body and what earlier stages found in it."""

    body: str
    paragraphs: tuple[str, ...]
    published_at: Optional[str]
    title: Optional[str]
    dates: tuple[DateFound, ...] = ()
    slogan_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class MetricRow:
    """A metric and the name of the rule that produced it (for `explain`)."""

    metric: Metric
    rule: str


@dataclass(frozen=True)
class MetricsFound:
    rows: tuple[MetricRow, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)


def find_metrics(context: MetricContext) -> MetricsFound:
    """Every quantitative fact in the body."""
    return MetricsFound()
