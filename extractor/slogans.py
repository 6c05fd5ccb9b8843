"""Formula, numbered and phrase slogans (PLACEHOLDER: being written)."""

from __future__ import annotations

from .models import Slogan


def find_slogans(body: str) -> list[Slogan]:
    """Every slogan in the body, once, at its first occurrence."""
    return []
