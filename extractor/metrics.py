"""Metric rows: every quantity stated about something, with what it measures and for when.

The numeral layer (numbers.py, units.py) finds the quantities; this module decides which
of them are facts and describes each one:

1. quantities   number+unit mentions from units.find_quantities, plus ratio parts
                (`1.1:50.3:48.6`) and ranks (`居全国第7位`) found here
2. exclusions   slogans, dates, ordinals, thresholds inside an indicator name, durations
                inside a rule, structure counts (`9个方面`), counts of one (`一批`)
3. indicator    the words before the quantity with cue words stripped, or the noun after a
                count (`实施50个院士型项目`), or, for `增长7.2%`, the figure it qualifies
4. attributes   relation and sign, comparator, subject, period, status, evidence

Cue words, indicator vocabulary and period words are data (resources/cues.yaml,
resources/indicators.yaml). Text is only read, never rewritten: every span indexes the body.
jieba is used through segment.py on short stretches around quantities only (whole-document
tagging is ~10x slower than the rest of the pipeline).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Iterable, Optional, Sequence

import regex

from .dates import DateFound
from .models import Metric, Normalized
from .rules import alternation, load_resource

# --------------------------------------------------------------------------- public API


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


@dataclass(frozen=True)
class Quantity:
    """A number with its unit as the numeral layer reports it (span indexes the body)."""

    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    normalized: Optional[tuple[Decimal, str]]
    comparator: str = "="
    kind: str = "quantity"  # quantity | ratio_part | rank | range_low | range_high


def find_metrics(context: MetricContext) -> MetricsFound:
    """Every quantitative fact in the body, one row per mention, in body order."""
    body = context.body
    if not body.strip():
        return MetricsFound()
    lex = _lexicon()
    layout = _layout(body)
    dates = _usable_dates(context, lex)
    quantities, boundaries = _accepted_quantities(context, layout, lex, dates)
    article_subject = _article_subject(context, lex)
    known = tuple(sorted({m.group(1) for m in lex.alias.finditer(body)}
                         | {m.group(1) for m in lex.stock.finditer(body)}, key=len, reverse=True))
    state = _DocState(context=context, layout=layout, lex=lex, dates=dates, article_subject=article_subject,
                      quantities=quantities, boundaries=boundaries, known_names=known,
                      own_area_doc=any(w in body for w in lex.own_area))
    rows: list[MetricRow] = []
    warnings: list[str] = []
    for i, q in enumerate(quantities):
        try:
            row = _describe(state, i, q)
        except (InvalidOperation, ValueError, ArithmeticError) as e:  # pydantic's ValidationError is a ValueError
            warnings.append(f"metric at {q.start} ({q.text}) left out: {type(e).__name__}")
            continue
        if row is not None:
            rows.append(row)
            state.described.append((q, row))
    undated = sum(1 for r in rows if r.metric.period is None)
    if undated and context.published_at is None:
        warnings.append(f"{undated} metric(s) without a period: no publication date to resolve against")
    return MetricsFound(rows=tuple(rows), warnings=tuple(warnings))


@lru_cache(maxsize=4096)
def _tag(text: str) -> tuple[tuple[str, str], ...]:
    """jieba (word, POS) pairs of a short text, cached: the same names recur in a document."""
    from . import segment  # noqa: PLC0415 - jieba loads lazily, on the first text that needs it

    return tuple(segment.tag(text))


@lru_cache(maxsize=4096)
def _first_word(text: str) -> str:
    """The first jieba word of a text (`对接成果` -> 对接, so 对 is not stripped as a preposition)."""
    from . import segment  # noqa: PLC0415

    words = segment.cut(text[:8], hmm=False)
    return words[0] if words else ""


@lru_cache(maxsize=4096)
def _last_word(text: str) -> str:
    """The last jieba word of a text (`项目签约` -> 签约, so 约 is not stripped as `about`)."""
    from . import segment  # noqa: PLC0415

    words = segment.cut(text[-8:], hmm=False)
    return words[-1] if words else ""


@lru_cache(maxsize=1024)
def _rx(pattern: str) -> regex.Pattern[str]:
    """Compiled pattern, cached: `regex.search(str, …)` costs ~7 µs per call in its own cache lookup."""
    return regex.compile(pattern)


def _re_match(p: str, s: str) -> Optional[regex.Match[str]]:
    return _rx(p).match(s)


def _re_search(p: str, s: str) -> Optional[regex.Match[str]]:
    return _rx(p).search(s)


def _re_fullmatch(p: str, s: str) -> Optional[regex.Match[str]]:
    return _rx(p).fullmatch(s)


def _re_sub(p: str, repl: Any, s: str) -> str:
    return _rx(p).sub(repl, s)


def _re_split(p: str, s: str) -> list[str]:
    return _rx(p).split(s)


def _re_finditer(p: str, s: str) -> Iterable[regex.Match[str]]:
    return _rx(p).finditer(s)


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lexicon:
    """Compiled views of cues.yaml and indicators.yaml (built once)."""

    cues: dict[str, Any]
    ind: dict[str, Any]
    strip_right: regex.Pattern[str]
    strip_left: regex.Pattern[str]
    keep_left: regex.Pattern[str]
    entity_start: regex.Pattern[str]
    person: regex.Pattern[str]
    alias: regex.Pattern[str]
    stock: regex.Pattern[str]
    region_names: regex.Pattern[str]
    entity_any: regex.Pattern[str]
    terms: tuple[str, ...]
    status_words: regex.Pattern[str]
    relation_rules: tuple[dict[str, Any], ...]
    own_area: frozenset[str]
    markets: tuple[str, ...]
    time_units: frozenset[str]
    structure_nouns: tuple[str, ...]
    enumeration_verbs: tuple[str, ...]
    generic_verbs: tuple[str, ...]
    attribute_nouns: tuple[str, ...]
    predicate: regex.Pattern[str]
    not_entities: tuple[str, ...]
    short_suffixes: frozenset[str]
    suffixes: tuple[str, ...]
    provinces: tuple[str, ...]


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest word first so that `同比增长` wins over `增长`."""
    return _alternation_of(tuple(words))


@lru_cache(maxsize=256)
def _alternation_of(words: tuple[str, ...]) -> str:
    """Cached body of `_alternation` (the cue tables are built once per process)."""
    return alternation(str(w) for w in words)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """The compiled cue and indicator tables, loaded once (resources are read-only data)."""
    cues = load_resource("cues.yaml")
    ind = load_resource("indicators.yaml")
    suffixes = _alternation(ind["entity_suffixes"])
    regions = _alternation(list(ind["regions"]) + list(ind["provinces"]))
    markets = tuple(sorted(ind["markets"], key=len, reverse=True))
    status = next(r for r in cues["status"] if r["name"] == "status_target_words")
    return _Lexicon(
        cues=cues,
        ind=ind,
        strip_right=regex.compile(rf"(?:{_alternation(ind['strip_right'])})$"),
        strip_left=regex.compile(rf"^(?:{_alternation(ind['strip_left'])})"),
        keep_left=regex.compile(rf"^(?:{_alternation(ind.get('keep_left', []))})") if ind.get("keep_left")
        else regex.compile(r"(?!)"),
        # A name ending in an organisation/place suffix, at least two characters before it.
        entity_start=regex.compile(rf"^[\p{{Han}}A-Za-z0-9*·]{{2,14}}?(?:{suffixes})"),
        person=regex.compile(rf"(?:{_alternation(ind['person_roles'])})(?!合计|共同|分别|累计|直接|间接|一致|其他|本次|均|各)(\p{{Han}}{{2,3}}?)(?=直接|间接|计划|持有|通过|拟)"),
        alias=regex.compile(r"[（(](?:以下)?简称[“\"]([^”\"]{2,12})[”\"][）)]"),
        stock=regex.compile(r"(\*?ST\p{Han}{2,4}|退市\p{Han}{2}|\p{Han}{2,8})[（(]\d{6}\.(?:SH|SZ|BJ|sh|sz|bj)[）)]"),
        region_names=regex.compile(rf"(?:{regions})(?:省|市|自治区)?(?!国(?!际|资|企|有|家|内|土|道))"),  # 在巴中国移民: not 巴中
        entity_any=regex.compile(rf"[\p{{Han}}]{{2,10}}?(?:{suffixes})"),
        terms=tuple(sorted(ind["terms"], key=len, reverse=True)),
        status_words=regex.compile(_alternation(status["words"])),
        relation_rules=tuple(cues["relation"]),
        own_area=frozenset(ind["own_area"]),
        markets=markets,
        time_units=frozenset(ind["time_units"]),
        structure_nouns=tuple(ind["structure_nouns"]),
        enumeration_verbs=tuple(sorted(ind["enumeration_verbs"], key=len, reverse=True)),
        generic_verbs=tuple(ind["generic_verbs"]),
        attribute_nouns=tuple(ind.get("attribute_nouns", [])),
        predicate=regex.compile(_alternation(ind["predicate_verbs"])),
        not_entities=tuple(ind["not_entities"]),
        short_suffixes=frozenset(ind["short_suffixes"]),
        suffixes=tuple(sorted(ind["entity_suffixes"], key=len, reverse=True)),
        provinces=tuple(ind["provinces"]),
    )


def reset_caches() -> None:
    """Forget compiled cue tables and patterns (tests that edit resource files)."""
    _lexicon.cache_clear()
    _rx.cache_clear()
    _alternation_of.cache_clear()
    _tag.cache_clear()
    _first_word.cache_clear()
    _last_word.cache_clear()
    _lead_entity_of.cache_clear()


# --------------------------------------------------------------------------- layout

_SENT_END = "。！？!?"
_CLAUSE_DELIMS = "，,；;：:"
_OPEN = "（(《【"
_CLOSE = "）)》】"
_STRUCTURE_CHAR = regex.compile("[" + regex.escape(_SENT_END + _CLAUSE_DELIMS + _OPEN + _CLOSE) + "]")


@dataclass(frozen=True)
class _Layout:
    """Paragraph, sentence, segment (；) and clause (，：) boundaries of the body."""

    paragraphs: tuple[tuple[int, int], ...]
    headings: tuple[bool, ...]
    sentences: tuple[tuple[int, int], ...]
    segments: tuple[tuple[int, int], ...]
    clauses: tuple[tuple[int, int], ...]
    section_starts: tuple[int, ...]  # body offset where each paragraph's section begins
    major_starts: tuple[int, ...]  # same for numbered top-level headings (`二、…`), else = section_starts
    starts: dict[int, tuple[int, ...]] = field(default_factory=dict)  # id(spans) -> span starts

    def find(self, spans: tuple[tuple[int, int], ...], pos: int) -> int:
        """Index of the span holding `pos` (spans are sorted and cover the body)."""
        keys = self.starts.get(id(spans))
        if keys is None:
            keys = tuple(s for s, _ in spans)
            self.starts[id(spans)] = keys
        i = bisect.bisect_right(keys, pos) - 1
        return max(i, 0)


def _layout(body: str) -> _Layout:
    """Split the body once into paragraphs, sentences, segments and clauses (brackets kept whole)."""
    paragraphs: list[tuple[int, int]] = []
    pos = 0
    for para in body.split("\n"):
        paragraphs.append((pos, pos + len(para)))
        pos += len(para) + 1
    headings = tuple(_is_heading(body[s:e]) for s, e in paragraphs)
    sentences: list[tuple[int, int]] = []
    segments: list[tuple[int, int]] = []
    clauses: list[tuple[int, int]] = []
    for ps, pe in paragraphs:
        depth = 0
        sent_s = seg_s = cl_s = ps
        skip_to = ps
        for m in _STRUCTURE_CHAR.finditer(body, ps, pe):
            i = m.start()
            if i < skip_to:
                continue
            ch = body[i]
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth = max(0, depth - 1)
            elif depth == 0 and not (
                    ch in ",:" and i + 1 < pe and body[i - 1:i].isdigit() and body[i + 1].isdigit()):
                end = i + 1
                if ch in _SENT_END:
                    while end < pe and body[end] in "”’\"）)":
                        end += 1
                clauses.append((cl_s, end))
                cl_s = end
                if ch in "；;" or ch in _SENT_END:
                    segments.append((seg_s, end))
                    seg_s = end
                if ch in _SENT_END:
                    sentences.append((sent_s, end))
                    sent_s = end
                skip_to = end
        if cl_s < pe or cl_s == ps:
            clauses.append((cl_s, pe))
        if seg_s < pe or seg_s == ps:
            segments.append((seg_s, pe))
        if sent_s < pe or sent_s == ps:
            sentences.append((sent_s, pe))
        # the newline belongs to nothing; spans stay sorted
    section_starts: list[int] = []
    major_starts: list[int] = []
    current = major = 0
    numbered = [_MAJOR_HEADING.match(body[s:e]) is not None for s, e in paragraphs]
    for (ps, _), head, num in zip(paragraphs, headings, numbered):
        if head:
            current = ps
        if num:
            major = ps
        section_starts.append(current)
        major_starts.append(major if any(numbered) else current)
    return _Layout(tuple(paragraphs), headings, tuple(sentences), tuple(segments), tuple(clauses),
                   tuple(section_starts), tuple(major_starts))


_MAJOR_HEADING = regex.compile(r"^[一二三四五六七八九十]+、.{2,40}$")


_HEADING_LEAD = regex.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])")


def _is_heading(text: str) -> bool:
    """A sub-heading: short, no sentence end (`2023年GDP完成913亿元,增长7.2%`, `一、工作回顾`)."""
    t = text.strip()
    if not t:
        return False
    if _HEADING_LEAD.match(t) and len(t) <= 40 and not _re_search(r"[。！？]", t[:-1]):
        return True
    return len(t) <= 45 and not _re_search(r"[。！？!?]", t) and not t.endswith(("：", ":", "，", ",", "；", ";"))


# --------------------------------------------------------------------------- quantities


def _numeral_quantities(body: str) -> list[Quantity]:
    """Quantities from the numeral layer (units.find_quantities), adapted to `Quantity`."""
    try:
        from . import units  # noqa: PLC0415 - the numeral layer may still be a placeholder
    except ImportError:
        return []
    finder = getattr(units, "find_quantities", None)
    if finder is None:
        return []
    out: list[Quantity] = []
    for m in finder(body):
        q = _adapt(m, body)
        if q is not None:
            out.extend(q)
    return out


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    """First of `names` present on a numeral-layer record (attribute or key): its API may grow."""
    for n in names:
        if isinstance(obj, dict) and n in obj:
            return obj[n]
        if hasattr(obj, n):
            return getattr(obj, n)
    return default


def _dec(x: Any) -> Optional[Decimal]:
    """A Decimal, or None for what is not a number."""
    if x is None:
        return None
    try:
        return x if isinstance(x, Decimal) else Decimal(str(x))
    except (InvalidOperation, ValueError):
        return None


def _adapt(m: Any, body: str) -> list[Quantity]:
    """One numeral-layer mention as a Quantity; ordinals and bare magnitudes keep a marker kind."""
    start, end = _get(m, "start"), _get(m, "end")
    unit = _get(m, "unit")
    value = _dec(_get(m, "value"))
    if start is None or end is None or value is None or not unit:
        return []
    norm = _get(m, "normalized")
    nval = _dec(_get(norm, "value")) if norm is not None else None
    nunit = _get(norm, "unit") if norm is not None else None
    comparator = _get(m, "comparator", default="=") or "="
    if comparator not in ("=", ">", ">=", "<", "<=", "~"):
        comparator = "="
    kind = "quantity"
    if _get(m, "ordinal", default=False):
        kind = "ordinal"
    elif _get(m, "dimension") == "magnitude":
        kind = "magnitude"
    elif _get(m, "dimension") == "time":
        kind = "time"
    return [Quantity(start, end, body[start:end], value, str(unit),
                     (nval, str(nunit)) if nval is not None and nunit else None, comparator, kind)]


_RATIO = regex.compile(r"(?<![\d.:：])(\d{1,3}(?:\.\d+)?)((?:[:：]\d{1,3}(?:\.\d+)?){1,4})(?![\d.:：])")
_RANK = regex.compile(
    r"(?:居|位列|位居|排名|排在|排|列|位于|跃升至|跃升到|跃居|名列|稳居|升至|保持)"
    r"(?:[^，。；、,;\n]{0,12}?)(第(?:\d+|[一二三四五六七八九十]+)位?|首位)(?!方阵|梯队|阵营|批|档|届|次|个|名次)"
)
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _small_cn(text: str) -> Optional[int]:
    """Value of a small Chinese or Arabic numeral (`十二` 12, `7` 7), for ranks.

    >>> _small_cn("十二"), _small_cn("二十"), _small_cn("7")
    (12, 20, 7)
    """
    if text.isdigit():
        return int(text)
    if not text or any(c not in _CN_DIGITS for c in text):
        return None
    if "十" not in text:
        return _CN_DIGITS[text] if len(text) == 1 else None
    head, _, tail = text.partition("十")
    return (_CN_DIGITS[head] if head else 1) * 10 + (_CN_DIGITS[tail] if tail else 0)


