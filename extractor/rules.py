"""Loads rule resources (extractor/resources/*.yaml) once, and compiles named patterns.

Every stage keeps its vocabularies and patterns as data. This module is the one place
that reads those files: `load_resource(name)` returns the parsed YAML (cached), and
`compile_rule(...)` substitutes the fragments a rule declares under `uses:` into its
pattern (one level deep, `{NAME}`), so regex quantifiers like `{1,3}` need no escaping.
A bad file raises ResourceError naming the file, key and reason.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any, Iterable, Mapping, Sequence

import regex
import yaml

from .errors import ResourceError

_FRAGMENT_REF = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")


@cache
def load_resource(name: str) -> Any:
    """Parsed content of extractor/resources/<name> (YAML), loaded once."""
    ref = resources.files("extractor") / "resources" / name
    try:
        text = ref.read_text(encoding="utf-8")
    except (OSError, FileNotFoundError) as e:
        raise ResourceError(f"{name}: cannot read: {e}") from e
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ResourceError(f"{name}: invalid YAML: {e}") from e


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a plain-text resource (word lists)."""
    ref = resources.files("extractor") / "resources" / name
    lines = ref.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def expand(pattern: str, uses: Sequence[str], fragments: Mapping[str, str], where: str = "") -> str:
    """Substitute the declared fragments into a pattern; an undeclared or unknown one is an error.

    >>> expand("{NUM}个", ["NUM"], {"NUM": "[0-9]+"})
    '(?:[0-9]+)个'
    >>> expand("[0-9]{1,3}", [], {})
    '[0-9]{1,3}'
    """
    for name in uses:
        if name not in fragments:
            raise ResourceError(f"{where}: uses unknown fragment {name!r}")

    def sub(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in uses:
            if name in fragments:
                raise ResourceError(f"{where}: pattern uses fragment {name!r} without declaring it under uses:")
            return m.group(0)
        return f"(?:{fragments[name]})"

    return _FRAGMENT_REF.sub(sub, pattern)


def compile_rule(
    pattern: str, uses: Sequence[str] = (), fragments: Mapping[str, str] | None = None, where: str = ""
) -> regex.Pattern[str]:
    """Compile one rule pattern (verbose mode off) after fragment substitution; rejects empty matches."""
    source = expand(pattern, uses, fragments or {}, where)
    try:
        compiled = regex.compile(source)
    except regex.error as e:
        raise ResourceError(f"{where}: bad pattern {pattern!r}: {e}") from e
    if compiled.fullmatch(""):
        raise ResourceError(f"{where}: pattern {pattern!r} matches the empty string")
    return compiled


@cache
def compiled(pattern: str) -> regex.Pattern[str]:
    """A module's fixed helper pattern, compiled once on first use (no work at import)."""
    return regex.compile(pattern)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that `同比增长` wins over `增长`.

    >>> alternation(["增长", "同比增长", "增长"])
    '同比增长|增长'
    """
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(regex.escape(w) for w in unique)


def reset_caches() -> None:
    """Forget loaded resources (tests that edit resource files)."""
    load_resource.cache_clear()
    compiled.cache_clear()
