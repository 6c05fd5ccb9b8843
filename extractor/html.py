"""HTML page -> visible text, one block per line (PLACEHOLDER: being written)."""

from __future__ import annotations


def html_to_text(markup: str) -> str:
    """The visible text of a page, one block per line, blank line between blocks."""
    from bs4 import BeautifulSoup

    return BeautifulSoup(markup, "lxml").get_text("\n\n")
