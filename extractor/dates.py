"""Date and period mentions, resolved to ISO values against a reference date.

`find_dates(text, reference)` returns one `DateFound` per calendar expression (days,
months, quarters, halves, years, spans, relative words) with `[start, end)` indexing
`text`. The patterns are named rules in resources/dates.yaml; this module only resolves
their groups. Relative expressions need the reference (the publication date); without
one they are left out. Words that take the period the text is talking about (全年,
去年同期, 报告期) read it from the earlier mentions in the same paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Optional, Sequence, Union

import regex

from .errors import ResourceError
from .models import DateMention
from .numbers import fold, parse_cn_number
from .rules import compile_rule, load_resource

__all__ = ["DateFound", "DateRule", "find_dates", "resolve_period", "to_reference"]

Reference = Optional[Union[str, date, datetime]]


@dataclass(frozen=True)
class DateFound:
    """A date or period mention: text, [start, end) into the searched text, ISO value."""

    text: str
    start: int
    end: int
    value: str
    rule: str = ""

    def to_model(self) -> DateMention:
        return DateMention(text=self.text, value=self.value, span=(self.start, self.end))


@dataclass(frozen=True)
class DateRule:
    """One rule of dates.yaml, compiled."""

    name: str
    pattern: regex.Pattern[str]
    resolve: str
    examples: tuple[dict[str, str], ...]
    counterexamples: tuple[str, ...]


@dataclass(frozen=True)
class _DateTables:
    rules: tuple[DateRule, ...]
    plan_periods: dict[str, str]
    plan_re: regex.Pattern[str]
    spring: dict[int, date]
    future_re: regex.Pattern[str]
    future_after_re: regex.Pattern[str]


_RESOLVERS = frozenset(
    {
        "day", "day_span", "month", "year", "year_span", "year_month_span", "month_span", "months_to", "quarter", "quarters_to", "half", "year_end",
        "spring_festival", "same_period_last_year", "context_year", "past_year", "years_since",
        "reference_year", "relative_day", "relative_month", "reference_day", "report_period", "relative_weekday", "years_ahead", "quarter_span", "same_day",
    }
)


@cache
def _tables() -> _DateTables:
    """dates.yaml, checked and compiled (loaded once)."""
    data: dict[str, Any] = load_resource("dates.yaml")
    try:
        frags = {str(k): str(v) for k, v in data["fragments"].items()}
        rules = []
        names: set[str] = set()
        for r in data["rules"]:
            name = str(r["name"])
            where = f"dates.yaml rules {name}"
            if name in names:
                raise ResourceError(f"{where}: duplicate rule name")
            names.add(name)
            if r["resolve"] not in _RESOLVERS:
                raise ResourceError(f"{where}: unknown resolve {r['resolve']!r}")
            pat = compile_rule(str(r["pattern"]), r.get("uses") or (), frags, where)
            rules.append(
                DateRule(
                    name,
                    pat,
                    str(r["resolve"]),
                    tuple(r.get("examples") or ()),
                    tuple(str(c) for c in r.get("counterexamples") or ()),
                )
            )
        plans = {str(k): str(v) for k, v in data["plan_periods"].items()}
        spring = {int(k): date.fromisoformat(str(v)) for k, v in data["spring_festival"].items()}
        cues = sorted((str(c) for c in data["future_cues"]), key=len, reverse=True)
        adjacent = sorted((str(c) for c in data["future_cues_adjacent"]), key=len, reverse=True)
        not_after = sorted((str(c) for c in data["future_cues_not_after"]), key=len, reverse=True)
    except (KeyError, TypeError, ValueError) as e:
        raise ResourceError(f"dates.yaml: bad or missing table: {e!r}") from e
    alt = "|".join(regex.escape(c) for c in cues)
    return _DateTables(
        rules=tuple(rules),
        plan_periods=plans,
        plan_re=regex.compile("|".join(regex.escape(k) for k in plans)),
        spring=spring,
        future_re=regex.compile(
            f"(?:(?:{alt})[^，。；,;！？\\n]{{0,8}}"
            f"|(?<!{'|'.join(regex.escape(c) for c in not_after)})(?:{'|'.join(regex.escape(c) for c in adjacent)})[ \\t]*)$"
        ),
        future_after_re=regex.compile(r"^(?:将|要|拟|前|之前|以前|计划|预计)"),
    )


def to_reference(reference: Reference) -> Optional[date]:
    """The reference day from an ISO datetime string, a date or a datetime (None stays None).

    >>> to_reference("2024-02-23T16:04:56+08:00")
    datetime.date(2024, 2, 23)
    >>> to_reference(None) is None, to_reference(date(2023, 2, 11))
    (True, datetime.date(2023, 2, 11))
    """
    if reference is None:
        return None
    if isinstance(reference, datetime):
        return reference.date()
    if isinstance(reference, date):
        return reference
    s = str(reference).strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(s[:10])
        except ValueError:
            return None


def _num(s: Optional[str]) -> Optional[int]:
    """A year, month or day written in Arabic or Chinese digits.

    >>> _num("二〇二四"), _num("十二"), _num("07"), _num(None)
    (2024, 12, 7, None)
    """
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if len(s) == 4 and all(c in "〇零一二三四五六七八九" for c in s):
        return int("".join(str("〇一二三四五六七八九".index(c) if c != "零" else 0) for c in s))
    v = parse_cn_number(s)
    return int(v) if v is not None else None


def _year_of(g: dict[str, Optional[str]], ref: Optional[date], ctx_year: Optional[int]) -> Optional[int]:
    """The year a match names: explicit, relative (今年, 去年) or from the context."""
    y = _num(g.get("y"))
    if y is not None:
        return y
    ry = g.get("ry")
    if ry:
        if ry in ("当年", "本年"):
            return ctx_year if ctx_year is not None else (ref.year if ref else None)
        if ry == "上年":
            # 上年: the year before the one the text is talking about (2025年…较上年增长 is 2024)
            return ctx_year - 1 if ctx_year is not None else (ref.year - 1 if ref else None)
        if ref is None:
            return None
        return ref.year + {"今年": 0, "去年": -1, "明年": 1, "前年": -2}[ry]
    return None


def _sentence_start(view: str, pos: int, window: int = 200) -> int:
    """Start of the sentence holding `pos` (after 。！？ or a newline), looking back `window` chars.

    >>> _sentence_start("甲。乙丙", 3)
    2
    """
    lo = max(0, pos - window)
    found = max(view.rfind(c, lo, pos) for c in "。！？!?\n")
    return found + 1 if found >= 0 else lo


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


@dataclass
class _Context:
    """What earlier mentions say (read by 全年, 去年同期, 报告期): the article's running period.

    Checked on the references: 全年 in a paragraph after `2022年,…` is 2022 (seed 002), so the
    context runs across paragraphs, not only within one.
    """

    year: Optional[int] = None  # last explicit year before this point
    value: Optional[str] = None  # last resolved period before this point
    anchor: Optional[tuple[int, int, int, int]] = None  # (end offset, year, month, day) of the last day or month
    day: Optional[tuple[int, str]] = None  # (end offset, ISO day) of the last single day named


def _shift_year(value: str, by: int) -> str:
    """Move every year in an ISO value (or interval) by `by` years.

    >>> _shift_year("2016-01/2016-10", -1)
    '2015-01/2015-10'
    """
    return regex.sub(r"(?<![0-9])([12][0-9]{3})", lambda m: str(int(m.group(1)) + by), value)


def _pick_year_for_month(m: int, d: Optional[int], ref: date, future: bool) -> int:
    """Year of a month(-day) with no year: the nearest not after the reference, unless future."""
    key = (m, d or 1)
    ref_key = (ref.month, ref.day if d is not None else 1)
    if future:
        return ref.year if key >= ref_key else ref.year + 1
    return ref.year if key <= ref_key else ref.year - 1


def _resolve(
    rule: DateRule, m: regex.Match[str], view: str, ref: Optional[date], ctx: _Context, tables: _DateTables
) -> Optional[str]:
    """The ISO value of one match, or None when it cannot be resolved."""
    g = m.groupdict()
    kind = rule.resolve
    year = _year_of(g, ref, ctx.year)
    sentence_start = _sentence_start(view, m.start())

    def context_year() -> Optional[int]:
        if year is not None:
            return year
        if ctx.year is not None:
            return ctx.year
        return ref.year if ref else None

    def month_year(mo: int, d: Optional[int]) -> Optional[int]:
        if year is not None:
            return year
        # an explicit year earlier in the same sentence (2024年9月……；10月……)
        sy = _sentence_year(view, sentence_start, m.start(), ref)
        if sy is not None:
            return sy
        # a later day in a sentence that already named one (5月15日…，并于6月15日实施) runs
        # forward from it, not back from the reference
        if ctx.anchor is not None and ctx.anchor[0] > sentence_start and (mo, d or 1) >= ctx.anchor[2:]:
            return ctx.anchor[1]
        if ref is None:
            return None
        future = bool(tables.future_re.search(view, sentence_start, m.start())) or bool(
            tables.future_after_re.match(view[m.end() : m.end() + 4])
        )
        return _pick_year_for_month(mo, d, ref, future)

    if kind == "day" and g.get("m") is None:
        # 23日 alone: a day of the reference month, or of the month before when still to come
        d = _num(g.get("d"))
        if ref is None or d is None or not 1 <= d <= 31:
            return None
        y, mo = (ref.year, ref.month) if d <= ref.day else ((ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12))
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            return None
    if kind == "day":
        mo, d = _num(g.get("m")), _num(g.get("d"))
        if mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        y = month_year(mo, d)
        if y is None:
            return None
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            return None
    if kind == "day_span":
        mo, d, d2 = _num(g.get("m")), _num(g.get("d")), _num(g.get("d2"))
        mo2 = _num(g.get("m2")) or mo
        if mo is None or d is None or d2 is None or mo2 is None:
            return None
        y = month_year(mo, d)
        if y is None:
            return None
        y2 = _num(g.get("y2")) or (y + 1 if (mo2, d2) < (mo, d) else y)  # 12月30日至1月2日 crosses the year
        try:
            first, last = date(y, mo, d), date(y2, mo2, d2)
        except ValueError:
            return None
        return f"{first.isoformat()}/{last.isoformat()}" if first < last else None
    if kind == "year_month_span":
        y1, m1, y2, m2 = _num(g.get("y")), _num(g.get("m")), _num(g.get("y2")), _num(g.get("m2"))
        if None in (y1, m1, y2, m2) or not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y1, m1) >= (y2, m2):  # type: ignore[operator]
            return None
        return f"{_ym(y1, m1)}/{_ym(y2, m2)}"  # type: ignore[arg-type]
    if kind == "month":
        mo = _num(g.get("m"))
        if mo is None or not 1 <= mo <= 12:
            return None
        y = month_year(mo, None)
        return None if y is None else _ym(y, mo)
    if kind == "month_span":
        m1, m2 = _num(g.get("m")), _num(g.get("m2"))
        if m1 is None or m2 is None or not (1 <= m1 < m2 <= 12):
            return None
        y = year if year is not None else month_year(m2, None)
        return None if y is None else f"{_ym(y, m1)}/{_ym(y, m2)}"
    if kind == "months_to":
        m2 = _num(g.get("m2"))
        if m2 is None or not 2 <= m2 <= 11:
            return None
        y = year if year is not None else month_year(m2, None)
        return None if y is None else f"{_ym(y, 1)}/{_ym(y, m2)}"
    if kind == "year":
        if (
            g.get("ry") == "去年"
            and ref is not None
            and ctx.value is not None
            and "-" in ctx.value
            and ("/" in ctx.value or "Q" in ctx.value or "H" in ctx.value)
        ):
            return _shift_year(ctx.value, -1)  # 1-10月…与去年持平: the same months a year earlier
        if year is None or not 1000 <= year <= 2999:
            return None
        return f"{year:04d}"
    if kind == "year_span":
        y1, y2 = _num(g.get("y")), _num(g.get("y2"))
        if y1 is None or y2 is None or not y1 < y2:
            return None
        return f"{y1:04d}/{y2:04d}"
    if kind == "quarter":
        y, q = context_year(), _num(g.get("q"))
        return None if y is None or q is None or not 1 <= q <= 4 else f"{y:04d}-Q{q}"
    if kind == "quarter_span":
        y, q1, q2 = context_year(), _num(g.get("q")), _num(g.get("q2"))
        if y is None or q1 is None or q2 is None or not 1 <= q1 < q2 <= 4:
            return None
        return f"{y:04d}-Q{q1}/{y:04d}-Q{q2}"
    if kind == "quarters_to":
        y, q = context_year(), _num(g.get("q2"))
        return None if y is None or q is None else f"{y:04d}-Q1/{y:04d}-Q{q}"
    if kind == "half":
        y = context_year()
        return None if y is None else f"{y:04d}-H{1 if g.get('h') == '上' else 2}"
    if kind == "year_end":
        y = context_year()
        return None if y is None else f"{y:04d}-12-31"
    if kind == "spring_festival":
        if year is None or year not in tables.spring:
            return None
        return tables.spring[year].isoformat()[:7]
    if kind == "context_year":
        y = context_year()
        return None if y is None else f"{y:04d}"
    if kind == "reference_year":
        return None if ref is None else f"{ref.year:04d}"
    if kind == "past_year":
        if ref is None:
            return None
        return f"{ref.year - 1:04d}" if ref.month <= 6 else f"{ref.year:04d}"
    if kind == "years_since":
        n = _num(g.get("n"))
        if ref is None or n is None or n < 2:
            return None
        return f"{ref.year - n:04d}/{ref.year - 1:04d}"
    if kind == "same_day":
        # 当日 / 同日 at the start of a clause: the day named last, a few sentences before
        return ctx.day[1] if ctx.day is not None and m.start() - ctx.day[0] <= 600 else None
    if kind == "years_ahead":
        n = _num(g.get("n"))
        if ref is None or n is None or n < 2:
            return None
        return f"{ref.year:04d}/{ref.year + n - 1:04d}"
    if kind == "same_period_last_year":
        if ctx.value is not None:
            return _shift_year(ctx.value, -1)
        return None if ref is None else f"{ref.year - 1:04d}"
    if kind == "relative_day":
        if ref is None:
            return None
        rel = g.get("rel") or ""
        delta = {"昨": -1, "前": -2, "今": 0, "明": 1}[rel[0]]
        return (ref + timedelta(days=delta)).isoformat()
    if kind == "relative_month":
        if ref is None:
            return None
        shift = {"本": 0, "上": -1, "下": 1}[(g.get("relm") or "本")[0]]
        idx = ref.year * 12 + ref.month - 1 + shift
        d = _num(g.get("d"))
        if d is not None:
            try:
                return date(idx // 12, idx % 12 + 1, d).isoformat()
            except ValueError:
                return None
        return _ym(idx // 12, idx % 12 + 1)
    if kind == "reference_day":
        return None if ref is None else ref.isoformat()
    if kind == "report_period":
        # 报告期 is the period of a report named before it in the paragraph (据公司2025年年报，
        # 报告期内); an IPO prospectus's 报告期 names no year and is left out
        para = view.rfind("\n", 0, m.start()) + 1
        named = None
        for rm in _report_re().finditer(view, para, m.start()):
            named = int(rm.group(1))
        return None if named is None else f"{named:04d}"
    if kind == "relative_weekday":
        if ref is None:
            return None
        shift = {"本": 0, "这": 0, "上": -7, "下": 7}[(g.get("relw") or "本")[0]]
        wd = "一二三四五六日".find(g.get("wd") or "") if g.get("wd") != "天" else 6
        if wd < 0:
            return None
        return (ref - timedelta(days=ref.weekday()) + timedelta(days=wd + shift)).isoformat()
    return None


@cache
def _report_re() -> regex.Pattern[str]:
    """A periodic report named with its year (2025年年报, 2025年年度报告, 2026年一季报)."""
    return regex.compile(r"((?:19|20)[0-9]{2})年(?:年报|年度报告|半年报|半年度报告|第?[一二三四1-4]季度报告|[一二三四1-4]季报|三季报|年度业绩)")


@cache
def _sentence_year_re() -> regex.Pattern[str]:
    return regex.compile(r"((?:19|20)[0-9]{2})年|(今年|去年|明年)")


def _sentence_year(view: str, start: int, end: int, ref: Optional[date]) -> Optional[int]:
    """The last year written in view[start:end] (2024年, or 今年 against the reference)."""
    last: Optional[int] = None
    for m in _sentence_year_re().finditer(view, start, end):
        if m.group(1):
            last = int(m.group(1))
        elif ref is not None:
            last = ref.year + {"今年": 0, "去年": -1, "明年": 1}[m.group(2)]
    return last


def _candidates(view: str, tables: _DateTables) -> list[tuple[int, int, int, DateRule, regex.Match[str]]]:
    """Every rule match, as (start, -length, rule order, rule, match)."""
    out = []
    for order, rule in enumerate(tables.rules):
        for m in rule.pattern.finditer(view):
            if m.end() > m.start():
                out.append((m.start(), -(m.end() - m.start()), order, rule, m))
    return out


def _select(cands: list[tuple[int, int, int, DateRule, regex.Match[str]]]) -> list[tuple[DateRule, regex.Match[str]]]:
    """Non-overlapping matches: longest first, then the earlier rule; returned in text order."""
    chosen: list[tuple[DateRule, regex.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for s, negl, _order, rule, m in sorted(cands, key=lambda c: (c[1], c[2], c[0])):
        e = s - negl
        if any(a < e and s < b for a, b in taken):
            continue
        taken.append((s, e))
        chosen.append((rule, m))
    chosen.sort(key=lambda rm: rm[1].start())
    return chosen


def find_dates(text: str, reference: Reference = None) -> list[DateFound]:
    """Every date and period mention in `text`, resolved against `reference`.

    >>> [(d.text, d.value) for d in find_dates("2月23日,2024年长春新区大会,过去一年", "2024-02-23")]
    [('2月23日', '2024-02-23'), ('2024年', '2024'), ('过去一年', '2023')]
    >>> [(d.text, d.value) for d in find_dates("1-10月，比去年同期增长", "2016-11-22")]
    [('1-10月', '2016-01/2016-10'), ('去年同期', '2015-01/2015-10')]
    """
    tables = _tables()
    ref = to_reference(reference)
    view = fold(text)
    ctx = _Context()
    out: list[DateFound] = []
    for rule, m in _select(_candidates(view, tables)):
        value = _resolve(rule, m, view, ref, ctx, tables)
        if value is None:
            continue
        out.append(DateFound(text[m.start() : m.end()], m.start(), m.end(), value, rule.name))
        if rule.resolve in ("day", "month") and regex.fullmatch(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?", value):
            parts = [int(x) for x in value.split("-")]
            ctx.anchor = (m.end(), parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
            if len(parts) > 2:
                ctx.day = (m.end(), value)
        if m.groupdict().get("y") is not None or m.groupdict().get("ry"):
            y = _year_of(m.groupdict(), ref, ctx.year)
            if y is not None and rule.resolve not in ("year_span",) and m.groupdict().get("ry") != "上年":
                ctx.year = y
        if rule.resolve in ("month_span", "year_month_span", "months_to", "quarters_to", "quarter_span", "half", "quarter", "month", "year", "year_span"):
            ctx.value = value
    return out


def resolve_period(
    text: str,
    reference: Reference = None,
    start: int = 0,
    end: Optional[int] = None,
    dates: Optional[Sequence[DateFound]] = None,
) -> Optional[str]:
    """The period text[start:end] (a clause) talks about, for a metric's `period`.

    A cut-off (截至5月末) wins over other mentions (今年以来), then the first mention counts;
    plan periods (“十四五” -> 2021/2025) count here though they are not dates; 目前 / 现已 /
    截至目前 give the reference day. Pass `dates` (find_dates over the whole `text`) so
    context words (全年, 去年同期) resolve against the article, not the clause alone.

    >>> resolve_period("今年以来，截至5月末，累计完成", "2026-06-12")
    '2026-05'
    >>> resolve_period("“十四五”期间累计完成", "2026-06-12"), resolve_period("完成了", "2026-06-12")
    ('2021/2025', None)
    >>> body = "1-10月，投资增长。比去年同期提高"
    >>> resolve_period(body, "2016-11-22", start=10, dates=find_dates(body, "2016-11-22"))
    '2015-01/2015-10'
    """
    tables = _tables()
    stop = len(text) if end is None else end
    view = fold(text)
    if dates is None:
        found = [
            DateFound(d.text, d.start + start, d.end + start, d.value, d.rule)
            for d in find_dates(text[start:stop], reference)
        ]
    else:
        found = [d for d in dates if start <= d.start and d.end <= stop]
    for d in found:
        if regex.search(r"(?:截至|截止到?|到)[ \t]*$", view[max(start, d.start - 4) : d.start]):
            return d.value
    if found:
        return found[0].value
    pm = tables.plan_re.search(view, start, stop)
    if pm is not None:
        return tables.plan_periods[pm.group(0)]
    ref = to_reference(reference)
    if ref is not None and regex.search(r"目前|现已|当前|截至目前", view[start:stop]):
        return ref.isoformat()
    return None