def _own_quantities(body: str) -> list[Quantity]:
    """Ratio parts and ranks: shapes the numeral layer does not report as quantities."""
    out: list[Quantity] = []
    for m in _RATIO.finditer(body):
        parts = [m.group(1)] + _re_split(r"[:：]", m.group(2))[1:]
        if not any("." in p for p in parts) and not _re_search(r"比|结构|比例|之比", body[max(0, m.start() - 12):m.start()]):
            continue  # 14:19:39 is a time, not a ratio
        pos = m.start()
        for p in parts:
            s = body.index(p, pos)
            v = Decimal(p)
            out.append(Quantity(s, s + len(p), p, v, "%", (v, "%"), "=", "ratio_part"))
            pos = s + len(p)
    for m in _RANK.finditer(body):
        t = m.group(1)
        n = 1 if t == "首位" else _small_cn(t.strip("第位"))
        if n is None:
            continue
        out.append(Quantity(m.start(1), m.end(1), t, Decimal(n), "位", None, "=", "rank"))
    return out


def _find_quantities(body: str) -> list[Quantity]:
    """All candidate quantities, own shapes first where they overlap the numeral layer's."""
    own = _own_quantities(body)
    taken = [(q.start, q.end) for q in own]
    out = list(own)
    for q in _numeral_quantities(body):
        if any(q.start < e and s < q.end for s, e in taken):
            continue
        if q.text.startswith("负") and body[q.start - 1:q.start] == "减":
            q = replace(q, start=q.start + 1, text=q.text[1:])  # 为纳税人减负180亿元: 减负 is a verb
        out.append(q)
    out.sort(key=lambda q: (q.start, q.kind != "range_low"))
    return _share_units(body, out)


def _share_units(body: str, qs: list[Quantity]) -> list[Quantity]:
    """`高于全国12.7个、12个百分点`: a list item written without the rest of its unit takes it
    from the item after it."""
    out = list(qs)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (a.kind in ("quantity", "magnitude") and b.kind == "quantity" and len(b.unit) > len(a.unit)
                and b.unit.startswith(a.unit)
                and a.text.endswith(a.unit) and _re_fullmatch(r"\s*(?:、|和|与|及|至|到|-|—|～|~)\s*", body[a.end:b.start])):
            norm = None
            if b.normalized is not None and b.value:
                norm = (a.value * b.normalized[0] / b.value, b.normalized[1])
            out[i] = replace(a, unit=b.unit, normalized=norm, kind="quantity")
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.comparator == ">=" and b.comparator == "<=" and a.unit != b.unit
                and _re_fullmatch(r"\s*(?:至|到|-|—|～|~)\s*", body[a.end:b.start])):
            # 回落1.32个百分点至2.08%: a change and the level it leads to, not a range
            out[i], out[i + 1] = replace(a, comparator="="), replace(b, comparator="=")
    return out


# --------------------------------------------------------------------------- exclusions

_CN_NUM_START = regex.compile(r"^[一二两三四五六七八九十百千万亿零〇几数]")


def _accepted_quantities(context: MetricContext, layout: _Layout, lex: _Lexicon,
                         dates: Sequence[DateFound]) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """Candidate quantities minus those the conventions leave out (see module docstring).

    Also returns the spans of left-out numbers that still end the text about the next figure
    (dates, structure counts, slogans: `出台9个方面33条…举措`), but not thresholds, which stay
    inside the next figure's indicator (`开复工5000万元以上项目147个`).
    """
    body = context.body
    date_spans = [(d.start, d.end) for d in context.dates]
    out: list[Quantity] = []
    boundaries: list[tuple[int, int]] = []
    slogan_spans = _all_occurrences(body, context.slogan_spans)
    for q in _find_quantities(body):
        if q.kind == "magnitude":
            completed = _complete_magnitude(q, body, lex)
            if completed is None:
                boundaries.append((q.start, q.end))
                continue
            q = completed
        why = _excluded(q, body, lex, slogan_spans, date_spans)
        if why is None:
            out.append(q)
        elif why in ("structure count", "named set", "ordinal unit"):
            boundaries.append((q.start, q.end))
    boundaries.sort()
    return out, boundaries


# `…的小型微利企业`: what a bound before it picks out is a kind of taxpayer or firm, not an amount
_THRESHOLD_OF_WHO = regex.compile(
    r"(?:企业|纳税人|公司|个人|家庭|单位|人员|居民|群体|主体|商户|个体工商户|机场|港口|城市|园区|项目|产业集群|基地)$")


def _repeated_members(body: str, q: Quantity) -> bool:
    """A count right after the list of its members (`陆良、师宗、罗平3家`), every member already
    named earlier in the text: the same set counted a second time."""
    if q.unit not in _COUNT_CLASSIFIERS or not 2 <= q.value <= 12:
        return False
    a = max(body.rfind(c, max(0, q.start - 80), q.start) for c in "，,。；;：:\n（(") + 1
    if a == 0 and q.start > 80:
        return False
    names = body[a:q.start].split("、")
    if len(names) != int(q.value) or any(not 2 <= len(x) <= 8 for x in names[1:]):
        return False
    first = names[0][-len(names[1]):] if len(names[0]) > len(names[1]) else names[0]
    if not all(0 <= body.find(x) < a for x in names[1:] + [first]):
        return False
    # the same count was stated after those members before (`罗平、师宗、陆良3家…`)
    return any(any(x in body[max(0, k - 12):k] for x in names[1:]) for k in _find_all(body[:a], q.text))


def _threshold_of_who(text: str) -> bool:
    """Whether `text` opens with 的 and a noun phrase naming a kind of firm, person or place
    (`的小型微利企业免征…`), not an amount (`的资金来启动项目`)."""
    if not text.startswith("的"):
        return False
    noun = _noun_run(text[1:12])
    return bool(noun) and len(noun) <= 10 and _THRESHOLD_OF_WHO.search(noun) is not None


def _droppable_spans(state: "_DocState") -> list[tuple[int, int]]:
    """Dates and durations: left out of the text an indicator is read from, not cutting it
    (`粮食产量连续7年稳定在1300亿斤以上`, `2023年长春新区落位项目128个`)."""
    spans = [(d.start, d.end) for d in state.context.dates]
    spans += [(m.start(), m.end()) for m in _DURATION.finditer(state.context.body)]
    return sorted(spans)


_COUNT_CLASSIFIERS = frozenset("个 家 项 座 条 所 台 套 名 户 只 支 处 场".split())

_COMPARISON_BEFORE = regex.compile(r"(?:分别较|分别比|同比|相比|较|比|与)$")

_DURATION = regex.compile(r"(?:连续|已连续|长达|近)?[\d一二两三四五六七八九十]+(?:个)?(?:年|个月|个交易日|天)(?:来|以来|间)?")


def _all_occurrences(body: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every occurrence of each slogan's text (the slogan stage reports the first only)."""
    out = set(spans)
    for s, e in spans:
        text = body[s:e]
        if len(text) < 2:
            continue
        k = body.find(text)
        while k != -1:
            out.add((k, k + len(text)))
            k = body.find(text, k + 1)
    return sorted(out)


_MAGNITUDES = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000), "百": Decimal(100)}


def _complete_magnitude(q: Quantity, body: str, lex: _Lexicon) -> Optional[Quantity]:
    """`56万人口` -> 56 万人: the measure word the noun after a bare magnitude implies."""
    factor = _MAGNITUDES.get(q.unit)
    if factor is None:
        return None
    after = body[q.end:q.end + 8]
    for cls, nouns in lex.ind["implied_classifiers"].items():
        for noun in sorted(nouns, key=len, reverse=True):
            if after.startswith(noun) or _re_match(rf"^[\p{{Han}}]{{1,4}}{regex.escape(noun)}", after) and len(noun) >= 2:
                unit = q.unit + cls
                return replace(q, unit=unit, normalized=(q.value * factor, "count"), kind="quantity")
    return None


def _excluded(q: Quantity, body: str, lex: _Lexicon, slogans: Sequence[tuple[int, int]],
              date_spans: Sequence[tuple[int, int]]) -> Optional[str]:
    """The reason a quantity is not a metric, or None when it is one."""
    if any(q.start < e and s < q.end for s, e in slogans):
        return "slogan"
    if q.kind != "rank" and any(q.start < e and s < q.end for s, e in date_spans):
        return "date"
    before = body[max(0, q.start - 4):q.start]
    after = body[q.end:q.end + 6]
    if q.kind == "rank":
        return None
    if q.kind == "ratio_part":
        return None
    opened = max(body.rfind("(", 0, q.start), body.rfind("（", 0, q.start))
    if opened != -1 and opened > q.start - 30:
        closed = min([k for k in (body.find(")", q.end), body.find("）", q.end)) if k != -1] or [-1])
        if closed != -1 and closed - opened < 40 and _re_fullmatch(r"[\d.,，\s%+\-]+", body[opened + 1:closed]):
            return "quote ticker"  # 摩根大通(115.395, 2.79, 2.47%): a price tick, not a reported figure
    qo = body.rfind("“", max(0, q.start - 8), q.start)
    if qo != -1 and "”" not in body[qo:q.start]:
        qc = body.find("”", q.end, q.end + 8)
        inner = body[qo + 1:qc] if qc != -1 and "“" not in body[q.end:qc] else ""
        if inner and len(inner) <= 8 and len(_re_sub(r"[^\p{Han}]", "", inner.replace(q.text, ""))) >= 2:
            return "quoted phrase"  # 虚构“最后三单”的紧张氛围: words in quotes, not a reported figure
    if q.kind == "ordinal" or before.endswith("第") or (before.endswith("首")):
        return "ordinal"
    if _re_search(r"[\d.．]$", before) or _re_search(r"[A-Za-z]$", before) and not before.endswith(("GDP", "CPI", "PPI")):
        return "code"  # 第9.3.7条, T800, G331: a code, not an amount
    if not q.unit or q.unit in ("", "个数"):
        return "no unit"
    if _repeated_members(body, q):
        return "anaphora"  # 陆良、师宗、罗平3家村镇银行被吸收合并后: the same members counted again
    if _re_match(r"\d", q.text) and _re_search(r"(?:这|上述|前述|该|这些|那)$", before) and not _re_search(r"[%％]|百分点", q.unit):
        return "anaphora"  # 这4家机构, 上述3家村镇银行, 这27家农商行: the count stated before, repeated
    unit = q.unit
    # A count of one written in Chinese (一批, 一份, 一系列) or an `N大` set (三大梯队, 二十大).
    if _re_match(r"^二[^十百千万亿零〇一二三四五六七八九\d]", q.text):
        return "not a count"  # 二人转: a count is written 两人, 二 before a measure word is a name
    if _CN_NUM_START.match(q.text):
        if _re_match(r"^(?![村镇乡屯街路桥岛湾沟营堡庄铺坡岗巷])[\p{Han}]{1,2}?(?:子村|村|镇|乡|屯|街道|街|路|桥|岛|湾|沟|营|堡|庄|铺|坡|岗|胡同|巷)", after):
            return "place name"  # 五家子村, 四棵树乡, 八家户村
        if before.endswith("“"):
            return "quoted name"  # “三次创业”, “七个净月”
        if _re_search(r"(?:这|该|上述|以上|前述|此|那)$", before):
            return "anaphora"  # 这四类问题
        if q.value == 1 and q.text[0] == "一":
            return "count of one"
        if after.startswith("大") or unit == "大":
            return "named set"
    if unit in ("届", "次会议", "批", "期"):
        return "ordinal unit"
    if before.endswith("届") or _re_match(r"(?:、[一二三四五六七八九十]+次)*(?:全会|会议|全体会议|党代会|代表大会)", after):
        return "ordinal"  # 省委十二届七次、八次全会
    if _re_match(r"^[千百万亿]", q.text) and not _re_search(r"\d", q.text):
        # a bare magnitude (`破千亿`, `千亿级`) is a figure after a comparator or verb; else a name
        # or a unit (`长春百克生物`, `27克/千克`, `3个千亿元台阶`, `一批千亿级开发区`)
        if not _re_search(r"(?:破|突破|超|超过|逾|近|达|达到|上|迈上|迈入|跨越|跨上|站上|打造|培育|形成|成为|实现|至|到|过)$", before) \
                and not _re_search(r"[余多]", q.text):
            return "bare magnitude"
    if q.text.endswith("级") and _re_search(r"[个批家座]$", before):
        return "threshold in indicator"  # 5个百亿级项目: the class of what is counted
    if after.startswith("级") and not _MONEY.search(unit):
        return "class"  # 30万吨级航道
    if _CN_NUM_START.match(q.text) and _re_match(r"(?:产业|产|次产业)", after) or (q.unit == "次" and after.startswith("产业")):
        return "sector name"  # 三次产业, 一产
    if _re_match(rf"(?:{_alternation(lex.cues['not_metric']['rule_followers'])})", after):
        return "rule term"  # 营业收入低于3亿元即可“披星戴帽”: a condition of a rule
    if unit in lex.cues["not_metric"].get("rule_segment_units", ()):
        lo, hi = max(0, q.start - 200), min(len(body), q.end + 200)
        a = max(max(body.rfind(c, lo, q.start) for c in "；;。\n") + 1, lo)
        ends = [k for k in (body.find(c, q.end, hi) for c in "；;。\n") if k != -1]
        segment = body[a:min(ends) if ends else hi]
        if _re_search(rf"(?:{_alternation(lex.cues['not_metric']['rule_segment_words'])})", segment):
            return "rule term"  # 车船税按照现行适用税额的50％征收: the terms of a tax rule
    # Threshold inside an indicator name: `5000万元以上项目`, `规模以上`.
    tail = _re_match(r"(?:及)?(?:以上|以下|以内)", after) if not q.text.endswith(("以上", "以下")) else _re_match("", after)
    if q.text.endswith(("以上", "以下")) or tail:
        rest = after[tail.end():] if tail else after
        counted = q.unit in _COUNT_CLASSIFIERS and _re_search(r"(?:争取|推动|培育|新增|建设|打造|引进|实施|推进|支持|认定|建成|新建)$",
                                                             body[max(0, q.start - 4):q.start])
        if counted:
            pass  # 争取100个以上项目纳入…: a count of the projects with a lower bound, not a class of them
        elif rest[:1] and _re_match(r"[\p{Han}“]", rest[:1]) and not _re_match(
                r"(?:的|，|。|；|、|和|及|或|增长|下降|同比|左右|占|规模|水平|目标|任务)", rest):
            return "threshold in indicator"
        if _re_match(r"的(?:企业|项目|公司|城市|县|园区|产业集群|单位|家庭|工业企业|重点项目|大项目)", rest):
            return "threshold in indicator"  # 年营业收入2000万元以上的企业达500家
    if _re_search(r"(?:过|超|破)$", before) and _re_match(r"(?:的)?(?:省份|城市|地区|国家|经济体|县域|县|市|企业|园区)(?!\p{Han}{0,2}(?:增长|达到|达|完成))", after):
        return "threshold in indicator"  # 全国第三个、北方第一个过10万亿元省份: the class of province named
    if q.comparator in ("<", "<=", ">", ">=") or _re_search(r"(?:低于|不超过|不足|高于|超过|不低于|不少于)$", before):
        # 年应纳税所得额低于100万元（含100万元）的小型微利企业: a bound that picks out who a rule covers
        rest = _re_sub(r"^[（(][^）)]{0,16}[）)]", "", body[q.end:q.end + 30])
        if _threshold_of_who(rest):
            return "threshold in indicator"
    po = body.rfind("（", max(0, q.start - 8), q.start)
    pc = body.find("）", q.end, q.end + 8)
    if po != -1 and pc != -1 and "）" not in body[po:q.start] and _re_search(r"(?:以上|以下|以内|低于|不超过|不足|高于|超过|\p{Han}元)$", body[max(0, po - 4):po]) \
            and _threshold_of_who(body[pc + 1:pc + 31]):
        return "threshold in indicator"  # 低于100万元（含100万元）的小型微利企业: the bracket restates the bound
    # Structure counts: `9个方面`, `分为两部分`.
    for noun in lex.structure_nouns:
        if after.startswith(noun):
            return "structure count"
    if _re_search(r"分为|分成|划分为", before):
        return "structure count"
    if q.value <= 10 and unit in ("个", "条", "项", "点", "种", "类", "大") and _re_match(
            r"[^。！？\n]{0,24}?(?:[：:]|[。！？]”?)\s*[“\"]?(?:一是|首先|其一|第一[，,、])", body[q.end:q.end + 40]):
        return "structure count"  # 两条清晰的演进路径：一是…二是…; 两个问题。首先…: the count of what is listed next
    # Durations inside a rule (`连续20个交易日`, `十五个交易日后`); a measured duration stays.
    if q.kind == "time" or unit in lex.time_units or _re_search(r"(?:个月|交易日|工作日|小时|分钟|天|年)$", unit):
        if _re_search(r"(?:长达|历时|已达|连续)$", body[max(0, q.start - 4):q.start]):
            return "duration"
        if _re_search(r"(?:为|达|是|用时|耗时|缩短至|缩短到|压缩至|压缩到|延长至|平均|仅需|只需)$", body[max(0, q.start - 6):q.start]):
            return None
        return "duration"
    if before.endswith("连续"):
        return "duration"
    return None


