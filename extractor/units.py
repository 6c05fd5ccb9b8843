"""Quantities: a numeral with its unit, magnitude and attached comparator words.

`find_quantities(text)` builds on `numbers.scan_numerals` and reads the unit table in
resources/units.yaml (one row per unit: base unit, factor, dimension; magnitudes apart).
Each `QuantityFound` keeps the unit *as written* with its magnitude (`亿元`, `万平方米`)
and a normalised value in base units (CNY/USD/..., m2, t, m, count, %), so the metric
stage only decides *which* quantities are metrics, never how to read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from functools import cache
from typing import Any, Literal, Optional

import regex

from .errors import ResourceError
from .numbers import NumberFound, fold, fold_table, parse_cn_number, prefix_word_ok, scan_numerals
from .rules import load_resource

__all__ = ["Comparator", "Normalized", "QuantityFound", "Unit", "find_quantities", "lookup_unit", "normalize"]

_ONE = Decimal(1)

Comparator = Literal["=", ">", ">=", "<", "<=", "~"]


@dataclass(frozen=True)
class Normalized:
    """A value in a base unit: CNY/USD/... for money, m2, t, m, count, % (成 ×10, 倍 ×100)."""

    value: Decimal
    unit: str


@dataclass(frozen=True)
class Unit:
    """One row of units.yaml."""

    name: str
    base: Optional[str]
    factor: Decimal
    dimension: str


@dataclass(frozen=True)
class QuantityFound:
    """A number with its unit. `text == original[start:end]` includes attached comparator
    words (突破500家, 240个以上, 不超过1,627,520股); `core_start:core_end` is the bare
    number and unit. `value` is the number as written before the magnitude (913 for
    913亿元), `unit` keeps the magnitude (亿元) and is completed where the text leaves the
    currency implicit (破千亿 -> 亿元, `unit_implied`). `normalized` is None where no
    conversion is known (time units, ranks, a bare magnitude like 56万).
    `dimension` is the unit's kind (money, area, count, percent, points, multiple, time,
    rank, magnitude, ...). `comparator` is one of = > >= < <= ~.
    """

    text: str
    start: int
    end: int
    value: Decimal
    unit: str
    normalized: Optional[Normalized]
    comparator: Comparator = "="
    core_start: int = 0
    core_end: int = 0
    dimension: str = "count"
    approx: Optional[str] = None
    range_with: Optional[tuple[int, int]] = None
    ordinal: bool = False
    unit_implied: bool = False
    number: Optional[NumberFound] = None


@dataclass(frozen=True)
class _UnitTables:
    units: dict[str, Unit]
    unit_re: regex.Pattern[str]
    magnitudes: dict[str, Decimal]
    not_before: dict[str, frozenset[str]]
    kuai_money_before: frozenset[str]
    prefixes: dict[str, str]
    prefix_re: regex.Pattern[str]
    suffixes: tuple[str, ...]
    cmp_prefix: dict[str, str]
    cmp_prefix_re: regex.Pattern[str]
    cmp_suffix: dict[str, str]
    cmp_suffix_re: regex.Pattern[str]
    cmp_inner: dict[str, str]
    money_tails: dict[str, dict[str, Decimal]]
    needs_magnitude: frozenset[str] = frozenset()
    not_before_cn: dict[str, frozenset[str]] = field(default_factory=dict)
    medal_units: frozenset[str] = frozenset()
    medal_followers: frozenset[str] = frozenset()
    index_point_min: Decimal = Decimal(24)


@cache
def _tables() -> _UnitTables:
    """units.yaml, checked and compiled (loaded once)."""
    data: dict[str, Any] = load_resource("units.yaml")
    try:
        units: dict[str, Unit] = {}
        for row in data["units"]:
            name = str(row["name"])
            if name in units:
                raise ResourceError(f"units.yaml units: duplicate unit {name!r}")
            base = row.get("base")
            units[name] = Unit(name, None if base is None else str(base), Decimal(str(row["factor"])), str(row["dimension"]))
        mags = {str(k): Decimal(str(v)) for k, v in data["magnitudes"].items()}
        not_before = {str(k): frozenset(str(c) for c in v) for k, v in data["not_before"].items()}
        cmp = data["comparators"]
        cmp_prefix = {str(k): str(v) for k, v in cmp["prefix"].items()}
        cmp_suffix = {str(k): str(v) for k, v in cmp["suffix"].items()}
        cmp_inner = {str(k): str(v) for k, v in cmp["inner"].items()}
        prefixes = {str(k): str(v) for k, v in data["currency_prefixes"].items()}
        suffixes = tuple(str(s) for s in data["currency_suffixes"])
        kuai = frozenset(str(s) for s in data["kuai_money_before"])
        tails = {str(k): {str(w): Decimal(str(f)) for w, f in v.items()} for k, v in data["money_tails"].items()}
        needs_mag = frozenset(str(u) for u in data["needs_magnitude"])
        not_before_cn = {str(k): frozenset(str(c) for c in v) for k, v in data["not_before_chinese"].items()}
        medals = frozenset(str(u) for u in data["medal_units"])
        medal_followers = frozenset(str(c) for c in data["medal_followers"])
        point_min = Decimal(str(data["index_point_min"]))
    except (KeyError, TypeError, ValueError, ArithmeticError) as e:
        raise ResourceError(f"units.yaml: bad or missing table: {e!r}") from e
    for c in {*cmp_prefix.values(), *cmp_suffix.values(), *cmp_inner.values()}:
        if c not in ("=", ">", ">=", "<", "<=", "~"):
            raise ResourceError(f"units.yaml comparators: unknown comparator {c!r}")
    table = fold_table()

    def alt(words: list[str]) -> str:
        return "|".join(regex.escape(w.translate(table)) for w in sorted(words, key=len, reverse=True))

    return _UnitTables(
        units={k.translate(table): v for k, v in units.items()},
        unit_re=regex.compile(f"(?:{alt(list(units))})"),
        magnitudes=mags,
        not_before=not_before,
        kuai_money_before=kuai,
        prefixes={k.translate(table): v for k, v in prefixes.items()},
        prefix_re=regex.compile(f"(?:{alt(list(prefixes))})[ \\t]*$"),
        suffixes=suffixes,
        cmp_prefix=cmp_prefix,
        cmp_prefix_re=regex.compile(f"(?:{alt(list(cmp_prefix))})$"),
        cmp_suffix=cmp_suffix,
        cmp_suffix_re=regex.compile(f"[ \\t]*(?:{alt(list(cmp_suffix))})"),
        cmp_inner=cmp_inner,
        money_tails={k.translate(table): {w.translate(table): f for w, f in v.items()} for k, v in tails.items()},
        needs_magnitude=frozenset(u.translate(table) for u in needs_mag),
        not_before_cn=not_before_cn,
        medal_units=medals,
        medal_followers=medal_followers,
        index_point_min=point_min,
    )


def lookup_unit(name: str) -> Optional[Unit]:
    """The units.yaml row for a unit as written (without magnitude), or None.

    >>> lookup_unit("平方公里").base, lookup_unit("亩").dimension
    ('m2', 'area')
    >>> lookup_unit("furlong") is None
    True
    """
    return _tables().units.get(fold(name))


def normalize(value: Decimal, unit: str) -> Optional[Normalized]:
    """Base-unit value of `value` `unit`, the unit possibly carrying a magnitude (亿元, 万亩).

    >>> normalize(Decimal("913"), "亿元")
    Normalized(value=Decimal('91300000000'), unit='CNY')
    >>> normalize(Decimal("6"), "成"), normalize(Decimal("3"), "天")
    (Normalized(value=Decimal('60'), unit='%'), None)
    """
    t = _tables()
    u = fold(unit)
    factor = _ONE
    row = t.units.get(u)
    if row is None:
        for i in range(1, len(u)):
            mag, rest = u[:i], u[i:]
            if mag in t.magnitudes and rest in t.units:
                row, factor = t.units[rest], t.magnitudes[mag]
                break
    if row is None or row.base is None:
        return None
    return Normalized(_tidy(value * factor * row.factor), row.base)


def _tidy(v: Decimal) -> Decimal:
    """Integral values without exponent; others normalised, 28 significant digits kept."""
    if v == v.to_integral_value() and v.adjusted() < 60:
        with localcontext() as ctx:
            ctx.prec = 64
            return v.quantize(_ONE)
    return v.normalize()


@cache
def _tail_num_re() -> regex.Pattern[str]:
    """A coin count after an amount: 三 in 五元三毛, 6 in 50元6角."""
    return regex.compile(r"(?:零|又)?([0-9]{1,2}|[一二三四五六七八九十两]{1,3})")


@cache
def _magnitude_ji_re() -> regex.Pattern[str]:
    """A bare magnitude before 级 (万亿级): keep in sync with units.yaml magnitudes."""
    return regex.compile(r"(?P<mag>万亿|千亿|百亿|亿)(?=级)")


def _money_tail(view: str, pos: int, coins: dict[str, Decimal]) -> tuple[Decimal, int]:
    """Coins written after an amount (6角三分 after 50元): their value and where they end."""
    extra = Decimal(0)
    words = sorted(coins, key=len, reverse=True)
    while True:
        m = _tail_num_re().match(view, pos)
        if m is None:
            break
        word = next((w for w in words if view.startswith(w, m.end())), None)
        if word is None or view[m.end() + len(word) : m.end() + len(word) + 1] in ("之", "钟"):
            break
        v = parse_cn_number(m.group(1))
        if v is None:
            break
        extra += v * coins[word]
        pos = m.end() + len(word)
    return extra, pos


_DENOMINATOR_BEFORE = frozenset("每")


@cache
def _distant_cmp_re() -> regex.Pattern[str]:
    """A bound word with a verb between it and the number (最高可加至300%, 至少可达5家): units.yaml
    `comparators.bound`; the mention stays the number, as the contract's `达到`/`完成` verbs do."""
    data: dict[str, Any] = load_resource("units.yaml")
    try:
        b = data["comparators"]["bound"]
        le, ge, verbs, approx, approx_verbs = (
            sorted(map(str, b[k]), key=len, reverse=True) for k in ("le", "ge", "verbs", "approx", "approx_verbs")
        )
    except (KeyError, TypeError) as e:
        raise ResourceError(f"units.yaml comparators.bound: {e!r}") from e
    alt = lambda ws: "|".join(map(regex.escape, ws))  # noqa: E731
    return regex.compile(
        f"(?:(?:(?P<le>{alt(le)})|(?P<ge>{alt(ge)}))(?:可|能|将|可以)?(?:{alt(verbs)})|(?P<ap>{alt(approx)})(?:{alt(approx_verbs)}))$"
    )


