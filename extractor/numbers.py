"""Numerals in Chinese text: Arabic, Chinese, mixed, fractions, percentages -> Decimal.

`find_numbers(text)` returns one `NumberFound` per numeral mention, with `[start, end)`
indexing the original text. Matching runs on a length-preserving folded *view*
(`text.translate(fold_table())`: full-width digits and signs, traditional numeral
characters) so spans stay valid without rewriting the text. The numeral tables and the
trap list (万众一心, 一切, 第三产业, ...) are data in resources/numbers.yaml.

The scanner (`scan_numerals`) is shared with units.py, which reads the extra fields
(`mantissa`, `scale`, `after`) to attach units and magnitudes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from functools import cache
from typing import Any, Iterator, Literal, Optional

import regex

from .errors import ResourceError
from .rules import compile_rule, load_resource

__all__ = ["NumberFound", "NumberKind", "find_numbers", "fold", "fold_table", "parse_cn_number", "prefix_word_ok", "scan_numerals"]

_ZERO = Decimal(0)
_ONE = Decimal(1)
_TEN = Decimal(10)
_HUNDRED = Decimal(100)
_SP = "[ \\t]*"  # spaces allowed inside a numeral (一百 五 十 二); never newlines

NumberKind = Literal["number", "percent"]


@dataclass(frozen=True)
class NumberFound:
    """One numeral mention: `text == original[start:end]`, its value, and how it was written.

    `kind` is "number" or "percent" (value in percent units: 7.2 for 7.2%, 90 for 九成).
    `approx` is the approximation marker written with it (多 余 几 近 约 大约 左右 ...).
    `range_with` is the span of the other end of a range (5-20%, 3至5倍).
    `mantissa`/`scale` split a trailing magnitude off (913亿: 913 and 亿) for units.py;
    `form` names the written form ("arabic", "chinese", "mixed", "fraction", "%",
    "百分之", "个百分点", "成", "折"); `after` is where a unit may start (after 多/余).
    """

    text: str
    start: int
    end: int
    value: Decimal
    kind: NumberKind = "number"
    approx: Optional[str] = None
    range_with: Optional[tuple[int, int]] = None
    ordinal: bool = False
    mantissa: Optional[Decimal] = None
    scale: str = ""
    form: str = "arabic"
    after: int = -1


# ----------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class _Tables:
    fold: dict[int, int]
    digits: dict[str, int]
    units: dict[str, Decimal]
    tens: dict[str, int]
    magnitudes: dict[str, Decimal]
    multipliers: dict[str, Decimal]
    ambiguous_alone: frozenset[str]
    stop: regex.Pattern[str]
    cheng_not_before: frozenset[str]
    zhe_not_before: frozenset[str]
    cn_chars: str
    approx_pre: regex.Pattern[str]
    approx_post: regex.Pattern[str]
    prefix_not_after: dict[str, frozenset[str]]
    vague_before: regex.Pattern[str]


@cache
def _tables() -> _Tables:
    """numbers.yaml, checked and turned into lookup tables (loaded once)."""
    data: dict[str, Any] = load_resource("numbers.yaml")
    try:
        fold = {ord(k): ord(v) for k, v in data["fold"].items()}
        digits = {str(k): int(v) for k, v in data["digits"].items()}
        units = {str(k): Decimal(v) for k, v in data["units"].items()}
        tens = {str(k): int(v) for k, v in data["tens"].items()}
        mags = {str(k): Decimal(v) for k, v in data["magnitudes"].items()}
        mults = {str(k): Decimal(v) for k, v in data["multipliers"].items()}
        words = [str(w) for w in data["stop_words"]]
        pats = [compile_rule(p["pattern"], where=f"numbers.yaml stop_patterns {p['name']}") for p in data["stop_patterns"]]
        approx_pre = sorted((str(w) for w in data["approx_prefix"]), key=len, reverse=True)
        approx_post = [str(w) for w in data["approx_suffix"]]
        not_after = {str(k): frozenset(str(c) for c in v) for k, v in data["prefix_not_after"].items()}
        vague = [str(w) for w in data["vague_before"]]
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ResourceError(f"numbers.yaml: bad or missing table: {e!r}") from e
    for k, v in fold.items():
        if len(chr(k)) != 1 or len(chr(v)) != 1:
            raise ResourceError("numbers.yaml fold: pairs must be single characters")
    table = dict(_fullwidth_fold())
    table.update(fold)
    folded_words = sorted({w.translate(table) for w in words}, key=len, reverse=True)
    alternatives = [regex.escape(w) for w in folded_words] + [p.pattern for p in pats]
    stop = regex.compile("|".join(f"(?:{a})" for a in alternatives))
    cn_chars = "".join(digits) + "".join(units) + "".join(tens) + "".join(mags)
    return _Tables(
        fold=table,
        digits=digits,
        units=units,
        tens=tens,
        magnitudes=mags,
        multipliers=mults,
        ambiguous_alone=frozenset(str(c) for c in data["ambiguous_alone"]),
        stop=stop,
        cheng_not_before=frozenset(data["cheng_not_before"]),
        zhe_not_before=frozenset(data["zhe_not_before"]),
        cn_chars=cn_chars,
        approx_pre=regex.compile("(?:" + "|".join(map(regex.escape, approx_pre)) + ")[ \\t]*$"),
        approx_post=regex.compile("[ \\t]*(?:" + "|".join(map(regex.escape, approx_post)) + ")"),
        prefix_not_after=not_after,
        vague_before=regex.compile("(?:" + "|".join(map(regex.escape, vague)) + ")$"),
    )


def _fullwidth_fold() -> dict[int, int]:
    """Full-width ASCII (！..～) to ASCII, ideographic space to space: one char to one char."""
    table = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
    table[0x3000] = 0x20
    table[0x00A0] = 0x20
    table[0xFF0E] = ord(".")
    table[0x3002] = 0x3002  # 。 stays
    return table


def fold_table() -> dict[int, int]:
    """The translate table of the folded matching view (full-width ASCII, traditional numerals)."""
    return _tables().fold


def fold(text: str) -> str:
    """A same-length view of `text` for matching: offsets in it are offsets in `text`.

    >>> fold("７.２％，萬")
    '7.2%,万'
    >>> len(fold("１２３")) == 3
    True
    """
    return text.translate(_tables().fold)


# ----------------------------------------------------------------------------- patterns


@cache
def _token_re() -> regex.Pattern[str]:
    """One numeral token: an Arabic number, a Chinese digit/unit/magnitude, 点, 几/多/余."""
    t = _tables()
    cls = lambda chars: "[" + regex.escape("".join(chars)) + "]"  # noqa: E731
    return regex.compile(
        rf"""{_SP}(?:
        (?P<ar>(?:\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d+)(?:\.\d+)?|(?<![\d.])\.\d+)
        |(?P<cn>{cls(t.digits)})
        |(?P<u>{cls(t.units)})
        |(?P<t>{cls(t.tens)})
        |(?P<b>{cls(t.magnitudes)})
        |(?P<p>点)
        |(?P<x>[几多余])
        )""",
        regex.X,
    )


@cache
def _start_re() -> regex.Pattern[str]:
    """Where a numeral may start: a digit, a sign, a Chinese numeral, 半, 打对折, a 百分之 prefix."""
    t = _tables()
    chars = regex.escape(t.cn_chars)
    return regex.compile(rf"[0-9]|\.[0-9]|[-+负][ \t]*(?=[0-9.{chars}])|[{chars}]|半|打对折")


@cache
def _misc_res() -> dict[str, regex.Pattern[str]]:
    """The fixed patterns of numbers.yaml `patterns:` (suffixes, prefixes, URLs), by name."""
    data: dict[str, Any] = load_resource("numbers.yaml")
    try:
        frags = {str(k): str(v) for k, v in data["fragments"].items()}
        out: dict[str, regex.Pattern[str]] = {}
        for row in data["patterns"]:
            name = str(row["name"])
            if name in out:
                raise ResourceError(f"numbers.yaml patterns: duplicate name {name!r}")
            out[name] = compile_rule(str(row["pattern"]), row.get("uses") or (), frags, f"numbers.yaml patterns {name}")
    except (KeyError, TypeError) as e:
        raise ResourceError(f"numbers.yaml patterns: bad or missing key: {e!r}") from e
    missing = {"dotted", "exp", "pow", "kilo", "slash", "mixed_frac", "fen_zhi", "you", "pct_prefix", "percent",
               "points", "permille", "cheng", "zhe", "url", "range_sep", "latin_before", "latin_after"} - set(out)
    if missing:
        raise ResourceError(f"numbers.yaml patterns: missing {sorted(missing)}")  # keep in sync with numbers.py
    return out


# ----------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class _Tok:
    kind: str  # ar cn u t b p x
    text: str
    start: int
    end: int
    value: Decimal


def _tokens(view: str, pos: int, limit: int = 64) -> list[_Tok]:
    """Consecutive numeral tokens from `pos` (spaces allowed between, not before the first)."""
    t = _tables()
    tok_re = _token_re()
    out: list[_Tok] = []
    while len(out) < limit:
        m = tok_re.match(view, pos)
        if m is None:
            break
        if not out and m.start(m.lastgroup) != pos:  # type: ignore[arg-type]
            break
        kind = m.lastgroup or ""
        s, e = m.span(kind)
        ch = view[s:e]
        if kind == "ar":
            val = Decimal(ch.replace(",", ""))
        elif kind == "cn":
            val = Decimal(t.digits[ch])
        elif kind == "u":
            val = t.units[ch]
        elif kind == "t":
            val = Decimal(t.tens[ch])
        elif kind == "b":
            val = t.magnitudes[ch]
        else:
            val = _ZERO
        out.append(_Tok(kind, ch, s, e, val))
        pos = e
    return out


@dataclass(frozen=True)
class _Eval:
    n: int  # tokens used
    value: Decimal
    approx: Optional[str]
    scale_from: Optional[int]  # token index where the trailing magnitude starts
    seq_len: int  # digits in a plain digit sequence (二〇二四), else 0
    has_cn: bool
    has_ar: bool


def _evaluate(toks: list[_Tok]) -> Optional[_Eval]:
    """Value of the longest valid prefix of `toks`, or None (nothing, or a rejected 二三十).

    Magnitudes multiply everything down to the last bigger magnitude; a trailing Chinese
    digit right after a unit abbreviates (一万三 = 13000, 四百五 = 450, 一千零五 = 1005).
    """
    parts: list[tuple[Decimal, Decimal]] = []
    section = _ZERO
    pending: Optional[Decimal] = None
    pending_cn = False
    abbrev: Optional[Decimal] = None  # unit right before the pending digit
    last_small: Optional[Decimal] = None
    prev = ""
    after_zero = False
    seq: Optional[str] = None
    units_seen = False
    approx: Optional[str] = None
    decimal: Optional[str] = None  # digits after 点
    dec_scale = _ONE
    best: Optional[_Eval] = None
    has_cn = has_ar = False

    def value_now() -> Decimal:
        if seq is not None:
            return Decimal(seq)
        v = sum((p for p, _ in parts), _ZERO) + section
        if pending is not None:
            if pending_cn and abbrev is not None and not after_zero:
                v += pending * abbrev / _TEN
            else:
                v += pending
        if decimal:
            v += Decimal("0." + decimal)
        return v * dec_scale

    def scale_start(n: int) -> Optional[int]:
        i = n
        while i > 0 and toks[i - 1].kind == "b":
            i -= 1
        if i == n:
            return None
        # 3千万: a small unit right after an Arabic number belongs to the magnitude
        if i >= 2 and toks[i - 1].kind == "u" and toks[i - 2].kind == "ar":
            i -= 1
        while i > 0 and toks[i - 1].kind == "x":  # 十多万: mantissa 十, approx 多
            i -= 1
        return i if i > 0 else None

    for i, tk in enumerate(toks):
        k = tk.kind
        if decimal is not None and k not in ("cn", "b"):
            break
        if k == "cn":
            has_cn = True
            if decimal is not None:
                if tk.text == "两" or dec_scale != _ONE:
                    break
                decimal += str(int(tk.value))
            elif seq is not None:
                if tk.text == "两":
                    break
                seq += str(int(tk.value))
            elif pending is not None:
                if prev == "cn" and toks[i - 1].value != 0 and (
                    units_seen or tk.text == "两" or toks[i - 1].text == "两"
                ):
                    return None  # 十五六万, 两三个, 一两家: approximate, not one number
                if units_seen or prev == "ar" or tk.text == "两" or toks[i - 1].text == "两":
                    if prev == "cn" and i + 1 < len(toks) and toks[i + 1].kind in ("u", "t"):
                        return None  # 二三十: approximate, not one number
                    break
                seq = str(int(pending)) + str(int(tk.value))
                pending = None
            elif tk.value == 0 and (units_seen or parts):
                after_zero = True
                abbrev = None
            else:
                pending, pending_cn = tk.value, True
                if prev not in ("u", "b"):
                    abbrev = None
        elif k == "ar":
            has_ar = True
            if pending is not None or seq is not None or decimal is not None:
                break
            if prev == "x":
                break
            if prev == "b" and (i + 1 >= len(toks) or toks[i + 1].kind not in ("u", "b")):
                # 3万4000 fills the 万 section; 1.7亿65周岁 is two numbers (a decimal mantissa, or
                # too few digits for the section); 1亿5000万 carries its own magnitude
                digits = tk.text.replace(",", "")
                section_digits = len(str(int(toks[i - 1].value))) - 1
                if "." in digits or len(digits) != section_digits or any("." in t.text for t in toks[:i] if t.kind == "ar"):
                    break
            pending, pending_cn = tk.value, False
        elif k == "t":
            has_cn = True
            if pending is not None or seq is not None or decimal is not None:
                break
            if last_small is not None and last_small <= _TEN:
                break
            section += tk.value
            last_small = _TEN
            units_seen = True
            abbrev, after_zero = _TEN, False
        elif k == "u":
            has_cn = True
            if seq is not None:
                if len(seq) >= 2:
                    return None
                break
            if last_small is not None and tk.value >= last_small:
                break
            if pending is not None and pending != pending.to_integral_value() and pending_cn:
                break
            if pending is None and i > 0 and not after_zero:
                break  # 1200万千瓦: 千 starts the unit 千瓦; 一万零十 needs its 零
            section += (pending if pending is not None and pending != 0 else _ONE) * tk.value
            pending = None
            last_small = tk.value
            units_seen = True
            abbrev, after_zero = tk.value, False
        elif k == "b":
            if seq is not None:
                break
            if decimal is not None:
                if not decimal or dec_scale != _ONE:
                    break
                dec_scale *= tk.value
                prev = k
                best = _Eval(i + 1, value_now(), approx, scale_start(i + 1), 0, has_cn, has_ar)
                continue
            tail = section + (pending if pending is not None else _ZERO)
            keep: list[tuple[Decimal, Decimal]] = []
            for p, u in parts:
                if u <= tk.value:
                    tail += p
                else:
                    keep.append((p, u))
            if tail == 0 and prev != "x":
                break
            if tail == 0:
                tail = _ONE
            parts = keep + [(tail * tk.value, tk.value)]
            section, pending, last_small = _ZERO, None, None
            units_seen = True
            abbrev, after_zero = tk.value, False
        elif k == "p":
            if not has_cn or has_ar or seq is not None or pending is None and not units_seen and not parts:
                break
            if i + 1 >= len(toks) or toks[i + 1].kind != "cn" or toks[i + 1].text == "两":
                break
            # 四百五 点 ...: settle the abbreviation before the decimals
            base = value_now()
            parts, section, pending, abbrev = [(base, Decimal(10**16))], _ZERO, None, None
            decimal = ""
            prev = k
            continue
        elif k == "x":
            if prev in ("", "x", "p") or seq is not None or decimal is not None:
                break
            if pending is not None and pending_cn and not units_seen:
                break  # 一多, 五余: not a numeral
            approx = approx or tk.text
            after_zero = True if tk.text == "几" and prev == "cn" else after_zero
            prev = k
            if best is not None:
                best = replace(best, n=i + 1, approx=approx)
            continue
        prev = k
        if decimal == "":
            continue
        if seq is not None and len(seq) < 1:
            continue
        best = _Eval(i + 1, value_now(), approx, scale_start(i + 1), len(seq) if seq else 0, has_cn, has_ar)
    return best


def parse_cn_number(text: str) -> Optional[Decimal]:
    """Value of a whole numeral string (Chinese, Arabic or mixed), or None if it is not one.

    >>> parse_cn_number("一万五千亿")
    Decimal('1500000000000')
    >>> parse_cn_number("四百五"), parse_cn_number("一千零五"), parse_cn_number("2千零30万")
    (Decimal('450'), Decimal('1005'), Decimal('20300000'))
    >>> parse_cn_number("二〇二四"), parse_cn_number("十点二三三"), parse_cn_number("万")
    (Decimal('2024'), Decimal('10.233'), None)
    """
    view = fold(text)
    toks = _tokens(view, 0)
    ev = _evaluate(toks) if toks else None
    if ev is None or toks[ev.n - 1].end != len(view):
        return None
    return ev.value


# ----------------------------------------------------------------------------- scanning


@dataclass(frozen=True)
class _Body:
    start: int
    end: int  # end of the numeral proper (trailing 多/余 excluded)
    after: int  # after trailing 多/余
    value: Decimal
    approx: Optional[str]
    mantissa: Optional[Decimal]
    scale: str
    form: str
    arabic_int: bool  # a plain Arabic integer (for fractions, k/M suffixes)
    seq_len: int


def _body(view: str, pos: int) -> Optional[_Body] | bool:
    """The numeral body starting at `pos`: a _Body, None (no numeral), False (reject the run)."""
    toks = _tokens(view, pos)
    if not toks:
        return None
    ev = _evaluate(toks)
    if ev is None:
        return False if toks else None
    used = toks[: ev.n]
    end = used[-1].end
    approx = ev.approx
    # trailing 多/余/几 is an approximation marker outside the numeral proper
    core = used
    while core and core[-1].kind == "x":
        core = core[:-1]
    if not core:
        return None
    core_end = core[-1].end
    after = end
    value = ev.value
    mantissa: Optional[Decimal] = None
    scale = ""
    if ev.scale_from is not None:
        scale_toks = [tk for tk in used[ev.scale_from :] if tk.kind in ("b", "u")]
        scale = "".join(tk.text for tk in scale_toks)
        factor = _ONE
        for tk in scale_toks:
            factor *= tk.value
        mantissa = value / factor
        if mantissa == mantissa.to_integral_value():
            mantissa = mantissa.quantize(_ONE)
        else:
            mantissa = mantissa.normalize()
    form = "mixed" if ev.has_cn and ev.has_ar else ("chinese" if ev.has_cn else "arabic")
    arabic_int = form == "arabic" and len(core) == 1 and "." not in core[0].text and "," not in core[0].text
    return _Body(pos, core_end, after, value, approx, mantissa, scale, form, arabic_int, ev.seq_len)


def _sign_at(view: str, pos: int) -> tuple[int, int]:
    """(sign, length) of a minus sign or 负 at `pos`; a dash after a digit is a range, not a sign."""
    if pos >= len(view):
        return 0, 0
    ch = view[pos]
    if ch == "负":
        if pos > 0 and view[pos - 1] in _extra()["minus_not_after"]:
            return 0, 0  # 减负180亿元, 胜负, 抱负: 负 ends another word
        n = 1
        while pos + n < len(view) and view[pos + n] in " \t":
            n += 1
        return -1, n
    if ch in "-+":
        before = view[pos - 1] if pos > 0 else ""
        if before and ((before.isascii() and before.isalnum()) or before in "-+.)）" or before in _tables().cn_chars):
            return 0, 0
        if pos + 1 < len(view) and view[pos + 1] in " \t":
            # "20 - 100": a spaced dash is a range; a sign hugs its number (-2.5, -22.2%)
            return 0, 0
        return (-1 if ch == "-" else 1), 1
    return 0, 0


def _signed(view: str, pos: int) -> tuple[int, Optional[_Body] | bool]:
    """A body with an optional sign before it: (sign, body)."""
    sign, n = _sign_at(view, pos)
    if n:
        b = _body(view, pos + n)
        return sign, b
    return 1, _body(view, pos)


def _mk(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    kind: NumberKind = "number",
    *,
    approx: Optional[str] = None,
    mantissa: Optional[Decimal] = None,
    scale: str = "",
    form: str = "arabic",
    after: int = -1,
) -> NumberFound:
    return NumberFound(
        text=text[start:end],
        start=start,
        end=end,
        value=_tidy(value),
        kind=kind,
        approx=approx,
        mantissa=None if mantissa is None else _tidy(mantissa),
        scale=scale,
        form=form,
        after=end if after < 0 else after,
    )


def _tidy(v: Decimal) -> Decimal:
    """Integral values without exponent or trailing zeros; others normalised.

    >>> _tidy(Decimal("4.800")), _tidy(Decimal("1E+3"))
    (Decimal('4.8'), Decimal('1000'))
    """
    if v == v.to_integral_value() and v.adjusted() < 60:
        with localcontext() as ctx:
            ctx.prec = 64
            return v.quantize(_ONE)
    return v.normalize()


def _div(a: Decimal, b: Decimal) -> Optional[Decimal]:
    if b == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        return a / b


def _skip_run(view: str, pos: int) -> int:
    """End of a rejected numeral run (二三十, 十五六万) and its 个百分点 / % / 成 suffix, so no
    part of it is read as a number."""
    t = _tables()
    n = len(view)
    while pos < n and (view[pos] in t.cn_chars or view[pos] in "几多余点 "):
        pos += 1
    m = _misc_res()["points"].match(view, pos) or _misc_res()["percent"].match(view, pos)
    return m.end() if m is not None else pos


def _one_at(text: str, view: str, pos: int) -> tuple[Optional[NumberFound], int] | tuple[list[NumberFound], int]:
    """The numeral mention starting at `pos` (or None) and where scanning resumes."""
    t = _tables()
    R = _misc_res()
    n = len(view)
    ch = view[pos]

    # special words: 打对折, 半成, 半折, 半百
    if view.startswith("打对折", pos):
        return _mk(text, pos + 1, pos + 3, Decimal(50), "percent", form="折"), pos + 3
    if ch == "半":
        nxt = view[pos + 1 : pos + 2]
        if nxt == "成":
            return _mk(text, pos, pos + 2, Decimal(5), "percent", form="成"), pos + 2
        if nxt == "折":
            return _mk(text, pos, pos + 2, Decimal(50), "percent", form="折"), pos + 2
        if nxt == "百":
            return _mk(text, pos, pos + 2, Decimal(50), form="chinese"), pos + 2
        return None, pos + 1

    # 百分之五, 千分之一, 百万分之五: a percentage prefix without a leading digit
    if ch in "百千万":
        m = R["pct_prefix"].match(view, pos)
        if m is not None and not (pos > 0 and view[pos - 1] in t.digits):
            denom = _ONE
            for c in m.group(1):
                if c in "百千万":
                    denom *= {"百": _HUNDRED, "千": Decimal(1000), "万": Decimal(10000)}[c]
            sign, b = _signed(view, m.end())
            if isinstance(b, _Body):
                end = b.end
                val = b.value
                km = R["kilo"].match(view, end) if b.form == "arabic" else None
                if km is not None and km.group(1) in "kK":
                    val, end = val * 1000, km.end()
                pct = _div(sign * val * _HUNDRED, denom)
                if pct is not None:
                    return _mk(text, pos, end, pct, "percent", form=m.group(1) + "分之", approx=b.approx, after=max(end, b.after)), max(end, b.after)
            if b is False:
                return None, _skip_run(view, m.end())
            # 百 alone falls through to an ordinary numeral

    sign, n_sign = _sign_at(view, pos)
    if not n_sign:
        sign = 1
    start = pos
    if n_sign:
        body = _body(view, pos + n_sign)
    else:
        if ch in "-+负":
            return None, pos + 1
        body = _body(view, pos)
    if body is False:
        return None, max(_skip_run(view, pos + n_sign), pos + 1)
    if body is None:
        return None, pos + max(1, n_sign)
    assert isinstance(body, _Body)
    end = body.end
    value = body.value * sign
    mantissa = None if body.mantissa is None else body.mantissa * sign
    form = body.form

    # 2222.2222.22222.222 and 1.2.3: dotted groups are separate integers
    if body.form == "arabic":
        dm = R["dotted"].match(view, body.start)
        if dm is not None and dm.end() >= body.end:
            out: list[NumberFound] = []
            p = body.start
            for grp in dm.group(0).split("."):
                out.append(_mk(text, p, p + len(grp), Decimal(grp)))
                p += len(grp) + 1
            return out, dm.end()

    if body.form == "arabic" and not body.scale:
        em = R["exp"].match(view, end)
        pm = R["pow"].match(view, end)
        if em is not None and abs(int(em.group(1))) > 30:
            em = None  # 1e999 in a code or hash, not a number to scale
        if pm is not None and int(pm.group(2)) > 30:
            pm = None
        if em is not None:
            value = _tidy(value * (_TEN ** int(em.group(1))))
            end = em.end()
            return _mk(text, start, end, value), end
        if pm is not None:
            exp = int(pm.group(2)) * (-1 if pm.group(1).count("-") % 2 else 1)
            with localcontext() as ctx:
                ctx.prec = 28
                value = sign * (body.value ** exp)
            return _mk(text, start, pm.end(), value), pm.end()
        km = R["kilo"].match(view, end)
        if km is not None:
            factor = Decimal(1000) if km.group(1) in "kK" else Decimal(1000000)
            end = km.end()
            after_k = end
            pm2 = R["points"].match(view, end)
            if pm2 is not None:
                return _mk(text, start, pm2.end(), value * factor, "percent", form="个百分点"), pm2.end()
            return _mk(text, start, end, value * factor, after=after_k), end
        if body.arabic_int:
            sm = R["slash"].match(view, end)
            if sm is not None and not (start > 0 and view[start - 1] in "/"):
                q = _div(value, Decimal(sm.group(1)))
                if q is not None:
                    return _mk(text, start, sm.end(), q, form="fraction"), sm.end()
            mf = R["mixed_frac"].match(view, end)
            if mf is not None:
                q = _div(Decimal(mf.group(1)), Decimal(mf.group(2)))
                if q is not None:
                    total = value + q if sign > 0 else value - q
                    return _mk(text, start, mf.end(), total, form="fraction"), mf.end()

    # 三分之一, 负３分之负一百五十七: denominator first
    fm = R["fen_zhi"].match(view, end)
    if fm is not None:
        sign2, num = _signed(view, fm.end())
        if isinstance(num, _Body):
            q = _div(sign2 * num.value, value)
            if q is not None:
                return _mk(text, start, num.end, q, form="fraction"), num.end
        return _mk(text, start, end, value, form=form), fm.end()

    # 三百五十又3分之1
    ym = R["you"].match(view, end)
    if ym is not None:
        den = _body(view, ym.end())
        if isinstance(den, _Body):
            fm2 = R["fen_zhi"].match(view, den.end)
            if fm2 is not None:
                num = _body(view, fm2.end())
                if isinstance(num, _Body):
                    q = _div(num.value, den.value)
                    if q is not None:
                        total = value + q if sign > 0 else value - q
                        return _mk(text, start, num.end, total, form="fraction"), num.end

    # 7.2%, 6个百分点
    pm = R["percent"].match(view, end)
    if pm is not None:
        return _mk(text, start, pm.end(), value, "percent", approx=body.approx, form="%"), pm.end()
    pmm = R["permille"].match(view, end)
    if pmm is not None:
        return _mk(text, start, pmm.end(), value / _TEN, "percent", approx=body.approx, form="‰"), pmm.end()
    ptm = R["points"].match(view, body.after)
    if ptm is not None:
        return _mk(text, start, ptm.end(), value, "percent", approx=body.approx, form="个百分点"), ptm.end()

    # 九成, 七成六, 三成半; 八折, 75折, 九九折
    cm = R["cheng"].match(view, end)
    if cm is not None and body.seq_len == 0 and 0 < body.value <= 10 and not body.scale:
        nxt = view[cm.end() : cm.end() + 1]
        if nxt not in t.cheng_not_before:
            e = cm.end()
            v = body.value
            if nxt == "半":
                v, e = v + Decimal("0.5"), e + 1
            else:
                # 七成六 (an extra digit), 七成 六 with a space
                j = e
                while j < n and view[j] in " \t":
                    j += 1
                if (
                    j < n
                    and view[j] in t.digits
                    and view[j] not in "两零〇"
                    and body.value == body.value.to_integral_value()
                    and (j + 1 >= n or (view[j + 1] not in t.cn_chars and view[j + 1] not in "成折点"))
                ):
                    v, e = v + Decimal(t.digits[view[j]]) / _TEN, j + 1
            return _mk(text, start, e, v * _TEN, "percent", approx=body.approx, form="成"), e
    zm = R["zhe"].match(view, end)
    if zm is not None and not body.scale and body.value > 0:
        nxt = view[zm.end() : zm.end() + 1]
        v = body.value
        ok = nxt not in t.zhe_not_before
        if v < 10:
            v = v * _TEN
        elif v == 10 or v >= 100 or (body.form == "chinese" and body.seq_len != 2):
            ok = False
        if ok:
            return _mk(text, start, zm.end(), v, "percent", form="折"), zm.end()
    if body.seq_len == 2:
        return None, end  # 九九, 两两: not a numeral unless 九九折

    # 一打, 五十打
    nxt = view[end : end + 1]
    if nxt in t.multipliers and view[end + 1 : end + 2] not in ("造", "击", "赢", "好", "开", "通", "破", "响", "出", "算", "工", "卡", "压", "包", "印", "扫", "电", "车", "球", "牌", "仗", "假", "黑", "拼", "入", "进", "下", "上", "过", "动", "针", "折", "捞", "理", "架", "的", "字", "开"):
        return _mk(text, start, end + 1, value * t.multipliers[nxt], form=form), end + 1

    return (
        _mk(text, start, end, value, approx=body.approx, mantissa=mantissa, scale=body.scale, form=form, after=body.after),
        max(body.after, end),
    )


def _raw_scan(text: str, view: str) -> Iterator[NumberFound]:
    t = _tables()
    start_re = _start_re()
    pos = 0
    n = len(view)
    while pos < n:
        m = start_re.search(view, pos)
        if m is None:
            return
        try:
            found, nxt = _one_at(text, view, m.start())
        except ArithmeticError:  # a decimal overflow on a freak digit string: not a number
            found, nxt = None, m.start() + 1
        if isinstance(found, list):
            yield from found
        elif found is not None:
            yield found
            # 五十千: a unit that could not extend the numeral does not start a new one
            while nxt < n and view[nxt] in t.units:
                nxt += 1
        pos = max(nxt, m.start() + 1)


def scan_numerals(text: str) -> list[NumberFound]:
    """Every numeral mention, with traps (stop words, lone 伍/陆, codes like G20, URLs) removed,
    approximation words and ranges attached. Shared by find_numbers and units.find_quantities.
    """
    t = _tables()
    R = _misc_res()
    view = text.translate(t.fold)
    out: list[NumberFound] = []
    stops = sorted([(m.start(), m.end()) for m in t.stop.finditer(view)] + [(m.start(), m.end()) for m in R["url"].finditer(view)])
    starts = [s for s, _ in stops]
    longest = max((e - s for s, e in stops), default=0)
    for f in _raw_scan(text, view):
        # a trap word overlapping the numeral and sticking out of it blocks it (万众一心,
        # 一季度); one inside a longer numeral (万一 in 一百零一万一千, 十分 in 十分之一) does not
        if _blocked(stops, starts, longest, f.start, f.end):
            continue
        if len(f.text) == 1 and f.text in t.ambiguous_alone:
            continue
        vb = view[max(0, f.start - 3) : f.start]
        if f.form == "arabic" and f.text[:1].isdigit():
            if R["latin_before"].search(vb) or R["latin_after"].match(view, f.end):
                continue
        if f.form == "chinese" and t.vague_before.search(view, max(0, f.start - 2), f.start):
            continue  # 数十家, 几百个
        approx = f.approx
        pre = t.approx_pre.search(view, max(0, f.start - 3), f.start)
        if pre is not None:
            word = pre.group(0).strip()
            if prefix_word_ok(view, pre.start(), word) and (word != "上" or f.text[:1] in "百千万"):
                approx = approx or word
        post = t.approx_post.match(view, f.end)
        if post is not None:
            approx = approx or post.group(0).strip()
        ordinal = view[max(0, f.start - 1) : f.start] == "第"
        if approx != f.approx or ordinal:
            f = replace(f, approx=approx, ordinal=ordinal)
        out.append(f)
    return _link_ranges(view, out)


@cache
def _extra() -> dict[str, Any]:
    """numbers.yaml `minus_not_after` and `change_verbs` (loaded once)."""
    data: dict[str, Any] = load_resource("numbers.yaml")
    try:
        verbs = sorted((str(w) for w in data["change_verbs"]), key=len, reverse=True)
        return {
            "minus_not_after": frozenset(str(c) for c in data["minus_not_after"]),
            "change_verbs": regex.compile("(?:" + "|".join(map(regex.escape, verbs)) + ")[ \\t]*$"),
        }
    except (KeyError, TypeError) as e:
        raise ResourceError(f"numbers.yaml: bad or missing table: {e!r}") from e


def _blocked(stops: list[tuple[int, int]], starts: list[int], longest: int, start: int, end: int) -> bool:
    """Whether a trap word overlaps [start, end) and sticks out of it (万众一心 blocks 一, but
    万一 inside 一百零一万一千 does not). `stops` is sorted; only those near the span are read.

    >>> _blocked([(0, 4)], [0], 4, 2, 3), _blocked([(3, 5)], [3], 2, 0, 7)
    (True, False)
    """
    i = bisect_right(starts, end - 1)
    while i > 0:
        i -= 1
        s, e = stops[i]
        if s + longest < start:
            break
        if s < end and start < e and (s < start or e > end):
            return True
    return False


def prefix_word_ok(view: str, start: int, word: str) -> bool:
    """False when the prefix word at view[start:] is the tail of another word (签约, 最近, 赶超).

    >>> prefix_word_ok("签约5个", 1, "约"), prefix_word_ok("约5个", 0, "约"), prefix_word_ok("最近3年", 1, "近")
    (False, True, False)
    """
    if start <= 0:
        return True
    bad = _tables().prefix_not_after.get(word[0])
    return not (bad and view[start - 1] in bad)


def _link_ranges(view: str, found: list[NumberFound]) -> list[NumberFound]:
    """5-20%, 3至5倍, 5.48%—14.2%: link both ends; a bare first end takes the percent of the second."""
    R = _misc_res()
    res = list(found)
    for i in range(len(res) - 1):
        a, b = res[i], res[i + 1]
        if a.ordinal or b.ordinal or a.range_with is not None:
            continue
        m = R["range_sep"].fullmatch(view, a.after, b.start)
        if m is None:
            continue
        if b.value < a.value and b.kind == a.kind:
            continue
        if a.kind == b.kind == "percent" and a.form != b.form and "个百分点" in (a.form, b.form):
            continue  # 回落1.32个百分点至2.08%: a change and the level it leads to
        if m.group(0).strip() in ("至", "到") and _extra()["change_verbs"].search(view, max(0, a.start - 4), a.start):
            continue  # 权重占比提升3.5%至28%: a change and the level it leads to
        if a.kind == "number" and b.kind == "percent" and b.form in ("%", "个百分点") and not a.scale:
            a = replace(a, kind="percent", form=b.form)
        res[i] = replace(a, range_with=(b.start, b.end))
        res[i + 1] = replace(b, range_with=(a.start, a.end))
    return res


def find_numbers(text: str) -> list[NumberFound]:
    """Every number and percentage in `text`, in order, spans indexing `text`.

    >>> [(f.text, str(f.value), f.kind) for f in find_numbers("增长７.２％，九成，1.2万")]
    [('７.２％', '7.2', 'percent'), ('九成', '90', 'percent'), ('1.2万', '12000', 'number')]
    >>> find_numbers("万众一心，接二连三")
    []
    """
    return scan_numerals(text)