# --------------------------------------------------------------------------- dates and periods


def _usable_dates(context: MetricContext, lex: _Lexicon) -> list[DateFound]:
    """Date mentions that can be the period of a figure: not vague, not inside 《》 titles."""
    body = context.body
    ignore = tuple(lex.cues["period"]["ignore"])
    out: list[DateFound] = []
    for d in sorted(context.dates, key=lambda d: d.start):
        if not d.value:
            continue
        t = d.text
        if t in ignore or any(t.endswith(w) and w in ("近日", "近期", "日前", "近年来", "近年") for w in ignore):
            continue
        if _re_match(r"^(?:近|长达|连续)", t) or _re_fullmatch(r"\d{4}", t):
            continue  # a bare 2000 is as often a name (中证2000指数) as a year
        after = body[d.end:d.end + 3]
        if _re_match(r"(?:新高|新低|最|首次)", after) and t.endswith("来"):
            continue  # 创十年来新高: a comparison, not a period
        if body[d.start - 1:d.start] == "“" and body[d.end:d.end + 1] == "”":
            continue  # a quoted date is the name of an event
        opened = body.rfind("《", 0, d.start)
        if opened != -1 and body.rfind("》", 0, d.start) < opened:
            continue
        out.append(d)
    return out


def _pub(context: MetricContext) -> Optional[tuple[int, int, int]]:
    """(year, month, day) of publication, the anchor of relative periods."""
    p = context.published_at
    if not p:
        return None
    m = _re_match(r"(\d{4})-(\d{2})-(\d{2})", p)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _year_of(value: str) -> Optional[str]:
    """The year an ISO period starts in."""
    m = _re_match(r"\d{4}", value)
    return m.group(0) if m else None


def _shift_year(value: str, years: int) -> str:
    """The same period `years` years away (`2016-01/2016-10` -1 gives `2015-01/2015-10`).

    >>> _shift_year("2016-01/2016-10", -1)
    '2015-01/2015-10'
    """
    return _re_sub(r"\d{4}", lambda m: str(int(m.group(0)) + years), value)


def _period_end(value: str) -> str:
    """The last day of an ISO period, for comparing with the publication date."""
    last = value.split("/")[-1]
    if _re_fullmatch(r"\d{4}", last):
        return last + "-12-31"
    m = _re_fullmatch(r"(\d{4})-Q([1-4])", last)
    if m:
        return f"{m.group(1)}-{int(m.group(2)) * 3:02d}-31"
    m = _re_fullmatch(r"(\d{4})-H([12])", last)
    if m:
        return f"{m.group(1)}-{'06-30' if m.group(2) == '1' else '12-31'}"
    if _re_fullmatch(r"\d{4}-\d{2}", last):
        return last + "-31"
    return last


# --------------------------------------------------------------------------- subjects


def _article_subject(context: MetricContext, lex: _Lexicon) -> Optional[str]:
    """Whose figures the article reports: a name in the title, else the body's main region or company."""
    body = context.body
    head = body[:600]
    m = lex.stock.search(head)
    if m:
        return m.group(1)
    title = context.title or ""
    m = lex.alias.search(head)
    alias = m.group(1) if m else None
    for market in lex.markets:
        if market in title:
            return market
    found = _title_entity(title, lex)
    if found:
        return found
    if alias:
        return alias
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    names = lex.region_names
    if _re_search(r"我省|全省|本省", body):
        names = regex.compile(rf"(?:{_alternation(lex.provinces)})(?:省|市|自治区)?")
    own_area = names is not lex.region_names
    forms: dict[str, dict[str, int]] = {}
    for m in names.finditer(body):
        name = m.group(0)
        if _ORG_AFTER_REGION.match(body, m.end()):
            continue  # 中国银行北京市分行, 陕西煤业: part of an organisation's name
        key = _re_sub(r"(?:省|市|自治区)$", "", name) or name  # 吉林省 and 吉林 are one region
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, m.start())
        forms.setdefault(key, {})
        forms[key][name] = forms[key].get(name, 0) + 1
    if counts:
        best = max(counts, key=lambda n: (counts[n], -first[n]))
        # without 全省/我省, a region named once, or no more often than another, is a passing
        # mention (a company's seat, a comparison), not whose figures these are
        runner_up = max((c for n, c in counts.items() if n != best), default=0)
        if own_area or (counts[best] >= 2 and counts[best] > runner_up and first[best] < 200):
            # (a region first named deep in the text is one example among others); its usual form
            return max(forms[best], key=lambda f: (forms[best][f], -len(f)))
        return None
    for m in lex.entity_any.finditer(body[:300]):
        if _plausible_entity(m.group(0), body[m.end():m.end() + 2], lex) and body.count(m.group(0)) >= 2:
            return m.group(0)  # named again later: the article is about it, not quoting it once
    return None


# What follows a region inside an organisation's name (`北京市分行`, `陕西煤业`, `深圳分公司`).
_ORG_AFTER_REGION = regex.compile(
    r"(?:(?![的和与及新增等家个了在为是将上])\p{Han}){0,8}?(?:分行|支行|分公司|子公司|公司|集团|证券|银行|煤业|能源|股份|科技|大学|医院|交易所|证监局|分局|办事处|商会|协会)")


def _title_entity(title: str, lex: _Lexicon) -> Optional[str]:
    """The first place or organisation the headline names (`1-10月德清县固定资产投资…` gives 德清县)."""
    title = _re_sub(r"^\d{4}(?:年)?", "", title)
    for part in _re_split(r"[\s|｜:：,，“”\"]+", title):
        part = _re_sub(r"^(?:\d+-\d+月|\d+月|今年|去年|上半年|一季度)", "", part)
        m = lex.entity_start.match(part)
        if m and len(m.group(0)) <= 10 and _plausible_entity(m.group(0), part[m.end():m.end() + 2], lex):
            return m.group(0)
        m = lex.region_names.match(part)
        if m:
            return m.group(0)
    return None


def _plausible_entity(name: str, after: str, lex: _Lexicon) -> bool:
    """A name, not a common word ending like one (`实现地区`, `主动退市`, `加快布局`, `城市`)."""
    if lex.region_names.fullmatch(name):
        return True
    if name[:2] in lex.own_area or _re_match(r"^(?:全|我|本|该|各|其|首|第|这|那|此|所有|全部|大力|部分|多个|一批|合计|省|市|县)", name):
        return False
    if any(name.endswith(w) for w in lex.not_entities):
        return False
    if _re_search(r"[的和与或在为是将对把被从因了及于由各、，,\d]|归属|委托|聘请|授权|通过|^内", name[:-1]):
        return False
    if _re_search(r"^(?:超|近|逾|约|已|共)|[一二两三四五六七八九十百千万亿几][个家名所座批]", name):
        return False
    if lex.strip_left.match(name) or any(name.startswith(v) for v in lex.enumeration_verbs + lex.generic_verbs):
        return False
    suffix = next((x for x in lex.suffixes if name.endswith(x)), "")
    if name[:len(name) - len(suffix)] in lex.ind["generic_name_heads"] or _re_match(
            r"^(?:省级|市级|国家级|县级|区级|各类|相关|重点|首批|新建|新增|一批)", name):
        return False  # 上市公司, 省级创意设计产业园区: a kind of organisation, not one
    if suffix in lex.short_suffixes:
        if not (3 <= len(name) <= 5 or lex.region_names.match(name)):
            return False
        verbs = lex.enumeration_verbs + lex.generic_verbs + ("办理", "推进", "提升", "开展", "持续", "加快", "深化")
        if any(v in name[:-len(suffix)] for v in verbs):
            return False
        if after[:1] and after[:1] in "场镇乡民域级内外值际长市":
            return False  # 城市/市场/区域/省际/市长: the suffix character starts the next word
    if lex.region_names.match(name):
        return True
    tags = _tag(name)
    if tags and tags[0][1][:1] in ("v", "d", "p", "c", "a", "m", "r", "u") and tags[0][1] not in ("vn",):
        return False
    if suffix in lex.short_suffixes and any(f in ("v", "vn", "ad", "d") for _, f in _tag(name[:-len(suffix)])):
        return False  # 办理省, 高质量办理市: a verb before 省/市 makes it no place name
    return True


def _lead_entity(text: str, lex: _Lexicon) -> Optional[str]:
    """A name opening a sentence or clause (`沈阳浑南科技城落户87个项目` gives 沈阳浑南科技城)."""
    return _lead_entity_of(text[:24]) if lex is _lexicon() else _lead_entity_uncached(text[:24], lex)


@lru_cache(maxsize=4096)
def _lead_entity_of(text: str) -> Optional[str]:
    """Cached `_lead_entity` for the default tables (the same clause heads recur)."""
    return _lead_entity_uncached(text, _lexicon())


def _lead_entity_uncached(text: str, lex: _Lexicon) -> Optional[str]:
    """See `_lead_entity`."""
    t = _re_sub(r"^(?:[—\-\s“”]+|其中|此外|同时|另外|以)", "", text)
    m = _re_match(r"^以(\*?ST\p{Han}{2,4}|\p{Han}{2,8})为例", text)
    if m:
        return m.group(1)
    m = _re_match(r"^(\*?ST\p{Han}{2,4}?)(?=[、，,（(]|因|为|公司|甚至|同样|的|作为|于)", t)
    if m:
        return m.group(1)
    for market in lex.markets:
        if t.startswith(market):
            return market
    m = lex.entity_start.match(t)
    if m:
        name = m.group(0)
        ext = _re_match(r"^[\p{Han}]{0,3}?(?:交易所|分公司|支行|分行|集团|公司|银行|研究院|实验室|科技城|科学城)", t[m.end():])
        if ext:
            name = name + ext.group(0)  # 北京证券 + 交易所
        if _plausible_entity(name, t[len(name):len(name) + 2], lex):
            return name
    m = lex.region_names.match(t)
    if m:
        return m.group(0)
    return None


# --------------------------------------------------------------------------- describing one quantity


@dataclass
class _DocState:
    context: MetricContext
    layout: _Layout
    lex: _Lexicon
    dates: list[DateFound]
    article_subject: Optional[str]
    quantities: list[Quantity]
    boundaries: list[tuple[int, int]] = field(default_factory=list)
    known_names: tuple[str, ...] = ()
    own_area_doc: bool = False
    persons: dict[str, bool] = field(default_factory=dict)
    _qstarts: tuple[int, ...] = ()
    _drops: Optional[list[tuple[int, int]]] = None

    def without_drops(self, a: int, b: int) -> str:
        """body[a:b] with dates and durations cut out."""
        if self._drops is None:
            self._drops = _droppable_spans(self)
        body = self.context.body
        parts, pos = [], a
        for s, e in self._drops:
            if e <= a or s >= b:
                continue
            if s < a or e > b:
                continue
            m = _COMPARISON_BEFORE.search(body, max(a, pos), s)
            if m:
                s = m.start()  # 收益率较4月份回落: the comparison goes with its date
            parts.append(body[pos:s])
            pos = e
        parts.append(body[pos:b])
        return "".join(parts)

    def quantities_between(self, a: int, b: int) -> list[Quantity]:
        """Accepted quantities starting in [a, b)."""
        if len(self._qstarts) != len(self.quantities):
            self._qstarts = tuple(x.start for x in self.quantities)
        i = bisect.bisect_left(self._qstarts, a)
        j = bisect.bisect_left(self._qstarts, b)
        return self.quantities[i:j]
    described: list[tuple[Quantity, MetricRow]] = field(default_factory=list)


_PART_OF_GROUP = regex.compile(
    r"的([\p{Han}A-Za-z]{2,12}?)(?=完成|实现|达到|参与|使用|拥有|表示|认为|来自|集中|位于|选择|已|都|均|将|和|[，,。；;]|$)")


@dataclass
class _Indicator:
    text: str
    rule: str
    subject: Optional[str] = None
    evidence_start: Optional[int] = None
    relation: Optional[str] = None
    sign: int = 1


_COUNT_UNITS = regex.compile(r"^(?:万|亿|千|百)?(?:个|家|户|名|人|项|条|件|种|只|款|台|套|部|座|所|场|次|批|处|对|列|艘|架|辆|支|位|起|宗|份|张|篇|类|块|棵|头|间|亩)$")
_PERCENTISH = ("%", "‰", "倍", "成", "个百分点", "百分点")
_MONEY = regex.compile(r"(?:元|美元|欧元|港元|日元|英镑)(?:/股)?$")
_QUOTE_CLEAN = regex.compile(r"^(?:[\s”\"'‘’、，,：:；;（）()—\-…]|“(?![^“”]*”))+|[\s“\"'‘、，,：:；;（(—\-…]+$")


def _describe(state: _DocState, index: int, q: Quantity) -> Optional[MetricRow]:
    """One metric row for one accepted quantity, or None when nothing names what it measures."""
    ctx, layout, lex = state.context, state.layout, state.lex
    body = ctx.body
    ci = layout.find(layout.clauses, q.start)
    c0, c1 = layout.clauses[ci]
    indicator = _rank_indicator(state, q, c0) if q.kind == "rank" else _find_indicator(state, index, q, c0, c1)
    if not indicator.text:
        return None
    relation, sign, rel_rule = _relation(state, q, indicator, c0)
    comparator = _comparator(state, q)
    value = q.value * sign
    normalized: Optional[Normalized] = None
    if q.normalized is not None:
        nval, nunit = q.normalized
        normalized = Normalized(value=float(nval * sign), unit=nunit)
    sentence_subject = _sentence_subject(state, q) if indicator.rule != "kinds_counted" else None
    subject = next((x for x in (indicator.subject, _subject_of_previous(state, q, indicator), sentence_subject,
                                _paragraph_actor(state, q)) if x and not _is_person(state, x)), None) or state.article_subject
    period, per_rule = _period(state, q, c0)
    period, per_rule = _plan_or_recent_years(state, q, c0, period, per_rule)
    period, per_rule = _from_to(state, q, c0, period, per_rule)
    if period is not None and not _ISO_PERIOD.fullmatch(period):
        period, per_rule = None, per_rule + "(unresolved)"
    status = _status(state, q, period)
    ev_start = indicator.evidence_start if indicator.evidence_start is not None else c0
    evidence = _evidence(body, ev_start, c1, q)
    metric = Metric(
        indicator=indicator.text,
        subject=subject,
        value=float(value),
        unit=q.unit,
        normalized=normalized,
        comparator=comparator,  # type: ignore[arg-type]
        relation=relation,  # type: ignore[arg-type]
        period=period,
        status=status,  # type: ignore[arg-type]
        mention=q.text,
        evidence=evidence,
        span=(q.start, q.end),
    )
    rule = f"{q.kind}/indicator:{indicator.rule}/relation:{rel_rule}/period:{per_rule}"
    return MetricRow(metric=metric, rule=rule)


# `在第12届世界运动会上金牌贡献率…`: the event a figure was won at is not part of its name
_EVENT_PREFIX = regex.compile(r"^(?:在)?第[\d一二三四五六七八九十]+[届次][^，,、]{1,14}?(?:上|中|期间)")

_RANK_VERB = regex.compile(
    r"(?:(?:连续|已连续)[\d一二三四五六七八九十]+年)?(?:均|仍|继续|也)?"
    r"(?:位居|位列|居于|居|排名|排在|排位|排|名列|位于|跃升至|跃升到|跃居|稳居|升至|提升至|上升至|保持)")


