"""Case tables for extractor/slogans.py: kinds, negatives, members, labels/counts/parts,
the rules' own examples, and scores on the seed and dev references."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any, Optional

import pytest

from extractor.slogans import cn_count, explain_slogans, find_slogans, rule_specs, slogan_report

from .conftest import SHARED, shared_path


def _by_text(body: str) -> dict[str, Any]:
    return {s.text: s for s in find_slogans(body)}


# ---------------------------------------------------------------- positives per kind

# (body, slogan text, kind, count)
CASES_FORMULA = [
    ("2024年将实施“2+5+10”总策略", "2+5+10", "formula", 17),
    ("净月高新区成立“5+1”重点工作专班，制定稳经济促增长19条措施。", "5+1", "formula", 6),
    ("聚焦“1+2+4+N”目标任务体系，顶压前行。", "1+2+4+N", "formula", None),
    ("构建“4+4”产业体系。", "4+4", "formula", 8),
    ("实现“515”创新裂变目标。", "515", "formula", None),
    ("实施“1个总施工图+各战线分施工图”管理模式。", "1个总施工图+各战线分施工图", "formula", None),
    ("打造“555X”产业发展格局。", "555X", "formula", None),
]

CASES_NUMBERED = [
    ("着力打造“七个净月”，抓好建设。", "七个净月", "numbered", 7),
    ("抓好“五大能力”建设。", "五大能力", "numbered", 5),
    ("深入落实吉林省委“一主六双”高质量发展战略。", "一主六双", "numbered", 7),
    ("长春市委“六城联动”战略部署。", "六城联动", "numbered", 6),
    ("奋力实现“三次创业”新突破。", "三次创业", "numbered", None),
    ("2025年和“十四五”时期工作回顾", "十四五", "numbered", None),
    ("做好三农工作。", "三农", "numbered", 3),
    ("深刻领悟两个确立的决定性意义。", "两个确立", "numbered", 2),
    ("加快构建双循环新发展格局。", "双循环", "numbered", 2),
    ("自觉把中央八项规定精神贯穿政府工作全过程。", "八项规定", "numbered", 8),
    ("制定实施“九五”普法规划。", "九五", "numbered", None),
    ("深化开展“三个年”活动。", "三个年", "numbered", 3),
    ("“一圈一带两区”发展格局加快构建。", "一圈一带两区", "numbered", 4),
    ("聚焦一院三所、高校大企开展创新。", "一院三所", "numbered", 4),
    ("同比增长15.3%，位列三县两区第一。", "三县两区", "numbered", 5),
    ("争取“两重”“两新”资金311.5亿元。", "两新", "numbered", 2),
    ("深化“四好农村路”建设。", "四好农村路", "numbered", 4),
    ("统筹推进“五位一体”总体布局。", "五位一体", "numbered", 5),
    ("先行赔付、特别代表人诉讼、立体追责三条路径并行发力。", "三条路径", "numbered", 3),
    # generalisation cases from the work reports and the news corpus
    ("推动新能源汽车、光伏产品、锂电池“新三样”出口增长69.4%。", "新三样", "numbered", 3),  # 新 + count
    ("把入选企业划分为“核心关键”“重要支撑”“前沿新兴”三大层级。", "三大层级", "numbered", 3),  # one quote per member
    ("大运河、长城、西山永定河三条文化带建设扎实推进。", "三条文化带", "numbered", 3),  # a one-character set noun
    ("秦岭、黄河流域、南水北调水源涵养区三大生态安全屏障持续筑牢。", "三大生态安全屏障", "numbered", 3),
    ("推动黄河、淮河、海河、长江四大流域内城市协同推进。", "四大流域", "numbered", 4),  # a locative ends the noun
]

CASES_PHRASE = [
    ("以一季度“开门红”力促“全年红”，赢得“满堂彩”。", "开门红", "phrase", None),
    ("以一季度“开门红”力促“全年红”，赢得“满堂彩”。", "满堂彩", "phrase", None),
    ("奋力谱写“热辣滚烫”的高质量发展新篇章。", "热辣滚烫", "phrase", None),
    ("长春新区以“归零心态”重整行装再出发。", "归零心态", "phrase", None),
    ("实施“拿地即开工”“容缺办理”等机制。", "容缺办理", "phrase", None),
    ("累计开展“走出去”招商活动28场。", "走出去", "phrase", None),
    ("开展“抓招商、推项目、促落地”专项行动。", "抓招商、推项目、促落地", "phrase", None),
    ("实现大项目“接二连三”、优质项目“源源不断”。", "源源不断", "phrase", None),
    ("“票根经济”带动在线旅游收入增长近7倍。", "票根经济", "phrase", None),
    ("35项“高效办成一件事”上线运行。", "高效办成一件事", "phrase", None),
    ("采用“先使用后付费”模式。", "先使用后付费", "phrase", None),
    ("认真落实“绿色、共享、开放、廉洁”的办赛理念和“简约、安全、精彩”的办赛要求。", "简约、安全、精彩", "phrase", None),
    ("所谓“罚赔同步”，是指执法模式。从“罚完退完”到“罚赔同步”。", "罚完退完", "phrase", None),
    ("全面实施“人工智能+”行动。", "人工智能+", "phrase", None),
    ("此次业务落地也标志着“股贷联动”综合金融服务模式进一步深化。", "股贷联动", "phrase", None),  # a long label
    ("娄飞鹏认为，“村改支”模式是以主发起行为整体。", "村改支", "phrase", None),  # not speech: the sentence goes on
    ("实施企业找技术、成果找市场“双向揭榜挂帅”，技术合同成交额增长。", "双向揭榜挂帅", "phrase", None),  # known + qualifier
    ("南通召开“营商环境提升年”动员会。", "营商环境提升年", "phrase", None),  # a campaign year
    ("以“时时放心不下”的责任感，攻坚克难。", "时时放心不下", "phrase", None),  # 以 + motto
    ("持续推进行政执法“一网监管”、省域治理“一网统管”。", "一网统管", "phrase", None),
    ("打造新时代更高水平“天府粮仓”，率先探索。", "天府粮仓", "phrase", None),  # the object of a verb further back
]


@pytest.mark.parametrize(
    "body,text,kind,count", CASES_FORMULA + CASES_NUMBERED + CASES_PHRASE, ids=lambda v: str(v)[:24]
)
def test_positive(body: str, text: str, kind: str, count: Optional[int]) -> None:
    found = _by_text(body)
    assert text in found, sorted(found)
    assert found[text].kind == kind
    assert found[text].count == count


# known misses: a fix must move the case into a table above
CASES_XFAIL = [
    ("“一喷多促”3831万亩、增长8%。", "一喷多促", "phrase", None),  # a campaign with no cue around it
    ("江西省汽车“以旧换新”可获最高补贴。‘一炮轰’。", "一炮轰", "phrase", None),  # single quotes are not read
]


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize("body,text,kind,count", CASES_XFAIL, ids=lambda v: str(v)[:24])
def test_known_misses(body: str, text: str, kind: str, count: Optional[int]) -> None:
    test_positive(body, text, kind, count)


# ---------------------------------------------------------------- negatives

# (body, text that must not be a slogan)
CASES_NEGATIVE = [
    ("北湖未来科学城将以“长新创谷”为策源。", "长新创谷"),  # a project's name
    ("举办“文化创意城”重点项目集中签约仪式。", "文化创意城"),
    ("长春净月高新技术产业开发区（以下简称“净月高新区”）召开会议。", "净月高新区"),
    ("以项目建设之“稳”助力稳住经济大盘。", "稳"),  # a single character
    ("这让发展“底气”更强劲、发展“底盘”更稳固。", "底气"),  # emphasis
    ("这两类产品销量上升。", "两类产品"),  # anaphora
    ("传统保壳手段失灵也是退市加速的一大关键变量。", "一大关键变量"),  # a count of one
    ("做优一产、做大二产、做强三产。", "一产"),  # industries
    ("分为两部分。", "两部分"),  # a plain quantity
    ("葫芦岛“8·20”灾后基础设施全面恢复。", "8·20"),  # a date
    ("国家级专精特新“小巨人”企业316家。", "小巨人"),  # an official category
    ("越来越多的人对辽宁投下“信任票”。", "信任票"),  # metaphor
    ("从“诉讼漫长”到“快速获赔”。", "诉讼漫长"),  # a described problem
    ("习近平总书记强调：“在促进创新链产业链深度融合上探索新途径”。", "在促进创新链产业链深度融合上探索新途径"),
    ("“科技红娘”打通“最后一公里”。", "最后一公里"),
    ("建成36个“一站式”公共转化平台。", "一站式"),
    ("拨打“12345”热线反映问题。", "12345"),
    ("上线运行“四川省科创通”平台。", "四川省科创通"),  # 四 belongs to a place name
    ("养成了“一台电视、几瓶啤酒、一盘花生毛豆”的固定消费习惯。", "一台电视、几瓶啤酒、一盘花生毛豆"),
    ("104场对决、39个比赛日、48支劲旅横跨三大时区。", "三大时区"),  # listed counts are metrics
    ("在“经济实力、项目建设、招商引资”三个方面下功夫。", "经济实力、项目建设、招商引资"),  # members
    ("启动了“第28届上海国际电影节特别放映”活动。", "第28届上海国际电影节特别放映"),
    ("国家级产业园实现“零的突破”。", "零的突破"),  # a possessive metaphor
    ("“五一”消费市场快速升温。", "五一"),  # a holiday
    ("给予“98天+2个月”的产假。", "98天+2个月"),  # durations added up
    ("正是彩票让本文的主人公“孙启勤”立刻行动。", "孙启勤"),  # a person
    ("有无“两者兼顾”的办法呢？", "两者兼顾"),  # a pronoun
    # generalisation cases (news and page dumps)
    ("这段水上高速从“双向两车道”升级为“双向四车道”。", "双向四车道"),  # a specification of lanes
    ("这段水上高速从“双向两车道”升级为“双向四车道”。", "双向两车道"),
    ("在西海固，土豆是“丰年菜、荒年粮”，一直扮演着重要角色。", "丰年菜、荒年粮"),  # a predicate after 是
    ("信用资质良好的上市公司，属于“高资质、低波动”资产。", "高资质、低波动"),  # after 属于
    ("可每一次的价格调整，只是“头痛医头，脚痛医脚”。", "头痛医头，脚痛医脚"),
    ("政府与民间资本的关系变成了“政府圈钱，为我所用”。", "政府圈钱，为我所用"),
    ("摩根资产管理“环球市场纵览-摩根中国行”等投教品牌已覆盖广大投资者。", "环球市场纵览-摩根中国行"),  # a title
    ("推动“学术-投资-产业”三方对话。", "学术-投资-产业"),  # a chain followed by its count
    ("一些政客以“产能过剩”之名行贸易保护主义之实。", "产能过剩"),  # a name (之名)
    ("建起了一座以“孙启勤”命名的社区图书馆。", "孙启勤"),  # 命名
    ("美国寻找盟友的范围日益缩小到“五眼联盟”。", "五眼联盟"),  # an organisation
    ("对“八国”，刀哥也想说八点。", "八国"),  # a plain count of countries
    ("劝说其他所谓“民主盟友”，站到他们一边。", "民主盟友"),  # 所谓 without a definition: distance, not a name
    ("他们宣称要“协调全球盟友对中国采取共同行动”。", "协调全球盟友对中国采取共同行动"),  # quoted speech
    ("如今的街景与“离汉通道关闭”时期完全不同。", "离汉通道关闭"),  # a period, not a campaign
    ("以“不予审查”、或虽经审查但“不予批准”的方式阻碍民间资本进入。", "不予审查"),
    ("推动银行理财子公司发挥渠道的“压舱石”作用。", "压舱石"),  # a far verb needs the quote to end the clause
]


@pytest.mark.parametrize("body,text", CASES_NEGATIVE, ids=lambda v: str(v)[:24])
def test_negative(body: str, text: str) -> None:
    assert text not in _by_text(body)


# ---------------------------------------------------------------- members

# (body, slogan, members as a set)
CASES_MEMBERS = [
    (
        "着力打好“现代农业、智能制造、文化创意”三张牌，做优一产。",
        "三张牌",
        {"现代农业", "智能制造", "文化创意"},
    ),
    (
        "圆满交上了GDP和规上工业产值总量突破“双九百”的高分“答卷”。",
        "双九百",
        {"GDP", "规上工业产值"},
    ),
    (
        "抓好“五大能力”建设。\n加强“政治能力、学习能力、沟通能力、执行能力、总结提升能力”建设。",
        "五大能力",
        {"政治能力", "学习能力", "沟通能力", "执行能力", "总结提升能力"},
    ),
    (
        "打造“三个新城”。\n打造宜居的“生态新城”；打造便民的“智慧新城”；打造安居的“活力新城”。",
        "三个新城",
        {"生态新城", "智慧新城", "活力新城"},
    ),
    (
        "显示出两大鲜明特征：退出路径多元化、出清速度明显加快。",
        "两大鲜明特征",
        {"退出路径多元化", "出清速度明显加快"},
    ),
    (
        "主要呈现以下三大梯队：\n摘牌的公司共9家。\n整理期的公司共7家。\n锁定退市的公司共4家。",
        "三大梯队",
        {"摘牌的公司", "整理期的公司", "锁定退市的公司"},
    ),
    (
        "“一圈一带两区”发展格局加快构建。沈阳都市圈跨域通办事项260项。沿海经济带协同效应显现。"
        "辽西先导区承接项目131个。辽东绿色经济区特色产业快速发展。",
        "一圈一带两区",
        {"沈阳都市圈", "沿海经济带", "辽西先导区", "辽东绿色经济区"},
    ),
    (
        "行业呈现三大趋势：\n一是数字化加速，企业纷纷上云。\n二是绿色化转型。\n三是国际化布局提速。",
        "三大趋势",
        {"数字化加速", "绿色化转型", "国际化布局提速"},
    ),
    (
        "以电动载人汽车、锂电池、太阳能电池为代表的外贸“新三样”出口增长。",  # `为代表的` before the slogan
        "新三样",
        {"电动载人汽车", "锂电池", "太阳能电池"},
    ),
    (
        "把入选企业划分为“核心关键”“重要支撑”“前沿新兴”三大层级。",
        "三大层级",
        {"核心关键", "重要支撑", "前沿新兴"},
    ),
    (
        "打造“三个中心”，即科技创新中心、金融中心和贸易中心。",  # an appositive `，即`
        "三个中心",
        {"科技创新中心", "金融中心", "贸易中心"},
    ),
    (
        "我省提出“四个强省”，包括制造强省、文化强省、教育强省和体育强省。",
        "四个强省",
        {"制造强省", "文化强省", "教育强省", "体育强省"},
    ),
    (
        "重点推进“三大工程”。一是强基工程，夯实基础。二是育才工程，培养人才。三是惠民工程，改善民生。",
        "三大工程",  # members over the following sentences, one per enumerator
        {"强基工程", "育才工程", "惠民工程"},
    ),
    (
        "全面落实“三大战略”。\n一是坚定实施扩大内需战略，推动消费。\n二是坚定实施创新驱动战略，培育动能。"
        "\n三是坚定实施数字宁夏战略，推进融合。",
        "三大战略",  # over the following paragraphs, the governing verb dropped
        {"扩大内需战略", "创新驱动战略", "数字宁夏战略"},
    ),
    (
        "常态化疫情防控和经济社会发展“双统筹”稳步走向“双胜利”。",  # a pair of noun phrases ending in verbal nouns
        "双统筹",
        {"常态化疫情防控", "经济社会发展"},
    ),
    (
        "深入推进文化和科技、文化和旅游“两个融合”。",
        "两个融合",
        {"文化和科技", "文化和旅游"},
    ),
    (
        "充分发挥安阳、商丘、信阳、三门峡四个端点城市对内联动作用。",  # the governing verb is dropped
        "四个端点",
        {"安阳", "商丘", "信阳", "三门峡"},
    ),
    (
        "扛起北湖未来科学城和永春现代生物医药城“双城”建设的重任。",
        "双城",
        {"北湖未来科学城", "永春现代生物医药城"},
    ),
]


@pytest.mark.parametrize("body,text,members", CASES_MEMBERS, ids=lambda v: str(v)[:24])
def test_members(body: str, text: str, members: set[str]) -> None:
    found = _by_text(body)
    assert text in found, sorted(found)
    assert set(found[text].members) == members
    assert found[text].complete is True


# (body, slogan): lists near the slogan that are not its members
CASES_NO_MEMBERS = [
    ("政府工作人员深刻领悟“两个确立”的决定性意义、坚决做到“两个维护”。", "两个维护"),  # a national term
    ("坚持和落实“两个毫不动摇”。", "两个毫不动摇"),  # two verbs
    ("建成养老服务站。“一老一小”保障力度加大，城乡中小学扩容。", "一老一小"),  # not places
    ("强化双核引领区域联动、拓展全方位多领域合作，唱好新时代“双城记”。", "双城记"),  # verb phrases
    ("积极参与共建“一带一路”。", "一带一路"),  # 与 inside 参与
    ("加强“双一流”“双特色”“双高计划”建设。", "双高计划"),  # sibling quotes are not members of a quoted slogan
]


@pytest.mark.parametrize("body,text", CASES_NO_MEMBERS, ids=lambda v: str(v)[:24])
def test_no_members(body: str, text: str) -> None:
    found = _by_text(body)
    assert text in found, sorted(found)
    assert found[text].members == [] and found[text].complete is None


def test_no_members_means_complete_null() -> None:
    s = _by_text("长春市委“六城联动”战略部署。")["六城联动"]
    assert s.members == [] and s.complete is None


# ---------------------------------------------------------------- labels, counts, parts

# (body, slogan, label)
CASES_LABEL = [
    ("2024年将实施“2+5+10”总策略", "2+5+10", "总策略"),
    ("长春新区将全力铸造“双城”动力引擎。", "双城", "动力引擎"),
    ("实施“拿地即开工”“容缺办理”等机制。", "拿地即开工", "机制"),
    ("开展国企“三能”机制改革攻坚专项行动。", "三能", "机制"),
    ("“一主六双”高质量发展战略", "一主六双", "高质量发展战略"),
    ("赋予吉林“在中国式现代化建设中展现更大作为、勇于争先”新的使命任务。", "在中国式现代化建设中展现更大作为、勇于争先", "使命任务"),
    ("抓好“五大能力”建设。", "五大能力", None),  # an action noun is no label
    ("谱写“热辣滚烫”的高质量发展新篇章。", "热辣滚烫", None),
    ("此次业务落地也标志着“股贷联动”综合金融服务模式进一步深化。", "股贷联动", "综合金融服务模式"),
    ("实施“十大工程”带动现代化产业体系建设。", "十大工程", None),  # a long run with a verb is no label
]


@pytest.mark.parametrize("body,text,label", CASES_LABEL, ids=lambda v: str(v)[:24])
def test_label(body: str, text: str, label: Optional[str]) -> None:
    assert _by_text(body)[text].label == label


SEED_000_P10_P12 = (
    "为此，2024年长春新区将实施“2+5+10”总策略，即以双城建设为引擎、把握五个原则、实施十大工程。\n"
    "新的一年，全面实施“十大工程”，将在“经济实力、项目建设、招商引资、科技创新、发展格局、对外合作、"
    "发展环境、城市品质、安全稳定、党建聚力”十个方面下大力气。"
)


def test_formula_parts_from_the_definition() -> None:
    found = _by_text(SEED_000_P10_P12)
    parts = [(p.text, p.count) for p in found["2+5+10"].parts]
    assert parts == [("双城建设", 2), ("五个原则", 5), ("十大工程", 10)]
    assert found["五个原则"].kind == "numbered" and found["五个原则"].count == 5
    assert len(found["十大工程"].members) == 10 and found["十大工程"].complete is True
    assert "十个方面" not in found and "双城建设" not in found


def test_code_parts_from_the_list_before() -> None:
    body = "建成高能级平台50个、落位100个标志性成果、实施50个院士型项目，实现“515”创新裂变目标。"
    parts = [(p.text, p.count) for p in _by_text(body)["515"].parts]
    assert parts == [("建成高能级平台50个", 5), ("落位100个标志性成果", 1), ("实施50个院士型项目", 5)]


def test_formula_parts_with_digits() -> None:
    s = _by_text("构建“1+3”政策体系，即1个总体方案和3个专项方案。")["1+3"]
    assert s.count == 4
    assert [(p.text, p.count) for p in s.parts] == [("1个总体方案", 1), ("3个专项方案", 3)]


def test_enumerated_members_need_the_noun() -> None:
    body = "推进“三大工程”。一是抓好项目，扩大投资。二是优化环境，服务企业。三是改善民生，办好实事。"
    assert _by_text(body)["三大工程"].members == []  # the items do not name 工程


def test_mixed_formula_parts() -> None:
    s = _by_text("实施“1个总施工图+各战线分施工图”管理模式。")["1个总施工图+各战线分施工图"]
    assert [(p.text, p.count) for p in s.parts] == [("总施工图", 1), ("各战线分施工图", None)]


def test_span_is_first_occurrence_even_unquoted() -> None:
    body = "即以双城建设为引擎。\n铸造“双城”动力引擎。"
    s = _by_text(body)["双城"]
    assert tuple(s.span) == (2, 4)
    assert s.evidence == "即以双城建设为引擎。"


def test_digit_code_is_not_found_inside_a_number() -> None:
    body = "招引项目3150个。\n深入实施“315”人才工程。"
    s = _by_text(body)["315"]
    assert body[s.span[0] : s.span[1]] == "315" and s.span[0] > 10


def test_each_slogan_once() -> None:
    texts = [s.text for s in find_slogans("实现“开门红”。\n再创“开门红”。")]
    assert texts == ["开门红"]


@pytest.mark.parametrize("text,value", [("十", 10), ("十四", 14), ("二十", 20), ("两", 2), ("双", 2), ("百", None)])
def test_cn_count(text: str, value: Optional[int]) -> None:
    assert cn_count(text) == value


# ---------------------------------------------------------------- the rules' own examples

EXAMPLES = [(r.name, e.text, e.expect) for r in rule_specs() for e in r.examples]
COUNTEREXAMPLES = [(r.name, t) for r in rule_specs() for t in r.counterexamples]


@pytest.mark.parametrize("rule,text,expect", EXAMPLES, ids=lambda v: str(v)[:24])
def test_rule_example(rule: str, text: str, expect: dict[str, Any]) -> None:
    found = {s.text: (s, name) for s, name in explain_slogans(text)}
    assert expect["text"] in found, sorted(found)
    slogan, name = found[expect["text"]]
    assert name == rule or rule in ("numbered_term",) or name in ("numbered_term",)
    for key, value in expect.items():
        if key == "members":
            assert set(slogan.members) == set(value)
        else:
            assert getattr(slogan, key) == value, key


@pytest.mark.parametrize("rule,text", COUNTEREXAMPLES, ids=lambda v: str(v)[:24])
def test_rule_counterexample(rule: str, text: str) -> None:
    assert [s.text for s, name in explain_slogans(text) if name == rule] == []


# ---------------------------------------------------------------- references

def _fold(s: Optional[str]) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(ch for ch in s if not ch.isspace()).strip("“”\"'‘’「」《》")


def _score(folder: Path) -> dict[str, float]:
    """The slogan lines of ../shared/tools/score.py, computed on our function alone."""
    t = dict(p=0, g=0, m=0, gnf=0, mnf=0, cok=0, mp=0, mg=0, mm=0, span=0)
    for path in sorted(folder.glob("*.json")):
        ref = json.loads(path.read_text(encoding="utf-8"))
        body = "\n".join(ref["paragraphs"])
        pred = find_slogans(body)
        t["span"] += sum(body[s.span[0] : s.span[1]] != s.text for s in pred)
        ps = {_fold(s.text): s for s in pred}
        gs = {_fold(s["text"]): s for s in ref["slogans"]}
        t["p"] += len(ps)
        t["g"] += len(gs)
        t["m"] += len(set(ps) & set(gs))
        for k, g in gs.items():
            if g["kind"] in ("formula", "numbered"):
                t["gnf"] += 1
                t["mnf"] += k in ps
            gm = {_fold(x) for x in g["members"]}
            if gm:
                pm = {_fold(x) for x in (ps[k].members if k in ps else [])}
                t["mg"] += len(gm)
                t["mp"] += len(pm)
                t["mm"] += len(gm & pm)
        t["cok"] += sum(ps[k].count == gs[k]["count"] for k in set(ps) & set(gs))

    def ratio(a: float, b: float) -> float:
        return a / b if b else 1.0

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    return {
        "slogan_f1": f1(ratio(t["m"], t["p"]), ratio(t["m"], t["g"])),
        "recall_numbered_formula": ratio(t["mnf"], t["gnf"]),
        "member_f1": f1(ratio(t["mm"], t["mp"]), ratio(t["mm"], t["mg"])),
        "count_acc": ratio(t["cok"], t["m"]),
        "span_errors": t["span"],
    }


# floors from the issue (DONE WHEN); measured 1.0 / 1.0 / 1.0 / 1.0 on the seeds, 1.0 / 1.0 / 0.94 / 1.0 on dev
FLOORS = {
    "expected": {"slogan_f1": 0.90, "recall_numbered_formula": 1.0, "member_f1": 0.95, "count_acc": 0.90},
    "dev": {"slogan_f1": 0.80, "recall_numbered_formula": 0.85, "member_f1": 0.80, "count_acc": 0.80},
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_reference_scores(folder: str) -> None:
    scores = _score(shared_path("spec", folder))
    assert scores["span_errors"] == 0
    for key, floor in FLOORS[folder].items():
        assert scores[key] >= floor, (key, scores)


def _reports() -> list[Path]:
    return sorted((SHARED / "corpus" / "text").glob("*govreport*.txt"))


def test_work_reports_spans_and_report() -> None:
    paths = _reports()
    if not paths:
        pytest.skip("../shared corpus not available")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for text in texts[:5]:
        body = "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())
        for s in find_slogans(body):
            assert body[s.span[0] : s.span[1]] == s.text
            assert s.complete is None or s.complete == (len(s.members) == s.count)
    report = slogan_report(texts[:5], top=10)
    assert len(report["top"]) == 10
    assert report["complete_share"] is None or 0 <= report["complete_share"] <= 1


def test_any_text_is_safe() -> None:
    for body in ["", "“”", "“", "”“", "“一”", "“+”", "“1+”", "“十”", "三大：\n", "“a、b”", "从“”到“”",
                 "、“两个融合”", "“三大工程”。一是", "“三大工程”，即、、", "“1+3”，即和", "打造“”，", "所谓“”"]:
        for s in find_slogans(body):
            assert body[s.span[0] : s.span[1]] == s.text
