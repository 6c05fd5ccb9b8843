"""Metadata: header pattern examples, publication-time normalisation, whole headers, references."""

from __future__ import annotations

import json
import re

import pytest

from extractor import clean, header
from extractor.models import Credit
from tests.conftest import SHARED, shared_path

PATTERNS = header.load_patterns()
_NAMED = [PATTERNS.datetime, *PATTERNS.outlet, PATTERNS.editor, *PATTERNS.author, *PATTERNS.credit, PATTERNS.title_suffix]
PATTERN_CASES = [(p.name, t, exp) for p in _NAMED for t, exp in p.examples]
COUNTER_CASES = [(p.name, t) for p in _NAMED for t in p.counterexamples]
# readable ids (pytest escapes Chinese): pattern name and number
PATTERN_IDS = [f"{n}-example{i}" for i, (n, _, _) in enumerate(PATTERN_CASES)]
COUNTER_IDS = [f"{n}-counter{i}" for i, (n, _) in enumerate(COUNTER_CASES)]


@pytest.mark.parametrize("name,text,expect", PATTERN_CASES, ids=PATTERN_IDS)
def test_pattern_examples(name: str, text: str, expect: dict[str, str]) -> None:
    pattern = next(p for p in _NAMED if p.name == name).pattern
    m = pattern.search(text)
    assert m is not None
    assert {k: m.group(k) for k in expect} == expect


def test_every_pattern_has_two_examples_and_a_counterexample() -> None:
    thin = [p.name for p in _NAMED if len(p.examples) < 2 or not p.counterexamples]
    assert not thin


@pytest.mark.parametrize("name,text", COUNTER_CASES, ids=COUNTER_IDS)
def test_pattern_counterexamples(name: str, text: str) -> None:
    pattern = next(p for p in _NAMED if p.name == name).pattern
    assert pattern.search(text) is None


CASES_NORMALIZE = [
    ("2026-06-12T10:40:00+08:00", "2026-06-12T10:40:00+08:00"),
    ("2022-02-13 04:22", "2022-02-13T04:22:00+08:00"),
    ("2024-05-09", "2024-05-09T00:00:00+08:00"),
    ("2024-05-09T01:02:03Z", "2024-05-09T01:02:03+00:00"),
    ("2024-05-09 01:02:03+0530", "2024-05-09T01:02:03+05:30"),
    ("2024年5月9日 08:30", "2024-05-09T08:30:00+08:00"),
    ("2024-02-30", None),
    ("not a date", None),
    ("", None),
]


@pytest.mark.parametrize("value,iso", CASES_NORMALIZE, ids=[f"normalize{i}" for i in range(len(CASES_NORMALIZE))])
def test_normalize_published_at(value: str, iso: str | None) -> None:
    assert header.normalize_published_at(value, "+08:00") == iso


CASES_DATETIME = [
    ("2024-02-23 16:04:56来源:中央广电总台国际在线", "2024-02-23T16:04:56+08:00"),
    ("2024 05/09 22:27:02", "2024-05-09T22:27:02+08:00"),
    ("发布日期：2016-11-22 浏览次数：", "2016-11-22T00:00:00+08:00"),
    ("2019年06月15日08:18 来源：人民网", "2019-06-15T08:18:00+08:00"),
    ("《 人民日报 》（ 2026年06月12日   01 版）", "2026-06-12T00:00:00+08:00"),
    ("股票代码：603888", None),
    ("2024年5月10日 星期五 10:00", "2024-05-10T10:00:00+08:00"),
    ("发布时间：2024-05-10T10:00:00+08:00", "2024-05-10T10:00:00+08:00"),
    ("2024-05-10T02:00:00Z", "2024-05-10T02:00:00+00:00"),
    ("更新时间 2013年3月5日, 格林尼治标准时间09:15", "2013-03-05T09:15:00+00:00"),
    ("2019-09-3007:42", "2019-09-30T07:42:00+08:00"),
    ("2024年5月10日 北京时间 10:41", "2024-05-10T10:41:00+08:00"),
    ("开放时间 2024-05-10 10:00-11:00", "2024-05-10T10:00:00+08:00"),
]