def _rank_indicator(state: _DocState, q: Quantity, c0: int) -> _Indicator:
    """What is ranked: the words before the rank verb (`规上工业增加值增幅居全国第7位`), else the
    figure just reported (`…246.79亿元，…，位列三县两区第一`), else the clause before."""
    body = state.context.body
    start = c0
    for pq in state.quantities_between(c0, q.start):
        start = max(start, pq.end)  # 集群总数达8个、居全国第2位: the figure before is what is ranked
    local = body[start:q.start].lstrip("、，, ")
    m = None
    for m in _RANK_VERB.finditer(local):
        pass
    head = local[:m.start()] if m else ""
    head = _re_sub(r"从[^，,]*$", "", head)  # 从全国第11位跃升至第4位
    head = _EVENT_PREFIX.sub("", head)
    head = _re_sub(r"(?:的|在|中|上)$", "", head)
    core = _re_sub(r"(?:均|仍|也|继续|总体|整体|分别|数量均|的)+$", "", head)  # keep 增幅: the rank of the rate
    core, subject = _strip_left(core, state.lex, state)
    core = _tidy(_re_sub(r"(?:排名|排位|名次)$", "", core))
    if len(core) >= 2:
        return _Indicator(core, "rank_pre", subject=subject)
    prev = _previous_row(state, q, prefer_level=True)
    if prev is not None:
        pc = state.layout.find(state.layout.clauses, prev[0].start)
        return _Indicator(prev[1].metric.indicator, "inherit_rank", subject=subject or prev[1].metric.subject,
                          evidence_start=state.layout.clauses[pc][0])
    si = state.layout.find(state.layout.sentences, q.start)
    if c0 > state.layout.sentences[si][0]:
        p0, p1 = state.layout.clauses[state.layout.find(state.layout.clauses, c0 - 1)]
        head = _re_split(r"(?:再创|创|实现|达到|占据|是|为|，|,)", body[p0:p1])[0]
        head, sub2 = _strip_left(head, state.lex, state)
        head = _tidy(head)
        if len(head) >= 2:
            return _Indicator(head, "rank_previous_clause", subject=subject or sub2, evidence_start=p0)
    return _Indicator(core or "排名", "rank_bare", subject=subject)


_ISO_POINT = r"\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?"
_ISO_PERIOD = regex.compile(rf"{_ISO_POINT}(?:/{_ISO_POINT})?")  # keep in sync with models.IsoPeriod


def _evidence(body: str, start: int, end: int, q: Quantity) -> str:
    """The clause holding the mention, trimmed of delimiters; always contains the mention."""
    s, e = start, end
    while s < q.start and body[s] in " \t“”\"、，,：:；;。（(—…\xa0":
        s += 1
    while e > q.end and body[e - 1] in " \t“\"、，,：:；;。（(—…！？!?\xa0":
        e -= 1
    if body[s:e].count("“") < body[s:e].count("”") and e > q.end and body[e - 1] == "”":
        e -= 1
    text = body[s:e]
    return text if q.text in text else body[q.start:q.end]


def _previous_row(state: _DocState, q: Quantity, prefer_level: bool) -> Optional[tuple[Quantity, MetricRow]]:
    """The last row described before `q` in the same sentence (level rows first if asked)."""
    layout = state.layout
    si = layout.find(layout.sentences, q.start)
    s0 = layout.sentences[si][0]
    cands = []
    for pq, row in reversed(state.described):
        if pq.start < s0:
            break
        if pq.end <= q.start:
            cands.append((pq, row))
    if not cands:
        return None
    if prefer_level:
        g0 = layout.segments[layout.find(layout.segments, q.start)][0]
        for pq, row in cands:
            if pq.start < g0:
                break  # a level row in an earlier segment (；) belongs to another figure
            if row.metric.relation == "level":
                return pq, row
    return cands[0]


def _item_left(state: _DocState, index: int, q: Quantity, c0: int) -> int:
    """Where the text about this quantity starts: clause start, previous quantity, a date, or 、."""
    body = state.context.body
    left = c0
    for pq in state.quantities_between(c0, q.start):
        if c0 <= pq.end <= q.start and pq.kind != "range_high":
            left = max(left, pq.end)
    for bs, be in state.boundaries:
        if c0 <= bs and be <= q.start:
            left = max(left, be)
    k = max(body.rfind("（", c0, q.start), body.rfind("(", c0, q.start))
    if k != -1 and k + 1 > left and not _re_search(r"[）)]", body[k:q.start]) \
            and _re_search(r"\p{Han}{2}", body[k:q.start]):
        left = k + 1  # 是第87家企业（其中，上交所和深交所一共过会32家: the bracket's text names it
    k = body.rfind("、", c0, q.start)
    if k != -1 and k + 1 > left:
        left = k + 1
        # 曲靖市、玉溪市、普洱市各有2家: a list of names is one item
        piece = _re_sub(r"(?:各有|各|分别|均)$", "", body[left:q.start])
        if piece and _lead_entity(piece, state.lex) == piece:
            while True:
                j = body.rfind("、", c0, left - 1)
                prev_piece = body[(j + 1 if j != -1 else c0):left - 1]
                prev_piece = _re_sub(r"^(?:其中|此外)", "", prev_piece)
                if j == -1 and prev_piece and _lead_entity(prev_piece, state.lex) == prev_piece:
                    left = c0
                    break
                if j == -1 or not prev_piece or _lead_entity(prev_piece, state.lex) != prev_piece:
                    break
                left = j + 1
    return left


def _strip_right(text: str, lex: _Lexicon) -> tuple[str, list[str]]:
    """Drop the verbs and cue words between an indicator and its number (`GDP完成` -> GDP)."""
    stripped: list[str] = []
    while text:
        m = lex.strip_right.search(text)
        if not m or m.start() == m.end():
            break
        if len(m.group(0)) == 1 and m.start() > 0 and _last_word(text) != m.group(0) \
                and not (m.group(0) in lex.ind.get("after_metric_word", [])
                         and _re_search(r"(?:占比|比重|比例|[率额量])$", text[:m.start()])):
            break  # (税占比达77.4%: 达 after a metric word is the cue, though jieba cuts 比达)  # 签约, 成为, 收到: the character ends a word, it is no cue
        if m.group(0) == "亏损" and _re_search(r"弥补$", text[:m.start()]):
            break  # 未弥补亏损27.18亿元: the name of the figure, not a cue
        stripped.append(m.group(0))
        text = text[:m.start()]
    return text, stripped


def _respectively_pair(state: _DocState, q: Quantity, ci: int) -> Optional[MetricRow]:
    """`A、B分别达X、Y，增长P、Q`: P belongs to A and Q to B (a bare list after a `分别` list of the
    same length pairs item by item). Counterexample: `分别达X、Y，增长P` (one figure) inherits the last."""
    c0, c1 = state.layout.clauses[ci]
    here = [x for x in state.quantities if c0 <= x.start < c1]
    if len(here) < 2 or q not in here:
        return None
    body = state.context.body
    for a, b in zip(here, here[1:]):
        if body[a.end:b.start].strip() not in ("、", "和", "及"):
            return None
    group: list[MetricRow] = []
    for pq, row in reversed(state.described):
        if pq.start >= c0:
            continue
        if "indicator:respectively" not in row.rule:
            break
        group.append(row)
    group.reverse()
    if len(group) != len(here) or len({r.metric.indicator for r in group}) != len(group):
        return None
    if state.layout.find(state.layout.sentences, q.start) != state.layout.find(state.layout.sentences, group[0].metric.span[0]):
        return None
    return group[here.index(q)]


def _strip_left(text: str, lex: _Lexicon, state: _DocState) -> tuple[str, Optional[str]]:
    """Drop leading junk (adverbs, status words, area words); a leading name becomes the subject."""
    subject: Optional[str] = None
    last_was_name = False
    locative = False
    joiner = ""
    for _ in range(12):
        before = text
        text = text.lstrip(" \t\xa0、，,：:；;（）()—…")
        if last_was_name and before[:len(before) - len(text)].strip() == "、":
            joiner = "、"  # 在吉林、黑龙江等地: the names listed share the figure
        m = _re_match(r"^(?:通过|以|采取|采用|借助|因|由于)[^，,、]{1,20}?(?:方式|形式|途径|渠道|模式|原因)", text)
        if m and len(text) > m.end() + 1:
            text = text[m.end():]  # 因通航效率提升等方式节约的费用: the means is not the measure
            continue
        m = lex.strip_left.match(text)
        if m and lex.keep_left.match(text):
            m = None  # 可再生能源发电量, 能源消费总量: the word begins the name, it is no modal
        if m and len(text) > m.end() and (m.end() > 1 or _first_word(text) == m.group(0)):
            joiner = m.group(0) if m.group(0) in ("和", "与", "及", "、") and last_was_name else ""
            text = text[m.end():]
            last_was_name = bool(joiner)
            locative = m.group(0).endswith(("在", "于"))
            continue
        for w in lex.own_area:
            if text.startswith(w) and len(text) > len(w) + 1:
                text = text[len(w):]
                subject = subject or state.article_subject
                break
        if text != before:
            continue
        for market in lex.markets:
            if text.startswith(market) and len(text) > len(market) + 1:
                # 上交所和深交所一共过会32家: markets joined share the figure
                subject = (subject + joiner + market) if subject and last_was_name and joiner else market
                text = text[len(market):]
                break
        if text != before:
            last_was_name, joiner = True, ""
            continue
        m = lex.person.search(text)
        if m and len(text) > m.end() + 1:
            subject = m.group(1)
            text = text[m.end():]
            continue
        m = lex.alias.search(text)
        if m and len(text) > m.end() + 1:
            subject = m.group(1)
            text = text[m.end():]
            continue
        m = lex.stock.match(text)
        if m:
            subject = m.group(1)
            text = text[m.end():]
            continue
        known = next((n for n in state.known_names if text.startswith(n) and len(text) > len(n) + 1), None)
        if known:  # 晶丰明源实现营业收入: the company named with its code earlier
            subject = known
            text = text[len(known):]
            continue
        ent = _lead_entity(text, lex)
        if ent and _re_match(r"[^“]*”", text[len(ent):]):
            ent = None  # “吉林一号”组网卫星: a name inside quotes is part of the indicator
        if ent and len(text) > len(ent) + 1 and text.startswith(ent):
            # 雄安新区中关村科技园: names in a row are one name
            if subject and locative and not last_was_name:
                pass  # 河南天璇…公司拟在沙雅县投资建设: the place where, not whose figure
            else:
                subject = (subject + joiner + ent) if subject and last_was_name else ent
            locative = False
            text = text[len(ent):]
            last_was_name, joiner = True, ""
            continue
        last_was_name, joiner = False, ""
        for v in lex.generic_verbs:
            if text.startswith(v) and len(text) >= len(v) + 2:
                text = text[len(v):]
                break
        if text == before:
            break
    return text, subject


def _post_noun(state: _DocState, q: Quantity, stop: int) -> tuple[str, str]:
    """The noun a count stands before, and the predicate after it (`15家企业入选国家级绿色工厂`).

    The predicate starts at the first predicate verb (indicators.yaml `predicate_verbs`); jieba's
    part-of-speech tags are too noisy here (`公共转化平台` has a verb in the middle of a noun).
    Returns ("", "") when the quantity is followed by no noun.
    """
    body = state.context.body
    text = body[q.end:stop]
    m = _re_match(r"^[“\"]?[\p{Han}A-Za-z](?:[^，,。；;：:、（(]|[（(][^）)，,。]{1,6}[）)]){0,30}", text)
    if not m:
        return "", ""
    text = m.group(0)
    if _re_match(r"^(?:的|以上|以下|左右|之|等|中(?=[，,有的共是])|后|前|内|以来|多|余|增长|下降|同比|占|是|为|了|和|及|至|到|起[，,]|左|上下|比|较|，)", text):
        return "", ""
    noun, verb = text, ""
    for pm in state.lex.predicate.finditer(text):
        if pm.start() >= 1:
            if _re_match(r"(?:项目|企业|平台|园区|基地|工程|中心|产品|主体|专项|基金|资金|金额|案例|款项)", text[pm.end():]):
                continue  # 285个计划新开工项目全部开工, 2.1亿元先行赔付专项基金: the verb is inside the noun
            if len(pm.group(0)) == 1 and _first_word(text[pm.start():]) != pm.group(0):
                continue  # 50名交易对方: 对 opens the word 对方
            if len(pm.group(0)) > 1 and not _word_ends_at(text, pm.start(), pm.end()):
                continue  # 数码打印设备研发生产基地: no 发生 there (全面完成 still ends in 完成)
            noun, verb = text[:pm.start()], text[pm.start():]
            break
    k = noun.find("的")
    if k != -1:
        noun = noun[:k]
    # 20家公司6月11日的收盘价高于…: a date after the noun starts what is said of it
    noun = _re_split(r"\d{4}年|\d{1,2}月\d{1,2}日", noun)[0]  # not 连续3年, 近3年
    noun = _re_split(r"以及|并", noun)[0] if len(noun) > 2 else noun
    parts = _re_split(r"及|和|与", noun, )
    if len(parts) > 1 and len(parts[0]) >= 3:
        noun = parts[0]  # 28个二级指标及数字政府建设: the count's noun ends before the next conjunct
    # 国际及地区客货运航线, 国家和地区: a short modifier joined to another keeps the noun whole
    noun = _re_sub(r"(?:中|里|内|之中|以上|以下)$", "", noun)
    # 20项民生实事全面完成, 120多家上市公司就取得…: adverbs before the predicate are not the noun's
    noun = _re_sub(r"(?:全面|全部|全都|顺利|基本|已经|已|均|都|也|还|就|正式|成功|先后|相继|陆续|累计|共同|共|将会|将)+$", "", noun)  # not 会: 股东大会
    if state.lex.predicate.fullmatch(noun):
        return "", ""  # 共计1100人参会: a bare predicate, no noun after the count
    m = _re_search(r"(?<=[\p{Han}]{2})(?:按计划|已经|已|再次|正在)", noun)
    if m:  # 3名航天员按计划开展了…, 3名航天员已再次进驻…: an adverb opens the predicate
        noun, verb = noun[:m.start()], noun[m.start():] + verb
    if verb:
        verb = verb.split("的")[0]
        verb = _re_sub(r"(?:合计|共计|累计|集中|共|均|已经|已|都|分别|也|还|正式|成功|按计划|再次|正在|了|第[一二三四五六七八九十\d]+[届批次期])", "", verb)
        if _re_match(r"^(?:包括|为|是|等|中|在|于|从|由|对|向|因)", verb):
            verb = ""
    if noun.count("“") > noun.count("”"):
        noun = noun.replace("“", "")
    return noun, verb


_LIST_JOIN = regex.compile(r"\s*(?:、|和|与|及|至|到|-|—|～|~)\s*")


def _ends_with_verb(text: str) -> bool:
    """Whether a text ends in a verb (`…回购股份提供`), so what follows the figure is its noun."""
    toks = _tag(text[-6:])
    if not toks or len(toks[-1][0]) < 2:
        return False
    # 将运用: jieba calls 运用 a verbal noun, but after an adverb it is the verb
    return toks[-1][1] == "v" or (toks[-1][1] == "vn" and len(toks) > 1 and toks[-2][1] == "d")


def _noun_run(text: str) -> str:
    """The noun phrase opening a text, up to its first verb or delimiter (`资金进行股份回购` gives 资金)."""
    m = _re_match(r"[\p{Han}A-Za-z]+", text)
    if not m:
        return ""
    out = ""
    toks = _tag(m.group(0))
    for i, (w, f) in enumerate(toks):
        if f.startswith(("n", "b")) or f in ("vn", "an", "j") or (out and f == "a"):
            out += w
        elif i == 0 and f == "v" and len(toks) > 1 and toks[1][1].startswith("n"):
            out += w  # 发行价格: a verb modifying the noun after it
        else:
            break
    return out


def _is_verbish(text: str) -> bool:
    """Whether a text is only verbs and adverbs (`打造`): the count's noun then follows it."""
    tokens = _tag(text)
    return bool(tokens) and all(f.startswith(("v", "d", "p", "u")) for _, f in tokens)


