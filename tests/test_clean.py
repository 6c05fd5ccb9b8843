"""Line classification: every boilerplate rule's own examples, case tables, and the references."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import clean
from tests.conftest import SHARED, shared_path

BOILERPLATE = clean.load_boilerplate()

# (rule name, text, should match) from the rules' own examples and counterexamples
RULE_CASES = [(r.name, t, True) for r in BOILERPLATE.rules for t in r.examples] + [
    (r.name, t, False) for r in BOILERPLATE.rules for t in r.counterexamples
]
CUT_CASES = [(c.name, t, cut) for c in BOILERPLATE.cuts for t, cut in c.examples] + [
    (c.name, t, None) for c in BOILERPLATE.cuts for t in c.counterexamples
]


def _ids(cases: list[tuple[str, str, object]], yes: str = "example", no: str = "counter") -> list[str]:
    """Readable ids (pytest escapes Chinese): rule name, example or counterexample, number."""
    seen: dict[str, int] = {}
    out = []
    for name, _, want in cases:
        key = f"{name}-{no if want in (False, None) else yes}"
        seen[key] = seen.get(key, 0) + 1
        out.append(f"{key}{seen[key]}")
    return out


def _rule(name: str) -> clean.LineRule:
    return next(r for r in BOILERPLATE.rules if r.name == name)


@pytest.mark.parametrize("name,text,hit", RULE_CASES, ids=_ids(RULE_CASES))
def test_rule_examples(name: str, text: str, hit: bool) -> None:
    assert _rule(name).matches(text) is hit


@pytest.mark.parametrize("name,text,cut", CUT_CASES, ids=_ids(CUT_CASES))
def test_cut_examples(name: str, text: str, cut: str | None) -> None:
    rule = next(c for c in BOILERPLATE.cuts if c.name == name)
    m = rule.pattern.search(text)
    assert (m.group("cut") if m else None) == cut


def test_every_rule_has_examples_and_counterexamples() -> None:
    """Two examples at least (a rule shaped by one page overfits) and one counterexample."""
    thin = [r.name for r in BOILERPLATE.rules if len(r.examples) < 2 or not r.counterexamples]
    thin += [c.name for c in BOILERPLATE.cuts if len(c.examples) < 2 or not c.counterexamples]
    assert not thin


def test_rule_names_are_unique() -> None:
    names = [r.name for r in BOILERPLATE.rules]
    assert len(names) == len(set(names))


# --- whole pages: (page text, expected kinds of its non-empty lines) -------------------------
PARA = "长春新区全力以赴稳增长，综合经济实力明显提升，交上了高分答卷。"
PARA2 = "过去一年，全区上下同向发力，项目建设和招商引资都取得了新的突破。"
CASES_PAGES = [
    (
        "nav, title, dateline, body, caption, byline line, editor, copyright",
        f"首页 | 要闻 | 视频 | 原创\n\n标题写在这里的一篇新闻\n2024-02-23 16:04:56 来源：某某网\n\n{PARA}\n"
        f"大会现场 供图 某某中心\n{PARA2}\n（记者 张三）\n责任编辑：李四\n版权所有 某某网",
        ["navigation", "title", "dateline", "body", "caption", "body", "byline", "editor_line", "copyright"],
    ),
    (
        "plain article: headline line then paragraphs",
        f"市场出清提速 今年以来多家公司退市\n\n{PARA}\n小标题在这里\n{PARA2}",
        ["title", "body", "body", "body"],
    ),
    (
        "excerpt without headline",
        f"{PARA}\n一、工作回顾\n{PARA2}",
        ["body", "body", "body"],
    ),
    (
        "share widget and related list after the body",
        f"标题写在这里的一篇新闻\n发布时间：2022-02-13 04:22:18\n分享到：\n{PARA}\n{PARA2}\n相关阅读\n另一篇新闻的标题在这里\n又一篇新闻的标题在这里",
        ["title", "dateline", "share", "body", "body", "related", "related", "related"],
    ),
    (
        "image alt text stays out of the body",
        f"标题写在这里的一篇新闻\n2024-02-23 来源：某某网\n{PARA}\n标题写在这里_fororder_图片一\n{PARA2}",
        ["title", "dateline", "body", "image_alt", "body"],
    ),
]


# headline choice: (page, expected headline); bugs caught on corpus/dump pages, rewritten
CASES_TITLE = [
    ("headline above sub-title", f"首页 > 要闻\n山西品牌丝路行正式启动\n成功举办中国山西巴西双向经贸投资推介会\n时间：2019-09-18 06:23\n{PARA}", "山西品牌丝路行正式启动"),
    ("author name between headline and date", f"分享\n经济日报评论员：再驳产能过剩论\n经济日报\n2024-05-13 06:16发布于北京\n{PARA}", "经济日报评论员：再驳产能过剩论"),
    ("menu items above the headline are short", f"扫码打开 手机网\n无需下载APP\n精彩内容随时看\n悲壮！某某球员遭遇左手骨折提前离场\n2024-05-20 06:48\n{PARA}", "悲壮！某某球员遭遇左手骨折提前离场"),
    ("field label on the line above", f"来源：\n中国日报网\n2023-11-17 15:13\n{PARA}", None),
    ("date before headline", f"2022年02月13日\n“厕所革命”改善农牧区人居环境\n去年改造户用卫生厕所4.66万座\n{PARA}", "“厕所革命”改善农牧区人居环境"),
    ("plain text whose headline ends with an exclamation", f"某某大桥将全封闭施工，请注意绕行！\n{PARA}\n{PARA2}", "某某大桥将全封闭施工，请注意绕行！"),
    ("plain text whose headline is a question", f"股市大涨，你准备好了吗？\n{PARA}\n{PARA2}", "股市大涨，你准备好了吗？"),
    (
        "a site name in the menu above is no headline",
        f"首页\n新闻中心\n某某研究院网站\n某市召开经济工作会议\n2024-05-10 10:00 来源：某某网\n{PARA}",
        "某市召开经济工作会议",
    ),
    ("a headline ending in 网 is still one", f"首页 > 要闻\n织密疫情防控网\n2024-05-10 10:00\n{PARA}", "织密疫情防控网"),
    (
        "headline above a dateline far above the body",
        "首页\n某地高速公路将封闭施工半个月！\n2019-05-17 · 某某城市报道\n" + "分享到\n" * 3 + "短句\n" * 20 + f"{PARA}\n{PARA2}",
        "某地高速公路将封闭施工半个月！",
    ),
    ("a salutation is no headline", f"各位代表！\n{PARA}\n{PARA2}", None),
    ("plain text with a long headline", f"我国芯片进口突破2000亿美元！某专家：产业结构失衡，没把产品当作中心\n{PARA}", "我国芯片进口突破2000亿美元！某专家：产业结构失衡，没把产品当作中心"),
]


@pytest.mark.parametrize("text,title", [c[1:] for c in CASES_TITLE], ids=[c[0] for c in CASES_TITLE])
def test_headline_choice(text: str, title: str | None) -> None:
    heads = [x.text for x in clean.classify_lines(text) if x.rule == "headline"]
    assert (heads[0] if heads else None) == title


CASES_REGION = [
    ("salutation opens the body", f"政府工作报告\n各位代表：\n{PARA}\n{PARA2}", ["title", "body", "body", "body"]),
    (
        "a numbered heading opens the body",
        f"某某新闻的标题在这里\n2024-05-10 10:00 来源：某某网\n一、总体要求\n{PARA}\n二、主要任务\n{PARA2}",
        ["title", "dateline", "body", "body", "body", "body"],
    ),
    ("an excerpt opening with a numbered heading", f"（二）持续深化改革开放\n{PARA}\n{PARA2}", ["body", "body", "body"]),
    ("an exclaimed salutation opens the body", f"某某新闻的标题在这里\n同志们！\n{PARA}\n{PARA2}", ["title", "body", "body", "body"]),
    ("closing exclamation ends the body", f"某某新闻的标题在这里\n{PARA}\n{PARA2}\n预祝大会圆满成功！\n版权所有", ["title", "body", "body", "body", "copyright"]),
    ("a table after the text of a plain article", f"某某新闻的标题在这里\n{PARA}\n过会企业一览：\n公司名称\n上会日期\n某某股份有限公司\n2026/1/13", ["title"] + ["body"] * 6),
    ("comment thread is not the body", f"某某新闻的标题在这里\n2024-05-10 来源：某某网\n{PARA}\n我要评论\n{PARA2}\n回复 赞", ["title", "dateline", "body", "other", "other", "other"]),
    # cases found on corpus pages and work reports, rewritten with synthetic lines
    (
        "a disclaimer ends the body; teasers below it stay out",
        f"某某新闻的标题在这里\n2024-05-10 10:00 来源：某某网\n{PARA}\n{PARA2}\n声明：某某网力求信息真实，文章内容仅供参考，不构成实质性投资建议\n为你推荐\n{PARA2}\n{PARA}",
        ["title", "dateline", "body", "body", "copyright", "related", "other", "other"],
    ),
    (
        "issuer and date sign an official notice",
        f"某某省人民政府关于某事的通告\n{PARA}\n{PARA2}\n特此通告。\n某某省人民政府\n2022年1月27日\n扫一扫在手机打开当前页",
        ["title", "body", "body", "body", "body", "body", "share"],
    ),
    ("an original-title line is no paragraph", f"某某新闻的标题在这里\n{PARA}\n{PARA2}\n原标题：另一个标题写在这里", ["title", "body", "body", "title"]),
    (
        "the photo line above a work report is a caption",
        f"2026年某某省政府工作报告\n来源：某某日报\n某某省省长 张三\n张三作政府工作报告。\n各位代表：\n{PARA}\n{PARA2}",
        ["title", "dateline", "byline", "caption", "body", "body", "body"],
    ),
    (
        "a sentence broken over short lines stays in the body",
        f"某某新闻的标题在这里\n{PARA}\n{PARA2}\n道路施工会给大家带来不便，\n但短暂的维修换来的是\n日后的更安全、更畅通。\n版权所有 某某网",
        ["title", "body", "body", "body", "body", "body", "copyright"],
    ),
    ("wire byline without a separator", f"某某新闻的标题在这里\n新华社记者张三、李四\n{PARA}\n{PARA2}", ["title", "byline", "body", "body"]),
    ("writer and photographer on one line", f"某某新闻的标题在这里\n撰文：张三 摄影：李四\n{PARA}\n{PARA2}", ["title", "byline", "body", "body"]),
    ("a bare editor line", f"某某新闻的标题在这里\n{PARA}\n{PARA2}\n编辑 王五", ["title", "body", "body", "editor_line"]),
    ("speaker with a spaced name", f"2026年某某市政府工作报告\n某某市市长 龚 正\n各位代表：\n{PARA}", ["title", "byline", "body", "body"]),
]


# page furniture right after the last paragraph: (line, kind it gets); synthetic lines of the
# shapes seen on corpus pages
CASES_TAIL_LINES = [
    ("（来源：某某日报）", "dateline"),
    ("本文转自：某某网", "dateline"),
    ("原标题：另一个标题写在这里", "title"),
    ("标签：经济 改革", "other"),
    ("打开APP阅读更多精彩内容", "share"),
    ("举报/反馈", "other"),
    ("新闻热线：0431-12345678", "other"),
    ("本期编辑 王五", "editor_line"),
    ("声明：某某网力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议", "copyright"),
    ("（实习生 张三 记者 李四）", "byline"),
    ("今天是2024年5月24日 星期五", "other"),
    ("（完）", "body"),
]


@pytest.mark.parametrize("line,kind", CASES_TAIL_LINES, ids=[f"tail{i}" for i in range(len(CASES_TAIL_LINES))])
def test_line_after_the_body(line: str, kind: str) -> None:
    lines = clean.classify_lines(f"某某新闻的标题在这里\n2024-05-10 10:00\n{PARA}\n{PARA2}\n{line}")
    assert [x.kind for x in lines] == ["title", "dateline", "body", "body", kind]


# page furniture between two paragraphs: (line, kind); the paragraphs around it stay body
CASES_MID_LINES = [
    ("上一页 1 2 3 下一页", "navigation"),
    ("本文共3页", "navigation"),
    ("点击图片进入下一页", "navigation"),
    ("▲图为工人在车间作业", "caption"),
    ("↓↓↓", "navigation"),
    ("▲点击上方蓝字关注我们", "share"),
    ("01", "body"),
    ("（一）有序推进", "body"),
]


@pytest.mark.parametrize("line,kind", CASES_MID_LINES, ids=[f"mid{i}" for i in range(len(CASES_MID_LINES))])
def test_line_inside_the_body(line: str, kind: str) -> None:
    lines = clean.classify_lines(f"某某新闻的标题在这里\n2024-05-10 10:00\n{PARA}\n{line}\n{PARA2}\n{PARA}")
    assert [x.kind for x in lines] == ["title", "dateline", "body", kind, "body", "body"]


@pytest.mark.parametrize("text,kinds", [c[1:] for c in CASES_REGION], ids=[c[0] for c in CASES_REGION])
def test_body_region(text: str, kinds: list[str]) -> None:
    assert [x.kind for x in clean.classify_lines(text)] == kinds


@pytest.mark.parametrize("text,kinds", [c[1:] for c in CASES_PAGES], ids=[c[0] for c in CASES_PAGES])
def test_page_line_kinds(text: str, kinds: list[str]) -> None:
    assert [x.kind for x in clean.classify_lines(text)] == kinds


CASES_CUTS = [
    ("byline cut from the last paragraph", f"{PARA}\n{PARA2}(文 王青享)", [PARA, PARA2], [("byline", "(文 王青享)")]),
    ("organisation byline", f"{PARA}\n{PARA2}（德清县发改局）", [PARA, PARA2], [("byline", "（德清县发改局）")]),
    ("lead dateline", f"中国经济网北京6月12日讯 {PARA}\n{PARA2}", [PARA, PARA2], [("dateline", "中国经济网北京6月12日讯")]),
    ("(完) stays", f"{PARA}\n{PARA2}（完）", [PARA, PARA2 + "（完）"], []),
    ("source note glued to the last paragraph", f"{PARA}\n{PARA2}（来源：某某日报）", [PARA, PARA2], [("dateline", "（来源：某某日报）")]),
    ("source note on its own line", f"{PARA}\n{PARA2}\n（来源：某某日报）", [PARA, PARA2], [("dateline", "（来源：某某日报）")]),
    (
        "a sentence with a data-source note stays a paragraph",
        f"{PARA}\n一季度地区生产总值增长5.3%。数据来源：某某统计局",
        [PARA, "一季度地区生产总值增长5.3%。数据来源：某某统计局"],
        [],
    ),
]


@pytest.mark.parametrize("text,paragraphs,removed", [c[1:] for c in CASES_CUTS], ids=[c[0] for c in CASES_CUTS])
def test_cuts_in_pages(text: str, paragraphs: list[str], removed: list[tuple[str, str]]) -> None:
    got = clean.clean_text(text)
    assert list(got.paragraphs) == paragraphs
    assert [(r.kind, r.text) for r in got.removed] == removed


def test_nothing_is_dropped() -> None:
    text = f"首页 | 要闻 | 视频\n标题写在这里的一篇新闻\n{PARA}\n大会现场 供图 某某中心\n{PARA2}(文 王青享)\n版权所有"
    got = clean.clean_text(text)
    pieces = list(got.paragraphs) + [r.text for r in got.removed]
    assert sorted("".join(pieces)) == sorted("".join(ln.strip() for ln in text.splitlines()))


def test_paragraphs_are_stripped_but_kept_as_written() -> None:
    got = clean.clean_text(f"\u3000\u3000{PARA}\xa0 \n  锚定目标\xa0谱写新篇章\n{PARA2}")
    assert got.paragraphs == (PARA, "锚定目标\xa0谱写新篇章", PARA2)


def test_empty_text() -> None:
    assert clean.clean_text("  \n\n ") == clean.Cleaned((), (), (), ())


# --- the hand-written references (../shared), compared exactly ------------------------------
def _references() -> list[tuple[str, str, str]]:
    """(doc_id, input path under shared/, reference path under shared/)."""
    out = []
    for ref in sorted((SHARED / "spec" / "expected").glob("*.json")) + sorted((SHARED / "spec" / "dev").glob("*.json")):
        data = json.loads(ref.read_text(encoding="utf-8"))
        inp = (data.get("_input") or {}).get("path") or f"seeds/{Path(data['source']['path']).name}"
        out.append((ref.stem, inp, str(ref.relative_to(SHARED))))
    return out


REFERENCES = _references() if SHARED.exists() else []


def _load(inp: str, ref: str) -> tuple[clean.Cleaned, dict]:
    text = shared_path(*inp.split("/")).read_text(encoding="utf-8-sig")
    return clean.clean_text(text), json.loads(shared_path(*ref.split("/")).read_text(encoding="utf-8"))


@pytest.mark.parametrize("doc_id,inp,ref", REFERENCES, ids=[r[0] for r in REFERENCES])
def test_reference_paragraphs(doc_id: str, inp: str, ref: str) -> None:
    got, want = _load(inp, ref)
    assert list(got.paragraphs) == want["paragraphs"]


@pytest.mark.parametrize("doc_id,inp,ref", REFERENCES, ids=[r[0] for r in REFERENCES])
def test_reference_captions(doc_id: str, inp: str, ref: str) -> None:
    got, want = _load(inp, ref)
    assert list(got.captions) == want["captions"]


@pytest.mark.parametrize("doc_id,inp,ref", REFERENCES, ids=[r[0] for r in REFERENCES])
def test_reference_removed(doc_id: str, inp: str, ref: str) -> None:
    got, want = _load(inp, ref)
    assert [r.model_dump() for r in got.removed] == want["removed"]


def test_references_present_or_skipped() -> None:
    if not SHARED.exists():
        pytest.skip("../shared not available")
    assert len(REFERENCES) >= 2


# --- property: any text, nothing lost ---------------------------------------------------------
hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ALPHABET = st.sampled_from(list("长春新区发展大会现场供图摄影记者文编辑责来源：:，。！？（）()|> 12345年月日\n\u3000\xa0_-"))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=300))
def test_any_text_keeps_every_character(text: str) -> None:
    got = clean.clean_text(text)
    kept = "".join(got.paragraphs) + "".join(r.text for r in got.removed)
    assert sorted("".join(kept.split())) == sorted("".join(text.split()))
    assert all(p == p.strip() and p for p in got.paragraphs)
    assert set(got.captions) <= {r.text for r in got.removed if r.kind == "caption"}