@cache
def _cue_re() -> regex.Pattern[str]:
    """Money and count cue words of units.yaml `implied_currency` (money words listed first)."""
    data: dict[str, Any] = load_resource("units.yaml")
    try:
        money = [str(w) for w in data["implied_currency"]["money"]]
        count = [str(w) for w in data["implied_currency"]["count"]]
    except (KeyError, TypeError) as e:
        raise ResourceError(f"units.yaml implied_currency: {e!r}") from e
    alt = lambda ws: "|".join(regex.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    return regex.compile(f"(?P<money>{alt(money)})|(?P<count>{alt(count)})")


def _counted(view: str, start: int) -> bool:
    """Whether the clause before a bare 亿 names a count (总曝光量近10亿), so no currency is implied.

    >>> _counted("总曝光量近10亿", 5), _counted("工业产值破千亿", 5), _counted("经济总量突破千亿", 6)
    (True, False, False)
    """
    lo = start
    while lo > 0 and start - lo < 12 and view[lo - 1] not in "，。；;,!！?？\n":
        lo -= 1
    last = None
    for m in _cue_re().finditer(view, lo, start):
        last = m
    return last is not None and last.lastgroup == "count"


def _unit_takes_last_char(view: str, n: NumberFound) -> NumberFound:
    """12千米, 1.5千克, 100兆瓦: the numeral's last character starts a unit, so give it back.

    >>> from extractor.numbers import find_numbers
    >>> m = _unit_takes_last_char("12千米", find_numbers("12千米")[0]); (m.text, m.value)
    ('12', Decimal('12'))
    """
    if n.after != n.end or n.end - n.start < 2:
        return n
    last = view[n.end - 1]
    factor = _tables().magnitudes.get(last)
    if factor is None:
        return n
    m = _tables().unit_re.match(view, n.end - 1)
    if m is None or len(m.group(0)) < 2:
        return n
    if n.scale not in ("", last):
        return n  # a longer magnitude (5万兆瓦) is not split
    return replace(n, text=n.text[:-1], end=n.end - 1, after=n.end - 1, value=_tidy(n.value / factor), scale="", mantissa=None)


def _quantity(text: str, view: str, n: NumberFound) -> Optional[QuantityFound]:
    """The quantity around numeral `n`, or None when no unit or magnitude follows it."""
    t = _tables()
    core_start = n.start
    dimension = "count"
    unit_implied = False
    if n.kind == "percent":
        if n.form == "个百分点":
            value, unit, norm, dimension = n.value, "个百分点", Normalized(n.value, "个百分点"), "points"
        elif n.form == "‰":
            value, unit, norm, dimension = _tidy(n.value * 10), "‰", Normalized(n.value, "%"), "percent"
        elif n.form in ("成", "折"):
            value, unit, norm, dimension = _tidy(n.value / 10), n.form, Normalized(n.value, "%"), "percent"
        else:
            value, unit, norm, dimension = n.value, "%", Normalized(n.value, "%"), "percent"
        end = n.end
    else:
        n = _unit_takes_last_char(view, n)
        pos = n.after
        if pos < len(view) and view[pos] == " ":
            pos += 1
        m = t.unit_re.match(view, pos)
        name = m.group(0) if m is not None else ""
        if m is not None:
            nxt = view[m.end() : m.end() + 1]
            last = name[-1]
            blocked = t.not_before.get(last, frozenset())
            if n.form in ("chinese",) or not n.text[-1:].isdigit():
                blocked = blocked | t.not_before_cn.get(last, frozenset())
            if nxt in blocked and not (len(name) > 1 and name in ("个月",)):
                name = ""
        if name in t.medal_units and view[m.end() : m.end() + 1] not in t.medal_followers:  # type: ignore[union-attr]
            name = ""  # 9金、5银: medals; 5金融机构 is not
        if name in t.needs_magnitude and not (n.scale and n.form in ("arabic", "mixed")):
            name = ""  # 度, 方 are units only in 345亿度, 22亿方
        if name == "点" and not (
            n.form == "arabic" and not n.scale and ("." in n.text or n.value > t.index_point_min)
        ):
            name = ""  # 上午10点 is a time; 3987.01点 an index level
        row = t.units.get(name) if name else None
        if name == "块":
            # 三块 / 三块钱 closing a clause is money; 3块地 is a count
            row = Unit("块", "CNY", _ONE, "money") if view[m.end() : m.end() + 1] in t.kuai_money_before else row  # type: ignore[union-attr]
        mantissa = n.mantissa if n.scale else n.value
        if row is not None and row.dimension == "time" and name == "年":
            if not n.scale and 1000 <= n.value <= 2999 and n.value == n.value.to_integral_value():
                return None  # 2024年 is a date
        if row is not None and name == "成":
            return None  # 九成 is read by numbers.py; 一成不变 is a trap
        if row is None:
            unit = n.scale
            value = mantissa if mantissa is not None else n.value
            norm = None
            dimension = "magnitude" if n.scale else "none"
            end = n.end
        else:
            assert m is not None
            unit = n.scale + text[m.start() : m.end()]
            value = mantissa if mantissa is not None else n.value
            end = m.end() if m is not None else n.end
            dimension = row.dimension
            norm = normalize(value, n.scale + name)
            if name == "块" and row.base == "CNY":
                norm = Normalized(_tidy(n.value), "CNY")
            if view[end : end + 1] == "半" and dimension not in ("money", "percent", "multiple") and value == value.to_integral_value():
                # 一吨半, 两米半, 一年半
                value, end = value + Decimal("0.5"), end + 1
                norm = normalize(value, n.scale + name)
            if name in t.money_tails and not n.scale:
                # 五元三毛, 50元6角三分, 两美元又三美分: smaller coins added to the amount
                extra, end = _money_tail(view, end, t.money_tails[name])
                if extra:
                    value = _tidy(value + extra)
                    norm = normalize(value, name)
            if dimension == "money":
                for suf in t.suffixes:
                    if view.startswith(suf, end):
                        end += len(suf)
                        break
            if n.ordinal:
                norm = None
                dimension = "rank" if name == "位" else "ordinal"
    core_end = end
    start = core_start
    if n.ordinal:
        start = core_start = n.start - 1
    # currency written before the number: 人民币 50元, ￥300
    pm = t.prefix_re.search(view, max(0, start - 6), start)
    if pm is not None and pm.start() > 0 and (view[pm.start() - 1].isdigit() or view[pm.start() - 1] in "元币"):
        pm = None  # 4人民币5美元: the word is the unit of the number before
    if pm is not None and dimension in ("money", "magnitude", "none"):
        word = pm.group(0).strip()
        code = t.prefixes[word]
        if dimension != "money":
            # ￥300, 人民币5亿: the currency is written before the number only
            unit, unit_implied = n.scale + ("元" if code == "CNY" else word), True
            norm = Normalized(_tidy(n.value), code)
            dimension = "money"
        start = core_start = pm.start()
    if dimension == "none":
        return None  # a bare number: find_numbers reports it
    if start > 0 and view[start - 1] in _DENOMINATOR_BEFORE and dimension != "money":
        return None  # 每万人口, 每10万人口: a rate's denominator, not an amount
    # comparators: prefix word, 多/余 inside, suffix word
    comparator = "="
    cm = t.cmp_prefix_re.search(view, max(0, start - 3), start)
    if cm is not None and cm.group(0) == "上" and n.text[:1] not in "百千万":
        cm = None  # 上 is a comparator only in 上百家, 上千人
    if cm is not None and prefix_word_ok(view, cm.start(), cm.group(0)):
        comparator = t.cmp_prefix[cm.group(0)]
        start = cm.start()
    elif n.approx in t.cmp_inner:
        comparator = t.cmp_inner[n.approx]
    else:
        dm = _distant_cmp_re().search(view, max(0, start - 10), start)
        if dm is not None and dm.group("ap") and not prefix_word_ok(view, dm.start("ap"), dm.group("ap")):
            dm = None  # 签约达100亿元: 约 ends another word
        if dm is not None:
            # 权重最高可加至300%, 约有300家: a bound or an estimate, the verb stays outside
            comparator = ">=" if dm.group("ge") else "~" if dm.group("ap") else "<="
    sm = t.cmp_suffix_re.match(view, end)
    if sm is not None and sm.group(0).strip() == "多" and (
        dimension in ("magnitude", "none", "time") or regex.match(r"[\p{Han}]", view[sm.end() : sm.end() + 1])
    ):
        sm = None  # 1倍多 closes the quantity; 3个多月, 10万多人 do not
    if sm is not None:
        word = sm.group(0).strip()
        if word == "级":
            if dimension == "magnitude" or dimension == "money":
                if comparator == "=":
                    comparator = ">="
                end = sm.end()
        else:
            if comparator == "=" or (comparator == ">" and n.approx in t.cmp_inner):
                comparator = t.cmp_suffix[word]
            end = sm.end()
    # 破千亿, 千亿级: the currency is implicit; complete it
    if dimension == "magnitude" and "亿" in unit and (comparator != "=" or n.form == "chinese") and (
        view[end - 1 : end] == "级" or not _counted(view, start)
    ):
        unit, unit_implied, dimension = unit + "元", True, "money"
        norm = normalize(value, unit)
    if n.approx in ("约", "大约", "近", "将近", "左右", "上下") and comparator == "=":
        comparator = "~"
    return QuantityFound(
        text=text[start:end],
        start=start,
        end=end,
        value=_tidy(value),
        unit=unit,
        normalized=norm,
        comparator=comparator,
        core_start=core_start,
        core_end=core_end,
        dimension=dimension,
        approx=n.approx,
        range_with=n.range_with,
        ordinal=n.ordinal,
        unit_implied=unit_implied,
        number=n,
    )


def _magnitude_words(text: str, view: str, taken: list[tuple[int, int]]) -> list[QuantityFound]:
    """万亿级 / 亿级 with no digit: one of the magnitude (1 万亿元, >=)."""
    out: list[QuantityFound] = []
    for m in _magnitude_ji_re().finditer(view):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken):
            continue
        unit = m.group("mag") + "元"
        out.append(
            QuantityFound(
                text=text[s : e + 1],
                start=s,
                end=e + 1,
                value=_ONE,
                unit=unit,
                normalized=normalize(_ONE, unit),
                comparator=">=",
                core_start=s,
                core_end=e,
                dimension="money",
                unit_implied=True,
            )
        )
    return out