def _find_indicator(state: _DocState, index: int, q: Quantity, c0: int, c1: int) -> _Indicator:
    """What the quantity measures: the shortest faithful noun phrase the text gives for it."""
    ctx, lex = state.context, state.lex
    body = ctx.body
    left = _item_left(state, index, q, c0)
    raw = state.without_drops(left, q.start)
    if "《" in raw and "》" not in raw[raw.rfind("《"):]:
        raw = raw[raw.rfind("《") + 1:]  # 发布了《长春新区2024年优化营商环境新32条》: the title names it
    m = None
    for m in _re_finditer(r"(?:并且|而且|且)(?=[\p{Han}]{2,})", raw):
        pass
    if m is not None and m.start() > 1:
        raw = raw[m.end():]  # 净利润为负且营收低于1亿元: the last conjunct names the figure
    core, stripped = _strip_right(raw, lex)
    # 公司及26名责任人合计被罚2.44亿元, 获赔7.7亿元: a sum paid or received under a penalty or
    # compensation verb is the penalty or the compensation (indicators.yaml `money_verbs`)
    money_verb = next((str(lex.ind.get("money_verbs", {})[w]) for w in stripped
                       if w in lex.ind.get("money_verbs", {})), None) \
        if q.kind == "quantity" and _MONEY.search(q.unit) else None
    names = [x for x in _re_sub(r"^(?:其中|此外|另外)", "", core).split("、")]
    if len(names) > 1 and all(x and _lead_entity(x, lex) == x for x in names):
        core, subject = "", "、".join(names)  # 曲靖市、玉溪市、普洱市各有2家: the list is the subject
        entity_list = True
    else:
        core = _COMPARED_TO.sub("", core)  # 一产增加值增幅高于全国0.7个百分点: 全国 is the benchmark
        core, subject = _strip_left(core, lex, state)
        if subject and left > c0 and body[left - 1] == "、" and raw.startswith(subject):
            # 内江、眉山、自贡、遂宁经济总量突破2000亿元: the names before share the figure
            names_before, j = [], left - 1
            while j > c0:
                k = body.rfind("、", c0, j)
                piece = _re_sub(r"^(?:其中|此外|同时)", "", body[(k + 1 if k != -1 else c0):j])
                if k == -1 or k < c0:  # 技术体系在吉林、黑龙江等地: the first name follows 在
                    piece = _re_sub(r"^.*(?:在|于)(?=[\p{Han}]{2,}$)", "", piece)
                if not piece or _lead_entity(piece, lex) != piece:
                    break
                names_before.insert(0, piece)
                if k == -1:
                    break
                j = k
            if names_before:
                subject = "、".join(names_before + [subject])
        if lex.strip_left.fullmatch(core):
            core = ""  # 分别较…: nothing but linking words before the figure
        entity_list = False
    core = _QUOTE_CLEAN.sub("", core) if core.strip("“”\"") != core.strip() else core.strip()
    core = _EVENT_PREFIX.sub("", core)
    core = _re_sub(r"第[一二三四五六七八九十\d]+[届批次期]", "", core)
    m = _PEAK.fullmatch(core)
    if m:  # 公司股价盘中达到上市以来最高点94.70元: the peak of what is named before the verb
        core = m.group(1) + m.group(2)
    m = _re_search(r"(?:助力|助推|推动|促进|驱动|带动|拉动)(?=[\p{Han}A-Za-z]{2,}$)", core)
    if m and m.start() >= 2 and not q.unit.endswith(_PERCENTISH):
        # 陆相页岩油全国重点实验室助力页岩油年产量突破100万吨: what is helped is what is measured
        core = core[m.end():]
    entity_core = ""
    if entity_list:
        pass
    elif core in lex.own_area or (core and _lead_entity(core, lex) == core):
        subject = subject or (state.article_subject if core in lex.own_area else core)
        entity_core = core if core not in lex.own_area else ""
        core = ""
    if entity_core and q.unit in _COUNT_CLASSIFIERS and "各" not in body[c0:q.start]:
        # 国家技术创新中心、新兴产业创新中心、制造业创新中心达到8家: kinds of body counted
        # together (three kinds, eight bodies), not three named subjects
        seg = _re_sub(r"(?:达到|达|为|共有|共计|共|有|累计|已)+$", "", body[c0:q.start].strip("，,；; "))
        kinds = seg.split("、")
        if len(kinds) >= 2 and Decimal(len(kinds)) != q.value and all(_lead_entity(x, lex) == x for x in kinds):
            return _Indicator(seg, "kinds_counted", subject=None)
    rule = "pre"
    if money_verb and not _re_search(r"(?:金额|总额|资金|款|费|金)$", _tidy(core)):
        return _Indicator(money_verb, "money_verb", subject=subject)

    # 千亿级/万亿级 with no measure named before it: the economy's size (`大连迈入万亿级城市`)
    if q.text.endswith("级") and (not core or _starts_with_verb(core, lex) or _is_verbish(core)):
        return _Indicator(str(lex.ind.get("level_class_indicator", "经济总量")), "level_class", subject=subject)

    # `国家级绿色工厂包括：A、B…等15家企业`: the clause before the list names what is counted
    if q.kind == "quantity" and "等" in raw and "、" in body[c0:q.start]:
        p_idx = state.layout.find(state.layout.clauses, c0 - 1) if c0 > 0 else -1
        if p_idx >= 0:
            p0, p1 = state.layout.clauses[p_idx]
            prev_text = body[p0:p1]
            m = _re_search(r"^(.{2,30}?)(?:包括|有|为|是)[：:]$", prev_text)
            if m and state.layout.find(state.layout.sentences, p0) == state.layout.find(state.layout.sentences, q.start):
                head, sub2 = _strip_left(m.group(1), lex, state)
                head = _tidy(head.replace("的", ""))
                if len(head) >= 2:
                    return _Indicator(head, "list_heading", subject=sub2, evidence_start=p0)
    if q.kind == "ratio_part":
        return _ratio_indicator(state, index, q, c0)
    if q.unit in ("%", "％", "成"):
        # 61%的城市污水处理厂完成提标改造, 超过90%的在巴中国移民: the share of the group named after 的
        m = _PART_OF_GROUP.match(body, q.end, min(len(body), q.end + 24))
        if m and not lex.strip_left.fullmatch(m.group(1)) and not _re_match(
                r"(?:同时|基础|水平|速度|幅度|比例|比重|增长|增速|情况|目标|份额|高位|低位|区间|范围|税率|利率)", m.group(1)) \
                and not _re_search(r"(?:增长|下降|提高|提升|增加|减少|上涨|下跌|增速|降低|回落|涨幅|跌幅|增幅|降幅|[涨跌增降]|占)[^，,；;。]{0,3}$",
                                   body[max(c0, q.start - 8):q.start]):
            return _Indicator(_tidy(m.group(1)), "share_of_group", subject=subject, relation="share")
    named = lex.ind.get("unit_indicators", {}).get(q.unit)
    if named:  # 为中国体育代表团贡献9金5银6铜: the unit names the count
        return _Indicator(str(named), "unit_names_it", subject=subject)

    # 分别: `城镇和农村居民人均可支配收入分别增长4.3%、5.3%`
    resp = _respectively(state, index, q, c0)
    if resp is not None:
        return _Indicator(resp[0], "respectively", subject=resp[1] or subject)

    # 占…的33.1%: a share of something named after 占
    share = _re_search(r"占(?!比)([^，,；;。、]{1,20}?)(?:的)?(?:比重|比例|份额)?(?:为|达到|达|约|超过|不超过|近)?$", body[left:q.start])
    if share and q.unit in ("%", "成"):
        name = "占" + share.group(1).rstrip("的")
        if body[c0:q.start].rstrip().endswith(("比例", "比重")) or _re_search(r"比例|比重", share.group(0)):
            word = "比重" if "比重" in share.group(0) or body[c0:q.start].rstrip().endswith("比重") else "比例"
            name = "占" + _re_sub(r"(?:的)?(?:比重|比例).*$", "", share.group(1)) + word
        own = _strip_left(body[left:left + share.start()] if left + share.start() <= q.start else "", lex, state)[0]
        if _tidy(own) and len(_tidy(own)) <= 16 and not _is_verbish(_tidy(own)) and not _re_search(r"[，,；;、的]", own):
            name = _tidy(own) + name  # 战略性新兴产业增加值占规上工业比重达到35%左右: whose share it is
        elif not _tidy(own):
            # 项目投资完成220.53亿元，占全部投资的89.4%: the share is of the figure just given
            prev = _previous_row(state, q, prefer_level=False)  # 无人机产量增长39%、占全国9成: the last figure's
            pind = prev[1].metric.indicator if prev is not None else ""
            toks = _tag(pind[:6]) if pind else ()
            if prev is not None and prev[1].metric.relation in ("level", "growth", "change") and "占" not in pind \
                    and toks and not any(f in ("d", "ad", "v", "p") for _, f in toks[:2]):  # not `直接持有公司`
                name = prev[1].metric.indicator + name
        return _Indicator(name, "share_of", subject=subject)

    # 比原拟募资多32,310.58万元: a change against a named figure
    m = _re_search(r"([\p{Han}A-Za-z]{2,16}?)(?:比|较)([\p{Han}]{2,12}?)(?:多|少|增加|减少)$", raw)
    if m:
        name, sub2 = _strip_left(m.group(1), lex, state)
        return _Indicator(name, "compared", subject=subject or sub2)

    moneyish = bool(_MONEY.search(q.unit))
    if q.kind == "quantity" and not q.unit.endswith(_PERCENTISH):
        nstop = c1
        for pq in state.quantities[index + 1:]:
            if pq.start >= q.end:
                nstop = min(nstop, pq.start)
                break
        k = body.find("、", q.end, nstop)
        if k != -1:
            nstop = k
        lo, hi = index, index
        while lo > 0 and state.quantities[lo - 1].start >= c0 and _LIST_JOIN.fullmatch(
                body, state.quantities[lo - 1].end, state.quantities[lo].start):
            lo -= 1
        while hi + 1 < len(state.quantities) and _LIST_JOIN.fullmatch(
                body, state.quantities[hi].end, state.quantities[hi + 1].start):
            hi += 1
        tail_end = state.quantities[hi].end
        if hi > index and not moneyish and not _tidy(core) and _re_fullmatch(r"[\d.,]+", q.text):
            # 以及50、44、89个中证三级行业: bare numbers take the unit and the noun of the list's last item
            noun, _ = _post_noun(state, state.quantities[hi], c1)
            if noun and len(noun) >= 2:
                return _Indicator(_tidy(noun), "noun_after_list", subject=subject)
        if moneyish and body[tail_end:tail_end + 1] == "的":
            lead, _ = _strip_right(state.without_drops(c0, state.quantities[lo].start), lex)
            bare = _tidy(_strip_left(lead, lex, state)[0]) if lead else ""
            if (lead and _ends_with_verb(lead)) or not bare or bare in lex.own_area \
                    or lex.strip_left.fullmatch(bare):  # 根据106.75元/股的发行价格
                # 提供不超过4.5亿元的专项贷款, 运用不超过130亿元、不低于65亿元的资金: the noun after 的
                noun = _noun_run(body[tail_end + 1:min(c1, tail_end + 13)])
                if len(noun) >= 2:
                    return _Indicator(noun, "money_of_noun", subject=subject)
        if not moneyish or not core or _is_verbish(core):
            noun, verb = _post_noun(state, q, nstop)
            if noun and len(noun.strip("“”\"")) >= 2:
                members = left > c0 and body[left - 1] == "、" and not _re_search(r"(?:各|分别|均)$", body[left:q.start])
                if members:
                    subject = None  # 沈阳化工新材料、盘锦精细化工2个平台获评…: the names are the members counted
                if verb and not moneyish:
                    text = verb + noun if not verb.endswith(noun) else verb
                    return _Indicator(_tidy(text), "count_subject_of_verb", subject=subject)
                light, sub2 = _strip_left(_re_sub(r"(?:到|至|了|有|共|共计|累计|合计|约|近|超|超过|达|达到|为)+$", "", raw), lex, state)
                light = _EVENT_PREFIX.sub("", light)  # 在第15届全国运动会上…获得48枚金牌
                if "的" in light:  # 决定…延续执行除…以外的其余5项税收优惠政策: the relative clause is no name
                    light = _re_sub(r"^(?:其余|其他|另外|剩余)", "", light.rsplit("的", 1)[1])
                if _re_search(r"(?:和|及|与|以及|等)$", light):
                    light = ""  # 加快建设成都科创生态岛和11个市（州）分岛: what precedes 和 is another item
                if light in lex.own_area or _lead_entity(light, lex) == light or lex.strip_left.fullmatch(light):
                    light = ""
                return _Indicator(_tidy(light + noun), "pre+noun" if light else "noun_after",
                                  subject=subject or (None if members else sub2))

    # `面积119万平方米` after `商品房网签销售10366套、`: an attribute of the previous item
    if core in lex.attribute_nouns or (core and len(core) <= 2 and core in ("面积", "金额", "人数", "数量", "规模", "总额", "均价", "价格", "产值", "收入")):
        prev = _previous_row(state, q, prefer_level=False)
        if prev is not None and body.find("。", prev[0].end, q.start) == -1:
            return _Indicator(prev[1].metric.indicator + core, "attribute_of_previous", subject=subject)

    # `新增卓越级智能工厂10家`, `降低交通物流成本65亿元`: a change of what follows the verb
    m = _re_match(r"^(新增|净增|净减少|减少|降低|压减|新开)(?!值)(?=[\p{Han}“A-Za-z]{2,})", core)
    if m and not q.unit.endswith(_PERCENTISH):
        sign = -1 if m.group(1) in ("净减少", "减少", "降低", "压减") else 1
        return _Indicator(_tidy(core[m.end():]), "change_verb", subject=subject, relation="change", sign=sign)

    # `省属行政及企事业单位减少办公用房租赁费1.19亿元`: who cut what, by how much
    m = _re_search(r"(?:减少|降低|压减)(?=[\p{Han}“A-Za-z]{2,}$)", core)
    if m and m.start() >= 2 and not q.unit.endswith(_PERCENTISH):
        who = core[:m.start()]
        if (_lead_entity(who, lex) == who
                or (len(who) >= 5 and _re_search(r"(?:单位|企业|部门|机关|机构|政府|学校|医院|公司|银行|集团)$", who))) \
                and not _is_verbish(who):
            return _Indicator(_tidy(core[m.end():]), "change_verb_of", subject=subject or who, relation="change", sign=-1)
        if all(f.startswith("n") and f != "nr" for _, f in _tag(who)):
            # 工业企业降低用电成本20亿元: a kind of payer, part of what is measured
            return _Indicator(_tidy(who + core[m.end():]), "change_verb_of", subject=subject, relation="change", sign=-1)

    # Enumeration: `利用内资269.2亿元、外资2615万美元` -> 利用外资; `新增…、技能人才19.6万人` -> change
    verb = _enumeration_verb(state, index, q, c0)
    if core and verb and left > c0 and not core.startswith(verb):
        if verb in ("新增", "净增", "减少", "降低"):
            rel_cue = verb
        else:
            rel_cue = None
            if not _starts_with_verb(core, lex):
                core = verb + core
                rule = "enumeration_verb"
        if rel_cue:
            sign = -1 if rel_cue in ("减少", "降低") else 1
            return _Indicator(_tidy(core), "enumeration_change", subject=subject, relation="change", sign=sign)

    core = _tidy(core)
    if core in ("占比", "比重", "增速", "增幅", "占比为", "比重为"):
        prev = _previous_row(state, q, prefer_level=True)
        if prev is not None:  # 财务类退市…共计12家，占比超过六成
            return _Indicator(prev[1].metric.indicator + core[:2], "inherit+" + core[:2], subject=subject,
                              evidence_start=state.layout.clauses[state.layout.find(state.layout.clauses, prev[0].start)][0])
    # `稳增长惠民生27条、金融支持民营经济发展12条等政策举措`: the list's head noun after 等
    if core and q.kind == "quantity" and not q.unit.endswith(_PERCENTISH):
        head = _list_head(state, index, q, c1)
        if head and not core.endswith(head):
            core = core + head
            rule = rule + "+list_head"
    if q.unit == "%" and 2 <= len(core) <= 6 and _STOCK_MOVE.search(body[max(c0, q.start - 4):q.start]) \
            and not _re_search(r"(?:价|额|量|率|值|数|入|润|资|指|指数|板块|行业|市场|价格|成本|费用|规模|收益|产业|经济)$", core) \
            and _re_fullmatch(r"[\p{Han}A-Za-z*]+", core) \
            and not (len(_tag(core)) == 1 and _tag(core)[0][1] not in ("nt", "nz", "nr", "ns", "j")):
        # 工业富联跌逾2%, 烽火通信涨逾9%: a listed company's share price moved
        return _Indicator("股价", "stock_move", subject=subject or core)
    if len(core) >= 2 or _re_fullmatch(r"[A-Za-z]{2,}", core):
        if q.text.endswith("级") and _starts_with_verb(core, lex) and not _re_search(r"总量|规模|产值|生产总值", core):
            return _Indicator(lex.ind.get("level_class_indicator", "经济总量"), "level_class", subject=subject)
        return _Indicator(core, rule, subject=subject)

    # Nothing before the quantity: the figure it qualifies (`GDP完成913亿元,增长7.2%`), when
    # that figure stands in this clause or the one before.
    prev = _previous_row(state, q, prefer_level=True)
    last = _previous_row(state, q, prefer_level=False)
    if last is not None and q.unit.endswith("百分点"):
        # 占比34%、提高1.3个百分点: the change of the share just given (or of the change before it:
        # 比例达到66.25%，近3年提升21个百分点，超过全国平均水平0.28个百分点)
        si_ = state.layout.find(state.layout.sentences, q.start)
        for pq, row in reversed(state.described):
            if pq.start < state.layout.sentences[si_][0]:
                break
            if pq.end <= q.start and row.metric.unit in ("%", "成", "个百分点", "百分点"):
                prev = last = (pq, row)
                break
    if prev is not None and last is not None:
        pq, row = prev
        pc = state.layout.find(state.layout.clauses, pq.start)
        lc = state.layout.find(state.layout.clauses, last[0].start)
        ci = state.layout.find(state.layout.clauses, q.start)
        if ci - lc <= 1 or subject:
            ev_start = state.layout.clauses[pc][0] if state.layout.clauses[pc][0] < c0 else None
            if subject:  # 其中昆明市3家: the same figure for a part, same relation
                return _Indicator(row.metric.indicator, "inherit_for_part", subject=subject, evidence_start=ev_start,
                                  relation=row.metric.relation if row.metric.relation == "change" else None)
            pair = _respectively_pair(state, q, ci)
            if pair is not None:  # 城乡居民收入分别达6.9万元、3.4万元，增长4.2%、5.3%: item k to name k
                row = pair
            return _Indicator(row.metric.indicator, "inherit_previous", subject=row.metric.subject,
                              evidence_start=ev_start)
    # The clause before names it (`财务类退市占据主导地位，共计12家`).
    si = state.layout.find(state.layout.sentences, q.start)
    s0 = state.layout.sentences[si][0]
    if c0 > s0:
        pc = state.layout.find(state.layout.clauses, c0 - 1)
        p0, p1 = state.layout.clauses[pc]
        head = body[p0:p1]
        head = _re_split(r"(?:占据|占|是|为|成为|呈现|进入|实现|完成|达到|已|，|,|；|;)", head)[0]
        head, sub2 = _strip_left(head, lex, state)
        head = _tidy(head)
        if len(head) >= 2:
            return _Indicator(head, "previous_clause", subject=subject or sub2, evidence_start=p0)
    noun, _ = _post_noun(state, q, c1) if q.kind == "quantity" else ("", "")
    if noun:
        return _Indicator(_tidy(noun), "noun_after", subject=subject)
    if entity_core:  # 国际友城达到96对: what looked like a name is all the text gives
        return _Indicator(entity_core, "pre_name", subject=state.article_subject)
    return _Indicator("", "none")


