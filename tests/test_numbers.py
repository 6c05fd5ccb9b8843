"""Case tables for extractor.numbers: numeral forms, percentages, approximations, ranges, traps."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.numbers import find_numbers, fold, parse_cn_number


def _ids(cases: list[tuple[object, ...]]) -> list[str]:
    return [str(c[0])[:24] for c in cases]


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, str(f.value), f.kind) for f in find_numbers(text)]


# (text, [(mention, value, kind), ...])
CASES_ARABIC = [
    ("GDP完成913亿元", [("913亿", "91300000000", "number")]),
    ("1,050,000,000", [("1,050,000,000", "1050000000", "number")]),
    ("不超过1,627,520股", [("1,627,520", "1627520", "number")]),
    ("４，５６５", [("４，５６５", "4565", "number")]),
    ("２．２亿", [("２．２亿", "220000000", "number")]),
    ("2e5", [("2e5", "200000", "number")]),
    ("-12e-1", [("-12e-1", "-1.2", "number")]),
    (".5和-.5", [(".5", "0.5", "number"), ("-.5", "-0.5", "number")]),
    ("40k", [("40k", "40000", "number")]),
    ("1.2万人", [("1.2万", "12000", "number")]),
    ("4.78万亿", [("4.78万亿", "4780000000000", "number")]),
    ("3/5", [("3/5", "0.6", "number")]),
    ("1 3/5", [("1 3/5", "1.6", "number")]),
    ("增速为-3.2%", [("-3.2%", "-3.2", "percent")]),
    ("1,100.9亿", [("1,100.9亿", "110090000000", "number")]),
    # an Arabic number after a magnitude joins it only when it fills the section
    ("3万4000", [("3万4000", "34000", "number")]),
    ("1亿5000万", [("1亿5000万", "150000000", "number")]),
    ("1.7亿65周岁", [("1.7亿", "170000000", "number"), ("65", "65", "number")]),
    # 负 ending another word is no sign
    ("为纳税人减负180亿元", [("180亿", "18000000000", "number")]),
]

CASES_CHINESE = [
    ("九百亿元", [("九百亿", "90000000000", "number")]),
    ("破千亿", [("千亿", "100000000000", "number")]),
    ("3千", [("3千", "3000", "number")]),
    ("一百五十二", [("一百五十二", "152", "number")]),
    ("两千四百五", [("两千四百五", "2450", "number")]),
    ("一千零五", [("一千零五", "1005", "number")]),
    ("九十二万四", [("九十二万四", "924000", "number")]),
    ("一万五千亿", [("一万五千亿", "1500000000000", "number")]),
    ("四万万", [("四万万", "400000000", "number")]),
    ("五亿零六", [("五亿零六", "500000006", "number")]),
    ("廿三", [("廿三", "23", "number")]),
    ("肆佰陸拾", [("肆佰陸拾", "460", "number")]),
    ("壹贰叁", [("壹贰叁", "123", "number")]),
    ("二〇二四", [("二〇二四", "2024", "number")]),
    ("负三十二", [("负三十二", "-32", "number")]),
    ("十点二三三", [("十点二三三", "10.233", "number")]),
    ("零点五", [("零点五", "0.5", "number")]),
    ("2千零30万", [("2千零30万", "20300000", "number")]),
    ("5万4千6百", [("5万4千6百", "54600", "number")]),
    ("半百", [("半百", "50", "number")]),
    ("一打", [("一打", "12", "number")]),
    ("千三", [("千三", "1300", "number")]),
]

CASES_FRACTION_PERCENT = [
    ("三分之一", [("三分之一", "0.3333333333333333333333333333", "number")]),
    ("百分之五", [("百分之五", "5", "percent")]),
    ("千分之一", [("千分之一", "0.1", "percent")]),
    ("7.2%", [("7.2%", "7.2", "percent")]),
    ("７.２％", [("７.２％", "7.2", "percent")]),
    ("九成", [("九成", "90", "percent")]),
    ("三成半", [("三成半", "35", "percent")]),
    ("超过六成", [("六成", "60", "percent")]),
    ("八折", [("八折", "80", "percent")]),
    ("75折", [("75折", "75", "percent")]),
    ("回落0.3个百分点", [("0.3个百分点", "0.3", "percent")]),
    ("六个百分点", [("六个百分点", "6", "percent")]),
    ("百分之百", [("百分之百", "100", "percent")]),
    ("出生率3.5‰", [("3.5‰", "0.35", "percent")]),
]

CASES_APPROX_RANGE = [
    ("300多个", [("300", "300", "number", "多")]),
    ("20余家", [("20", "20", "number", "余")]),
    ("十多万", [("十多万", "100000", "number", "多")]),
    ("近百场", [("百", "100", "number", "近")]),
    ("约216744976元", [("216744976", "216744976", "number", "约")]),
    ("6%左右", [("6%", "6", "percent", "左右")]),
    ("五百 余万", [("五百 余万", "5000000", "number", "余")]),
]

CASES_RANGES = [
    ("5-20%", [("5", "5", "percent"), ("20%", "20", "percent")]),
    ("3至5倍", [("3", "3", "number"), ("5", "5", "number")]),
    ("5.48%—14.2%", [("5.48%", "5.48", "percent"), ("14.2%", "14.2", "percent")]),
    ("20 - 100个", [("20", "20", "number"), ("100", "100", "number")]),
    ("一千到一千五百", [("一千", "1000", "number"), ("一千五百", "1500", "number")]),
]

# precision traps: none of these holds a number
CASES_TRAPS = [
    "万众一心",
    "接二连三",
    "一切",
    "美味十足",
    "一流的营商环境",
    "一揽子政策",
    "社消零总额",
    "零售额",
    "打造一批项目",
    "以归零心态",
    "三产占比",
    "第三产业",
    "一带一路",
    "一线城市",
    "第三方机构",
    "统一大市场",
    "一体化发展",
    "唯一",
    "一些企业",
    "之一",
    "进一步",
    "十分重要",
    "四川",
    "陆地上有许多动物",
    "队伍建设",
    "一成不变",
    "两两",
    "万",
    "二三十个百分点",
    "百分之二三十",
    "一季度",
    "陽光九九是食物品牌",
    "网址 https://x.cn/a?q=30%25",
    "二人转",
    "一张张处方图",
    "一个个",
    "五棵树镇八家子村",
    "中央八项规定",
]

# a change and the level it leads to are no range (回落1.32个百分点至2.08%, 提升3.5%至28%)
CASES_NO_RANGE = ["回落1.32个百分点至2.08%", "权重占比提升3.5%至28%", "上调了0.6个百分点至1%"]


@pytest.mark.parametrize(("text", "expected"), CASES_ARABIC, ids=_ids(CASES_ARABIC))
def test_arabic(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_CHINESE, ids=_ids(CASES_CHINESE))
def test_chinese(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_FRACTION_PERCENT, ids=_ids(CASES_FRACTION_PERCENT))
def test_fraction_percent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_APPROX_RANGE, ids=_ids(CASES_APPROX_RANGE))
def test_approx(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert [(f.text, str(f.value), f.kind, f.approx) for f in find_numbers(text)] == expected


@pytest.mark.parametrize(("text", "expected"), CASES_RANGES, ids=_ids(CASES_RANGES))
def test_ranges(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_numbers(text)
    assert [(f.text, str(f.value), f.kind) for f in found] == expected
    assert found[0].range_with == (found[1].start, found[1].end)
    assert found[1].range_with == (found[0].start, found[0].end)


@pytest.mark.parametrize("text", CASES_NO_RANGE)
def test_no_range(text: str) -> None:
    found = find_numbers(text)
    assert len(found) == 2 and all(f.range_with is None for f in found)


@pytest.mark.parametrize("text", CASES_TRAPS)
def test_traps(text: str) -> None:
    assert find_numbers(text) == []


def test_magnitude_split() -> None:
    """units.py reads 913亿 as mantissa 913 and magnitude 亿."""
    (f,) = find_numbers("营收913亿元")
    assert (f.mantissa, f.scale) == (Decimal("913"), "亿")
    (g,) = find_numbers("3千万元")
    assert (g.mantissa, g.scale) == (Decimal("3"), "千万")


def test_ordinal_flag() -> None:
    (f,) = find_numbers("居全国第7位")
    assert f.ordinal and f.value == 7


def test_fold_is_length_preserving() -> None:
    s = "７.２％，萬億，兩成"
    assert len(fold(s)) == len(s)


# ----------------------------------------------------------------------------- properties

_DIG = "零一二三四五六七八九"


def _render_group(n: int, leading: bool) -> str:
    """0 < n < 10000 in Chinese, with 零 for inner gaps (an independent renderer for the test)."""
    out = []
    zero = False
    for unit, div in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // div % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        if not (d == 1 and unit == "十" and leading and not out):
            out.append(_DIG[d])
        out.append(unit)
    return "".join(out)


def render_cn(n: int) -> str:
    """An integer 0 <= n < 1e12 written in Chinese numerals (一万零五, 十二, 三亿零四十万)."""
    if n == 0:
        return "零"
    groups = [(n // 10**8) % 10**4, (n // 10**4) % 10**4, n % 10**4]
    names = ["亿", "万", ""]
    out = []
    started = False
    for g, name in zip(groups, names):
        if g == 0:
            continue
        if started and g < 1000:
            out.append("零")
        out.append(_render_group(g, not started) + name)
        started = True
    text = "".join(out)
    return text.replace("零零", "零")


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_integers_round_trip(n: int) -> None:
    text = render_cn(n)
    assert parse_cn_number(text) == Decimal(n), text
    found = find_numbers("共计" + text + "个")
    if n not in (0,):
        assert [(f.text, f.value) for f in found] == [(text, Decimal(n))]


_FINANCIAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**12 - 1), st.sampled_from(["plain", "financial", "liang"]))
def test_chinese_integer_styles_round_trip(n: int, style: str) -> None:
    """The same integer in financial digits (壹佰贰拾) or with 两 before units parses the same."""
    text = render_cn(n)
    if style == "financial":
        text = text.translate(_FINANCIAL)
    elif style == "liang":
        text = text.replace("二千", "两千").replace("二百", "两百").replace("二万", "两万").replace("二亿", "两亿")
    assert parse_cn_number(text) == Decimal(n), text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**8 - 1), st.text(alphabet="0123456789", min_size=1, max_size=4))
def test_chinese_decimals_round_trip(n: int, frac: str) -> None:
    text = render_cn(n) + "点" + "".join(_DIG[int(c)] for c in frac)
    assert parse_cn_number(text) == Decimal(f"{n}.{frac}"), text


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2), st.sampled_from(["万", "亿", ""]))
def test_arabic_with_magnitude_round_trip(v: Decimal, mag: str) -> None:
    text = f"{v}{mag}"
    factor = {"万": Decimal(10**4), "亿": Decimal(10**8), "": Decimal(1)}[mag]
    found = find_numbers("达到" + text + "元")
    assert len(found) == 1 and found[0].value == v * factor and found[0].text == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="一二三四五六七八九十百千万亿零两点多余之分第成折又打半%-+.,/^eEkM0123456789年月日元个，。 a", max_size=40))
def test_spans_index_the_text(text: str) -> None:
    for f in find_numbers(text):
        assert text[f.start : f.end] == f.text and f.start < f.end


# ----------------------------------------------------------------------------- rule data

from extractor.numbers import _misc_res  # noqa: E402
from extractor.rules import load_resource  # noqa: E402

_NUMBERS_YAML = load_resource("numbers.yaml")


@pytest.mark.parametrize("word", sorted(set(_NUMBERS_YAML["stop_words"])))
def test_every_stop_word_is_no_number(word: str) -> None:
    assert find_numbers(word) == []


def _pattern_cases(key: str) -> list[object]:
    return [
        pytest.param(row["name"], text, id=f"{row['name']}-{text}")
        for row in _NUMBERS_YAML["patterns"]
        for text in row.get(key) or ()
    ]


@pytest.mark.parametrize(("name", "text"), _pattern_cases("examples"))
def test_pattern_examples(name: str, text: str) -> None:
    pat = _misc_res()[name]
    assert (pat.search(text) if name == "latin_before" else pat.match(fold(text))) is not None


@pytest.mark.parametrize(("name", "text"), _pattern_cases("counterexamples"))
def test_pattern_counterexamples(name: str, text: str) -> None:
    pat = _misc_res()[name]
    m = pat.search(text) if name == "latin_before" else pat.match(fold(text))
    assert m is None


def test_pattern_rows_have_examples() -> None:
    for row in _NUMBERS_YAML["patterns"]:
        assert len(row.get("examples") or ()) >= 2, row["name"]


def test_stop_words_are_unique() -> None:
    words = _NUMBERS_YAML["stop_words"]
    assert len(words) == len(set(words))


@pytest.mark.parametrize("text", ["1e999999", "2^99999", "9" * 5000, "一" * 500, "1." * 300, "-" * 100 + "5"])
def test_freak_inputs_do_not_raise(text: str) -> None:
    for f in find_numbers(text):
        assert text[f.start : f.end] == f.text