def _borrow_unit(
    a: NumberFound, b: NumberFound, qb: QuantityFound, comparator: Comparator, range_with: Optional[tuple[int, int]] = None
) -> QuantityFound:
    """Number `a` as a quantity in the unit (and magnitude) of the next item `qb`: `3-5万元`, `30、27、35个`."""
    value = a.mantissa if a.scale and a.mantissa is not None else a.value
    unit = (a.scale or b.scale) + qb.unit[len(b.scale) :]
    return QuantityFound(
        text=a.text,
        start=a.start,
        end=a.end,
        value=_tidy(value),
        unit=unit,
        normalized=normalize(value, unit) if qb.normalized is not None else None,
        comparator=comparator,
        core_start=a.start,
        core_end=a.end,
        dimension=qb.dimension,
        approx=a.approx,
        range_with=range_with,
        unit_implied=True,
        number=a,
    )


def _share_list_units(view: str, numbers: list[NumberFound], found: list[Optional[QuantityFound]]) -> None:
    """分别覆盖30、27、35个: a bare number listed with 、 before a quantity takes its unit
    (the contract's `高于全国12.7个、12个百分点` rule, for items written without any unit)."""
    for i in range(len(numbers) - 2, -1, -1):
        a, b, qb = numbers[i], numbers[i + 1], found[i + 1]
        qa = found[i]
        if qa is not None and qb is not None and qa.unit == "个" and qb.unit == "个百分点" and view[qa.end : b.start] == "、":
            # 高于全国12.7个、12个百分点: the first item is in points too
            found[i] = replace(qa, unit="个百分点", normalized=Normalized(qa.value, "个百分点"), dimension="points")
            continue
        if (
            qa is not None and qb is not None and qa.dimension == "magnitude" and qb.dimension not in ("magnitude", "time")
            and qb.unit.startswith(qa.unit) and view[qa.end : b.start] == "、" and qb.core_start == b.start
        ):
            # 客运量分别达1409万、1305万人次: the first item is in 万人次 too
            found[i] = replace(qa, unit=qb.unit, normalized=normalize(qa.value, qb.unit) if qb.normalized is not None else None,
                               dimension=qb.dimension, unit_implied=True)
            continue
        if found[i] is not None or qb is None or a.ordinal or a.range_with is not None or a.kind != "number":
            continue
        if view[a.after : b.start] != "、" or qb.dimension in ("time", "rank", "ordinal", "magnitude", "none"):
            continue
        if a.form != b.form or qb.core_start != b.start:
            continue  # 中证500、1000只: names and counts mixed; a currency prefix belongs to its own item
        found[i] = _borrow_unit(a, b, qb, comparator=">" if a.approx in ("多", "余") else "=")


