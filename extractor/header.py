"""Title, publication time, outlet, editors, authors and credits (PLACEHOLDER: being written)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .clean import Cleaned
from .models import Credit


@dataclass(frozen=True)
class Header:
    """Metadata found in the header lines, datelines, bylines and captions."""

    title: Optional[str] = None
    published_at: Optional[str] = None
    outlet: Optional[str] = None
    editors: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)


def normalize_published_at(value: str, default_tz: str) -> Optional[str]:
    """A caller's date or datetime string as ISO 8601 with an offset, or None."""
    return value if value else None


def find_header(cleaned: Cleaned, default_tz: str = "+08:00") -> Header:
    """Metadata of one cleaned page."""
    return Header()