_PEAK = regex.compile(
    r"([\p{Han}A-Za-z]{2,8}?)(?:盘中|日内|一度|此前|曾)*(?:达到|创下|创出|创|触及|冲上|升至|涨至|跌至|达)"
    r"(?:上市以来|历史|年内|今年以来|近年来|阶段性)?的?(最高点|最低点|新高|新低|高点|低点|峰值)")
_STOCK_MOVE = regex.compile(r"(?:大涨|大跌|上涨|下跌|涨|跌)(?:逾|超|超过|近|约)?$")

_COMPARED_TO = regex.compile(
    r"(?:分别|均|仍)?(?:高于|低于|快于|慢于|超出|超过|领先|好于)(?:全国|全省|全市|全区|东北|中部|西部|同期|平均)*"
    r"(?:平均水平|平均|水平)?$")

_ORDINAL_CN = "一二三四五六七八九十"


def _ratio_indicator(state: _DocState, index: int, q: Quantity, c0: int) -> _Indicator:
    """Part i of `三次产业投资占比由…1.1:50.3:48.6…` is `第i产业投资占比`."""
    body = state.context.body
    group_start = index
    while group_start > 0:
        pq = state.quantities[group_start - 1]
        if pq.kind != "ratio_part" or body[pq.end:state.quantities[group_start].start] not in (":", "："):
            break
        group_start -= 1
    group_end = index
    while group_end + 1 < len(state.quantities):
        nq = state.quantities[group_end + 1]
        if nq.kind != "ratio_part" or body[state.quantities[group_end].end:nq.start] not in (":", "："):
            break
        group_end += 1
    n = group_end - group_start + 1
    pos = index - group_start
    first = next((x for x in state.quantities if x.kind == "ratio_part" and x.start >= c0), q)
    head = body[c0:first.start]
    head = _re_split(r"由|从|为|是|达|：|:", head)[0]
    head, subject = _strip_left(head, state.lex, state)
    head = _tidy(head)
    m = _re_match(r"^(?:三次产业|一二三产业?|三产)(.*)$", head)
    if m and n == 3:
        return _Indicator(f"第{_ORDINAL_CN[pos]}产业{m.group(1)}", "ratio_part", subject=subject)
    return _Indicator(head or "结构", "ratio_part", subject=subject)


def _list_head(state: _DocState, index: int, q: Quantity, c1: int) -> str:
    """The noun after `等` closing the list this quantity is an item of (or "")."""
    body = state.context.body
    j = index
    while j + 1 < len(state.quantities) and state.quantities[j + 1].start < c1 and _re_fullmatch(
            r"[^，,。；;]*", body[state.quantities[j].end:state.quantities[j + 1].start]):
        j += 1
    last = state.quantities[j]
    if j == index and not _re_match(r"[”\"]?等", body[q.end:q.end + 2]):
        return ""
    m = _re_match(r"[”\"]?等([\p{Han}“”]{2,10}?)(?=[，,。；;]|$)", body[last.end:c1])  # 出台稳增长“21条”“18条”等政策
    return m.group(1) if m else ""


def _tidy(text: str) -> str:
    """Trim what never starts or ends an indicator (delimiters, 的, an unmatched quote)."""
    t = text.strip(" \t\xa0、，,：:；;。—…（(）)")
    t = _re_sub(r"^(?:的|了|和|及|与|等)+", "", t)
    t = _re_sub(r"(?:的|了|等|和|及)+$", "", t)
    if t.count("”") > t.count("“"):
        t = t[1:] if t.startswith("”") else (t[:-1] if t.endswith("”") else t)
    if t.count("“") > t.count("”"):
        t = t[:-1] if t.endswith("“") else (t[1:] if t.startswith("“") else t)
    return t.strip()


def _starts_with_verb(text: str, lex: _Lexicon) -> bool:
    """Whether an indicator already opens with its own verb (`建成高能级平台`)."""
    if any(text.startswith(v) for v in lex.enumeration_verbs) or text.startswith(tuple(lex.generic_verbs)):
        return True
    toks = _tag(text[:6]) if len(text) >= 4 else ()
    return bool(toks) and len(toks[0][0]) >= 2 and toks[0][1] == "v"  # 创建幸福河湖: its own verb


def _enumeration_verb(state: _DocState, index: int, q: Quantity, c0: int) -> Optional[str]:
    """The verb opening the clause's first item when this quantity is a later item of its list."""
    lex = state.lex
    body = state.context.body
    first = None
    for pq in state.quantities_between(c0, q.start):
        first = pq
        break
    if first is None:
        return None
    between = body[first.end:q.start]
    if "，" in between or "," in between:
        return None
    head = body[c0:first.start]
    for d in state.dates:
        if c0 <= d.start and d.end <= first.start:
            head = body[d.end:first.start]
    head, _ = _strip_left(head, lex, state)
    for v in lex.enumeration_verbs:
        if head.startswith(v):
            return v
    return None


def _respectively(state: _DocState, index: int, q: Quantity, c0: int) -> Optional[tuple[str, Optional[str]]]:
    """(indicator, subject) of the n-th figure in `A、B和C…分别增长x%、y%、z%` (items share a head
    noun); when the items are places (`广州、深圳地铁…客运量分别达…`) each is the subject."""
    body = state.context.body
    text = body[c0:q.start]
    k = text.find("分别")
    if k == -1:
        return None
    group = [pq for pq in state.quantities if c0 + k < pq.start and pq.start < state.layout.clauses[
        state.layout.find(state.layout.clauses, q.start)][1]]
    if q not in group:
        return None
    for a, b in zip(group, group[1:]):
        if not _re_fullmatch(r"\s*(?:、|和|及|与|，)\s*", body[a.end:b.start]):
            return None
    n = len(group)
    if n < 2:
        return None
    head_text = text[:k]
    for d in state.dates:
        if c0 <= d.start and d.end <= c0 + k:
            head_text = body[d.end:c0 + k]
    head_text = _re_sub(r"^(?:其中|此外|同时|全年|今年|去年|全省|全市|全区|全县|[，,\s])+", "", head_text)
    items = _re_split(r"、", head_text)
    if len(items) < n:
        items = _re_split(r"、|和|及|与", head_text)
    if len(items) == 1 and n == 2:
        for pair, parts in state.lex.ind.get("paired_prefixes", {}).items():
            if items[0].startswith(pair) and len(parts) == 2:
                rest = items[0][len(pair):]
                items = [parts[0] + rest, parts[1] + rest]
                break
    if n == 2 and len(items) == 2 and len(items[1]) <= 2 and _has_head(items[0], state.lex):
        # 入境游客数量和花费分别增长47.8%、52.3%: the modifier of the first item is the second's too
        head = _last_word(items[0])
        if len(head) >= 2 and len(items[0]) - len(head) >= 2:
            items = [items[0], items[0][:-len(head)] + items[1]]
    shared = ""
    if "等" in items[-1]:
        last, _, shared = items[-1].rpartition("等")
        items[-1] = last
    if len(items) != n:
        return _ranked_list(state, q, c0, group, _tidy(head_text))
    if not shared:
        last = items[-1]
        others = items[:-1]
        if all(not _has_head(o, state.lex) for o in others) and (
                _has_head(last, state.lex)
                or (all(len(o) <= 3 for o in others) and len(last) >= max(len(o) for o in others) + 2)):
            # 国家级、部级创新平台分别达到22家、182家: short modifiers share the last item's head
            shared = _head_of(last, others, state.lex)
    pos = group.index(q)
    item = items[pos]
    # 中证A50、中证A100和中证A500指数分别覆盖30、27、35个中证二级行业: counts of the noun after the
    # list, one per item; the verb after 分别 and that noun name the figure, each item is its subject
    verb_after = body[c0 + k + 2:group[0].start]
    if not q.unit.endswith(_PERCENTISH) and _re_fullmatch(r"\p{Han}{1,4}", verb_after) \
            and not _re_fullmatch(r"(?:为|是|有|达|达到|共|约|超|超过|近|增加|增长|减少|新增)", verb_after):
        noun, _ = _post_noun(state, group[-1], state.layout.clauses[state.layout.find(state.layout.clauses, q.start)][1])
        if noun and len(noun) >= 2:
            return _tidy(verb_after + noun), _tidy(items[pos].replace("等", "")) or None
    places = [x for x in items[:-1] if _lead_entity(x, state.lex) == x]
    if shared and len(places) == len(items) - 1 and items[-1].startswith(_lead_entity(items[-1], state.lex) or "\0"):
        name = _lead_entity(items[-1], state.lex) or ""
        if items[-1][len(name):] == shared or items[-1][len(name):].endswith(shared):
            return _tidy(items[-1][len(name):]), (item if pos < len(items) - 1 else name)
    if shared and not item.endswith(shared):
        item = item + shared
    if len(items[pos]) < 2 and not shared:
        return None
    return (_tidy(item), None) if _tidy(item) else None


_RANKED = regex.compile(r"^(?:其中|此外|同时|而|(?:其|板块|行业|市场|个股|成分股)中)?(.+?)(?:均|则)?(?:居前|领涨|领跌|居后|位居前列|排名靠前|排名前列|最多|最高|较多|较大)$")


def _ranked_list(state: _DocState, q: Quantity, c0: int, group: Sequence[Quantity],
                 head: str) -> Optional[tuple[str, Optional[str]]]:
    """`有色金属、建筑材料、家用电器领涨，涨幅分别为1.83%、1.10%、0.93%`, `通信、电子、计算机行业主力资金
    净流出金额居前，分别为96.49亿元…`: the clause before lists who (the subjects, in order) and
    what (the noun after the last name, or the words before 分别)."""
    body, layout, lex = state.context.body, state.layout, state.lex
    if c0 == 0 or layout.find(layout.sentences, c0 - 1) != layout.find(layout.sentences, c0):
        return None
    p0, p1 = layout.clauses[layout.find(layout.clauses, c0 - 1)]
    m = _RANKED.match(body[p0:p1].rstrip("，,；; "))
    if not m:
        return None
    names = m.group(1).split("、")
    if len(names) != len(group) or any(not x for x in names):
        return None
    from . import segment  # noqa: PLC0415

    last_words = segment.cut(names[-1], hmm=False)
    avg = sum(len(x) for x in names[:-1]) / (len(names) - 1)
    tail = ""
    k = max(names[-1].find("行业"), names[-1].find("板块"))
    if k > 0:
        names[-1], tail = names[-1][:k], names[-1][k:]  # 基础化工行业的企业数量
    elif len(names[-1]) > avg and len(last_words) >= 2:
        # the last name is about as long as the others; the rest is the measure (通信跌幅)
        cuts, pos = [], 0
        for w in last_words[:-1]:
            pos += len(w)
            cuts.append(pos)
        cut = min(cuts, key=lambda c: (abs(c - avg), -c))
        names[-1], tail = names[-1][:cut], names[-1][cut:]
    what = _tidy(_re_sub(r"^(?:行业|板块|个股)", "", tail) if head in ("", "为") else head + (tail if not head.endswith(tail) else ""))
    if not what:
        what = head
    if not what or len(what) < 2:
        return None
    suffix = tail[:2] if tail[:2] in ("行业", "板块") else ""
    if not suffix and names[-1].endswith(("行业", "板块")) and not names[0].endswith(("行业", "板块")):
        names[-1], suffix = names[-1][:-2], names[-1][-2:]  # 计算机行业…: every name is a 行业
    return what, names[group.index(q)] + suffix


def _has_head(text: str, lex: _Lexicon) -> bool:
    """Whether a list item is a whole indicator (`新落地项目`), not a modifier (`船舶`)."""
    return any(text.endswith(t) for t in lex.terms) or text.endswith(tuple(lex.ind["complete_heads"]))


def _head_of(last: str, others: Sequence[str], lex: _Lexicon) -> str:
    """The head the last item of a list shares with the others (`航空航天行业增加值` -> 行业增加值).

    The longest indicator term the item ends with, when what stands before it is about as
    long as the other items; else the item minus its first word.
    """
    from . import segment  # noqa: PLC0415

    target = max((len(o) for o in others), default=2)
    for t in sorted((t for t in lex.terms if last.endswith(t) and len(t) < len(last)), key=len, reverse=True):
        if len(last) - len(t) >= min(2, target) and len(last) - len(t) <= target + 3:
            return t
    words = segment.cut(last, hmm=False)
    if len(words) >= 2 and len(last) - len(words[0]) >= 2:
        return last[len(words[0]):]
    return ""


# --------------------------------------------------------------------------- relation, comparator, status