@pytest.mark.parametrize("text,iso", CASES_DATETIME, ids=[f"datetime{i}" for i in range(len(CASES_DATETIME))])
def test_parse_datetime(text: str, iso: str | None) -> None:
    assert header.parse_datetime(text) == iso


PARA = "长春新区全力以赴稳增长，综合经济实力明显提升，交上了高分答卷。"
CASES_HEADER = [
    (
        "dateline with outlet and editor, trailing byline, captions",
        f"首页 | 要闻 | 视频 | 原创\n开局之年看净月 | 锚定目标真抓实干\n2023-02-11 14:19:39来源:中央广电总台国际在线责编:蒋硕\n"
        f"{PARA}\n会议现场 摄影 王岩\n领导讲话 供图 某某宣传部\n{PARA}(文 王岩)",
        {
            "title": "开局之年看净月 | 锚定目标真抓实干",
            "published_at": "2023-02-11T14:19:39+08:00",
            "outlet": "中央广电总台国际在线",
            "editors": ("蒋硕",),
            "authors": ("王岩",),
            "credits": (Credit(role="摄影", name="王岩"), Credit(role="供图", name="某某宣传部")),
        },
    ),
    (
        "lead dateline gives the outlet, no date",
        f"航天环宇拟套现2.2亿元\n中国经济网北京6月12日讯 {PARA}",
        {"title": "航天环宇拟套现2.2亿元", "published_at": None, "outlet": "中国经济网", "editors": (), "authors": ()},
    ),
    (
        "editor line and reporter byline, the editor is never an author",
        f"某某新闻的标题在这里\n发布时间：2022-02-13 04:22:18 来源：云南日报\n{PARA}（记者 胡晓蓉）\n责任编辑：孙重远",
        {"outlet": "云南日报", "editors": ("孙重远",), "authors": ("胡晓蓉",), "published_at": "2022-02-13T04:22:18+08:00"},
    ),
    (
        "page with only a date",
        f"某某新闻的标题在这里\n发布日期：2016-11-22\n{PARA}",
        {"published_at": "2016-11-22T00:00:00+08:00"},
    ),
    (
        "paper footer",
        f"江苏探索科技成果高效转化应用新途径\n{PARA}\n《 人民日报 》（ 2026年06月12日   01 版）",
        {"outlet": "人民日报", "published_at": "2026-06-12T00:00:00+08:00"},
    ),
    (
        "several editors",
        f"某某新闻的标题在这里\n2024-05-10 来源：人民网\n{PARA}\n(责编：胡永秋、杨光宇)",
        {"editors": ("胡永秋", "杨光宇")},
    ),
    (
        "field labels with the value on the next line",
        f"某某新闻的标题在这里\n来源:\n四川日报\n作者：\n张三\n2024-05-10 10:00\n{PARA}\n责任编辑：\n李莎莎",
        {"outlet": "四川日报", "authors": ("张三",), "editors": ("李莎莎",)},
    ),
    (
        "speaker of a government work report",
        f"2026年某某省政府工作报告\n——2026年1月27日在某某省人民代表大会上\n来源：某某日报\n省长 胡玉亭\n各位代表：\n{PARA}",
        {"title": "2026年某某省政府工作报告", "authors": ("胡玉亭",), "outlet": "某某日报"},
    ),
    (
        "speaker with a spaced name",
        f"2026年某某市政府工作报告\n来源：某某日报\n某某市市长 龚 正\n各位代表：\n{PARA}",
        {"authors": ("龚正",), "outlet": "某某日报"},
    ),
    (
        "speaker with a middle-dot name",
        f"2026年某某自治区政府工作报告\n自治区主席 艾尔肯·吐尼亚孜\n各位代表：\n{PARA}",
        {"authors": ("艾尔肯·吐尼亚孜",)},
    ),
    (
        "speaker named at the end of the session line",
        f"某某省2026年政府工作报告\n2026年1月27日在某某省第十四届人民代表大会第四次会议上 某某省省长 赵刚\n时间：2026-02-02 09:20\n各位代表：\n{PARA}",
        {"authors": ("赵刚",), "published_at": "2026-02-02T09:20:00+08:00"},
    ),
    (
        "wire byline without a separator",
        f"某某新闻的标题在这里\n2024-05-09 22:30·新华社\n新华社记者张三、李四、王五\n{PARA}",
        {"authors": ("张三", "李四", "王五")},
    ),
    (
        "author field glued to the outlet",
        f"某某新闻的标题在这里\n2019-09-26 12:11来源：某某网作者：李在山\n{PARA}",
        {"authors": ("李在山",), "outlet": "某某网", "published_at": "2019-09-26T12:11:00+08:00"},
    ),
    ("outlet after the time of a meta line", f"某某新闻的标题在这里\n2024年05月10日 00:26 某某经济新闻\n{PARA}", {"outlet": "某某经济新闻"}),
    (
        "a paper footer beats the portal named in the meta line",
        f"某某新闻的标题在这里\n2022-02-13 09:57 某某网\n{PARA}\n《某某日报》（ 2022年02月13日 02版）",
        {"outlet": "某某日报", "published_at": "2022-02-13T09:57:00+08:00"},
    ),
    ("source written as 来源于", f"某某新闻的标题在这里\n本文来源于某某统计局　2024-05-11 09:36:26\n{PARA}", {"outlet": "某某统计局"}),
    (
        "an outlet in the author field is no author",
        f"某某新闻的标题在这里\n2024年05月16日 17:02 某某报作者：某某报\n{PARA}\n责任编辑：李四",
        {"authors": (), "editors": ("李四",)},
    ),
    (
        "an empty author field before an editor field",
        f"某某新闻的标题在这里\n2017-03-10 09:58:03来源：某某网作者：责任编辑：李四\n{PARA}",
        {"authors": (), "editors": ("李四",), "outlet": "某某网"},
    ),
    (
        "a source note at the end of the body",
        f"某某新闻的标题在这里\n2024-05-10 10:00\n{PARA}\n{PARA}（来源：某某日报）",
        {"outlet": "某某日报"},
    ),
    ("wire lead without a date", f"某某新闻的标题在这里\n2022年02月13日\n据新华社拉萨电（记者 张三）{PARA}", {"authors": ("张三",)}),
    ("byline after a channel name", f"某某新闻的标题在这里\n2005年08月16日　来源：某某网\n某某网某某频道 记者 张三 李四\n{PARA}", {"authors": ("张三", "李四"), "outlet": "某某网"}),
    ("an intern and a reporter", f"某某新闻的标题在这里\n2024-05-10\n{PARA}\n（实习生 张三 记者 李四）", {"authors": ("张三", "李四")}),
    (
        "author and editor on one line",
        f"某某新闻的标题在这里\n2024-05-10 10:00\n{PARA}\n作者：张三 责任编辑：李四",
        {"authors": ("张三",), "editors": ("李四",)},
    ),
    (
        "editor names stop at the next role",
        f"某某新闻的标题在这里\n2024-05-10 10:00\n{PARA}\n（编辑 张三 审核 李四）",
        {"editors": ("张三",), "authors": ()},
    ),
    ("bare editor line", f"某某新闻的标题在这里\n2024-05-10\n{PARA}\n编辑 王五", {"editors": ("王五",)}),
    ("spaced editor name", f"某某新闻的标题在这里\n2024-05-10\n{PARA}\n责任编辑：张 三", {"editors": ("张三",)}),
    (
        "writer and photographer on one line",
        f"某某新闻的标题在这里\n撰文：张三 摄影：李四\n{PARA}",
        {"title": "某某新闻的标题在这里", "authors": ("张三",)},
    ),
    ("bullet byline with a correspondent", f"某某新闻的标题在这里\n■本报记者 张三 通讯员 李四\n{PARA}", {"authors": ("张三", "李四")}),
    ("writer and editor with bars", f"某某新闻的标题在这里\n2024-05-10\n文 | 张三 编辑 | 李四\n{PARA}", {"authors": ("张三",), "editors": ("李四",)}),
    ("writer and photographer with strokes", f"某某新闻的标题在这里\n2024-05-10\n文丨张三 图丨李四\n{PARA}", {"authors": ("张三",)}),
    ("editor with a stroke", f"某某新闻的标题在这里\n2024-05-10\n{PARA}\n责编丨李四", {"editors": ("李四",)}),
    (
        "reporter and correspondents without brackets",
        f"某某新闻的标题在这里\n2024-05-10\n记者 张三 通讯员 李四 王五\n{PARA}",
        {"authors": ("张三", "李四", "王五")},
    ),
    ("two roles in brackets", f"某某新闻的标题在这里\n2024-05-10\n（本报记者 张三 本报通讯员 李四）\n{PARA}", {"authors": ("张三", "李四")}),
    ("author with a note", f"某某新闻的标题在这里\n2024-05-10\n作者：张三（某某大学教授）\n{PARA}", {"authors": ("张三",)}),
    ("byline with a vertical stroke", f"某某新闻的标题在这里\n文丨张三\n{PARA}", {"authors": ("张三",)}),
    (
        "the site's clock is no publication date",
        f"今天是2024年5月24日 星期五\n首页 | 新闻 | 政务\n某市召开经济工作会议部署全年任务\n2024-05-10\n{PARA}",
        {"published_at": "2024-05-10T00:00:00+08:00", "title": "某市召开经济工作会议部署全年任务"},
    ),
    (
        "clock time given in GMT",
        f"某某新闻的标题在这里\n更新时间 2013年3月5日, 格林尼治标准时间09:15\n{PARA}",
        {"published_at": "2013-03-05T09:15:00+00:00"},
    ),
    (
        "headline broken over two lines",
        f"全国人民代表大会常务委员会\n关于批准财政部发行特别国债的决议\n（2007年6月29日通过）\n{PARA}",
        {"title": "全国人民代表大会常务委员会关于批准财政部发行特别国债的决议"},
    ),
]