def find_quantities(text: str) -> list[QuantityFound]:
    """Every number with a unit, magnitude or percent sign in `text`, in order.

    >>> [(q.text, str(q.value), q.unit, q.comparator) for q in find_quantities("产值破千亿，突破500家，240个以上")]
    [('破千亿', '1000', '亿元', '>'), ('突破500家', '500', '家', '>'), ('240个以上', '240', '个', '>=')]
    >>> q = find_quantities("GDP完成913亿元")[0]; (q.value, q.unit, q.normalized.value, q.normalized.unit)
    (Decimal('913'), '亿元', Decimal('91300000000'), 'CNY')
    """
    view = fold(text)
    numbers = scan_numerals(text)
    found: list[Optional[QuantityFound]] = [_quantity(text, view, n) for n in numbers]
    # ranges: 3至5倍, 3-5万元: the first end takes the unit (and magnitude) of the second;
    # the ends are >= and <= unless a comparator is written (contract: a range gives two rows)
    for i in range(len(numbers) - 1):
        a, b = numbers[i], numbers[i + 1]
        qa, qb = found[i], found[i + 1]
        if a.range_with != (b.start, b.end) or qb is None:
            continue
        if (qa is None or (qa.dimension == "magnitude" and qb.dimension != "magnitude")) and a.kind != "percent":
            found[i] = _borrow_unit(a, b, qb, comparator=">=", range_with=a.range_with)
        elif qa is not None and qa.comparator == "=":
            found[i] = replace(qa, comparator=">=")
        if qb.comparator == "=":
            found[i + 1] = replace(qb, comparator="<=")
    _share_list_units(view, numbers, found)
    out: list[QuantityFound] = []
    for q in found:
        # 两美元又三美分: a money tail read into the previous quantity is not its own
        if q is not None and not (out and q.core_start < out[-1].end):
            out.append(q)
    out.extend(_magnitude_words(text, view, [(q.start, q.end) for q in out]))
    out.sort(key=lambda q: q.start)
    return out
