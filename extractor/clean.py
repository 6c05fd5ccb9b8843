"""Boilerplate removal for page dumps (PLACEHOLDER: being written)."""

from __future__ import annotations

from dataclasses import dataclass

from .models import Removed


@dataclass(frozen=True)
class ClassifiedLine:
    """One non-empty input line and what the cleaner made of it."""

    text: str
    kind: str  # "body", "caption" or a Removed kind


@dataclass(frozen=True)
class Cleaned:
    """The cleaner's output: body paragraphs, captions, removed lines, and every line classified."""

    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    removed: tuple[Removed, ...]
    lines: tuple[ClassifiedLine, ...]


def clean_text(text: str) -> Cleaned:
    """Classify every line of a page dump."""
    lines = tuple(ClassifiedLine(t.strip(), "body") for t in text.splitlines() if t.strip())
    return Cleaned(tuple(x.text for x in lines), (), (), lines)