@pytest.mark.parametrize("text,expect", [c[1:] for c in CASES_HEADER], ids=[c[0] for c in CASES_HEADER])
def test_find_header(text: str, expect: dict[str, object]) -> None:
    got = header.find_header(clean.clean_text(text))
    assert {k: getattr(got, k) for k in expect} == expect


CASES_TITLE = [
    ("中法经贸合作广度深度不断拓展_新华网", "中法经贸合作广度深度不断拓展"),
    ("城市有轨电车之困 - 新浪新闻", "城市有轨电车之困"),
    ("5月LPR按兵不动_经济_宏观频道首页_财经网 - CAIJING.COM.CN", "5月LPR按兵不动"),
    ("某某事件最新进展_新闻频道_央视网(cctv.com)", "某某事件最新进展"),
    ("某某事件最新进展 - 国际 - 新京报", "某某事件最新进展"),
    ("某某事件最新进展__凤凰网", "某某事件最新进展"),
    ("稳增长-各地在行动-新华网", "稳增长-各地在行动"),
    ("北京-上海高铁开通", "北京-上海高铁开通"),
    ("中国-东盟自贸区3.0版谈判实质性结束", "中国-东盟自贸区3.0版谈判实质性结束"),
    ("开局之年看净月 | 锚定目标真抓实干 经济发展韧性十足", "开局之年看净月 | 锚定目标真抓实干 经济发展韧性十足"),
]


