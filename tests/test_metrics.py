"""Case tables for extractor/metrics.py, one table per attribute, plus the cue rules' own examples.

Sentences come from the seeds, the dev references and the corpus under ../shared (copied here
as short strings, so the tables run without ../shared), or are short synthetic ones.
Tests that need ../shared itself skip when it is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import pytest

from extractor import dates, metrics, slogans
from extractor.models import Metric
from extractor.rules import load_resource

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
PUB = "2026-06-12T10:00:00+08:00"


def context(text: str, published_at: Optional[str] = PUB, title: Optional[str] = None) -> metrics.MetricContext:
    """A MetricContext built the way pipeline.py builds it (dates and slogans from their stages)."""
    paragraphs = tuple(text.split("\n"))
    body = "\n".join(paragraphs)
    found = tuple(dates.find_dates(body, published_at))
    spans = tuple(tuple(s.span) for s in slogans.find_slogans(body))
    return metrics.MetricContext(body=body, paragraphs=paragraphs, published_at=published_at, title=title,
                                 dates=found, slogan_spans=spans)  # type: ignore[arg-type]


def rows(text: str, **kw: Any) -> list[Metric]:
    return [r.metric for r in metrics.find_metrics(context(text, **kw)).rows]


def row(text: str, mention: str, **kw: Any) -> Metric:
    found = [m for m in rows(text, **kw) if m.mention == mention]
    assert found, f"no row for {mention!r} in {[m.mention for m in rows(text, **kw)]}"
    return found[0]


def idfn(case: Any) -> str:
    return str(case)[:40] if isinstance(case, str) else ""


# --------------------------------------------------------------------------- indicator

CASES_INDICATOR = [
    # (text, mention, indicator)
    ("GDP完成913亿元,增长7.2%;规上工业产值905.4亿元,增长8.7%", "913亿元", "GDP"),
    ("GDP完成913亿元,增长7.2%;规上工业产值905.4亿元,增长8.7%", "7.2%", "GDP"),
    ("GDP完成913亿元,增长7.2%;规上工业产值905.4亿元,增长8.7%", "905.4亿元", "规上工业产值"),
    ("GDP完成913亿元,增长7.2%;规上工业产值905.4亿元,增长8.7%", "8.7%", "规上工业产值"),
    ("2023年长春新区落位项目128个，利用内资269.2亿元、外资2615万美元", "269.2亿元", "利用内资"),
    ("2023年长春新区落位项目128个，利用内资269.2亿元、外资2615万美元", "2615万美元", "利用外资"),
    ("2023年长春新区落位项目128个，利用内资269.2亿元、外资2615万美元", "128个", "落位项目"),
    ("开复工5000万元以上项目147个，产业项目占比76.3%", "147个", "开复工5000万元以上项目"),
    ("建成高能级平台50个、落位100个标志性成果、实施50个院士型项目", "100个", "落位标志性成果"),
    ("建成高能级平台50个、落位100个标志性成果、实施50个院士型项目", "50个", "建成高能级平台"),
    ("全区56万人口、15万创新人才、11万经营主体、4万户企业万众一心", "15万", "创新人才"),
    ("城镇和农村居民人均可支配收入分别增长4.3%、5.3%", "4.3%", "城镇居民人均可支配收入"),
    ("城镇和农村居民人均可支配收入分别增长4.3%、5.3%", "5.3%", "农村居民人均可支配收入"),
    ("船舶、电子专用材料、航空航天行业增加值分别增长84.8%、17.5%、12.3%", "17.5%", "电子专用材料行业增加值"),
    ("食品、石化、医药、信息等产业增加值分别增长7.5%、11.5%、17.4%、7.3%", "7.3%", "信息产业增加值"),
    ("我省15家企业入选国家级绿色工厂", "15家", "入选国家级绿色工厂企业"),
    ("沈阳浑南科技城落户87个项目", "87个", "落户项目"),
    ("项目投资完成220.53亿元，占全部投资的89.4%", "89.4%", "项目投资占全部投资"),
    ("生产性服务业完成投资39.66亿元，占第三产业完成投资的33.1%", "33.1%", "生产性服务业完成投资占第三产业完成投资"),
    ("规模以上工业企业7.6万家，无人机产量增长39%、占全国9成", "9成", "无人机产量占全国"),
    ("引进投资超10亿元的项目25个", "25个", "引进投资超10亿元的项目"),
    ("自治区决定延续执行除印花税所涉税收优惠政策以外的其余5项税收优惠政策", "5项", "税收优惠政策"),
    ("财务类退市占主导地位，共计11家，占比超过六成", "超过六成", "财务类退市占比"),
    ("制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措", "27条", "稳增长惠民生27条"[:6] + "政策举措"),
    ("商品房网签销售10366套、面积119万平方米", "119万平方米", "商品房网签销售面积"),
    ("实际募资净额比原拟募资多28,415.36万元", "28,415.36万元", "实际募资净额"),
    ("粮食产量连续7年稳定在1300亿斤以上", "1300亿斤以上", "粮食产量"),
    ("新增境内外上市公司45家、总量达1224家", "1224家", "境内外上市公司总量"),
    ("规上工业增加值增幅居全国第7位", "第7位", "规上工业增加值增幅"),
    ("国家先进制造业集群总数达8个、居全国第2位", "第2位", "国家先进制造业集群总数"),
    ("工业技改投资、制造业技改投资增速分别高于全国12.7个、12个百分点", "12.7个", "工业技改投资"),
    # short modifiers share the last item's head; a name inside quotes stays in the indicator
    ("国家级、部级创新平台分别达到22家、182家", "22家", "国家级创新平台"),
    ("金融、周期占比分别降低2%、1%", "2%", "金融占比"),
    ("“吉林一号”组网卫星增至144颗", "144颗", "吉林一号”组网卫星"),
    # a change in points after a share and its earlier change is the share's
    ("建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点，超过全国平均水平0.28个百分点",
     "0.28个百分点", "占永久基本农田比例"),
    # adverbs before the predicate, events, a verb the item opens with, coordinated nouns
    ("20项民生实事全面完成", "20项", "完成民生实事"),
    ("在第15届全国运动会上冬夏项目共获得48枚金牌", "48枚", "获得金牌"),
    ("新建和改善绿水长廊1272公里、创建幸福河湖35条", "35条", "创建幸福河湖"),
    ("新开、复航、加密44条国际及地区客货运航线", "44条", "国际及地区客货运航线"),
    ("营商环境评价8个一级指标、28个二级指标及数字政府建设达到国内先进水平", "28个", "二级指标"),
    ("每年因通行效率提高及替代公路运输等方式节约的费用可达160亿元", "160亿元", "节约的费用"),
    # money followed by 的 and a noun after a verb: the noun names the figure
    ("华信银行同意为该公司回购股份提供不超过3.8亿元的专项贷款", "不超过3.8亿元", "专项贷款"),
    ("该公司将使用不超过120亿元、不低于60亿元的资金进行股份回购", "不低于60亿元", "资金"),
    ("实现营业收入4.58亿元的好成绩", "4.58亿元", "营业收入"),
    ("入境游客数量和花费分别增长47.8%、52.3%", "52.3%", "入境游客花费"),
    ("营业收入、利润分别增长6%、60.7%", "60.7%", "利润"),
    ("粮食总产连续16年居全国首位，增量39.7亿斤、占全国23.6%", "39.7亿斤", "粮食总产增量"),
    ("出台稳增长“21条”“18条”等政策，加强激发消费", "18条", "稳增长政策"),
    ("有色金属、建筑材料、家用电器领涨，涨幅分别为1.83%、1.10%、0.93%。", "1.10%", "涨幅"),
    ("工业富联跌逾2%，烽火通信涨逾9%。", "逾2%", "股价"),
    ("创业板指跌逾1%", "逾1%", "创业板指"),
    ("通信、电子、计算机行业主力资金净流出金额居前，分别为96.49亿元、70.39亿元、63.42亿元。", "63.42亿元", "主力资金净流出金额"),
    # a verb inside the counted noun is no predicate; a bracket inside the noun stays; a helper is no name
    ("纳入国家102项重大工程的285个计划新开工项目全部开工", "285个", "计划新开工项目"),
    ("加快建设成都科创生态岛和11个市（州）分岛", "11个", "市（州）分岛"),
    ("陆相页岩油全国重点实验室助力页岩油年产量突破100万吨", "突破100万吨", "页岩油年产量"),
    # a company named with its code opens the text: it is the subject, not part of the indicator
    ("晶丰明源（688368.SH）发布公告。2025年，晶丰明源实现营业收入15.70亿元", "15.70亿元", "营业收入"),
    ("根据106.75元/股的发行价格计算", "106.75元/股", "发行价格"),
    ("通过发行股份的方式向玮峻思等50名交易对方购买股权", "50名", "交易对方"),
    ("通过集中竞价交易方式减持不超过1,538,400股", "不超过1,538,400股", "减持"),
    ("世纪数码是过会的第87家企业（其中，上交所和深交所一共过会32家）", "32家", "上交所和深交所一共过会"),
    ("指数分别覆盖31、26、36个中证二级行业，以及52、43、88个中证三级行业", "43", "中证三级行业"),
    ("计划用于年产8000台智能化高端数码打印设备研发生产基地建设项目", "8000台", "年产智能化高端数码打印设备"),
    ("2所职业本科大学获批", "2所", "获批职业本科大学"),
    ("沈阳化工新材料、盘锦精细化工2个平台获评首批国家级制造业中试平台", "2个", "获评首批国家级制造业中试平台"),
    ("健儿在亚冬会上为中国体育代表团贡献9金5银6铜", "5银", "银牌"),
    ("只要能以100多万元的资金来启动项目", "100多万元", "资金"),
    ("目前世界上投资最大的（120亿美元）完工项目", "120亿美元", "投资"),
    # counts after 分别 + verb: the verb and the counted noun, each item its subject
    ("中证A50、中证A100和中证A500指数分别覆盖31、26、36个中证二级行业", "26", "覆盖中证二级行业"),
    ("战略性新兴产业增加值占规上工业比重达到35%左右。", "35%左右", "战略性新兴产业增加值占规上工业比重"),
    ("大科学装置新增2个，国家技术创新中心、新兴产业创新中心、制造业创新中心达到8家。", "8家",
     "国家技术创新中心、新兴产业创新中心、制造业创新中心"),
    ("争取100个以上项目纳入国家用地保障范围。", "100个以上", "纳入国家用地保障范围项目"),
    # round 3: news phrases cut to what is measured
    ("甲公司及26名责任人合计被罚2.44亿元。", "2.44亿元", "罚款"),  # penalty verb names the sum
    ("金通灵案4.33万名投资者通过诉讼获赔7.7亿元。", "7.7亿元", "获赔金额"),
    ("对7680名投资者赔付1.78亿元。", "7680名", "赔付投资者"),
    ("对7680名投资者赔付1.78亿元。", "1.78亿元", "赔付金额"),
    ("紫晶存储案累计申报有效赔付金额约10.86亿元。", "约10.86亿元", "申报有效赔付金额"),  # names its sum: kept
    ("保荐机构华信证券设立1.9亿元先行赔付专项基金。", "1.9亿元", "先行赔付专项基金"),  # 赔付 inside the noun
    ("丙公司股价盘中达到上市以来最高点94.70元。", "94.70元", "股价最高点"),
    ("从进展来看，5家提交注册，10家通过股东大会。", "10家", "通过股东大会"),  # 会 is no adverb here
    ("长春新区全体干部及基层一线代表共计1100人参会。", "1100人", "全体干部及基层一线代表"),
    ("在上述21家公司中，20家公司6月11日的收盘价高于定增价格。", "20家", "公司"),  # a date ends the noun
    ("如丁检测集团股份有限公司的定增发行价24.01元/股。", "24.01元/股", "定增发行价"),
    ("变量施肥技术体系在吉林、黑龙江等地累计核心示范面积34万亩。", "34万亩", "核心示范面积"),
    ("1家处于交易所问询阶段。", "1家", "处于交易所问询阶段"),
    ("3名航天员已再次进驻天宫一号。", "3名", "航天员"),
    ("记者梳理20家退市或锁定退市的案例发现。", "20家", "退市或锁定退市的案例"),
    ("推出52项省级政务服务事项、899项“一次不用跑”事项。", "899项", "“一次不用跑”事项"),
    ("华信数码计划用于年产8000台智能化高端数码打印设备研发生产基地建设项目。", "8000台", "年产智能化高端数码打印设备"),
]


@pytest.mark.parametrize("text,mention,indicator", CASES_INDICATOR, ids=[c[0][:20] + "|" + c[1] for c in CASES_INDICATOR])
def test_indicator(text: str, mention: str, indicator: str) -> None:
    got = row(text, mention).indicator
    assert indicator in got or got in indicator and len(got) >= 2, got


# --------------------------------------------------------------------------- comparator

CASES_COMPARATOR = [
    ("长春新区力争实现工业产值破千亿", "破千亿", ">"),
    ("确保全年开复工项目240个以上", "240个以上", ">="),
    ("专精特新企业突破500家、高新技术企业超过900家、上市企业达到14家", "14家", "="),
    ("A股市场ST/*ST公司数量约238家", "约238家", "~"),
    ("通过集中竞价交易方式减持不超过1,538,400股", "不超过1,538,400股", "<="),
    ("出台办法将科研成果转化纳入考核，权重最高可加至300%", "300%", "<="),
    ("确保经济总量迈上千亿级新台阶", "千亿级", ">="),
    ("海洋生产总值增长6%左右", "6%左右", "~"),
    ("大连英歌石科学城汇聚300多个科研团队", "300多个", ">"),
]


@pytest.mark.parametrize("text,mention,expected", CASES_COMPARATOR, ids=[c[1] for c in CASES_COMPARATOR])
def test_comparator(text: str, mention: str, expected: str) -> None:
    assert row(text, mention).comparator == expected


# --------------------------------------------------------------------------- relation and sign

CASES_RELATION = [
    # (text, mention, relation, value)
    ("GDP完成913亿元,增长7.2%", "913亿元", "level", 913),
    ("GDP完成913亿元,增长7.2%", "7.2%", "growth", 7.2),
    ("社消零总额170.3亿元,增速13.5%", "13.5%", "growth", 13.5),
    ("公司实现营业收入5.12亿元，同比减少8.63%", "8.63%", "growth", -8.63),
    ("产业项目占比76.3%", "76.3%", "share", 76.3),
    ("化工精细化率提高至50%", "50%", "rate", 50),
    ("关键工序数控化率、数字化研发设计工具普及率分别达到69.3%和85.8%", "85.8%", "rate", 85.8),
    ("市场主体新增14533户", "14533户", "change", 14533),
    ("新增卓越级智能工厂10家", "10家", "change", 10),
    ("降低交通物流成本65亿元", "65亿元", "change", -65),
    ("城镇新增就业48万人", "48万人", "level", 48),
    ("新落位项目120个、洽谈项目360个", "120个", "level", 120),
    ("一产增加值增幅高于全国0.7个百分点", "0.7个百分点", "change", 0.7),
    ("失业率回落0.3个百分点", "0.3个百分点", "change", -0.3),
    ("科创债融资增长1.8倍", "1.8倍", "growth", 1.8),
    ("公司2025年度扣非净利润亏损218.47万元", "218.47万元", "level", -218.47),
    ("省级公用经费和一般性支出分别压减11%、19%", "19%", "growth", -19),
    ("制定稳经济促增长19条措施", "19条", "level", 19),
    ("城乡居民基础养老金月最低标准提高到174元", "174元", "level", 174),
    ("晶丰明源归属于上市公司股东的净利润分别为-2.06亿元、-3305.13万元和3560.26万元", "-3305.13万元", "level", -3305.13),
    ("上市银行及银行概念股平均市净率仅1.27倍", "1.27倍", "rate", 1.27),
    ("应用该技术后玉米单产提高5.48%—14.2%", "14.2%", "growth", 14.2),
    ("金融、周期占比分别降低2%、1%", "1%", "growth", -1),
    ("每亩地能比应用前增产5%以上", "5%以上", "growth", 5),
    ("有色金属、建筑材料、家用电器领涨，涨幅分别为1.83%、1.10%、0.93%。", "1.10%", "growth", 1.10),
    ("传媒、计算机、通信跌幅居前，分别下跌3.46%、3.12%、2.16%。", "2.16%", "growth", -2.16),
    ("农民人均收入增加1207元", "1207元", "change", 1207),
    ("省属行政及企事业单位减少办公用房租赁费1.19亿元", "1.19亿元", "change", -1.19),
    ("战略科技力量加快壮大，大科学装置新增2个", "2个", "change", 2),
    ("据统计，年内A股已新增374条指数", "374条", "change", 374),
]


@pytest.mark.parametrize("text,mention,relation,value", CASES_RELATION, ids=[c[0][:16] + "|" + c[1] for c in CASES_RELATION])
def test_relation_and_sign(text: str, mention: str, relation: str, value: float) -> None:
    m = row(text, mention)
    assert (m.relation, m.value) == (relation, pytest.approx(value))
    if m.normalized is not None and m.unit == "%":
        assert m.normalized.value == pytest.approx(value)


# --------------------------------------------------------------------------- rank

CASES_RANK = [
    ("规上工业增加值增幅居全国第7位", "第7位", 7),
    ("全县固定资产投资完成246.79亿元，同比增长15.3%，位列三县两区第一", "第一", 1),
    ("6家组织获得第五届中国质量奖提名奖，居全国第4位", "第4位", 4),
]


@pytest.mark.parametrize("text,mention,value", CASES_RANK, ids=[c[1] for c in CASES_RANK])
def test_rank(text: str, mention: str, value: int) -> None:
    m = row(text, mention)
    assert (m.relation, m.value, m.unit, m.normalized) == ("rank", value, "位", None)


def test_rank_inherits_the_figure_it_ranks() -> None:
    m = row("全县固定资产投资完成246.79亿元，同比增长15.3%，位列三县两区第一", "第一")
    assert m.indicator == "固定资产投资"


# --------------------------------------------------------------------------- ratio parts

def test_ratio_parts_are_shares_per_sector() -> None:
    text = "1-10月，三次产业投资占比由去年同期的1.1:50.3:48.6调整为0.7:50.7:48.6"
    got = [(m.mention, m.indicator, m.unit, m.relation, m.period) for m in rows(text, published_at="2016-11-22T00:00:00+08:00")]
    assert ("1.1", "第一产业投资占比", "%", "share", "2015-01/2015-10") in got
    assert ("50.7", "第二产业投资占比", "%", "share", "2016-01/2016-10") in got
    assert len(got) == 6


# --------------------------------------------------------------------------- period

CASES_PERIOD = [
    # (text, mention, published_at, period)
    ("2023年GDP完成913亿元,增长7.2%", "913亿元", "2024-02-23T16:04:56+08:00", "2023"),
    ("过去一年，全区GDP完成913亿元。", "913亿元", "2024-02-23T16:04:56+08:00", "2023"),
    ("今年以来A股退市或锁定退市公司已有19家", "19家", PUB, "2026"),
    ("据不完全统计，截至6月8日，A股市场ST/*ST公司数量约241家。", "约241家", PUB, "2026-06-08"),
    ("截至目前，江苏区域中心已累计对接各类高校成果5872项", "5872项", PUB, "2026-06-12"),
    ("江苏区域中心已建成32个“一站式”成果转化平台", "32个", PUB, "2026-06-12"),
    ("1-10月，全县固定资产投资完成246.79亿元", "246.79亿元", "2016-11-22T00:00:00+08:00", "2016-01/2016-10"),
    ("该公司2021年至2023年连续三年虚增营业收入超6.85亿元", "超6.85亿元", PUB, "2021/2023"),
    ("6月5日，华信股份收到罚单，因2015年至2022年长达8年的财务造假，公司及21名责任人合计被罚2.36亿元。",
     "2.36亿元", PUB, "2026-06-05"),
    ("2022年，面对挑战，净月高新区交出答卷。\n全年开复工5000万元以上项目118个", "118个", "2023-02-11T14:19:39+08:00", "2022"),
    ("证券虚假陈述责任纠纷案件平均审理周期为265天。", "265天", PUB, None),
    ("截至5月末，存续规模达到29.84万亿元，较3月末增长超6532亿元。", "超6532亿元", PUB, "2026-05"),
    # `YYYY年以来` for an earlier year: the span up to the publication year (as 五年来 is)
    ("2015年以来，“东方红万里行”已累计举办超15000场", "超15000场", PUB, "2015/2026"),
    ("2026年以来，A股退市公司达20家", "20家", PUB, "2026"),
    # a year inside another figure's clause dates only that figure, not the sentences after it
    ("工程将匹配2050年2.5亿吨的货运需求。每年节约的费用可达180亿元。", "180亿元", PUB, None),
    ("2025年，三峡船闸货运量1.73亿吨。每年节约的费用可达180亿元。", "180亿元", PUB, "2025"),
    # the cut-off wins over 今年以来/年内 in the same sentence
    ("据统计，截至目前，年内A股已新增374条指数。", "374条", PUB, "2026-06-12"),
    ("截至6月8日，在总行层面，今年以来获批退出的村镇银行已有102家。", "102家", PUB, "2026-06-08"),
    # 五年来 frames the `——` paragraphs after it; 由A提升至B: A is the year before, B the last year
    ("2025年是收官之年。五年来，我们砥砺前行。\n——实力实现新跃升。一般公共预算收入累计完成3.7万亿元。",
     "3.7万亿元", "2026-01-25T00:00:00+08:00", "2021/2025"),
    ("2025年是收官之年。五年来，我们砥砺前行。\n——实力实现新跃升。人均生产总值由7.34万元提升至10.26万元。",
     "7.34万元", "2026-01-25T00:00:00+08:00", "2020"),
    ("2025年是收官之年。五年来，我们砥砺前行。\n——实力实现新跃升。人均生产总值由7.34万元提升至10.26万元。",
     "10.26万元", "2026-01-25T00:00:00+08:00", "2025"),
    ("2025年是收官之年。五年来，我们砥砺前行。\n——实力实现新跃升。占全国比重由2020年的7.2%提升至7.4%；国家先进制造业集群达到6个。",
     "6个", "2026-01-25T00:00:00+08:00", "2021/2025"),
]


@pytest.mark.parametrize("text,mention,published_at,period", CASES_PERIOD, ids=[c[1] for c in CASES_PERIOD])
def test_period(text: str, mention: str, published_at: str, period: Optional[str]) -> None:
    assert row(text, mention, published_at=published_at).period == period


# --------------------------------------------------------------------------- status

CASES_STATUS = [
    ("2024年,长春新区力争实现工业产值破千亿,确保全年开复工项目240个以上,新落位项目120个", "120个", "target"),
    ("主要预期目标是：地区生产总值增长7.2%，固定资产投资增长5%", "5%", "target"),
    ("长春新区将实施50个院士型项目", "50个", "target"),
    ("2023年长春新区落位项目128个", "128个", "actual"),
    ("出台办法将科研成果转化纳入考核，权重最高可加至300%", "300%", "actual"),
    ("争取中央预算内投资140.3亿元、增长14.3%", "140.3亿元", "actual"),
    ("张云虎说，今年营收预计超千万元。", "超千万元", "target"),
    ("公司原拟募资50,000万元", "50,000万元", "target"),
    ("实际募资净额比原拟募资多28,415.36万元", "28,415.36万元", "actual"),
    ("农产品加工业高质量发展三年行动计划深入实施，新增国家级龙头企业74家", "74家", "actual"),
    ("“党的十八大以来，习近平总书记先后5次赴河南考察调研。”他说，目标已定。", "5次", "actual"),
    # a status character inside another word, and 将 marking an object, make no plan
    ("虚拟人、玻璃基板等板块领跌，整个A股市场超4000只股票下跌。", "超4000只", "actual"),
    ("截至6月11日，6月份以来累计已有21家上市公司调整了定增方案，将锁价定增改为竞价定增。", "21家", "actual"),
    ("能耗强度超额完成国家激励目标，碳排放强度下降20.5%。", "20.5%", "actual"),
    ("主要指标好于预期。社会融资规模增长9%。", "9%", "actual"),
]


@pytest.mark.parametrize("text,mention,status", CASES_STATUS, ids=[c[0][:16] + "|" + c[1] for c in CASES_STATUS])
def test_status(text: str, mention: str, status: str) -> None:
    assert row(text, mention).status == status


CASES_SECTIONS = [
    # (text, mention, period, status): numbered parts date and govern their sub-sections
    ("一、2025年工作回顾\n（一）经济运行稳中有进\n地区生产总值增长5%。", "5%", "2025", "actual"),
    ("二、2026年工作安排\n（一）扩大内需\n社会消费品零售总额增长4%左右。", "4%左右", "2026", "target"),
    ("二、“十五五”时期目标任务和2026年工作安排\n到2035年基本实现现代化。\n今年要完成全年目标任务。\n固定资产投资增长3%左右。",
     "3%左右", "2026", "target"),
]


CASES_PLAN_PERIODS = [
    # (text, mention, period): a plan period is a slogan, not a date, but it dates its figures
    ("“十四五”期间，累计完成投资2万亿元。", "2万亿元", "2021/2025"),
    ("十三五时期，累计完成投资2万亿元。", "2万亿元", "2016/2020"),
    # 近N年 in the review of 2025: the N years up to it
    ("一、2025年工作回顾\n建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点", "21个百分点", "2023/2025"),
    ("一、2025年工作回顾\n建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点", "66.25%", "2025"),
]


@pytest.mark.parametrize("text,mention,period", CASES_PLAN_PERIODS, ids=[c[1] for c in CASES_PLAN_PERIODS])
def test_plan_and_recent_year_periods(text: str, mention: str, period: str) -> None:
    assert row(text, mention, published_at="2026-02-01T00:00:00+08:00").period == period


@pytest.mark.parametrize("text,mention,period,status", CASES_SECTIONS, ids=[c[1] for c in CASES_SECTIONS])
def test_sections_of_a_work_report(text: str, mention: str, period: str, status: str) -> None:
    m = row(text, mention, published_at="2026-02-01T00:00:00+08:00")
    assert (m.period, m.status) == (period, status)


def test_forecast_for_a_period_over_is_actual() -> None:
    m = row("2025年全省地区生产总值预计增长5%。", "5%", published_at="2026-01-20T00:00:00+08:00")
    assert (m.period, m.status) == ("2025", "actual")


# --------------------------------------------------------------------------- subject

CASES_SUBJECT = [
    # (text, title, mention, subject)
    ("2024年,长春新区力争实现工业产值破千亿", "2024长春新区“热辣滚烫”开新篇", "破千亿", "长春新区"),
    ("1-10月，全县固定资产投资完成246.79亿元", "1-10月德清县固定资产投资结构趋稳趋优", "246.79亿元", "德清县"),
    ("辽宁实验室集聚科研人员1110人、实施自主科研项目88项", None, "88项", "辽宁实验室"),
    ("全省新增省级绿色工厂14家，其中昆明市3家；曲靖市、玉溪市、普洱市各有2家", None, "2家", "曲靖市、玉溪市、普洱市"),
    ("公司实际控制人张某直接持有公司 81,204,336股，占公司总股本的21.57%", None, "21.57%", "张某"),
    ("广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次", None, "1305万人次", "深圳"),
    ("华信证券和东岳证券合计获得承销费及保荐费用3,982.45万元", None, "3,982.45万元", "华信证券和东岳证券"),
    ("退市观典是代表案例。该公司因2024年度净利润为负且营收低于1亿元被实施退市风险警示。", None, "低于1亿元", "退市观典"),
    ("保荐机构华信证券设立1.9亿元先行赔付专项基金", None, "1.9亿元", "华信证券"),
    ("中证A50、中证A100和中证A500指数分别覆盖31、26、36个中证二级行业", None, "26", "中证A100"),
    ("晶丰明源（688368.SH）发布公告。2025年，晶丰明源实现营业收入15.70亿元", None, "15.70亿元", "晶丰明源"),
    # names listed right before a count are what is counted, not whose figure it is
    ("全省经济稳中向好。沈阳化工新材料、盘锦精细化工2个平台获评首批国家级制造业中试平台。", None, "2个", None),
    # prefecture-level cities are names too; names listed before one share its figure
    ("全省经济稳定。泸州经济总量突破3000亿元，内江、眉山、自贡、遂宁经济总量突破2000亿元。", None, "突破3000亿元", "泸州"),
    ("全省经济稳定。泸州经济总量突破3000亿元，内江、眉山、自贡、遂宁经济总量突破2000亿元。", None, "突破2000亿元",
     "内江、眉山、自贡、遂宁"),
    # a clause naming its own actor takes no name from the clause before
    ("全省科技创新成效显著。崖州湾国家实验室粮油作物实验基地启动运行，陆相页岩油全国重点实验室助力页岩油年产量突破100万吨。",
     None, "突破100万吨", None),
    # a listed company's share price moving: the company is the subject (a commodity is not)
    ("工业富联跌逾2%，烽火通信涨逾9%。", None, "逾9%", "烽火通信"),
    ("猪肉下跌3%", None, "3%", None),
    ("这里聚集了超过90%的在巴中国移民和近200家中资企业", None, "近200家", None),
    # names ranked in the clause before `分别`: each is the subject of its figure
    ("传媒、计算机、通信跌幅居前，分别下跌3.46%、3.12%、2.16%。", None, "3.12%", "计算机"),
    ("通信、电子、计算机行业主力资金净流出金额居前，分别为96.49亿元、70.39亿元、63.42亿元。", None, "70.39亿元", "电子行业"),
    ("电子、汽车、基础化工行业的企业数量较多，分别为9家、9家、8家。", None, "8家", "基础化工行业"),
    # in an article with no region of its own, who opens the paragraph's sentence acts for its figures
    ("6月5日，已退市近两年的亿利洁能收到巨额罚单，因财务造假，公司及26名责任人合计被罚2.44亿元。", None, "2.44亿元", "亿利洁能"),
    ("高校区域技术转移转化中心（江苏）（以下简称“江苏区域中心”）揭牌。截至目前，江苏区域中心已对接高校成果5872项。"
     "已催生科技企业183家。", None, "183家", "江苏区域中心"),
    # 在+place after the company that acts is where, not whose
    ("四方达公告称，控股子公司河南天璇半导体科技有限责任公司拟在沙雅县投资建设年产2.5万片CVD金刚石项目。", None, "2.5万片",
     "河南天璇半导体科技有限责任公司"),
    # a person introduced with a title speaks; the figure is not theirs
    ("有上市公司董事会秘书朱冰至（化名）告诉记者。\n朱冰至表示，目前自家公司拥有800台自研CVD设备。", None, "800台", None),
    # round 3: a setting clause and a role word before the actor; names listed before 等地
    ("某某退案走完了全流程。在此案中，保荐机构华信证券设立1.9亿元先行赔付专项基金，对6520名投资者赔付1.64亿元，"
     "赔付人数占比94.87%，赔付金额占比98.63%。", None, "98.63%", "华信证券"),
    ("变量施肥技术体系在吉林、黑龙江等地累计核心示范面积34万亩。", None, "34万亩", "吉林、黑龙江"),
    ("这是过会的第87家企业（其中，上交所和深交所一共过会32家，北交所过会55家）。", None, "32家", "上交所和深交所"),
    ("这是过会的第87家企业（其中，上交所和深交所一共过会32家，北交所过会55家）。", None, "55家", "北交所"),
    ("如丁检测集团股份有限公司的定增发行价24.01元/股。", None, "24.01元/股", "丁检测集团股份有限公司"),
]


CASES_ARTICLE_SUBJECT = [
    # (text, title, mention, subject): whose figures an article reports when no sentence names it
    # a region named once, or inside an organisation's name, is no article subject
    ("上汽集团、陕西煤业调出。\n金融占比降低2%。", "多个宽基指数样本调整", "2%", None),
    ("中国银行北京市分行表示支持。北京康比特体育科技股份有限公司回购。\n贷款额度近370亿元。", None, "近370亿元", None),
    # two regions named equally often: neither
    ("北京商圈活跃。上海商圈活跃。北京推出活动。上海推出活动。\n特色活动近200项。", None, "近200项", None),
    # named twice and more than any other: the article's
    ("吉林省发布数据。吉林省粮食丰收。\n粮食产量871.6亿斤。", None, "871.6亿斤", "吉林省"),
    # in a report of its own region (全省), a name opening an earlier sentence does not carry
    ("全省经济稳中向好。沈阳浑南科技城落户87个项目。\n粮食产量871.6亿斤。", None, "871.6亿斤", None),
    # an organisation quoted once near the top is not whose figures these are
    ("中信证券首席经济学家明明表示看好。\n存续规模达到31.65万亿元。", None, "31.65万亿元", None),
]


@pytest.mark.parametrize("text,title,mention,subject", CASES_ARTICLE_SUBJECT, ids=[c[2] for c in CASES_ARTICLE_SUBJECT])
def test_article_subject(text: str, title: Optional[str], mention: str, subject: Optional[str]) -> None:
    assert row(text, mention, title=title).subject == subject


@pytest.mark.parametrize("text,title,mention,subject", CASES_SUBJECT, ids=[c[2] for c in CASES_SUBJECT])
def test_subject(text: str, title: Optional[str], mention: str, subject: str) -> None:
    assert row(text, mention, title=title).subject == subject


# --------------------------------------------------------------------------- exclusions

CASES_NOT_METRICS = [
    # (text, number text that must not be a mention)
    ("6家组织获得第五届中国质量奖提名奖", "第五届"),
    ("开复工5000万元以上项目147个", "5000万元以上"),
    ("*ST华信因连续20个交易日市值低于5亿元", "20个交易日"),
    ("出台9个方面33条一揽子具体举措", "9个"),
    ("5月份将落位一批项目", "一批"),
    ("主板公司净利润为负且营收低于3亿元就会“披星戴帽”", "低于3亿元"),
    ("根据《上海证券交易所股票上市规则》第9.3.7条等规定", "7条"),
    ("三次产业投资占比由去年同期调整", "三次"),
    ("记者梳理发现，这四类问题如同镜子", "四类"),
    ("做到365天招商不打烊", "365天"),
    ("占地范围涉及镇赉县大屯镇东西五家子村", "五家"),
    ("培育一批千亿级开发区", "千亿级"),
    ("包括某某资本、华信银行(108.215, 1.96, 1.84%)等", "1.84%"),
    ("按照省委十二届七次、八次全会部署", "七次"),
    ("因2015年至2022年长达8年的财务造假", "8年"),
    ("环境空气质量稳居全国第一方阵", "第一"),
    ("年营业收入2000万元以上的企业达500家", "2000万元以上"),
    ("吉林省二人转“守岛夫妻哨”荣获文华节目奖", "二人"),
    # words in quotes, and bounds that pick out whom a rule covers
    ("一些商家营造“限量库存”“最后三单”的紧张气氛", "三单"),
    ("年应纳税所得额低于100万元（含100万元）的小型微利企业免征企业所得税", "100万元"),
    ("对月销售额不超过3万元（按季9万元）的小规模纳税人免征增值税", "不超过3万元"),
    ("对月销售额不超过3万元（按季9万元）的小规模纳税人免征增值税", "9万元"),
    ("揭阳潮汕机场成为全省第4个吞吐量超千万人次的机场", "超千万人次"),
    # round 2 (held-out texts): repeats, terms of a tax rule, listed structure, a class of province
    ("浙江有两家村镇银行获批解散，这4家机构全部资产由盛京银行承接", "4家"),
    ("四川金融监管局核准6家市级农商行，并承继这27家农商行的全部债权", "27家"),
    ("将房产税从价计征的减除幅度由10％调整为30％", "30％"),
    ("货车等4类运输车辆的车船税按照现行适用税额的50％征收", "4类"),
    ("货车等4类运输车辆的车船税按照现行适用税额的50％征收", "50％"),
    ("“今年以来，指数优化呈现出两条清晰的演进路径：一是ESG因素制度化；二是样本结构倾斜。”", "两条"),
    ("我看到了这个产业的两个问题。首先，核心部件还需要进口。", "两个"),
    ("成为全国第三个、北方第一个过10万亿元省份", "10万亿元"),
]


@pytest.mark.parametrize("text,number", CASES_NOT_METRICS, ids=[c[1] for c in CASES_NOT_METRICS])
def test_not_a_metric(text: str, number: str) -> None:
    assert number not in [m.mention for m in rows(text)]


@pytest.mark.skipif(not (SHARED / "corpus" / "dump" / "029_nmg-gov.txt").exists(), reason="../shared is absent")
def test_terms_of_a_tax_rule_are_not_metrics_but_its_effect_is() -> None:
    lines = (SHARED / "corpus" / "dump" / "029_nmg-gov.txt").read_text(encoding="utf-8").splitlines()
    text = next(ln.strip() for ln in lines if "减除幅度" in ln)
    found = {m.mention: m for m in rows(text, published_at="2022-02-11T08:52:00+08:00")}
    assert not [k for k in found if k.endswith(("％", "%", "类"))], sorted(found)
    assert found["约135亿元"].period == "2019/2021"


def test_members_counted_again_are_one_row() -> None:
    text = "云南罗平、师宗、陆良3家村镇银行解散。据批复，陆良、师宗、罗平3家村镇银行被吸收合并后改设为支行。"
    assert [m.span[0] for m in rows(text) if m.mention == "3家"] == [text.index("3家")]
    # a different count of the same names (3只个股, then 3家公司) is a fact of its own
    text = "*ST创兴、*ST沪科、*ST太和3只个股退市。*ST创兴、*ST沪科、*ST太和3家公司紧随其后。"
    assert len([m for m in rows(text) if m.mention in ("3只", "3家")]) == 2


def test_slogan_numbers_are_not_metrics() -> None:
    ctx = context("突破“双九百”的高分答卷，实现“515”创新裂变目标")
    ctx = metrics.MetricContext(ctx.body, ctx.paragraphs, ctx.published_at, ctx.title, ctx.dates,
                                slogan_spans=((ctx.body.index("515"), ctx.body.index("515") + 3),))
    assert [r.metric.mention for r in metrics.find_metrics(ctx).rows] == []


def test_every_row_names_its_rule_and_spans_its_mention() -> None:
    text = "GDP完成913亿元,增长7.2%;规上工业产值905.4亿元,增长8.7%"
    found = metrics.find_metrics(context(text))
    assert len(found.rows) == 4
    for r in found.rows:
        assert r.rule and text[r.metric.span[0]:r.metric.span[1]] == r.metric.mention
        assert r.metric.mention in r.metric.evidence


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    ("2025年，可再生能源发电量增长28.3%", "28.3%", "可再生能源发电量"),  # 可 begins the name
    ("2025年，能源消费总量增长2.1%", "2.1%", "能源消费总量"),
    ("每户补贴最高可达500元", "500元", "每户补贴"),  # counterexample: 可 is still a modal here
    ("河南在建成标准化堤防501公里的基础上继续加固", "501公里", "建成标准化堤防"),  # counterexample: 在 still goes
    ("2025年，一般公共预算收入增长2.1%，税占比达77.4%", "77.4%", "税占比"),  # 达 after 占比
    ("城镇调查失业率为5.1%", "5.1%", "城镇调查失业率"),
], ids=idfn)
def test_indicator_edges_of_work_reports(text: str, mention: str, indicator: str) -> None:
    assert row(text, mention, published_at="2026-01-25T00:00:00+08:00").indicator == indicator


def test_bare_list_after_respectively_pairs_item_by_item() -> None:
    text = "2025年，城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。"
    got = {m.mention: m.indicator for m in rows(text, published_at="2026-01-25T00:00:00+08:00")}
    assert got["4.2%"].startswith("城镇") and got["5.3%"].startswith("农村")
    # counterexample: one figure after the pair is the last named one's (inherit_previous as before)
    text = "2025年，城乡居民人均可支配收入分别达6.9万元、3.4万元，其中农村增长5.3%。"
    assert all(m.indicator for m in rows(text, published_at="2026-01-25T00:00:00+08:00"))


def test_main_targets_list_without_a_year_is_the_publication_year() -> None:
    pub = "2026-01-25T00:00:00+08:00"
    m = row("经济社会发展的主要预期目标为：地区生产总值增长4.5%左右，城镇新增就业50万人以上。", "50万人以上", published_at=pub)
    assert (m.period, m.status) == ("2026", "target")
    # counterexample: a year stated first still dates the list
    m = row("2025年主要预期目标是：地区生产总值增长5%左右。", "5%左右", published_at=pub)
    assert m.period == "2025"


def test_empty_and_numberless_bodies() -> None:
    assert metrics.find_metrics(context("")).rows == ()
    assert metrics.find_metrics(context("开局关系全局、起步决定全程。")).rows == ()


# --------------------------------------------------------------------------- cue rules' own examples


def _cue_cases(kind: str) -> list[tuple[str, str, dict[str, Any]]]:
    cues = load_resource("cues.yaml")
    out = []
    for section in ("comparator", "relation", "sign", "status"):
        for rule in cues[section]:
            for ex in rule.get(kind, []) or []:
                out.append((section, rule["name"], ex))
    return out


def _attribute(section: str, m: Metric) -> Any:
    return {"comparator": m.comparator, "relation": m.relation, "sign": m.value, "status": m.status}[section]


@pytest.mark.parametrize("section,name,case", _cue_cases("examples"), ids=lambda c: c if isinstance(c, str) else c["mention"])
def test_cue_rule_examples(section: str, name: str, case: dict[str, Any]) -> None:
    m = row(case["text"], case["mention"])
    got = _attribute(section, m)
    assert got == (pytest.approx(case["expect"]) if section == "sign" else case["expect"]), name


@pytest.mark.parametrize("section,name,case", _cue_cases("counterexamples"), ids=lambda c: c if isinstance(c, str) else c["mention"])
def test_cue_rule_counterexamples(section: str, name: str, case: dict[str, Any]) -> None:
    found = [m for m in rows(case["text"]) if m.mention == case["mention"]]
    for m in found:
        got = _attribute(section, m)
        assert got != (pytest.approx(case["expect"]) if section == "sign" else case["expect"]), name


# --------------------------------------------------------------------------- against the references

REFERENCE_FLOORS = {"seeds": (0.97, 0.90), "dev": (0.95, 0.75)}


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="../shared is absent")
@pytest.mark.parametrize("which", ["seeds", "dev"])
def test_reference_scores(which: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import metric_harness  # noqa: PLC0415

    golds = metric_harness.load(which)
    preds = metric_harness.run(golds, oracle=False, gold_dates=False)
    s = metric_harness.score.score(preds, golds)["summary"]
    f1_floor, full_floor = REFERENCE_FLOORS[which]
    assert s["metric_f1"] >= f1_floor and s["metric_full_row_f1"] >= full_floor and s["span_errors"] == 0, s


@pytest.mark.skipif(not (SHARED / "corpus" / "excerpts").exists(), reason="../shared is absent")
@pytest.mark.parametrize("path", sorted((SHARED / "corpus" / "excerpts").glob("*.txt")) if (SHARED / "corpus" / "excerpts").exists() else [],
                         ids=lambda p: p.name)
def test_corpus_excerpts_give_sane_rows(path: Path) -> None:
    text = "\n".join(ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip())
    found = metrics.find_metrics(context(text, published_at="2026-02-01T00:00:00+08:00"))
    assert found.rows
    for r in found.rows:
        m = r.metric
        assert text[m.span[0]:m.span[1]] == m.mention and m.mention in m.evidence
        assert m.indicator and len(m.indicator) <= 40
        assert m.period is None or m.period[:2] in ("20", "19")


# --------------------------------------------------------------------------- properties

try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is a dev extra
    given = None

if given is not None:
    _PIECES = st.sampled_from(["GDP", "增长", "下降", "7.2%", "913亿元", "120个", "、", "，", "。", "\n", "占比", "第7位",
                               "2023年", "今年以来", "将", "力争", "1.1:50.3:48.6", "新增", "超过", "以上", "全县", "（", "）"])

    @settings(max_examples=60, deadline=None)
    @given(st.lists(_PIECES, max_size=25).map("".join))
    def test_any_text_gives_rows_whose_spans_slice_the_body(text: str) -> None:
        for r in metrics.find_metrics(context(text)).rows:
            m = r.metric
            assert text[m.span[0]:m.span[1]] == m.mention and m.mention in m.evidence and m.indicator
