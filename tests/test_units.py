"""Case tables for extractor.units: units as written, normalisation, comparators, traps."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.rules import load_resource
from extractor.units import find_quantities, lookup_unit, normalize


def _ids(cases: list[tuple[object, ...]]) -> list[str]:
    return [str(c[0])[:24] for c in cases]


def _q(text: str) -> list[tuple[str, str, str, str, Optional[str], Optional[str]]]:
    out = []
    for q in find_quantities(text):
        norm = q.normalized
        out.append(
            (
                q.text,
                str(q.value),
                q.unit,
                q.comparator,
                None if norm is None else str(norm.value),
                None if norm is None else norm.unit,
            )
        )
    return out


# (text, [(mention, value, unit, comparator, normalized value, normalized unit)])
# From the seed and dev references (../shared/spec/expected, ../shared/spec/dev).
CASES_REFERENCES = [
    ("GDP完成913亿元", [("913亿元", "913", "亿元", "=", "91300000000", "CNY")]),
    ("利用外资2615万美元", [("2615万美元", "2615", "万美元", "=", "26150000", "USD")]),
    ("新增119万平方米", [("119万平方米", "119", "万平方米", "=", "1190000", "m2")]),
    ("打造1.2平方公里起步区", [("1.2平方公里", "1.2", "平方公里", "=", "1200000", "m2")]),
    ("工业产值破千亿", [("破千亿", "1000", "亿元", ">", "100000000000", "CNY")]),
    ("迈上千亿级", [("千亿级", "1000", "亿元", ">=", "100000000000", "CNY")]),
    ("万亿级产业基地", [("万亿级", "1", "万亿元", ">=", "1000000000000", "CNY")]),
    ("突破500家", [("突破500家", "500", "家", ">", "500", "count")]),
    ("超过900家", [("超过900家", "900", "家", ">", "900", "count")]),
    ("开复工项目240个以上", [("240个以上", "240", "个", ">=", "240", "count")]),
    ("超千场", [("超千场", "1000", "场", ">", "1000", "count")]),
    ("近百场", [("近百场", "100", "场", "~", "100", "count")]),
    ("300多个", [("300多个", "300", "个", ">", "300", "count")]),
    ("1100余项", [("1100余项", "1100", "项", ">", "1100", "count")]),
    ("20多台", [("20多台", "20", "台", ">", "20", "count")]),
    ("不超过1,627,520股", [("不超过1,627,520股", "1627520", "股", "<=", "1627520", "count")]),
    ("不超过0.40%", [("不超过0.40%", "0.4", "%", "<=", "0.4", "%")]),
    ("不超过人民币155,000.00万元", [("不超过人民币155,000.00万元", "155000", "万元", "<=", "1550000000", "CNY")]),
    ("约216744976元", [("约216744976元", "216744976", "元", "~", "216744976", "CNY")]),
    ("发行价21.86元/股", [("21.86元/股", "21.86", "元/股", "=", "21.86", "CNY")]),
    ("4,088.00万股", [("4,088.00万股", "4088", "万股", "=", "40880000", "count")]),
    ("超过六成", [("超过六成", "6", "成", ">", "60", "%")]),
    ("低于5亿元", [("低于5亿元", "5", "亿元", "<", "500000000", "CNY")]),
    ("超7.33亿元", [("超7.33亿元", "7.33", "亿元", ">", "733000000", "CNY")]),
    ("近7倍", [("近7倍", "7", "倍", "~", "700", "%")]),
    ("增长1.8倍", [("1.8倍", "1.8", "倍", "=", "180", "%")]),
    ("6%左右", [("6%左右", "6", "%", "~", "6", "%")]),
    ("突破200万标箱", [("突破200万标箱", "200", "万标箱", ">", "2000000", "TEU")]),
    ("7912公里", [("7912公里", "7912", "公里", "=", "7912000", "m")]),
    ("515.6亿斤", [("515.6亿斤", "515.6", "亿斤", "=", "25780000", "t")]),
    ("超600万亩", [("超600万亩", "600", "万亩", ">", "4000000000", "m2")]),
    ("平均审理周期为270天", [("270天", "270", "天", "=", None, None)]),
    ("高于全国0.7个百分点", [("0.7个百分点", "0.7", "个百分点", "=", "0.7", "个百分点")]),
    ("居全国第4位", [("第4位", "4", "位", "=", None, None)]),
    ("15位股东", [("15位", "15", "位", "=", "15", "count")]),
    ("1.2万人", [("1.2万人", "1.2", "万人", "=", "12000", "count")]),
    ("九百亿元", [("九百亿元", "900", "亿元", "=", "90000000000", "CNY")]),
    ("3千万元", [("3千万元", "3", "千万元", "=", "30000000", "CNY")]),
]

CASES_RANGES = [
    ("3至5倍", [("3", "3", "倍", ">=", "300", "%"), ("5倍", "5", "倍", "<=", "500", "%")]),
    ("5-20%", [("5", "5", "%", ">=", "5", "%"), ("20%", "20", "%", "<=", "20", "%")]),
    ("5.48%—14.2%", [("5.48%", "5.48", "%", ">=", "5.48", "%"), ("14.2%", "14.2", "%", "<=", "14.2", "%")]),
    ("3-5万元", [("3", "3", "万元", ">=", "30000", "CNY"), ("5万元", "5", "万元", "<=", "50000", "CNY")]),
]

CASES_MONEY = [
    ("１欧元", [("１欧元", "1", "欧元", "=", "1", "EUR")]),
    ("每股1.95港元", [("1.95港元", "1.95", "港元", "=", "1.95", "HKD")]),
    ("5306亿台币", [("5306亿台币", "5306", "亿台币", "=", "530600000000", "TWD")]),
    ("1万亿日元", [("1万亿日元", "1", "万亿日元", "=", "1000000000000", "JPY")]),
    ("8亿元人民币", [("8亿元人民币", "8", "亿元", "=", "800000000", "CNY")]),
    ("50元6角三分", [("50元6角三分", "50.63", "元", "=", "50.63", "CNY")]),
    ("两美元又三美分", [("两美元又三美分", "2.03", "美元", "=", "2.03", "USD")]),
    ("英镑计价100英镑", [("100英镑", "100", "英镑", "=", "100", "GBP")]),
]

CASES_OTHER_UNITS = [
    ("12千米", [("12千米", "12", "千米", "=", "12000", "m")]),
    ("2.3千克", [("2.3千克", "2.3", "千克", "=", "0.0023", "t")]),
    ("装机容量达1200万千瓦", [("1200万千瓦", "1200", "万千瓦", "=", "12000000", "kW")]),
    ("100兆瓦", [("100兆瓦", "100", "兆瓦", "=", "100000", "kW")]),
    ("一吨半", [("一吨半", "1.5", "吨", "=", "1.5", "t")]),
    ("水深超过250m", [("超过250m", "250", "m", ">", "250", "m")]),
    ("168公分", [("168公分", "168", "公分", "=", "1.68", "m")]),
    ("一年半", [("一年半", "1.5", "年", "=", None, None)]),
    ("出生率3.5‰", [("3.5‰", "3.5", "‰", "=", "0.35", "%")]),
    ("接待游客1500万人次", [("1500万人次", "1500", "万人次", "=", "15000000", "count")]),
    # generalisation set (work reports, economic news): units the references did not show
    ("组网卫星增至144颗", [("144颗", "144", "颗", "=", "144", "count")]),
    ("举办促消费活动3万余场次", [("3万余场次", "3", "万场次", ">", "30000", "count")]),
    ("30批次副国级以上外国政要", [("30批次", "30", "批次", "=", "30", "count")]),
    ("惠及经营主体超6.3万户次", [("超6.3万户次", "6.3", "万户次", ">", "63000", "count")]),
    ("义务植树8000万株以上", [("8000万株以上", "8000", "万株", ">=", "80000000", "count")]),
    ("人均预期寿命达到82.58岁", [("82.58岁", "82.58", "岁", "=", None, None)]),
    ("新能源发电量超3000亿度", [("超3000亿度", "3000", "亿度", ">", "300000000000", "kWh")]),
    ("天然气产能达到22亿方", [("22亿方", "22", "亿方", "=", "2200000000", "m3")]),
    ("上证指数报收3987.01点", [("3987.01点", "3987.01", "点", "=", None, None)]),
    ("电池产能达55GWh", [("55GWh", "55", "GWh", "=", "55000000", "kWh")]),
    ("量产级9兆瓦时储能系统", [("9兆瓦时", "9", "兆瓦时", "=", "9000", "kWh")]),
    ("PM2.5年均浓度为26.3微克/立方米", [("26.3微克/立方米", "26.3", "微克/立方米", "=", None, None)]),
    ("中老铁路等25个案例获评", [("25个", "25", "个", "=", "25", "count")]),
    ("涉及5个税种", [("5个", "5", "个", "=", "5", "count")]),
    ("为代表团贡献9金、5银、6铜，", [("9金", "9", "金", "=", "9", "count"), ("5银", "5", "银", "=", "5", "count"), ("6铜", "6", "铜", "=", "6", "count")]),
    ("获得3金2银", [("3金", "3", "金", "=", "3", "count"), ("2银", "2", "银", "=", "2", "count")]),
    ("1年期LPR下降10个基点", [("10个基点", "10", "个基点", "=", "10", "个基点")]),
    ("布伦特原油报82.5美元/桶", [("82.5美元/桶", "82.5", "美元/桶", "=", "82.5", "USD")]),
    ("出口增长1倍多，", [("1倍多", "1", "倍", ">", "100", "%")]),
    ("还有1.7亿65周岁及以上人口", [("1.7亿", "1.7", "亿", "=", None, None), ("65周岁", "65", "周岁", "=", None, None)]),
]

# a bare 亿 after a comparator is money unless the clause names a count
CASES_IMPLIED_CURRENCY = [
    ("总曝光量近10亿", [("近10亿", "10", "亿", "~", None, None)]),
    ("数字文博平台用户超1亿", [("超1亿", "1", "亿", ">", None, None)]),
    ("经济总量突破千亿", [("突破千亿", "1000", "亿元", ">", "100000000000", "CNY")]),
    ("营收近10亿", [("近10亿", "10", "亿元", "~", "1000000000", "CNY")]),
    ("培育12个千亿级产业集群", [("12个", "12", "个", "=", "12", "count"), ("千亿级", "1000", "亿元", ">=", "100000000000", "CNY")]),
]

# list items written without a unit take the unit of the item after them; a change and the
# level it leads to (提升X至Y, 回落X个百分点至Y%) are no range
CASES_LISTS = [
    ("分别覆盖30、27、35个中证二级行业", [("30", "30", "个", "=", "30", "count"), ("27", "27", "个", "=", "27", "count"), ("35个", "35", "个", "=", "35", "count")]),
    ("增速分别高于全国12.7个、12个百分点", [("12.7个", "12.7", "个百分点", "=", "12.7", "个百分点"), ("12个百分点", "12", "个百分点", "=", "12", "个百分点")]),
    ("客运量分别达1409万、1305万人次", [("1409万", "1409", "万人次", "=", "14090000", "count"), ("1305万人次", "1305", "万人次", "=", "13050000", "count")]),
    ("回落1.32个百分点至2.08%", [("1.32个百分点", "1.32", "个百分点", "=", "1.32", "个百分点"), ("2.08%", "2.08", "%", "=", "2.08", "%")]),
    ("权重占比提升3.5%至28%", [("3.5%", "3.5", "%", "=", "3.5", "%"), ("28%", "28", "%", "=", "28", "%")]),
    ("权重最高可加至300%", [("300%", "300", "%", "<=", "300", "%")]),
    ("补贴最高达5000元", [("5000元", "5000", "元", "<=", "5000", "CNY")]),
    ("每年至少可达3次", [("3次", "3", "次", ">=", "3", "count")]),
    ("约有300家企业", [("300家", "300", "家", "~", "300", "count")]),
    ("约合人民币5亿元", [("人民币5亿元", "5", "亿元", "~", "500000000", "CNY")]),
    ("项目签约达100亿元", [("100亿元", "100", "亿元", "=", "10000000000", "CNY")]),
    ("为纳税人减负180亿元", [("180亿元", "180", "亿元", "=", "18000000000", "CNY")]),
]

# nothing here is a quantity
CASES_TRAPS = [
    "打造一批重点项目",
    "一成不变",
    "第三产业",
    "万众一心",
    "2024年3月",
    "五角大楼",
    "接二连三",
    "5G基站",
    "G20峰会",
    "数十家企业",
    "两三个项目",
    "签约",
    # generalisation set: words and names with numerals
    "从5方面提出",
    "上午10点召开",
    "三方对话",
    "二人转“守岛夫妻哨”",
    "五棵树镇八家子村",
    "平凤乡八家户村",
    "市委五届二次全会",
    "十四届人大三次会议",
    "一张张“处方图”",
    "一个个崭新的小城镇",
    "国土空间规划“一张图”",
    "深入贯彻中央八项规定精神",
    "沪深300、中证500、中证1000",
    "每千瓦时0.375",
    "5金融机构",
    "奖励5银行",
    "每10万人口",
    "双千兆网络",
    "入选千人计划",
]

CASES_TRAPS_PARTIAL = [
    # (text, the mentions that are found; nothing else)
    ("三块地", ["三块"]),  # a count, not money
    ("2024年完成5项", ["5项"]),
    ("5方面工作", []),
    ("15位股东", ["15位"]),
    ("签约5个项目", ["5个"]),  # 约 of 签约 is no approximation
    ("节约3亿元", ["3亿元"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES_REFERENCES, ids=_ids(CASES_REFERENCES))
def test_reference_mentions(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_RANGES, ids=_ids(CASES_RANGES))
def test_ranges(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_MONEY, ids=_ids(CASES_MONEY))
def test_money(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_IMPLIED_CURRENCY, ids=_ids(CASES_IMPLIED_CURRENCY))
def test_implied_currency(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_LISTS, ids=_ids(CASES_LISTS))
def test_lists(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_OTHER_UNITS, ids=_ids(CASES_OTHER_UNITS))
def test_other_units(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize("text", CASES_TRAPS)
def test_traps(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "mentions"), CASES_TRAPS_PARTIAL, ids=_ids(CASES_TRAPS_PARTIAL))
def test_partial_traps(text: str, mentions: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == mentions


def test_core_span_excludes_comparator() -> None:
    (q,) = find_quantities("已突破500家")
    assert (q.text, "已突破500家"[q.core_start : q.core_end]) == ("突破500家", "500家")


def test_unit_table_rows_are_valid() -> None:
    """Every row of units.yaml has a known dimension and a positive factor."""
    dims = {"money", "area", "mass", "length", "volume", "energy", "power", "container", "count", "percent", "points", "multiple", "time", "age", "index", "concentration"}
    for row in load_resource("units.yaml")["units"]:
        u = lookup_unit(row["name"])
        assert u is not None and u.dimension in dims and u.factor > 0, row


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ("913", "亿元", ("91300000000", "CNY")),
        ("476", "万亩", ("3173333333.333333333333333333", "m2")),
        ("6", "成", ("60", "%")),
        ("2", "倍", ("200", "%")),
        ("3", "天", None),
        ("1", "furlong", None),
    ],
)
def test_normalize(value: str, unit: str, expected: Optional[tuple[str, str]]) -> None:
    n = normalize(Decimal(value), unit)
    assert (None if n is None else (str(n.value), n.unit)) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="一二三四五六七八九十百千万亿两零多余近约超破突第成倍%个家元亿美平方米以上下左右0123456789.,，。 ", max_size=30))
def test_spans_index_the_text(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.start <= q.core_start < q.core_end <= q.end


@pytest.mark.parametrize("name", ["units.yaml", "numbers.yaml", "dates.yaml"])
def test_resource_has_no_duplicate_keys(name: str) -> None:
    """PyYAML keeps the last of two equal keys silently; a duplicate is a mistake in the table."""
    import yaml
    from importlib import resources

    class Strict(yaml.SafeLoader):
        pass

    def construct(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[object, object]:
        keys = [loader.construct_object(k) for k, _ in node.value]
        dups = {k for k in keys if keys.count(k) > 1}
        assert not dups, f"{name}: duplicate keys {dups}"
        return dict(loader.construct_pairs(node))

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct)
    text = (resources.files("extractor") / "resources" / name).read_text(encoding="utf-8")
    yaml.load(text, Loader=Strict)  # noqa: S506 - a SafeLoader subclass