@pytest.mark.parametrize("text,title", CASES_TITLE, ids=[f"title{i}" for i in range(len(CASES_TITLE))])
def test_clean_title(text: str, title: str) -> None:
    assert header.clean_title(text) == title


# --- the hand-written references (../shared) ---------------------------------------------------
def _references() -> list[tuple[str, str, str]]:
    out = []
    for ref in sorted((SHARED / "spec" / "expected").glob("*.json")) + sorted((SHARED / "spec" / "dev").glob("*.json")):
        data = json.loads(ref.read_text(encoding="utf-8"))
        inp = (data.get("_input") or {}).get("path") or f"seeds/{data['source']['path'].split('/')[-1]}"
        out.append((ref.stem, inp, str(ref.relative_to(SHARED))))
    return out


REFERENCES = _references() if SHARED.exists() else []
FIELDS = ("title", "published_at", "outlet", "editors", "authors", "credits")


@pytest.mark.parametrize("doc_id,inp,ref", REFERENCES, ids=[r[0] for r in REFERENCES])
def test_reference_metadata(doc_id: str, inp: str, ref: str) -> None:
    text = shared_path(*inp.split("/")).read_text(encoding="utf-8-sig")
    want = json.loads(shared_path(*ref.split("/")).read_text(encoding="utf-8"))
    given = want.get("_input") or {}
    got = header.find_header(clean.clean_text(text))
    published = header.normalize_published_at(given["published_at"], "+08:00") if given.get("published_at") else None
    row = {
        "title": got.title,
        "published_at": published or got.published_at,
        "outlet": got.outlet,
        "editors": list(got.editors),
        "authors": list(got.authors),
        "credits": [c.model_dump() for c in got.credits],
    }
    assert row == {k: want[k] for k in FIELDS}