def _relation(state: _DocState, q: Quantity, ind: _Indicator, c0: int) -> tuple[str, int, str]:
    """(relation, sign, rule name) from the cue words right before the quantity."""
    body = state.context.body
    if q.kind == "rank":
        return "rank", 1, "rank"
    if q.kind == "ratio_part":
        return "share", 1, "ratio_part"
    if ind.relation:
        return ind.relation, ind.sign, ind.rule
    unit = q.unit
    raw_near = body[max(c0, q.start - 14):q.start]
    near = _re_sub(r"(?:约|近|超过|超|逾|突破|不超过|不低于|达到|达|为|了|到|分别|均|同比|比上年|较上年|，|已经|已)+$", "", raw_near)
    near2 = _re_sub(r"(?:约|近|超过|超|逾|突破|不超过|不低于|达到|达|为|了|分别|均|已经|已)+$", "", raw_near)
    clause = body[c0:q.start]
    pct = unit.endswith(_PERCENTISH)
    pct_points = unit.endswith("百分点")
    item_text: Optional[str] = None
    if pct and "分别" in clause:
        # 金融、周期占比分别降低2%、1%: the cue after 分别 governs every item, before any 占比 in the names
        rest = clause[clause.rfind("分别") + 2:]
        for rule in state.lex.relation_rules:
            if rule["position"] != "prefix" or not any(unit.endswith(u) for u in rule.get("units", [])):
                continue
            m = _rx(f"^(?:{_alternation(rule['words'])})").match(rest)
            if m and not _re_search(r"[，,；;。]|至|到", rest[m.end():]):
                return rule["gives"], int(rule.get("sign", 1)), rule["name"] + "_respectively"
    for rule in state.lex.relation_rules:
        units = rule.get("units", ["*"])
        if "*" not in units and not any(unit == u or unit.endswith(u) for u in units):
            continue
        if "*" in units and pct:
            continue
        words = rule["words"]
        alternation = _alternation(words)
        if rule["position"] == "clause":
            if _re_search(alternation, clause):
                return rule["gives"], int(rule.get("sign", 1)), rule["name"]
            continue
        noun_counted = ind.rule.startswith(("pre+noun", "noun_after", "count_subject"))
        ends = _rx(f"(?:{alternation})$")
        found = [m.group(0) for m in (ends.search(near2), ends.search(near)) if m]
        if found:
            w = max(found, key=len)
            if rule["gives"] in ("growth", "change") and _re_search(r"(?:至|到)$", near2) and not pct_points:
                pass  # 提高到174元, 提高至50%: the new level, not the rise
            elif noun_counted and rule["gives"] == "change" and not _item_is(body, q, c0, w):
                pass  # 制定稳经济促增长19条措施: the verb belongs to the counted noun's name
            elif rule["gives"] == "change" and not pct and w == "多" and not _re_search(r"[比较]", clause):
                pass
            else:
                return rule["gives"], int(rule.get("sign", 1)), rule["name"]
        # 降低交通物流成本65亿元, 新增卓越级智能工厂10家: the verb opens the item
        if rule["gives"] == "change" and not pct:
            if item_text is None:
                item_text = _item_text(body, q, c0)
            m = _rx(f"^(?:{alternation})").match(item_text)
            if m and len(m.group(0)) >= 2:
                return rule["gives"], int(rule.get("sign", 1)), rule["name"] + "_verb"
    # `增长7.2%、规上…` siblings share the first item's cue through 分别
    if pct and "分别" in clause:
        k = clause.rfind("分别")
        tail = clause[k + 2:k + 6]
        for rule in state.lex.relation_rules:
            if rule["position"] != "prefix" or not any(unit.endswith(u) for u in rule.get("units", [])):
                continue
            if any(tail.startswith(w) for w in rule["words"]):
                return rule["gives"], int(rule.get("sign", 1)), rule["name"] + "_respectively"
    lossy = _re_sub(r"(?:约|近|超过|超|达|为|了)$", "", body[max(c0, q.start - 10):q.start])
    if _re_search(r"亏损$", lossy) and not _re_search(r"(?:未弥补|弥补|累计|减少|收窄)亏损$", lossy):
        return "level", -1, "sign_loss"
    # `分别压减11%、19%`: a later figure of a list shares the first one's cue
    last = _previous_row(state, q, prefer_level=False)
    if last is not None and ind.rule in ("inherit_previous", "respectively") and last[0].start >= c0 and _re_fullmatch(
            r"\s*(?:、|和|及|与|至|到|-|—|～|~)\s*", body[last[0].end:q.start]) and last[1].metric.unit == unit:
        lm = last[1].metric
        cue_negative = lm.value < 0 and not last[0].text.startswith(("-", "－", "负")) and lm.relation in ("growth", "change")
        return lm.relation, -1 if cue_negative and q.value > 0 else 1, "sibling_of_previous"
    if unit in ("%", "‰") or unit == "成":
        if ind.text.endswith("率"):
            return "rate", 1, "rate_indicator"
        if _re_search(r"占比|比重|份额|占", ind.text + clause) or ind.text.endswith(("比例", "持股比例")):
            return "share", 1, "share_word"
        return "rate", 1, "percent_level"
    if unit.endswith(("个百分点", "百分点")):
        down = _re_search(r"(?:下降|减少|回落|降低|低于|下滑|收窄)[^，。；]{0,8}$", clause)
        return "change", -1 if down else 1, "points"
    if unit == "倍":  # 市净率仅1.33倍: a multiple with no rise named is the ratio itself
        if _re_search(r"(?:增长|增加|提高|提升|扩大|翻|上涨|增)[^，。；]{0,3}$", clause):
            return "growth", 1, "times"
        return ("rate" if ind.text.endswith("率") else "level"), 1, "times_level"
    return "level", 1, "level"


def _item_is(body: str, q: Quantity, c0: int, word: str) -> bool:
    """Whether the list item before `q` is only `word` (`新增675家…`), time words aside."""
    k = max(body.rfind("、", c0, q.start) + 1, c0)
    item = _re_sub(r"^(?:[\s“”]|全年|今年|去年|其中|此外|同时|还|并|累计|共|已|\d{4}年(?:度)?)+", "", body[k:q.start])
    # `年内A股已新增374条指数`: an adverb before the verb makes it the predicate, not part of a name
    return item == word or item.endswith(("已" + word, "累计" + word, "共" + word, "再" + word))


def _item_text(body: str, q: Quantity, c0: int) -> str:
    """The list item holding `q`, time and linking words dropped (`新增口袋公园318个`)."""
    k = max(body.rfind("、", c0, q.start) + 1, c0)
    item = body[k:q.start]
    item = _re_sub(r"^(?:[\s“”]|全年|今年|去年|其中|此外|同时|还|并|累计|共|已|全省|全市|全县|全区)+", "", item)
    return _re_sub(r"^\d{4}年(?:度)?", "", item)


def _comparator(state: _DocState, q: Quantity) -> str:
    """The numeral layer's comparator, else a governing word before it (`最高可加至300%`)."""
    if q.kind in ("range_low", "range_high"):
        return q.comparator
    if q.comparator != "=":
        return q.comparator
    body = state.context.body
    before = body[max(0, q.start - 8):q.start]
    after = body[q.end:q.end + 2]
    for rule in state.lex.cues["comparator"]:
        words = _alternation(rule["words"])
        if rule["position"] == "prefix" and _re_search(rf"(?:{words})(?:可|能|将)?(?:加至|达到|达|至|为)?$", before):
            return str(rule["gives"])
        if rule["position"] == "suffix" and _re_search(rf"(?:{words})$", q.text):
            return str(rule["gives"])
    return "="


def _heading_above(state: _DocState, pos: int) -> Optional[str]:
    """The nearest heading paragraph at or above `pos` (the section's title), if any."""
    layout = state.layout
    pi = layout.find(layout.paragraphs, pos)
    heads = []
    for sec in (layout.section_starts[pi], layout.major_starts[pi]):
        hi = layout.find(layout.paragraphs, sec)
        if layout.headings[hi] or _MAJOR_HEADING.match(state.context.body[layout.paragraphs[hi][0]:layout.paragraphs[hi][1]]):
            s, e = layout.paragraphs[hi]
            heads.append(state.context.body[s:e])
    return " ".join(dict.fromkeys(heads)) or None


def _standalone_verb(before: str, word: str, after: str) -> bool:
    """Whether `word` stands as its own word after a name or noun (`公司计划投资`), not inside a
    compound noun (`行动计划`, `年度计划`) or after a verbal noun (`发展计划`)."""
    toks = _tag(before + word + after[:2])
    pos = 0
    prev = ""
    for w, f in toks:
        if pos == len(before) and w == word:
            return prev != "vn"
        pos += len(w)
        prev = f
        if pos > len(before):
            return False
    return False


_BA_MARKER = regex.compile(r"[^，,。；;]{1,16}?(?:改为|变为|调整为|转为|作为|纳入|列为|视为|并入|整合为|合并为)")


