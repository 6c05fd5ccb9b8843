"""HTML page -> its visible text, one block per line with a blank line between blocks.

The output has the shape of a page dump (the seed files and corpus/dump): every block-level
element starts a new line, inline elements run together, whitespace collapses to one
space. Scripts, styles, the head, forms, media, `noframes` and hidden elements (`hidden`,
`display:none`, `visibility:hidden`) give no text, and control characters (NUL, ...) are
dropped. Malformed markup (unclosed tags, no <body>, text after `</html>`, <br>-separated
text) gives what a browser shows; a page with no visible text gives "". The same cleaner
then runs on it.
This is the only module that imports bs4.
"""

from __future__ import annotations

from functools import cache

import regex
from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag
from bs4.element import CData, Declaration

# keep in sync with the page-dump format described in ../shared/corpus/README.md
_BLOCK_TAGS = frozenset(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset
    figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu
    nav ol p pre section summary table tbody td tfoot th thead tr ul br caption legend option img""".split()
)
_SKIP_TAGS = frozenset(
    """script style noscript template svg head iframe object embed canvas video audio map button
    input textarea select title meta link noframes""".split()
)
_NON_TEXT = (Comment, Doctype, ProcessingInstruction, Declaration, CData)


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """(hidden-style test, whitespace run, control characters), compiled once."""
    hidden = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
    # ideographic spaces (U+3000) are text in Chinese layout and stay, as in the page dumps
    space = regex.compile(r"[ \t\r\n\f\v\xa0\u200b\ufeff]+")
    # NUL and other C0/C1 controls are no text (lxml would turn NUL into U+FFFD)
    control = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+")
    return hidden, space, control


def _hidden(tag: Tag) -> bool:
    """Whether the element is not shown (hidden attribute or inline style)."""
    if tag.has_attr("hidden"):
        return True
    style = tag.get("style")
    return isinstance(style, str) and _patterns()[0].search(style) is not None


def html_to_blocks(markup: str, *, with_alt: bool = False) -> list[str]:
    """Visible text blocks of a page in document order; `with_alt` adds each image's alt text."""
    soup = BeautifulSoup(_patterns()[2].sub("", markup), "lxml")
    space = _patterns()[1]
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = space.sub(" ", "".join(current)).strip()
        if line:
            blocks.append(line)
        current.clear()

    # iterative walk: deep pages must not hit the recursion limit
    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            flush()
            continue
        if isinstance(node, _NON_TEXT):
            continue
        if isinstance(node, NavigableString):
            current.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if name in _SKIP_TAGS or _hidden(node):
            continue
        block = name in _BLOCK_TAGS
        if block:
            flush()
            stack.append((node, True))
        if name == "img":
            alt = node.get("alt")
            if with_alt and isinstance(alt, str) and alt.strip():
                current.append(alt)
            continue
        stack.extend((child, False) for child in reversed(node.contents))
    flush()
    return blocks


def html_to_text(markup: str) -> str:
    """The visible text of a page, one block per line, blank line between blocks."""
    blocks = html_to_blocks(markup)
    return "\n\n".join(blocks) + ("\n" if blocks else "")