# --- corpus pages and texts (../shared/corpus), read at test time -------------------------------
def _stems(folder: str, suffix: str) -> list[str]:
    path = SHARED / "corpus" / folder
    return sorted(p.stem for p in path.glob(f"*{suffix}")) if path.exists() else []


TEXTS = _stems("text", ".txt")
DUMPS = _stems("dump", ".txt")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}")


@pytest.mark.parametrize("name", TEXTS, ids=TEXTS)
def test_corpus_text_metadata(name: str) -> None:
    """Plain texts: line 1 is the title (news) and the gold title where there is one; dates are
    ISO with an offset; an editor is never an author."""
    text = shared_path("corpus", "text", f"{name}.txt").read_text(encoding="utf-8-sig")
    cleaned = clean.clean_text(text)
    got = header.find_header(cleaned)
    assert cleaned.paragraphs and got.title
    gold = SHARED / "corpus" / "gold" / f"{name}.json"
    if gold.exists() and json.loads(gold.read_text(encoding="utf-8")).get("title"):
        assert got.title == json.loads(gold.read_text(encoding="utf-8"))["title"]
    assert got.published_at is None or _ISO.fullmatch(got.published_at)
    assert not set(got.authors) & set(got.editors)


@pytest.mark.parametrize("name", DUMPS, ids=DUMPS)
def test_corpus_dump_date(name: str) -> None:
    """Every page dump gives the publication date of reference.json (not a related item's)."""
    refs = json.loads(shared_path("corpus", "reference.json").read_text(encoding="utf-8"))
    ref = refs[name]
    text = shared_path("corpus", "dump", f"{name}.txt").read_text(encoding="utf-8")
    got = header.find_header(clean.clean_text(text))
    accept = ref.get("date_accept") or [ref["date"]]
    assert got.published_at and _ISO.fullmatch(got.published_at)
    assert got.published_at[:10] in accept
    assert not set(got.authors) & set(got.editors)


def test_corpus_dump_titles() -> None:
    """Headlines of the page dumps: at least 71 of 73 exactly as reference.json has them."""
    if not DUMPS:
        pytest.skip("../shared not available")
    refs = json.loads(shared_path("corpus", "reference.json").read_text(encoding="utf-8"))
    exact = 0
    for name in DUMPS:
        text = shared_path("corpus", "dump", f"{name}.txt").read_text(encoding="utf-8")
        exact += header.find_header(clean.clean_text(text)).title == refs[name]["title"]
    assert exact >= 71
