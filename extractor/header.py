"""Title, publication time, outlet, editors, authors and credits of one cleaned page.

The cleaner has already labelled the headline, datelines, bylines, editor lines and
captions; this stage reads the metadata out of those labelled lines only (never out of
body paragraphs, where `编辑` or `来源` are ordinary words). Patterns live in
resources/header_patterns.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Optional

import regex

from .clean import ClassifiedLine, Cleaned
from .errors import ResourceError
from .models import Credit
from .rules import compile_rule, compiled, load_resource

# helper patterns by name; compiled on first use (no work at import)
_SOURCES: Mapping[str, str] = MappingProxyType(
    {
        "iso_input": r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
        r"(?:[T\s]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?\s*$",
        "tz": r"^[+-]\d{2}:\d{2}$",
        "bare_label": r"^\S{1,7}[：:]$",
        "name_sep": r"[\s、，,/；;]+",
        "space": r"\s+",
        "author_field": r"(?:作者|记者)\s*[：:]",
        # a dateline that names the session a speech was given at (`…在…人民代表大会…会议上`)
        "session": r"(?:会议|大会)上",
        # `方 敏`: a two-character name padded to the width of three in bylines
        "spaced_name": r"(?<=^|[\s（(：:])(\p{Han}) (\p{Han})(?=$|[\s）)])",
        "role_word": r"记者|作者|通讯员|撰文|^[（(]?文\s*[/：:\s]",
        "org_name": r"(?:报|网|社|台|刊|客户端|频道|中心)$",
        "not_name": r"(?:报道|电|讯|整合|综合|编译|摄影?|供图|记者|通讯员|实习生)$",
        # a dateline that says it gives the publication time (or a clock time) beats a bare date
        "published_cue": r"发布|更新|时间|日期|\d{1,2}[:：]\d{2}",
        # a clock time given in another zone right after the date (`2012年12月10日, 格林尼治标准时间10:41`)
        "zone_time": r"[\s,，]*(?P<zone>格林尼治标准时间|格林尼治时间|世界标准时间|GMT|UTC|北京时间)\s*(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})",
    }
)


def _re(key: str) -> regex.Pattern[str]:
    """A helper pattern of this module by name (compiled and cached by rules.compiled)."""
    return compiled(_SOURCES[key])


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


@dataclass(frozen=True)
class NamedPattern:
    """A compiled header pattern with its name and examples (for tests)."""

    name: str
    pattern: regex.Pattern[str]
    examples: tuple[tuple[str, dict[str, str]], ...]
    counterexamples: tuple[str, ...]


@dataclass(frozen=True)
class HeaderPatterns:
    """All header patterns, loaded once."""

    datetime: NamedPattern
    outlet: tuple[NamedPattern, ...]
    editor: NamedPattern
    author: tuple[NamedPattern, ...]
    credit: tuple[NamedPattern, ...]
    title_suffix: NamedPattern


def _named(raw: Any, name: str, fragments: dict[str, str]) -> NamedPattern:
    where = f"header_patterns.yaml: {name}"
    if not isinstance(raw, dict) or "pattern" not in raw:
        raise ResourceError(f"{where}: needs a pattern")
    return NamedPattern(
        name=str(raw.get("name", name)),
        pattern=compile_rule(raw["pattern"], raw.get("uses") or (), fragments, where),
        examples=tuple((e["text"], dict(e.get("expect") or {})) for e in raw.get("examples") or []),
        counterexamples=tuple(raw.get("counterexamples") or ()),
    )


@cache
def load_patterns() -> HeaderPatterns:
    """Compile header_patterns.yaml once."""
    data = load_resource("header_patterns.yaml")
    frags: dict[str, str] = data.get("fragments") or {}
    return HeaderPatterns(
        datetime=_named(data["datetime"], "datetime", frags),
        outlet=tuple(_named(r, f"outlet[{i}]", frags) for i, r in enumerate(data["outlet"])),
        editor=_named(data["editor"], "editor", frags),
        author=tuple(_named(r, f"author[{i}]", frags) for i, r in enumerate(data["author"])),
        credit=tuple(_named(r, f"credit[{i}]", frags) for i, r in enumerate(data["credit"])),
        title_suffix=_named(data["title_suffix"], "title_suffix", frags),
    )


def _iso(y: int, m: int, d: int, hh: int, mm: int, ss: int, tz: str) -> Optional[str]:
    """ISO 8601 with offset, or None for an impossible date."""
    try:
        datetime(y, m, d, hh, mm, ss)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}{tz}"


def _norm_tz(tz: Optional[str], default_tz: str) -> str:
    if not tz:
        return default_tz
    if tz == "Z":
        return "+00:00"
    return tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"


def normalize_published_at(value: str, default_tz: str) -> Optional[str]:
    """A caller's date or datetime string as ISO 8601 with an offset, or None.

    >>> normalize_published_at("2022-02-13 04:22", "+08:00")
    '2022-02-13T04:22:00+08:00'
    >>> normalize_published_at("2024-05-09", "+08:00")
    '2024-05-09T00:00:00+08:00'
    """
    if not value or not _re("tz").match(default_tz):
        return None
    m = _re("iso_input").match(value)
    if m:
        tz = _norm_tz(m.group("tz"), default_tz)
        return _iso(
            int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0), int(m["S"] or 0), tz
        )
    return parse_datetime(value, default_tz)


def parse_datetime(text: str, default_tz: str = "+08:00") -> Optional[str]:
    """The first plausible date (and time) written in a line, as ISO 8601; None when there is none.

    >>> parse_datetime("2024年05月10日 00:26 每日经济新闻")
    '2024-05-10T00:26:00+08:00'
    """
    for m in load_patterns().datetime.pattern.finditer(text):
        hh, mm, ss = int(m["H"] or 0), int(m["M"] or 0), int(m["S"] or 0)
        tz = _norm_tz(m["tz"], default_tz)
        zoned = None if m["H"] else _re("zone_time").match(text, m.end())
        if zoned:
            hh, mm, tz = int(zoned["H"]), int(zoned["M"]), "+08:00" if zoned["zone"] == "北京时间" else "+00:00"
        if hh > 23 or mm > 59 or ss > 59:
            hh = mm = ss = 0
        iso = _iso(int(m["y"]), int(m["m"]), int(m["d"]), hh, mm, ss, tz)
        if iso:
            return iso
    return None


def _find_published_at(lines: list[ClassifiedLine], default_tz: str) -> Optional[str]:
    """Publication time: datelines first, then the header lines, then any removed line.

    Related lists and footers carry other dates, so lines after the body are tried last.
    """
    first_body = next((i for i, x in enumerate(lines) if x.kind == "body"), len(lines))
    title_at = next((i for i, x in enumerate(lines) if x.kind == "title"), 0)

    def cued(k: int) -> bool:
        """A dateline that names the publication (or its field label on the line before)."""
        label = lines[k - 1] if k and lines[k - 1].kind == "dateline" else None
        said = _re("published_cue").search(lines[k].text) or (label and _re("published_cue").search(label.text))
        # 成文日期 is when a notice was signed, not published
        return bool(said) and "成文" not in lines[k].text + (label.text if label else "")

    cued_lines = [x for k, x in enumerate(lines[:first_body]) if x.kind == "dateline" and cued(k)]
    tiers: list[Iterable[ClassifiedLine]] = [
        cued_lines,
        (x for x in lines[:first_body] if x.kind == "dateline"),
        (x for x in lines if x.kind == "dateline"),
        lines[title_at:first_body],
        (x for x in lines[first_body:] if x.kind not in ("body", "related", "copyright")),
    ]
    for tier in tiers:
        for x in tier:
            if x.kind == "body":
                continue
            iso = parse_datetime(x.text, default_tz)
            if iso:
                return iso
    return None


def _names_text(text: str) -> str:
    """A byline or editor line ready for the name patterns: `方 敏` closed up to `方敏`, and the
    bar `丨` (a Han character) written as `|` so that it never joins a name (`文丨张三`)."""
    return _re("spaced_name").sub(r"\1\2", text.replace("丨", "|"))


def _split_names(names: str) -> list[str]:
    """Names of a byline; place and action words (`上海报道`, `整合`) are not names."""
    parts = [n for n in _re("name_sep").split(names) if n]
    return [n for n in parts if not _re("not_name").search(n)]


def _with_value(lines: list[ClassifiedLine], k: int) -> str:
    """A line, joined with the next one when it is a bare field label (`来源：` / `四川日报`)."""
    text = lines[k].text
    if _re("bare_label").match(text) and k + 1 < len(lines) and lines[k + 1].kind == lines[k].kind:
        return text + lines[k + 1].text
    return text


def _find_outlet(lines: list[ClassifiedLine]) -> Optional[str]:
    """The outlet a dateline names; a `来源：` label may have its value on the next line.

    A name after the time of a portal's meta line (`time_then_outlet`) counts only when no
    dateline says `来源：X`, `X北京6月12日讯` or `《X》（…版）` (the portal itself, `光明网`,
    stands there above a `《光明日报》` footer)."""
    pats = load_patterns().outlet
    strong = [p for p in pats if p.name != "time_then_outlet"]
    weak = [p for p in pats if p.name == "time_then_outlet"]
    for group in (strong, weak):
        for k, x in enumerate(lines):
            if x.kind != "dateline":
                continue
            text = _with_value(lines, k)
            for p in group:
                m = p.pattern.search(text)
                if m:
                    return _re("space").sub("", m["outlet"])
    return None


def _find_editors(lines: list[ClassifiedLine]) -> list[str]:
    pat = load_patterns().editor.pattern
    out: list[str] = []
    for k, x in enumerate(lines):
        if x.kind not in ("editor_line", "dateline", "byline"):
            continue
        for m in pat.finditer(_names_text(_with_value(lines, k))):
            out.extend(_split_names(m["names"]))
    return list(dict.fromkeys(out))


def _find_authors(lines: list[ClassifiedLine], editors: list[str]) -> list[str]:
    """Byline names: byline lines, `作者：` fields of datelines, a `…电（记者 X）` lead; never editors."""
    pats = load_patterns().author
    out: list[str] = []
    first_body = next((x for x in lines if x.kind == "body"), None)
    for k, x in enumerate(lines):
        if x.kind == "byline":
            text = _names_text(_with_value(lines, k))
            for p in pats:
                if p.name == "wire_lead":
                    continue
                if p.name == "bare_parenthesised" and _re("role_word").search(text):
                    continue
                found = list(p.pattern.finditer(text))  # `记者 张三 通讯员 李四`: every role's names
                for m in found:
                    out.extend(_split_names(m["names"]))
                if found:
                    break
        elif x.kind == "editor_line" and _re("role_word").match(x.text):
            # `文 | 张三 编辑 | 李四`: the writer named before the editor
            role = next(p for p in pats if p.name == "role_names")
            for m in role.pattern.finditer(_names_text(x.text)):
                out.extend(n for n in _split_names(m["names"]) if not _re("org_name").search(n))
        elif x.kind in ("dateline", "editor_line") and _re("author_field").search(x.text):
            field = next(p for p in pats if p.name == "field_names")
            m = field.pattern.search(_with_value(lines, k))
            if m:  # `作者：某某报` names the outlet, not a writer
                out.extend(n for n in _split_names(m["names"]) if not _re("org_name").search(n))
        elif x.kind == "dateline" and _re("session").search(x.text):
            # `2026年1月27日在…会议上 某某省省长 赵刚`: the speaker of a report
            speaker = next(p for p in pats if p.name == "speaker")
            m = speaker.pattern.search(_names_text(x.text))
            if m:
                out.extend(_split_names(m["names"]))
    if first_body is not None:
        for p in pats:
            if p.name == "wire_lead":
                m = p.pattern.search(first_body.text)
                if m:
                    out.extend(_split_names(m["names"]))
    return [n for n in dict.fromkeys(out) if n not in editors]


def _find_credits(captions: Iterable[str]) -> list[Credit]:
    out: dict[tuple[str, str], Credit] = {}
    for cap in captions:
        for p in load_patterns().credit:
            m = p.pattern.search(cap)
            if m:
                key = (m["role"], m["name"])
                out.setdefault(key, Credit(role=key[0], name=key[1]))
                break
    return list(out.values())


def clean_title(text: str) -> str:
    """A headline without a site-name suffix (`X_新华网` gives `X`)."""
    pattern = load_patterns().title_suffix.pattern
    cut = text
    for _ in range(4):  # `X_数据_宏观频道首页_财经网 - CAIJING.COM.CN` carries several
        shorter = pattern.sub("", cut).strip()
        if shorter == cut or not shorter:
            break
        cut = shorter
    return cut


def find_header(cleaned: Cleaned, default_tz: str = "+08:00") -> Header:
    """Metadata of one cleaned page, read from its labelled non-body lines and captions."""
    lines = list(cleaned.lines)
    at = [k for k, x in enumerate(lines) if x.kind == "title" and x.rule == "headline"]
    # a headline broken over adjacent lines is one title
    parts = [lines[k].text for n, k in enumerate(at) if k - at[0] == n]
    title_text = "".join(parts) or next((x.text for x in lines if x.kind == "title"), None)
    editors = _find_editors(lines)
    warnings: list[str] = []
    published_at = _find_published_at(lines, default_tz)
    return Header(
        title=clean_title(title_text) if title_text else None,
        published_at=published_at,
        outlet=_find_outlet(lines),
        editors=tuple(editors),
        authors=tuple(_find_authors(lines, editors)),
        credits=tuple(_find_credits(cleaned.captions)),
        warnings=tuple(warnings),
    )


__all__ = ["Header", "find_header", "normalize_published_at", "parse_datetime", "clean_title"]
