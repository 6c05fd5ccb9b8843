"""Case tables for extractor.dates, all resolved against fixed reference dates."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, Optional

import pytest

from extractor.dates import _tables, find_dates, resolve_period, to_reference
from extractor.rules import load_resource

REF = "2024-02-23T16:04:56+08:00"  # seed 000
REF_MID = "2026-06-12T10:40:00+08:00"  # dev 033_ce / 050_ce
SPEC = Path(__file__).resolve().parent.parent.parent / "shared" / "spec"


def _ids(cases: list[tuple[object, ...]]) -> list[str]:
    return [str(c[0])[:24] for c in cases]


def _d(text: str, ref: Any = REF) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, ref)]


# (text, [(mention, value)]) against REF = 2024-02-23
CASES_ABSOLUTE = [
    ("2024年2月23日召开", [("2024年2月23日", "2024-02-23")]),
    ("于2024-02-23发布", [("2024-02-23", "2024-02-23")]),
    ("二〇二四年", [("二〇二四年", "2024")]),
    ("2023年度优秀企业", [("2023年度", "2023")]),
    ("2024年9月，教育部", [("2024年9月", "2024-09")]),
    ("2023年第一季度", [("2023年第一季度", "2023-Q1")]),
    ("2023年上半年", [("2023年上半年", "2023-H1")]),
    ("2021年至2023年连续三年", [("2021年至2023年", "2021/2023")]),
    ("2023年1至5月", [("2023年1至5月", "2023-01/2023-05")]),
    ("2022年末", [("2022年末", "2022-12-31")]),
    ("2026年以来，已有4家", [("2026年以来", "2026")]),
    ("2026年起全面实施", [("2026年起", "2026")]),
    ("2025年春节前夕", [("2025年春节前夕", "2025-01")]),
    ("承办2025中国民营企业500强发布会", [("2025", "2025")]),
]

CASES_RELATIVE = [
    ("2月23日,大会召开", [("2月23日", "2024-02-23")]),
    ("5月份将落位一批项目", [("5月份", "2024-05")]),  # 将: still to come
    ("3月27日摘牌", [("3月27日", "2023-03-27")]),  # not after the reference
    ("5月份", [("5月份", "2023-05")]),
    ("一季度", [("一季度", "2024-Q1")]),
    ("第一季度", [("第一季度", "2024-Q1")]),
    ("上半年", [("上半年", "2024-H1")]),
    ("1-10月", [("1-10月", "2023-01/2023-10")]),
    ("年底前提交", [("年底", "2024-12-31")]),
    ("今年", [("今年", "2024")]),
    ("去年", [("去年", "2023")]),
    ("明年", [("明年", "2025")]),
    ("今年以来", [("今年以来", "2024")]),
    ("今年1月率先摘牌", [("今年1月", "2024-01")]),
    ("过去一年,全力以赴", [("过去一年", "2023")]),
    ("新的一年,长春新区", [("新的一年", "2024")]),
    ("确保全年开复工", [("全年", "2024")]),
    ("去年同期的1.1:50.3", [("去年同期", "2023")]),
    ("截至1月末", [("1月末", "2024-01")]),
    ("昨日收盘价", [("昨日", "2024-02-22")]),
    ("航天环宇昨晚披露", [("昨晚", "2024-02-22")]),
    ("截至目前，A股市场", [("目前", "2024-02-23")]),
    ("五年来，全区", [("五年来", "2019/2023")]),
]

CASES_CONTEXT = [
    # 全年 takes the year the text is talking about, across paragraphs (seed 002)
    ("2022年,面对疫情冲击。\n实施机制,全年开复工", [("2022年", "2022"), ("全年", "2022")]),
    # 去年同期 / 去年 shift the running span (dev 045)
    ("1-10月，投资完成。比去年同期增长，与去年持平", [("1-10月", "2023-01/2023-10"), ("去年同期", "2022-01/2022-10"), ("去年", "2022-01/2022-10")]),
    # 报告期 is the year of the report just named (dev 033_ce)
    ("据公司2025年年报，报告期内", [("2025年", "2025"), ("报告期", "2025")]),
    # a month without a year takes the year written earlier in the sentence
    ("已于今年3月完成验证，预计11月完成", [("今年3月", "2024-03"), ("11月", "2024-11")]),
]

# a day-month without a year: the nearest one not after the reference (2026-06-12) unless a
# cue says it is still to come
CASES_NO_FUTURE = [
    ("6月22日摘牌", [("6月22日", "2025-06-22")]),
    ("预计最后交易日为6月22日", [("6月22日", "2026-06-22")]),
    ("将于6月22日召开", [("6月22日", "2026-06-22")]),
    ("道中还特别提到了10月1日重新开放", [("10月1日", "2025-10-01")]),
    ("截止到6月8日", [("6月8日", "2026-06-08")]),
    ("截至6月8日，A股市场", [("6月8日", "2026-06-08")]),
    ("到12月底", [("12月底", "2026-12")]),
    ("23日，全区召开大会", [("23日", "2026-05-23")]),
]

# nothing here is a date
CASES_NOT_DATES = [
    "创十年来新高",
    "近年来最为突出",
    "目前，新药研发进度",
    "“全年红”",
    "“十四五”时期",
    "3个月",
    "营收2025万元",
    "2025家企业",
    "发展底气更强",
    "期末净资产为负",
    "增长20%至30%",
]


@pytest.mark.parametrize(("text", "expected"), CASES_ABSOLUTE, ids=_ids(CASES_ABSOLUTE))
def test_absolute(text: str, expected: list[tuple[str, str]]) -> None:
    assert _d(text) == expected
    assert _d(text, None) == expected  # no reference needed


@pytest.mark.parametrize(("text", "expected"), CASES_RELATIVE, ids=_ids(CASES_RELATIVE))
def test_relative(text: str, expected: list[tuple[str, str]]) -> None:
    assert _d(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_RELATIVE, ids=_ids(CASES_RELATIVE))
def test_relative_needs_reference(text: str, expected: list[tuple[str, str]]) -> None:
    assert _d(text, None) == []


@pytest.mark.parametrize(("text", "expected"), CASES_CONTEXT, ids=_ids(CASES_CONTEXT))
def test_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert _d(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_NO_FUTURE, ids=_ids(CASES_NO_FUTURE))
def test_no_future(text: str, expected: list[tuple[str, str]]) -> None:
    assert _d(text, REF_MID) == expected


@pytest.mark.parametrize("text", CASES_NOT_DATES)
def test_not_dates(text: str) -> None:
    assert _d(text) == []


def test_spans_index_the_text() -> None:
    text = "２０２４年２月２３日，1-10月，去年同期"
    for d in find_dates(text, REF):
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("今年以来，截至5月末，累计完成", "2026-05"),
        ("截至6月8日，A股市场", "2026-06-08"),
        ("“十四五”期间累计完成", "2021/2025"),
        ("2019年至2021年", "2019/2021"),
        ("上半年增长", "2026-H1"),
        ("截至目前，已有6起", "2026-06-12"),
        ("现已建成120个", "2026-06-12"),
        ("到2035年基本实现", "2035"),
        ("完成投资", None),
    ],
)
def test_resolve_period(fragment: str, expected: Optional[str]) -> None:
    assert resolve_period(fragment, REF_MID) == expected


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("2024-02-23T16:04:56+08:00", date(2024, 2, 23)),
        ("2024-02-23", date(2024, 2, 23)),
        (datetime(2024, 2, 23, 8, 0), date(2024, 2, 23)),
        (date(2023, 2, 11), date(2023, 2, 11)),
        ("not a date", None),
        (None, None),
    ],
)
def test_to_reference(reference: Any, expected: Optional[date]) -> None:
    assert to_reference(reference) == expected


# ----------------------------------------------------------------------------- rule data


def _rule_examples() -> list[Any]:
    out = []
    for rule in load_resource("dates.yaml")["rules"]:
        for ex in rule.get("examples") or ():
            out.append(pytest.param(rule["name"], ex, id=f"{rule['name']}-{ex['text'][:12]}"))
    return out


def _rule_counterexamples() -> list[Any]:
    return [
        pytest.param(rule["name"], text, id=f"{rule['name']}-{text[:12]}")
        for rule in load_resource("dates.yaml")["rules"]
        for text in rule.get("counterexamples") or ()
    ]


@pytest.mark.parametrize(("rule", "example"), _rule_examples())
def test_rule_examples(rule: str, example: dict[str, str]) -> None:
    found = [(d.text, d.value, d.rule) for d in find_dates(example["text"], REF)]
    assert (example["mention"], example["value"], rule) in found


@pytest.mark.parametrize(("rule", "text"), _rule_counterexamples())
def test_rule_counterexamples(rule: str, text: str) -> None:
    assert all(d.rule != rule for d in find_dates(text, REF))


def test_every_rule_has_two_examples() -> None:
    assert all(len(r.examples) >= 2 for r in _tables().rules)


# ----------------------------------------------------------------------------- references

DATE_F1_FLOOR = 0.99  # on the 8 hand-written references; 8·20 (a named event) is the one miss


def _reference_files() -> list[Path]:
    return sorted((SPEC / "expected").glob("*.json")) + sorted((SPEC / "dev").glob("*.json"))


@pytest.mark.skipif(not SPEC.is_dir(), reason="../shared/spec not present")
def test_reference_dates_f1() -> None:
    tp = fp = fn = 0
    for path in _reference_files():
        doc = json.loads(path.read_text(encoding="utf-8"))
        body = "\n".join(doc["paragraphs"])
        want = {(d["text"], d["value"], tuple(d["span"])) for d in doc["dates"]}
        got = {(d.text, d.value, (d.start, d.end)) for d in find_dates(body, doc["published_at"])}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= DATE_F1_FLOOR


def test_resolve_period_with_article_dates() -> None:
    """去年同期 in a clause takes the article's running span when the article's dates are given."""
    body = "1-10月，全县投资完成246.79亿元。三次产业投资占比由去年同期的1.1:50.3:48.6调整为"
    found = find_dates(body, "2016-11-22")
    clause = body.index("三次")
    assert resolve_period(body, "2016-11-22", start=clause, dates=found) == "2015-01/2015-10"
    assert resolve_period(body, "2016-11-22", start=clause) == "2015"