def _own_word(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a word of its own there, not part of a longer one (`虚拟人` has no 拟)."""
    pos = max(0, a - 3)
    for w, _ in _tag(text[pos:b + 3]):
        if pos <= a < pos + len(w):
            return pos == a and pos + len(w) == b or w in ("拟将", "拟于", "拟在", "将于", "将在", "将会")
        pos += len(w)
    return True


def _word_ends_at(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] starts or ends a word (`建成投产`, `全面完成`), not straddling two (`研发|生产`)."""
    pos = max(0, a - 3)
    for w, _ in _tag(text[pos:b + 3]):
        end = pos + len(w)
        if pos <= a < end:
            return pos == a or end == b  # 获|批, 建成投产, 全面完成 — but not 研发|生产 for 发生
        pos = end
    return True


def _status(state: _DocState, q: Quantity, period: Optional[str]) -> str:
    """target for plans, goals, pledges and open forecasts; actual otherwise."""
    ctx, layout, lex = state.context, state.layout, state.lex
    body = ctx.body
    si = layout.find(layout.sentences, q.start)
    s0, s1 = layout.sentences[si]
    text = body[s0:q.start]
    found: list[str] = []
    for m in lex.status_words.finditer(text):
        w = m.group(0)
        if _re_search(r"[比较]原?$", text[max(0, m.start() - 2):m.start()]):
            continue  # 比原拟募资多…: the plan is the comparison base, not this figure's status
        if len(w) == 1 and not _own_word(text, m.start(), m.end()):
            continue  # 虚拟人, 模拟: the character is inside another word
        if w == "将" and _BA_MARKER.match(body, s0 + m.end()):
            continue  # 将锁价定增改为竞价定增: 将 marks the object (把), not the future
        if ("目标" in w or "预期" in w) and _goal_met(state, s0 + m.start(), s0 + m.end()):
            continue  # 超额完成国家激励目标, 好于预期: a goal met is a past fact
        if w in ("将", "计划"):
            nxt = body[s0 + m.end():s0 + m.end() + 6]
            toks = _tag(nxt) if nxt else []
            if not toks or not toks[0][1].startswith(("v", "d", "p", "c", "a")) or toks[0][0] in ("其", "把"):
                continue
            if w == "计划" and (not _standalone_verb(text[max(0, m.start() - 4):m.start()], w, nxt)
                               or _re_search(r"(?:按|依|照|原|根据|按照)$", text[:m.start()])):
                continue  # 三年行动计划深入实施, 发展计划: the noun, not a plan to do
        found.append(w)
    # A quoted list announced as the targets right after it (`“实现GDP增长7%…”会上…宣读了…奋斗目标`).
    if not found and body[s0:s0 + 1] in "“\"" and _re_search(r"实现|确保|力争|达到|突破", body[s0:s1]):
        nxt = body[s1:min(len(body), s1 + 120)].split("\n")[0].split("。")[0]
        if _re_search(r"目标", nxt):
            found.append("目标")
    # A plan word later in the sentence (`打造1.2平方公里起步区,5月份将落位一批项目`) makes a
    # figure a target when its period is not over at publication.
    if not found and period and ctx.published_at and _period_end(period) >= ctx.published_at[:10]:
        after = body[q.end:s1]
        for m in lex.status_words.finditer(after):
            if after[max(0, m.start() - 1):m.start()] in ("原", "比", "较"):
                continue  # 比原拟募资多: an old plan named as a comparison base
            if len(m.group(0)) == 1 and not _own_word(after, m.start(), m.end()):
                continue
            if m.group(0) == "将" and _BA_MARKER.match(after, m.end()):
                continue
            if m.group(0) in ("将", "计划", "拟"):
                if m.group(0) == "将":
                    toks = _tag(after[m.end():m.end() + 6])
                    if not toks or not toks[0][1].startswith(("v", "d")) or toks[0][0] in ("其", "把"):
                        continue  # 将成果转化纳入考核: 将 marks an object here
                found.append(m.group(0))
                break
    # Under a heading that announces plans (`二、“十五五”时期目标任务和2026年工作安排`), a figure
    # for a period not yet over is a target.
    if not found and period and ctx.published_at and _period_end(period) >= ctx.published_at[:10]:
        head = _heading_above(state, q.start)
        if head and _re_search(_alternation(lex.cues["period"]["plan_headings"]), head):
            found.append("heading")
    if not found:
        return "actual"
    if all(w in ("预计", "预期") for w in found) and period and ctx.published_at:
        if _period_end(period) < ctx.published_at[:10]:
            return "actual"
    return "target"


def _goal_met(state: _DocState, a: int, b: int) -> bool:
    """Whether the goal word at body[a:b] is named as met (`超额完成…目标`, `目标任务顺利完成`)."""
    rule = next((r for r in state.lex.cues["status"] if r["name"] == "status_goal_met"), None)
    if rule is None:
        return False
    body = state.context.body
    lead = body[max(0, a - 10):a]
    lead = lead[max(lead.rfind(c) for c in "，。；,;：:\n") + 1:]
    if _re_search(rf"(?:{_alternation(rule['words'])})", lead) and not _re_search(
            rf"(?:{_alternation(state.lex.cues['status'][0]['words'])})", lead):
        return True
    return _re_match(rf"(?:任务)?(?:已|均|全面|顺利|圆满|超额|基本|如期)*(?:{_alternation(rule['after'])})",
                     body[b:b + 10]) is not None


# --------------------------------------------------------------------------- period


def _resolve(state: _DocState, d: DateFound) -> Optional[str]:
    """A date mention's value, with the conventions the date layer may not know (全年 by context)."""
    lex = state.lex
    per = lex.cues["period"]
    pub = _pub(state.context)
    t = d.text
    if t in per["context_year"] or t.endswith("全年"):
        year = _context_year(state, d.start)
        if year:
            return year
    if t.endswith(("年初", "年末前", "初")) and _year_of(d.value):
        return _year_of(d.value)
    if pub and t in per["relative_years"] and not _re_match(r"\d{4}", d.value or ""):
        return str(pub[0] + int(per["relative_years"][t]))
    if pub and _re_fullmatch(r"\d{4}", d.value or "") and _re_search(r"以来$", t) and int(d.value) < pub[0]:
        return f"{d.value}/{pub[0]}"  # 2015年以来…已累计举办超15000场: the span up to now, as 五年来 is
    return d.value


def _context_year(state: _DocState, pos: int) -> Optional[str]:
    """The year stated earlier in the paragraph or section (002: `全年` in the 2022 review is 2022)."""
    layout = state.layout
    pi = layout.find(layout.paragraphs, pos)
    sec = layout.section_starts[pi]
    body = state.context.body
    ctx_words = tuple(state.lex.cues["period"]["context_year"])
    best = None
    for d in state.dates:
        if not (sec <= d.start < pos) or d.text in ctx_words or d.text.endswith("全年"):
            continue
        if "/" in (d.value or "") or not _re_match(r"\d{4}", d.value or "") or _is_projection(body, d):
            continue
        best = d
    return _year_of(best.value) if best else None


def _is_projection(body: str, d: DateFound) -> bool:
    """`到2035年`, `2035年远景目标`, `2030年前`: a horizon, not the period of what follows."""
    return bool(_re_search(r"(?:到|至|截至|展望)$", body[max(0, d.start - 2):d.start])
                or _re_match(r"(?:前|以前|远景|之前)", body[d.end:d.end + 2]))


def _period(state: _DocState, q: Quantity, c0: int) -> tuple[Optional[str], str]:
    """What the figure is for: a date in its clause, sentence, paragraph or section, or `now`."""
    ctx, layout, lex = state.context, state.layout, state.lex
    body = ctx.body
    per = lex.cues["period"]
    si = layout.find(layout.sentences, q.start)
    s0, s1 = layout.sentences[si]
    pi = layout.find(layout.paragraphs, q.start)
    p0, _ = layout.paragraphs[pi]
    sec0 = layout.section_starts[pi]
    year_earlier = tuple(per["year_earlier"])
    # A comparison base (去年同期, 与去年持平, 比上年) dates only its own clause.
    before = [d for d in state.dates if sec0 <= d.start and d.end <= q.start
              and not _re_search(r"(?:比|较|与|同|相比|相较)$", body[max(0, d.start - 2):d.start])
              and (d.start >= c0 or not (d.text in year_earlier or d.text.endswith("同期")))]
    transition = _alternation(per["transition"])
    before = [d for d in before if not (d.start >= c0 and _re_search(transition, body[d.end:q.start]))
              and not (d.start < c0 and _old_value_date(body, d))]

    def pick(ds: list[DateFound]) -> Optional[DateFound]:
        return ds[-1] if ds else None

    def cut_off(d: DateFound, how: str) -> Optional[tuple[Optional[str], str]]:
        # `截至6月8日，…今年以来…102家`, `截至目前，年内…新增374条`: the cut-off wins
        if d.text not in _YEAR_TO_DATE:
            return None
        for x in reversed([x for x in state.dates if s0 <= x.start < d.start]):
            if _re_search(r"(?:截至|截止)$", body[max(0, x.start - 2):x.start]) and not _re_search(r"/", x.value or ""):
                return _resolve(state, x), how + "+cut_off"
        pub = _pub(ctx)
        if pub and _re_search(r"(?:截至|截止)(?:目前|发稿|今天|今日)", body[s0:q.start]):
            return f"{pub[0]:04d}-{pub[1]:02d}-{pub[2]:02d}", how + "+cut_off"
        return None

    # 1. the clause itself (a date before a 调整为-type verb is the old value's)
    in_clause = [d for d in before if d.start >= c0 and not _re_search(transition, body[d.end:q.start])]
    d = pick(in_clause)
    if d is not None:
        return cut_off(d, "clause") or _finish_period(state, d, q, "clause")
    # 2. the sentence, leaving out dates of a cause clause (因2016年至2023年…财务造假)
    cause = tuple(per["cause_clause"])
    in_sentence = []
    for dd in before:
        if dd.start >= s0:
            ci = layout.find(layout.clauses, dd.start)
            cl = body[layout.clauses[ci][0]:dd.start].lstrip("，, ")
            if cl.startswith(cause) or _re_search(r"[，,]因", body[layout.clauses[ci][0] - 1:dd.start]):
                continue
            in_sentence.append(dd)
    d = pick(in_sentence)
    if d is not None:
        return cut_off(d, "sentence") or _finish_period(state, d, q, "sentence")
    # 3. a stock figure `as of now` (已建成36个, 截至目前, 累计服务)
    gi = layout.find(layout.segments, q.start)
    g0 = layout.segments[gi][0]
    if _stock_figure(state, q, c0, g0):
        pub = _pub(ctx)
        if pub:
            return f"{pub[0]:04d}-{pub[1]:02d}-{pub[2]:02d}", "stock_now"
    # 4. earlier in the paragraph: a leading time phrase keeps its precision, others give the year;
    # a date inside another figure's clause (`匹配2050年2.5亿吨`) dates only that figure
    before = [dd for dd in before if dd.start >= c0 or _frames(state, dd)]
    in_para = [dd for dd in before if dd.start >= p0]
    d = pick(in_para)
    if d is not None:
        value = _resolve(state, d)
        # a leading span (`1-10月，`) dates the sentences after it; a day or month gives its year
        if value and not (_is_adverbial(body, d, layout) and _re_search(r"/|Q|H", value)) \
                and not _retrospective_span(d, value):
            value = _year_of(value) or value
        return value, "paragraph"
    # 5. earlier in the section (the heading above, a year stated before): the year
    d = pick(before)
    if d is None and layout.major_starts[pi] < sec0:
        # a numbered part (`二、…2026年工作安排`) dates its sub-sections; projections aside
        d = pick([x for x in state.dates if layout.major_starts[pi] <= x.start < sec0 and not _is_projection(body, x)])
    if d is not None:
        value = _resolve(state, d)
        if value and _retrospective_span(d, value):
            return value, "section"  # `五年来，…` then `——…` paragraphs: the five years, 2021/2025
        return (_year_of(value) or value) if value else None, "section"
    # 6. a list governed by `主要预期目标` with no year anywhere above: this year's plan (a work
    # report published in 2026 sets 2026's targets); cues.yaml period.plan_year_words
    ctx_words = state.lex.cues["period"].get("plan_year_words", [])
    if ctx_words:
        si = layout.find(layout.sentences, q.start)
        head = body[layout.sentences[si][0]:q.start]
        pub = _pub(ctx)
        if pub and _re_search(rf"(?:{_alternation(ctx_words)})(?:是|为|如下)?[：:]", head):
            return f"{pub[0]:04d}", "plan_year"
    return None, "none"


def _old_value_date(body: str, d: DateFound) -> bool:
    """`由2020年的7.2%提升至…`: a date that belongs to the old value of a change, nothing else."""
    return body[max(0, d.start - 1):d.start] in ("由", "从") and body[d.end:d.end + 1] == "的"


_RETROSPECTIVE = regex.compile(r"(?:年来|年以来|期间|时期|年间)$")


def _retrospective_span(d: DateFound, value: str) -> bool:
    """`五年来`, `“十四五”期间`: a span of whole years that frames the review after it."""
    return bool(_RETROSPECTIVE.search(d.text)) and _re_fullmatch(r"\d{4}/\d{4}", value) is not None


_YEAR_TO_DATE = ("今年以来", "年初以来", "年内", "今年", "本年以来", "年初至今")


def _frames(state: _DocState, d: DateFound) -> bool:
    """Whether a date sets the time of what follows it: it opens its clause (`2022年，…`,
    `截至5月末，…`, `全省2025年…`), not the object of a verb (`匹配2050年2.5亿吨`)."""
    body, layout = state.context.body, state.layout
    c0 = layout.clauses[layout.find(layout.clauses, d.start)][0]
    lead = body[c0:d.start].strip(" “”\"（(")
    if _old_value_date(body, d):
        return False  # 占全国比重由2020年的7.2%提升至7.4%: the date of the old value only
    if _re_match(r"(?:之后|以后|之前|以前)", body[d.end:d.end + 2]):
        return False  # 2022年之后，国内企业开始布局…: a point in time, not the period of later figures
    if not lead or _re_fullmatch(r"(?:截至|截止|到|在|于|自|从|至|其中|此外|同时|而|但|并|今年|去年|全年|[与和及、])+", lead):
        return True
    if lead in state.lex.own_area or (len(lead) <= 10 and _lead_entity(lead, state.lex) == lead):
        return True
    return not _re_match(r"[\d一二两三四五六七八九十百千万亿]", body[d.end:d.end + 1])


_PLAN_PERIOD = regex.compile(r"十([一二三四五六七八九])五”?(?:期间|时期|以来|时期内|规划期内)")
_RECENT_YEARS = regex.compile(r"(?:近|最近|过去)([2-9两三四五六七八九十])年(?:来|间|以来)?")


def _plan_or_recent_years(state: _DocState, q: Quantity, c0: int, period: Optional[str],
                          rule: str) -> tuple[Optional[str], str]:
    """`“十四五”期间` (a slogan, not a date) gives its five years, 2021/2025; `近3年提升21个百分点`
    gives the three years up to the figure's own year (2023/2025 in the 2025 review)."""
    body = state.context.body
    s0 = state.layout.sentences[state.layout.find(state.layout.sentences, q.start)][0]
    m = None
    for m in _PLAN_PERIOD.finditer(body, s0, q.start):
        pass
    if m is not None:
        n = 10 + _CN_DIGITS[m.group(1)]
        start = 2006 + 5 * (n - 11)
        return f"{start}/{start + 4}", "plan_period"
    m = None
    for m in _RECENT_YEARS.finditer(body, c0, q.start):
        pass
    if m is not None and period and _re_fullmatch(r"\d{4}", period):
        n = _CN_DIGITS.get(m.group(1)) or int(m.group(1))
        return f"{int(period) - n + 1}/{period}", rule + "+recent_years"
    return period, rule


def _from_to(state: _DocState, q: Quantity, c0: int, period: Optional[str], rule: str) -> tuple[Optional[str], str]:
    """In a span of years (`五年来，…人均生产总值由7.34万元提升至10.26万元`) the old value is the
    year before the span (2020) and the new one its last year (2025)."""
    m = _re_fullmatch(r"(\d{4})/(\d{4})", period or "")
    if m is None:
        return period, rule
    body = state.context.body
    words = _alternation(state.lex.cues["period"]["transition"])
    if _re_search(r"(?:由|从)$", body[max(c0, q.start - 1):q.start]) and _re_match(words, body[q.end:q.end + 4]):
        return str(int(m.group(1)) - 1), rule + "+from"
    if _re_search(rf"(?:{words})$", body[c0:q.start]) and _re_search(r"(?:由|从)", body[c0:q.start]):
        return m.group(2), rule + "+to"
    return period, rule


def _stock_figure(state: _DocState, q: Quantity, c0: int, g0: int) -> bool:
    """A figure `as of now`: 已建成36个, 截至目前…6119项, or a list following one in its segment."""
    body = state.context.body
    words = _alternation(state.lex.cues["period"]["stock_now"])
    for m in _re_finditer(words, body[c0:q.start]):
        if "的" not in body[c0 + m.end():q.start] and not _re_match(r"(?:经)?于", body[c0 + m.end():]):
            return True
    layout = state.layout
    i = layout.find(layout.clauses, g0)
    while i < len(layout.clauses) and layout.clauses[i][0] < c0:
        a, b = layout.clauses[i]
        i += 1
        if a < g0:
            continue
        m = _re_search(words, body[a:b])
        if m and any(a + m.end() <= x.start < b for x in state.quantities_between(a, b)):
            return True
    return False


def _is_adverbial(body: str, d: DateFound, layout: _Layout) -> bool:
    """A time phrase that opens its sentence or clause and is followed by a comma (`1-10月，`)."""
    ci = layout.find(layout.clauses, d.start)
    c0, _ = layout.clauses[ci]
    lead = body[c0:d.start].strip(" “”\"")
    return (lead == "" or _re_fullmatch(r"(?:截至|截止|到|在|于|自|从)", lead) is not None) and body[d.end:d.end + 1] in "，,"


def _finish_period(state: _DocState, d: DateFound, q: Quantity, how: str) -> tuple[Optional[str], str]:
    """Resolve a chosen date, turning `去年同期` into the figure's own span one year earlier."""
    per = state.lex.cues["period"]
    if d.text in per["year_earlier"] or d.text.endswith("同期"):
        others = [x for x in state.dates if x is not d and x.end <= d.start]
        trimmed = replace(state, dates=others) if others else None
        if trimmed is not None:
            base, _ = _period(trimmed, replace(q, start=d.start, end=d.start), state.layout.clauses[
                state.layout.find(state.layout.clauses, d.start)][0])
            if base:
                return _shift_year(base, -1), how + "+year_earlier"
    return _resolve(state, d), how


def _subject_of_previous(state: _DocState, q: Quantity, ind: _Indicator) -> Optional[str]:
    """A share, growth or sibling of the figure just before it in the segment has its subject."""
    if not ind.rule.startswith(("share_of", "inherit_previous", "inherit+", "respectively", "sibling")):
        return None
    last = _previous_row(state, q, prefer_level=False)
    if last is None:
        return None
    layout = state.layout
    if layout.find(layout.segments, last[0].start) != layout.find(layout.segments, q.start):
        return None
    return last[1].metric.subject


def _is_person(state: _DocState, name: str) -> bool:
    """A name the text introduces with a title (`会长张伟`, `董事会秘书朱冰至（化名）`): a person who
    speaks or acts, not whose figure it is."""
    if not 2 <= len(name) <= 4:
        return False
    cache = state.persons
    if name not in cache:
        body = state.context.body
        titles = _person_titles(state.lex)
        cache[name] = any(titles.search(body, max(0, k - 6), k) or body.startswith(("（化名）", "(化名)"), k + len(name))
                          for k in _find_all(body, name))
    return cache[name]


def _find_all(body: str, text: str) -> Iterable[int]:
    k = body.find(text)
    while k != -1:
        yield k
        k = body.find(text, k + 1)


@lru_cache(maxsize=4)
def _person_titles_of(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_alternation(words)})$")


def _person_titles(lex: _Lexicon) -> regex.Pattern[str]:
    return _person_titles_of(tuple(lex.ind.get("person_titles", ())))


def _sentence_subject(state: _DocState, q: Quantity) -> Optional[str]:
    """A name opening a clause of the quantity's segment (before it) is the subject.

    A bare region from an earlier clause counts only when a verb follows it (`沈阳地铁险资项目
    成功落地，引入新基金20只` is the province's figure, not 沈阳's).
    """
    layout, lex = state.layout, state.lex
    body = state.context.body
    gi = layout.find(layout.segments, q.start)
    g0, _ = layout.segments[gi]
    own = layout.clauses[layout.find(layout.clauses, q.start)][0]
    i = layout.find(layout.clauses, g0)
    starts = []
    while i < len(layout.clauses) and layout.clauses[i][0] <= q.start:
        if layout.clauses[i][0] >= g0:
            starts.append(layout.clauses[i][0])
        i += 1
    for k, c0 in enumerate(reversed(starts)):
        raw = body[c0:q.start]
        m = lex.alias.search(raw)
        if m:
            return m.group(1)
        m = lex.person.search(raw)
        if m:
            return m.group(1)
        if k >= 2 or _re_search(r"、.*等", raw):
            continue  # names open only their own clause and the next; `A、B等15家` lists members
        if c0 == own and "、" in raw and not lex.predicate.search(raw[raw.rfind("、"):]):
            continue  # 沈阳化工新材料、盘锦精细化工2个平台: the names listed are what is counted
        if c0 != own and _re_match(r"\p{Han}{4,}?(?:助力|助推|推动|促进|驱动|带动|拉动)", body[own:q.start]):
            break  # the figure's clause names its own actor (`…实验室助力页岩油年产量突破100万吨`)
        text = raw
        for d in state.dates:
            if c0 <= d.start <= c0 + 1:
                text = body[d.end:q.start]
        text = text.lstrip("，,；;：: “”—")
        ent = next((n for n in state.known_names if text.startswith(n)), None) or _lead_entity(text, lex)
        if not ent:
            if _ANAPHORA.match(text):  # 该公司因…营收低于1亿元: the company named before
                return _antecedent(state, q)
            continue
        if c0 != own and lex.region_names.fullmatch(ent):
            tags = _tag(text[len(ent):len(ent) + 4])
            if not tags or not tags[0][1].startswith(("v", "d", "p")):
                continue
        return ent
    return None


# A sentence opening with who acts (`6月5日，已退市近两年的亿利洁能收到巨额罚单`): the name before the verb.
_ACTOR = regex.compile(
    r"^(?:[^，。；、\d]{0,12}的)?(\*?ST\p{Han}{2,4}?|\p{Han}{2,8}?)(?:近日|日前|此前|今年|也|还|已|均|则|就)?"
    r"(?:收到|发布|宣布|披露|设立|推出|同意|表示|公告|获得|取得|实现|完成|开展|举办|研发|打造|建成|签订|签署|牵头|联合|启动)")


def _paragraph_actor(state: _DocState, q: Quantity) -> Optional[str]:
    """Who the paragraph is about, in an article with no region of its own (`全省`, `我市`): the
    organisation or team opening an earlier sentence of the paragraph (`郭青龙团队…。团队不仅共享到
    20多台高端设备`), so its later figures are not credited to the article's subject."""
    ctx, layout, lex = state.context, state.layout, state.lex
    if state.own_area_doc:
        return None
    body = ctx.body
    p0 = layout.paragraphs[layout.find(layout.paragraphs, q.start)][0]
    si = layout.find(layout.sentences, q.start)
    best: Optional[str] = None
    for j in range(si, -1, -1):
        a, _ = layout.sentences[j]
        if a < p0:
            break
        text = body[a:q.start] if j == si else body[a:layout.sentences[j][1]]
        for d in state.dates:
            if a <= d.start <= a + 3:  # 2025年初，/截至目前，
                text = body[d.end:q.start if j == si else layout.sentences[j][1]]
        text = text.lstrip("，,；;：: “”—")
        # 在该案中，保荐机构五矿证券设立…: a setting clause and a role word stand before the actor
        text = _re_sub(r"^(?:在|于)[^，,。；;]{1,10}?(?:中|里|上)[，,]", "", text)
        text = _ROLE_LEAD.sub("", text)
        ent = next((n for n in state.known_names if text.startswith(n)), None) or _lead_entity(text, lex)
        if ent is None:
            m = _ACTOR.match(text)
            toks = _tag(m.group(1)) if m else ()
            if len(toks) == 1 and toks[0][1][:1] in ("n", "v", "a", "d") and toks[0][1] not in ("nt", "nz", "nr", "ns"):
                m = None  # 工程建成后: a common noun, not who acts
            if m and _plausible_entity(m.group(1), text[m.end(1):m.end(1) + 2], lex) \
                    and not lex.strip_left.match(m.group(1)) and m.group(1) not in lex.own_area:
                ent = m.group(1)
        if ent:
            best = ent
            break
    return best


_ROLE_LEAD = regex.compile(r"^(?:保荐机构|联席主承销商|主承销商|控股股东|大股东|控股子公司|子公司|母公司)(?=[\p{Han}A-Za-z*]{2,})")
_ANAPHORA = regex.compile(r"^(?:该公司|该企业|该行|该机构|该集团|公司|其)")
_STOCK_LEAD = regex.compile(r"(?:^|[。！？\n])(\*?ST\p{Han}{2,4}?|\p{Han}{2,3}退|退市\p{Han}{2})(?=是|作为|因|于|在|的|同样|甚至|也|，)")


def _antecedent(state: _DocState, q: Quantity) -> Optional[str]:
    """The organisation `该公司` refers to: the last one named earlier in the paragraph."""
    layout = state.layout
    p0 = layout.paragraphs[layout.find(layout.paragraphs, q.start)][0]
    body = state.context.body
    best: Optional[tuple[int, str]] = None
    for m in _STOCK_LEAD.finditer(body, p0, q.start):
        best = (m.start(1), m.group(1))
    for m in _re_finditer(r"以(\*?ST\p{Han}{2,4}|\p{Han}{2,8}?)为例", body[p0:q.start]):
        if best is None or p0 + m.start(1) > best[0]:
            best = (p0 + m.start(1), m.group(1))
    for pq, row in reversed(state.described):
        if pq.start < p0:
            break
        subj = row.metric.subject
        if subj and subj != state.article_subject and (best is None or pq.start > best[0]):
            best = (pq.start, subj)
            break
    return best[1] if best else None
