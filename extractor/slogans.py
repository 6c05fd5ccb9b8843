"""Formula, numbered and phrase slogans, with their labels, counts, parts and members.

Shapes and word classes live in resources/slogans.yaml; this module only applies them.
Work happens in three steps on the immutable body, so spans stay honest:

1. candidates: every quoted text is tried against the `quoted` rules in file order (formula
   before numbered before phrase); `body` rules find unquoted fixed terms, compounds
   (`一院三所`) and counted sets whose members the text lists (`三条路径`);
2. phrases are kept only with a cue (a label noun after them, a motto shape, a campaign verb
   before them, a known phrase), because most quoted words in news are emphasis or names;
   a quote after a copula (`是`, `属于`: a predicate), a speech verb (when it stands as an
   utterance), a name cue before or after (`简称`, `命名`) or a title with a dash gets no cue;
3. one slogan per distinct text, spanning its first occurrence; label, count, parts and
   members are read from any occurrence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any, Iterable, Optional

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import segment
from .errors import ResourceError
from .models import Slogan, SloganKind, SloganPart
from .rules import alternation, compile_rule, load_resource

RESOURCE = "slogans.yaml"

_CN_VALUE = MappingProxyType({"一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9})


# ---------------------------------------------------------------- resources


class _Example(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    text: str
    expect: dict[str, Any]


class RuleSpec(BaseModel):
    """One named slogan rule of slogans.yaml, with its own examples and counterexamples."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    kind: SloganKind
    scope: str = Field(pattern="^(quoted|body)$")
    pattern: str
    uses: tuple[str, ...] = ()
    examples: tuple[_Example, ...] = Field(min_length=2)
    counterexamples: tuple[str, ...] = Field(min_length=1)


class _Resource(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    fragments: dict[str, str]
    rules: tuple[RuleSpec, ...]
    terms: dict[str, Optional[int]]
    known_phrases: tuple[str, ...]
    label_heads: tuple[str, ...]
    campaign_verbs: tuple[str, ...]
    name_cues: tuple[str, ...]
    name_suffixes: tuple[str, ...]
    speech_cues: tuple[str, ...]
    phrase_suffixes: tuple[str, ...]
    quantity_nouns: tuple[str, ...]
    anaphora: tuple[str, ...]
    member_tail: tuple[str, ...]
    member_head: tuple[str, ...]
    action_nouns: tuple[str, ...]
    action_cues: tuple[str, ...]
    code_stops: tuple[str, ...]
    date_names: tuple[str, ...]
    spec_units: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    name_cues_after: tuple[str, ...]
    set_suffixes: tuple[str, ...]
    weak_labels: tuple[str, ...]
    copulas: tuple[str, ...]
    motto_heads: tuple[str, ...]


@dataclass(frozen=True)
class _Config:
    res: _Resource
    rules: dict[str, regex.Pattern[str]]
    label_re: regex.Pattern[str]
    verb_re: regex.Pattern[str]
    name_cue_re: regex.Pattern[str]
    speech_re: regex.Pattern[str]
    tail_re: regex.Pattern[str]
    head_re: regex.Pattern[str]
    head_end_re: regex.Pattern[str]
    anaphora_re: regex.Pattern[str]
    action_re: regex.Pattern[str]
    code_stop_re: regex.Pattern[str]
    copula_re: regex.Pattern[str]


@cache
def _re(pattern: str) -> regex.Pattern[str]:
    """A compiled pattern, once (the hot helpers below would otherwise hit regex's cache lock)."""
    return regex.compile(pattern)


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that `专项行动` beats `行动`."""
    return alternation(words)


@cache
def _config() -> _Config:
    """Validated rules and compiled word-class patterns, built once."""
    raw = load_resource(RESOURCE)
    try:
        res = _Resource.model_validate(raw)
    except ValidationError as e:
        raise ResourceError(f"{RESOURCE}: {e}") from e
    names = [r.name for r in res.rules]
    if len(names) != len(set(names)):
        raise ResourceError(f"{RESOURCE}: duplicate rule names")
    fragments = dict(res.fragments)
    fragments["TERM"] = _alt(res.terms)
    rules = {
        r.name: compile_rule(r.pattern, r.uses, fragments, where=f"{RESOURCE}:{r.name}") for r in res.rules
    }
    return _Config(
        res=res,
        rules=rules,
        label_re=regex.compile(rf"(?:{_alt(res.label_heads)})$"),
        # a one-character verb (`以`) must touch the quote; longer ones may have up to three
        # characters between (`实现大项目“接二连三”`, `启动首届“九九消费季”`)
        verb_re=regex.compile(
            rf"(?:(?:{_alt(v for v in res.campaign_verbs if len(v) > 1)})(?:了|好)?\p{{Han}}{{0,3}}"
            rf"|(?:{_alt(v for v in res.campaign_verbs if len(v) == 1)}))$"
        ),
        name_cue_re=regex.compile(rf"(?:{_alt(res.name_cues)})[：:]?$"),
        speech_re=regex.compile(rf"(?:(?:{_alt(res.speech_cues)})(?:要|将)?[，,]?|[：:])$"),
        tail_re=regex.compile(rf"(?:{_alt(res.member_tail)})$"),
        head_re=regex.compile(rf"(?:{_alt(res.member_head)})"),
        head_end_re=regex.compile(rf"(?:{_alt(res.member_head)})$"),
        anaphora_re=regex.compile(rf"(?:{_alt(res.anaphora)})$"),
        action_re=regex.compile(rf"(?:{_alt(res.action_cues)})"),
        code_stop_re=regex.compile(rf"\p{{Han}}{{0,6}}(?:{_alt(res.code_stops)})"),
        # `土豆是“丰年菜、荒年粮”`, `属于“高资质、低波动”资产`: a predicate, unless a motto word
        # names it (`理念是“…”`); `一是` is an enumerator
        copula_re=regex.compile(
            rf"(?<!{_alt(res.label_heads + res.motto_heads)}|[一二三四五六七八九十])(?:就|也|正|都|不|均|即)?"
            rf"(?:{_alt(res.copulas)})了?$"
        ),
    )


def rule_specs() -> tuple[RuleSpec, ...]:
    """The rules of slogans.yaml (for the examples test and `explain`)."""
    return _config().res.rules


def reset_caches() -> None:
    """Forget the compiled rules (tests that edit the resource)."""
    _config.cache_clear()
    _count_re.cache_clear()
    _occurrence_re.cache_clear()
    _re.cache_clear()


# ---------------------------------------------------------------- numerals


def cn_count(text: str) -> Optional[int]:
    """Value of a small Chinese count (up to 99); None if it is not one.

    >>> cn_count("十"), cn_count("十四"), cn_count("二十"), cn_count("双"), cn_count("百")
    (10, 14, 20, 2, None)
    """
    if not text:
        return None
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = _CN_VALUE.get(head, 0) if head else 1
        ones = _CN_VALUE.get(tail, 0) if tail else 0
        if (head and head not in _CN_VALUE) or (tail and tail not in _CN_VALUE):
            return None
        return tens * 10 + ones
    return _CN_VALUE.get(text) if len(text) == 1 else None


@cache
def _count_re() -> regex.Pattern[str]:
    return regex.compile(_config().res.fragments["CN_COUNT"])


def _leading_count(text: str) -> tuple[Optional[int], int]:
    """(value, length) of the Chinese count that starts `text`."""
    m = _count_re().match(text)
    if not m:
        return None, 0
    return cn_count(m.group(0)), m.end()


def _compound_units(text: str) -> list[tuple[str, int]]:
    """(noun, count) for each unit of a compound (`一圈一带两区` -> 圈 1, 带 1, 区 2)."""
    units: list[tuple[str, int]] = []
    pos = 0
    while pos < len(text):
        value, n = _leading_count(text[pos:])
        if not value:
            return []
        pos += n
        start = pos
        pos += 1  # a unit's noun may itself be a count word (`一主六双`)
        while pos < len(text) and not _count_re().match(text[pos:]):
            pos += 1
        if start >= len(text):
            return []
        units.append((text[start:pos], value))
    return units


# ---------------------------------------------------------------- body geometry


_QUOTE = regex.compile(r"“([^“”\n]{1,60})”")


def _sentence(body: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around [start, end): back to the last `。` or line, on to `。` or `。”`."""
    left = max(body.rfind("。", 0, start), body.rfind("！", 0, start), body.rfind("？", 0, start), body.rfind("\n", 0, start))
    s = left + 1
    if s < len(body) and body[s] == "”":
        s += 1
    m = _re(r"[。！？!?]”?|\n").search(body, end)
    e = m.end() if m else len(body)
    if body[e - 1 : e] == "\n":
        e -= 1
    return s, e


def _paragraph(body: str, pos: int) -> tuple[int, int]:
    s = body.rfind("\n", 0, pos) + 1
    e = body.find("\n", pos)
    return s, (len(body) if e < 0 else e)


@dataclass(frozen=True)
class _Quote:
    start: int  # of the opening quote
    end: int  # after the closing quote
    text: str


@dataclass
class _Cand:
    text: str
    kind: SloganKind
    rule: str
    count: Optional[int] = None
    noun: str = ""
    units: list[tuple[str, int]] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    parts: list[SloganPart] = field(default_factory=list)


# ---------------------------------------------------------------- quoted candidates


def _classify_quoted(text: str) -> Optional[_Cand]:
    """Formula or numbered reading of a quoted text, by the first `quoted` rule that fits."""
    cfg = _config()
    for spec in cfg.res.rules:
        if spec.scope != "quoted" or spec.kind == "phrase":
            continue
        m = cfg.rules[spec.name].fullmatch(text)
        if not m:
            continue
        cand = _read_quoted(spec.name, spec.kind, text, m)
        if cand is not None:
            return cand
    return None


def _read_quoted(name: str, kind: SloganKind, text: str, m: regex.Match[str]) -> Optional[_Cand]:
    """Count, noun and parts of a quoted formula or numbered text; None when the rule's reading fails."""
    if name == "formula_plus":
        # `1+ N`, `1＋N` and a name after the formula (`4+4科创工程`) are read as written
        nums = [n.strip() for n in _re(r"[+＋]").split(m.group("formula"))]
        count = sum(int(n) for n in nums) if all(n.isdigit() for n in nums) else None
        return _Cand(text, kind, name, count=count)
    if name == "formula_code":
        if _re(r"(?:19|20)\d\d").fullmatch(text):
            return None
        return _Cand(text, kind, name)
    if name == "formula_mixed":
        if any(_re(r"^\d+(?:个月|天|月|年|小时|分钟|周|%|万|亿|元|倍|公里|米)").match(p) for p in text.split("+")):
            return None  # `98天+2个月` adds durations; no slogan names its parts so
        parts = []
        for piece in text.split("+"):
            pm = _re(r"(\d+)[个项条大类张种]?").match(piece)
            if pm and pm.end() < len(piece):
                parts.append(SloganPart(text=piece[pm.end() :], count=int(pm.group(1))))
            else:
                parts.append(SloganPart(text=piece, count=None))
        counts = [p.count for p in parts]
        total = None if any(c is None for c in counts) else sum(c for c in counts if c is not None)
        return _Cand(text, kind, name, count=total, parts=parts)
    if name in ("numbered_plan", "numbered_ordinal"):
        return _Cand(text, kind, name)
    if name == "numbered_compound":
        units = _compound_units(text)
        if len(units) < 2 or _spec_units(text):
            return None
        return _Cand(text, kind, name, count=sum(c for _, c in units), units=units)
    if name == "numbered_set":
        count = cn_count(m.group("count"))
        rest = text[m.end("count") :]
        if count is None or count < 2 or (rest and rest[0] == m.group("count")[-1]):
            return None  # a count of one (`一站式`) or a doubled numeral (`九九消费季`) names no set
        noun = m.group("noun")
        bare = text[m.end("count") :] == noun  # no classifier: a long tail is a sentence (`双赢多赢共赢`)
        if not noun or (bare and len(noun) > 4) or (bare and _numeral_in_name(text)):
            return None
        if _spec_units(text):
            return None
        if bare and (_re(r"^(?:者|号|届|期|批|轮|代|年|月|天|日|周|岁|点|时)").match(noun) or noun in tuple("国人次倍名位元")):
            # a pronoun (`两者`), an ordinal (`五号文件`), a duration (`十年禁渔`), a plain count (`“八国”`)
            return None
        if any(noun.endswith(o) for o in _config().res.org_suffixes):
            return None  # an organisation (`五眼联盟`, `四国同盟`) is a proper name
        units = [(noun, count)] if text.startswith("双") and len(noun) == 1 else []
        return _Cand(text, kind, name, count=count, noun=noun, units=units)
    return None


def _spec_units(text: str) -> bool:
    """A count of lanes, rooms or floors is a specification, not a set (`双向四车道`, `三室两厅`)."""
    res = _config().res
    return any(_re(rf"{res.fragments['CN_COUNT']}{regex.escape(u)}").search(text) for u in res.spec_units)


def _numeral_in_name(text: str) -> bool:
    """The count is part of a longer word: a place or idiom (`四川省科创通`, `十字路口`)."""
    if text.startswith("新") and len(text) > 2:
        text = text[1:]  # `新三样` is 新 + `三样`, a count and its noun (the rule's optional prefix)
    words = segment.tag(text)
    if not words:
        return False
    word, flag = words[0]
    return len(word) >= 3 and flag in ("ns", "nr", "nt", "nz", "l", "i")


def _date_name(text: str) -> bool:
    """Holidays and shopping days named by numbers (`五一`, `双十一`) are dates, not slogans."""
    return text in _config().res.date_names


def _label_after(body: str, pos: int) -> Optional[str]:
    """The label noun run right after a slogan (skipping chained quotes, `等` and `新的`)."""
    cfg = _config()
    m = _re(r"(?:[、和与及]?“[^“”\n]{1,20}”)*(?:等)?(?:新的)?").match(body, pos)
    p = m.end() if m else pos
    run = _re(r"(?![和与及在是为把将对了着])[^\P{Han}的地得]{1,10}").match(body[p : p + 10])
    if not run:
        return None
    word = run.group(0)
    # the longest label of up to 7 characters; failing that, a longer noun run
    # (`“股贷联动”综合金融服务模式`)
    for n in list(range(min(len(word), 7), 1, -1)) + list(range(len(word), 7, -1)):
        if cfg.label_re.search(word[:n]):
            label = word[:n]
            # a run with a preposition or conjunction is a clause, not a name (`致力于通过策略`),
            # and one that opens with an adverb or pronoun is a predicate (`立刻行动`)
            words = segment.tag(label)
            if any(f[:1] in ("p", "c", "u") for _, f in words) or words[0][1] in ("d", "ad", "r", "m"):
                return None
            if n > 7 and any(f == "v" for _, f in words):
                return None  # a long run with a verb is a predicate (`“多点开花”带动现代化产业体系`)
            return label
    return None


def _is_motto(text: str) -> bool:
    """A motto shape: `稳与进`, or two or more parallel parts (`抓招商、推项目、促落地`)."""
    if _re(r"\p{Han}与\p{Han}").fullmatch(text):
        return True
    parts = [p for p in _re(r"[、，,；;]").split(text)]
    # parallel short parts; longer or possessive parts are a description or paraphrase
    # (`先写自然语言证明、再翻译成形式化语言`, `一台电视、几瓶啤酒、一盘花生毛豆` in the news texts)
    if not 2 <= len(parts) <= 6 or any(not 2 <= len(p) <= 8 or "的" in p for p in parts):
        return False
    lengths = [len(p) for p in parts]
    if "，" in text or "," in text:
        if len(set(lengths)) != 1:
            return False  # a couplet is even (`择一事，终一生`); uneven clauses are quoted speech
    elif max(lengths) > 2 * min(lengths) + 1:
        return False
    tails = {p[-2:] for p in parts}
    return not (len(tails) == 1 or len({p[-1] for p in parts}) == 1)


def _phrase_verdict(body: str, q: _Quote) -> Optional[bool]:
    """True for a cue that makes a quoted text a slogan, False for a name or quoted speech, None for neither."""
    cfg = _config()
    res = cfg.res
    text = q.text
    ps, pe = _paragraph(body, q.start)
    pre = body[ps : q.start]
    post = body[q.end : pe]
    if _re(r"[。！？!?…]|^\d|·|\d[-—./]\d|^第|届|\d{4}").search(text) or _re(r"[，、：；,]$").search(text):
        return False  # sentences, dates, numbered or dated events (`第28届…`, `联合利剑－2024A`)
    words = segment.tag(text)
    if len(words) == 1 and words[0][1] in ("nr", "ns", "nt"):
        return False  # a person, place or organisation
    dashes = _re(r"[-—－–]+").split(text)
    if len(dashes) == 2 and all(_re(r"\p{Han}").search(d) for d in dashes):
        return False  # a title and subtitle (`环球市场纵览-摩根中国行`); chains (`发现—核查—整改`) go on
    if len(dashes) > 2 and _count_re().match(post):
        return False  # a chain followed by its count lists members (`“学术-投资-产业”三方对话`)
    if cfg.name_cue_re.search(pre) or _re(rf"(?:{_alt(res.name_cues_after)})").match(post):
        return False  # `以下简称“X”`, `以“X”命名`
    if cfg.speech_re.search(pre) and (len(text) > 12 or not post or _re(r"[。，,；;！？!?…—”\s]").match(post)):
        return False  # quoted speech stands as an utterance; `认为，“村改支”模式是…` goes on as a name
    if cfg.copula_re.search(pre) and text not in res.known_phrases and not _label_after(body, q.end):
        return None  # a predicate after `是`/`属于`/`成为` describes or compares (`金刚石作为“材料之王”`)
    motto = _is_motto(text)
    if len(text) < 3 and not motto:
        return False
    if motto and _count_re().match(post) and len(_re(r"[、，,]").split(text)) > 1:
        return False  # a quoted list followed by its count is the members of a numbered slogan
    if text in res.known_phrases or any(
        text.endswith(k) and 0 < len(text) - len(k) <= 2 for k in res.known_phrases if len(k) >= 4
    ):
        return True  # a known campaign, also with a short qualifier (`双向揭榜挂帅`)
    if motto and (not _re(r"[的地]").match(post) or _label_after(body, q.end + 1)):
        # `“简约、安全、精彩”的办赛要求` names a motto, `“边观赛、边互动”的沉浸式需求` describes one;
        # a list of places ends like one (`好社区、好城区`) but a named project does not
        return not any(text.endswith(s) for s in res.name_suffixes if len(s) > 1)
    if (
        any(text.endswith(s) for s in res.name_suffixes)
        and not any(text.endswith(s) for s in res.phrase_suffixes)
        and "+" not in text  # `“互联网+农产品直销基地”模式` combines, it does not name a place
    ):
        return False
    label = _label_after(body, q.end)
    if "的" in text and not label:
        return None  # `实现“零的突破”`, `擦亮“人民的保护神”`: a possessive phrase is a metaphor unless named
    if (label and label not in res.weak_labels) or cfg.action_re.match(post):
        return True
    if any(text.endswith(s) for s in res.phrase_suffixes):
        return True
    if pre.endswith("所谓"):
        # `所谓“罚赔同步”，是指…` defines a term; a bare `所谓“民主盟友”` distances itself from one
        return True if _re(r"[，,]?(?:是指|指的是|就是|即|是)").match(post) else None
    if pre.endswith("的"):
        return None
    vm = cfg.verb_re.search(pre)
    after_yi = not _re(r"\p{Han}").match(post) or _re(r"为|之势").match(post)
    if vm and not (vm.group(0).startswith("以") and after_yi):
        # `以“归零心态”重整行装`, `以“时时放心不下”的责任感` name a motto; `以“X”为…`, `以“X”之名` do not
        # `谱写“热辣滚烫”的` names a motto; `实现了对企业“贯通式”的` describes something
        if not _re(r"[的地]").match(post) or _verb_only(vm.group(0)):
            return True
    # the quote ends the clause as the object of a campaign verb further back
    # (`打造新时代更高水平“天府粮仓”，`): up to 8 characters of modifiers between, no clause break
    far = _re(rf"(?:{_alt(v for v in res.campaign_verbs if len(v) > 1)})\p{{Han}}{{4,8}}$").search(pre)
    if far and _re(r"[，。；,;]").match(post) and not _re(r"[的地了着过是]").search(far.group(0)[2:]):
        return True
    return None


def _verb_only(run: str) -> bool:
    """The verb run is the verb itself, with no words between it and the quote."""
    cfg = _config()
    return any(run == v or run == v + "了" or run == v + "好" for v in cfg.res.campaign_verbs)


# ---------------------------------------------------------------- members


def _split_list(text: str, n: int, pairs: bool = True) -> list[str]:
    """Items of an enumeration `A、B和C`; `和`/`与`/`及` split only a pair or the last item."""
    text = _re(r"(?:等等|等)$").sub("", text.strip())
    items = [i for i in _re(r"[、；;]").split(text)]
    if pairs and (len(items) == n - 1 or (n == 2 and len(items) == 1)):
        last = _split_pair(items[-1])
        if last:
            items = items[:-1] + last
    return [_strip_enumerator(i.strip("“”‘’ ")) for i in items]


def _strip_enumerator(item: str) -> str:
    """`一是财务造假` -> `财务造假`: enumerators are not part of a member."""
    return _re(r"^(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|第[一二三四五六七八九十]+[，,、]?|首先|其次|再次|最后)").sub(
        "", item
    )


def _noun_phrase(text: str) -> bool:
    """The text ends with a noun (`规上工业产值`, `GDP`), not a verb or a verbal noun."""
    words = segment.tag(text)
    if not words:
        return False
    # a verbal noun closes a noun phrase that does not open with a verb (`经济社会发展`, `常态化疫情防控`)
    return words[-1][1][:1] == "n" or words[-1][1] in ("eng", "j", "nz") or (
        words[-1][1] == "vn" and words[0][1][:1] != "v" and len(words) > 1
    )


def _split_pair(text: str) -> list[str]:
    """`A和B` as two noun phrases; a conjunction inside a word (`参与`) or verbs (`坚持和落实`) give []."""
    words = segment.tag(text)
    for i, (w, flag) in enumerate(words):
        if w in ("和", "与", "及", "以及") and flag == "c" and 0 < i < len(words) - 1:
            left, right = words[:i], words[i + 1 :]
            ends = [side[-1][1] for side in (left, right)]
            if all(f[:1] not in ("v", "d", "p", "u", "c", "a") or f == "vn" for f in ends):
                return ["".join(x for x, _ in left), "".join(x for x, _ in right)]
            return []
    return []


def _cut_head(item: str) -> str:
    """Drop everything up to the last governing verb of the class `member_head` (`坚定实施X` -> `X`)."""
    cut = 0
    for m in _config().head_re.finditer(item):
        if len(item) - m.end() >= 2:
            cut = m.end()
    return item[cut:]


def _trim_first(item: str) -> str:
    """Drop the verb that governs a list from its first item (`圆满交上了GDP` -> `GDP`)."""
    item = _re(r"^(?:是指|指的是|分别是|主要是|包括|指|即)").sub("", item)
    cut = 0
    for m in _config().head_re.finditer(item):
        if len(item) - m.end() >= 2:
            cut = m.end()
    item = item[cut:]
    words = segment.tag(item)
    drop = 0
    for w, flag in words:
        if (flag[:1] in ("v", "d", "p", "c", "u", "r") or flag == "ad") and flag != "vn" and len(item) - drop - len(w) >= 2:
            drop += len(w)
        else:
            break
    return item[drop:]


def _valid_members(items: list[str], n: int) -> bool:
    """n distinct short items; one that opens with a figure is a count (`104场对决`), not a member."""
    return len(items) == n and all(
        2 <= len(i) <= 24 and not _re(r"[\p{P}\s]|^[\d的地和与及]").search(i) for i in items
    ) and len(set(items)) == n


def _members_before(body: str, start: int, n: int, pairs: bool = True) -> list[str]:
    """M1: the list just before the slogan (`“现代农业、智能制造、文化创意”三张牌`)."""
    cfg = _config()
    ps, _ = _paragraph(body, start)
    pre = body[ps:start].rstrip("“")
    for _ in range(3):
        m = cfg.tail_re.search(pre)
        if not m or m.start() == 0:
            break
        pre = pre[: m.start()]
    pre = _re(r"(?:连续|持续)?[\d一二三四五六七八九十]+年$").sub("", pre)
    # `以A、B、C为代表的外贸“新三样”`: the list stands before `为代表的`
    pre = _re(r"为(?:主要)?代表的\p{Han}{0,6}$").sub("", pre)
    chain = _re(r"(?:“[^“”\n]{1,24}”[、，,和与及]?){2,}$").search(pre)
    if chain and body[start - 1 : start] != "“" and len(_QUOTE.findall(chain.group(0))) == n:
        items = [_strip_enumerator(t.strip()) for t in _QUOTE.findall(chain.group(0))]
        # `划分为“核心关键”“重要支撑”“前沿新兴”三大层级`: one quote per member
    elif pre.endswith("”"):
        q = pre.rfind("“")
        if q < 0:
            return []
        items = _split_list(pre[q + 1 : -1], n, pairs)
    else:
        cut = max(pre.rfind(c) for c in "，。；：！？（(“”,;:")
        clause = pre[cut + 1 :]
        items = _split_list(clause, n, pairs)
        if items:
            items[0] = _trim_first(items[0])
            if cfg.head_end_re.search(items[-1]) and (segment.tag(items[-1]) or [("", "")])[-1][1] != "vn":
                return []  # `坚决做到“两个维护”`: the list ended with a verb, not with the count's members
            if n == 2 and not all(_noun_phrase(i) for i in items):
                return []  # a pair of verb phrases before `“双城记”` is not what the two are
    return items if _valid_members(items, n) else []


def _members_colon(body: str, end: int, n: int) -> list[str]:
    """M2: the list after a colon (`两大鲜明特征：退市路径多元化、出清速度显著加快。`)."""
    p = end + (1 if body[end : end + 1] == "”" else 0)
    # `：` or an appositive `，即` / `，包括` (`打造“三个中心”，即A、B和C`)
    cue = _re(r"[：:]|[，,]?(?:即|包括|分别是|分别为)").match(body, p)
    if not cue:
        return []
    m = _re(r"[^。\n]*").match(body, cue.end())
    items = _split_list(m.group(0) if m else "", n)
    return items if _valid_members(items, n) else []


def _members_in_sentence(body: str, start: int, end: int, n: int, own: str) -> list[str]:
    """M6: a quoted list of exactly n items in the slogan's sentence (`实施“十大工程”，将在“…”十个方面`).

    Unquoted lists elsewhere in the sentence were tried and gave wrong members in the work reports."""
    if n < 3:  # pairs in a sentence are too often something else (`“身在最北方、心向党中央”`)
        return []
    s, e = _sentence(body, start, end)
    sent = body[s:e]
    for q in _QUOTE.finditer(sent):
        items = _split_list(q.group(1), n)
        if own not in items and _valid_members(items, n):
            return items
    return []


def _quoted_items(body: str) -> tuple[str, ...]:
    """Every item of every quoted text (`“A、B”` gives A and B), for the noun search."""
    split = _re(r"[、，]").split
    return tuple(item for q in _QUOTE.findall(body) for item in split(q))


def _members_by_noun(items: tuple[str, ...], noun: str, n: int, own: str) -> list[str]:
    """M4: the quoted or listed items that end with the slogan's noun (`“特色净月”` for `七个净月`).

    Only an exact count is kept: partial lists over the work reports were unrelated names that
    share a generic noun (`“千万工程”` for `八项工程`)."""
    if len(noun) < 2:
        return []
    found: list[str] = []
    for item in items:
        if noun in item:
            if item != own and item.endswith(noun) and 1 <= len(item) - len(noun) <= 6 and not _count_re().match(item):
                if item not in found:
                    found.append(item)
    return found if _valid_members(found, n) else []


def _members_by_units(body: str, end: int, units: list[tuple[str, int]]) -> list[str]:
    """M5: sentences after the slogan that open with a name ending in each unit (`沈阳都市圈…`)."""
    need = dict(Counter({u: 0 for u, _ in units}))
    want = {u: c for u, c in units}
    unit_class = _re(_config().res.fragments["UNIT"])
    if any(len(u) != 1 or not unit_class.fullmatch(u) for u in want):
        return []  # only places and bodies open sentences as members (`沈阳都市圈…`); `一老一小` does not
    _, pe = _paragraph(body, end)
    found: list[str] = []
    for m in _re(r"(?:^|(?<=[。；]))(\p{Han}{2,11})").finditer(body[end:pe]):
        head = m.group(1)
        for i, ch in enumerate(head):
            if ch in want and i >= 2:
                if need[ch] < want[ch] and head[: i + 1] not in found:
                    need[ch] += 1
                    found.append(head[: i + 1])
                break
    return found if need == want else []


def _members_paragraphs(body: str, end: int, n: int) -> list[str]:
    """M3: n paragraphs after a slogan that ends its paragraph, each opening with one member."""
    m = _re(r"”?[：:。]?\n").match(body, end)
    if not m:
        return []
    paras = body[m.end() :].split("\n")[:n]
    if len(paras) < n:
        return []
    items = []
    for p in paras:
        clause = _re(r"[，。；：,;:]").split(_strip_enumerator(p), maxsplit=1)[0]
        cut = _re(r"也是|是|共|为|主要").search(clause)
        subject = clause[: cut.start()] if cut else clause
        if cut is None and len(subject) > 10:
            return []
        items.append(_cut_head(subject) if _re(r"^[一二三四五六七八九十]是").match(p) else subject)
    return items if _valid_members(items, n) else []


_ENUM = "一二三四五六七八九十"


def _members_enumerated(body: str, end: int, n: int, noun: str) -> list[str]:
    """M7: `一是…二是…` after the slogan's sentence, in its paragraph or the next n, each item
    naming one member by the slogan's noun (`“五大工程”。一是强基工程，…。二是育才工程，…`)."""
    if not noun or n > len(_ENUM):
        return []
    _, e = _sentence(body, end, end)
    _, pe = _paragraph(body, end)
    rest = body[e:pe]
    nxt = body[pe + 1 :].split("\n")[:n] if pe < len(body) else []
    text = "\n".join([rest] + nxt)
    items: list[str] = []
    pos = 0
    for i in range(n):
        m = _re(rf"(?:^|(?<=[。；;\n]))(?:{_ENUM[i]}是|（{_ENUM[i]}）|第{_ENUM[i]}[，,、])").search(text, pos)
        if not m or (i == 0 and "\n" in text[: m.start()].strip("\n")):
            return []  # the list goes on in the slogan's paragraph or opens the next one, not further away
        clause = _re(r"[^，,。；;：:\n]*").match(text, m.end()).group(0)
        items.append(_cut_head(clause))  # `坚定实施扩大内需战略` -> `扩大内需战略`
        pos = m.end()
    if any(not i.endswith(noun[-1]) or len(i) > 16 for i in items):
        return []
    return items if _valid_members(items, n) else []


@cache
def _occurrence_re(text: str) -> regex.Pattern[str]:
    """The slogan as a word: a digit code is not an occurrence inside `3150个`."""
    left = r"(?<![\d.])" if text[:1].isdigit() else ""
    right = r"(?![\d.%])" if text[-1:].isdigit() else ""
    return regex.compile(left + regex.escape(text) + right)


def _occurrences(body: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _occurrence_re(text).finditer(body)]


def _resolve_members(body: str, cand: _Cand, items: tuple[str, ...] = (), *, strict: bool = False) -> list[str]:
    """Members of a numbered slogan from any of its occurrences; `strict` keeps to lists beside it."""
    n = cand.count
    if not n or n < 2 or cand.text in _config().res.terms:
        return []  # national fixed terms are not listed out in a report (`两个确立`, `双碳`)
    for start, end in _occurrences(body, cand.text):
        for found in (
            _members_before(body, start, n, pairs=not strict),
            _members_colon(body, end, n),
            _members_paragraphs(body, end, n),
        ):
            if found:
                return found
    if strict:
        return []
    for _, end in _occurrences(body, cand.text):
        found = _members_enumerated(body, end, n, cand.noun)
        if found:
            return found
    for start, end in _occurrences(body, cand.text):
        found = _members_in_sentence(body, start, end, n, cand.text)
        if found:
            return found
    found = _members_by_noun(items, cand.noun, n, cand.text)
    if found:
        return found
    if cand.units:
        for _, end in _occurrences(body, cand.text):
            found = _members_by_units(body, end, cand.units)
            if found:
                return found
    return []


# ---------------------------------------------------------------- formula parts


def _part_text(clause: str) -> Optional[str]:
    """The counted phrase of one clause (`以双城建设为引擎` -> `双城建设`)."""
    count = _config().res.fragments["CN_COUNT"]
    m = _re(r"(?<![第这该此其\d])(?:" + count + r"|\d{1,2}(?=[个项条大类张种]))").search(clause)
    if not m:
        return None
    rest = clause[m.start() :]
    stop = _re(r"为|作为|的|[，、。；,]").search(rest[1:])
    return rest[: stop.start() + 1] if stop else rest


def _formula_parts(body: str, cand: _Cand) -> list[SloganPart]:
    """Parts of a `+` formula (`即…`) or of a digit code (the list before it)."""
    if cand.rule == "formula_mixed":
        return cand.parts
    if cand.rule == "formula_plus":
        digits = [d.strip() for d in _re(r"[+＋]").split(cand.text)]
        if not all(d.isdigit() for d in digits):
            return []
        for start, end in _occurrences(body, cand.text):
            s, e = _sentence(body, start, end)
            after = body[end:e]
            m = _re(r"(?:即|：|:)(.+)").search(after)
            if not m:
                continue
            clauses = [c for c in _re(r"[、，,；;。]").split(m.group(1)) if c]
            if len(clauses) < len(digits):  # `即1个总体方案和3个专项方案`
                clauses = [c for c in _re(r"[、，,；;。]|和|及|以及|加上").split(m.group(1)) if c]
            parts = []
            for d, clause in zip(digits, clauses):
                text = _part_text(clause)
                if not text:
                    break
                dm = _re(r"\d+").match(text)
                value = int(dm.group(0)) if dm else _leading_count(text)[0]
                if value != int(d):
                    break
                parts.append(SloganPart(text=text, count=int(d)))
            if len(parts) == len(digits):
                return parts
        return []
    if cand.rule == "formula_code":
        for start, _ in _occurrences(body, cand.text):
            s, _e = _sentence(body, start, start)
            pre = body[s:start]
            clauses = _re(r"[，。；,;]").split(pre.rstrip("“"))
            for clause in reversed(clauses[:-1] if len(clauses) > 1 else clauses):
                items = clause.split("、")
                if len(items) != len(cand.text):
                    continue
                parts = []
                for d, item in zip(cand.text, items):
                    num = _re(r"\d+").search(item)
                    if not num or not num.group(0).startswith(d):
                        break
                    parts.append(SloganPart(text=item, count=int(d)))
                if len(parts) == len(cand.text):
                    return parts
        return []
    return []


# ---------------------------------------------------------------- body candidates


def _noun_after(text: str) -> str:
    """The noun that a count governs, cut by word boundaries (`路径并行发力` -> `路径`)."""
    words = segment.tag(text)
    res = _config().res
    noun = ""
    for i, (w, flag) in enumerate(words):
        if i > 0 and len(w) == 1 and w in res.set_suffixes:
            noun += w  # `三条文化带`: a one-character set noun closes the name, whatever its tag
            break
        # after the first word only common nouns: a place or name (`中科`) starts a new phrase;
        # a measure (`规模`) or a locative (`内`) is no part of the set's name
        ok = (flag.startswith("n") and (i == 0 or flag not in ("ns", "nt", "nr"))) or flag in ("j", "l") or (
            i == 0 and flag in ("a", "vn")
        ) or (i > 0 and flag == "an")
        if i > 0 and (w in res.member_tail or w in res.quantity_nouns or w in "内外中上下间"):
            break
        # at most six characters (`三大生态安全屏障`)
        if not ok or len(noun + w) > 6:
            break
        noun += w
    return noun


def _body_candidates(body: str, quotes: list[_Quote]) -> list[tuple[int, _Cand]]:
    """Unquoted numbered slogans: fixed terms, compounds of places, counted sets with listed members."""
    cfg = _config()
    res = cfg.res
    def quoted_at(s: int, e: int) -> bool:
        return any(q.start < s and e < q.end for q in quotes)

    out: list[tuple[int, _Cand]] = []
    for m in cfg.rules["numbered_term"].finditer(body):
        if not quoted_at(m.start(), m.end()) and not _is_word(body, m.start(), m.end()):
            continue  # `三农户` is three farming households
        out.append((m.start(), _Cand(m.group(0), "numbered", "numbered_term", count=res.terms[m.group(0)])))
    for m in cfg.rules["numbered_compound_bare"].finditer(body):
        if quoted_at(m.start(), m.end()):
            continue
        units = _compound_units(m.group(0))
        if len(units) >= 2 and len({u for u, _ in units}) == len(units):
            out.append(
                (m.start(), _Cand(m.group(0), "numbered", "numbered_compound_bare", count=sum(c for _, c in units), units=units))
            )
    for m in cfg.rules["numbered_listed"].finditer(body):
        count = cn_count(m.group("count"))
        if count is None or count < 2 or cfg.anaphora_re.search(body[max(0, m.start() - 2) : m.start()]):
            continue
        noun = _noun_after(m.group("noun"))
        if not noun or noun in res.quantity_nouns or any(noun.startswith(q) for q in res.quantity_nouns if len(q) > 1):
            continue
        text = m.group("count") + m.group("cls") + noun
        end = m.start() + len(text)
        if quoted_at(m.start(), end):
            continue
        cand = _Cand(text, "numbered", "numbered_listed", count=count, noun=noun)
        members = _resolve_members(body, cand, strict=True)
        if members:
            cand.members = members
            out.append((m.start(), cand))
    return out


def _is_word(body: str, start: int, end: int) -> bool:
    """The words of the text around [start, end) begin at start and end at end."""
    lo = max(0, start - 6)
    cuts = {lo + s for _, s, _ in segment.tokenize(body[lo : end + 6])}
    cuts |= {lo + e for _, _, e in segment.tokenize(body[lo : end + 6])}
    return start in cuts and end in cuts


def _part_candidates(parts: list[SloganPart]) -> list[_Cand]:
    """Numbered slogans named as parts of a formula (`五个原则` in `2+5+10`)."""
    cfg = _config()
    out = []
    for part in parts:
        text = part.text
        for noun in cfg.res.action_nouns:
            if text.endswith(noun) and len(text) > len(noun) + 1:
                text = text[: -len(noun)]
        m = cfg.rules["numbered_formula_part"].fullmatch(text)
        value, n = _leading_count(text)
        if m and value and value >= 2 and part.count == value:
            noun = _re(r"^[个大张项条类种]").sub("", text[n:])
            units = [(noun, value)] if text.startswith("双") and len(noun) == 1 else []
            out.append(_Cand(text, "numbered", "numbered_formula_part", count=value, noun=noun, units=units))
    return out


# ---------------------------------------------------------------- assembly


def find_matches(body: str) -> list[tuple[int, _Cand]]:
    """Every slogan candidate with the offset where a rule found it (before merging)."""
    quotes = [_Quote(m.start(), m.end(), m.group(1)) for m in _QUOTE.finditer(body)]
    cands: list[tuple[int, _Cand]] = []
    verdicts: dict[str, list[Optional[bool]]] = {}
    phrase_q: list[_Quote] = []
    for q in quotes:
        text = q.text.strip()
        if not text or _re(r"[。！？!?]").search(text):
            continue
        if _date_name(text):
            continue
        cand = _classify_quoted(text)
        if cand is not None and cand.rule == "formula_code" and _config().code_stop_re.match(body, q.end):
            continue  # `“12345”热线` is a phone number
        if cand is not None:
            cands.append((q.start + 1, cand))
            continue
        if _config().rules["phrase"].fullmatch(text) or _is_motto(text):
            verdicts.setdefault(text, []).append(_phrase_verdict(body, q))
            phrase_q.append(q)
    accepted = {t for t, v in verdicts.items() if True in v and False not in v}
    rejected = {t for t, v in verdicts.items() if False in v}
    # a quote continues a series of accepted ones (`实现大项目“接二连三”、优质项目“源源不断”`),
    # or is the other end of `从“A”到“B”`
    for a, b in zip(phrase_q, phrase_q[1:]):
        gap = body[a.end : b.start]
        if a.text in rejected or b.text in rejected:
            continue
        series = _re(r"[、和与及]?\p{Han}{0,4}").fullmatch(gap) and abs(len(a.text) - len(b.text)) <= 1
        fromto = gap == "到" and body[a.start - 1 : a.start] == "从"
        if (series or fromto) and a.text in accepted:
            accepted.add(b.text)
        elif (series or fromto) and b.text in accepted:
            accepted.add(a.text)
    seen: set[str] = set()
    for q in phrase_q:
        if q.text in accepted and q.text not in seen:
            seen.add(q.text)
            cands.append((q.start + 1, _Cand(q.text, "phrase", "phrase")))
    cands.extend(_body_candidates(body, quotes))
    return cands


_KIND_RANK = {"formula": 0, "numbered": 1, "phrase": 2}


def find_slogans(body: str) -> list[Slogan]:
    """Every slogan in the body, once, at its first occurrence."""
    return [s for s, _ in explain_slogans(body)]


def explain_slogans(body: str) -> list[tuple[Slogan, str]]:
    """Every slogan with the name of the rule that found it (for tests and `explain`)."""
    matches = find_matches(body)
    best: dict[str, _Cand] = {}
    for _, cand in matches:
        old = best.get(cand.text)
        if old is None or _KIND_RANK[cand.kind] < _KIND_RANK[old.kind]:
            best[cand.text] = cand
    # formula parts name numbered slogans of their own
    for cand in list(best.values()):
        if cand.kind == "formula":
            cand.parts = _formula_parts(body, cand)
            for part in _part_candidates(cand.parts):
                if part.text not in best and not any(part.text in t for t in best if t != cand.text):
                    best[part.text] = part
    # a quoted count without classifier that extends another numbered slogan with a predicate
    # is a sentence about it (`“双城强引领”` beside `“双城”`), so a phrase
    numbered = [t for t, c in best.items() if c.kind == "numbered"]
    for t, cand in best.items():
        if cand.rule == "numbered_set" and any(t.startswith(o) and len(t) - len(o) >= 2 for o in numbered if o != t):
            best[t] = _Cand(t, "phrase", "phrase")
    member_texts: set[str] = set()
    items = _quoted_items(body)
    for cand in best.values():
        if cand.kind == "numbered" and not cand.members:
            cand.members = _resolve_members(body, cand, items)
        member_texts.update(cand.members)
    out: list[tuple[Slogan, str]] = []
    for cand in best.values():
        if cand.kind == "phrase" and (
            cand.text in member_texts or set(_re(r"[、，]").split(cand.text)) <= member_texts
        ):
            continue
        occ = _occurrences(body, cand.text)
        if not occ:
            continue
        out.append((_to_slogan(body, cand, occ[0][0]), cand.rule))
    out.sort(key=lambda x: x[0].span[0])
    return out


def _to_slogan(body: str, cand: _Cand, start: int) -> Slogan:
    end = start + len(cand.text)
    label = None
    for s, e in _occurrences(body, cand.text):
        quoted = body[s - 1 : s] == "“" and body[e : e + 1] == "”"
        if not quoted and len(cand.text) < 3:
            continue
        label = _label_after(body, e + 1 if quoted else e)
        if label:
            break
    count = cand.count if cand.kind != "phrase" else None
    members = cand.members if cand.kind == "numbered" else []
    complete = (len(members) == count) if (members and count) else None
    s, e = _sentence(body, start, end)
    evidence = body[s:e].strip() or cand.text
    return Slogan(
        text=cand.text,
        kind=cand.kind,
        label=label,
        count=count,
        parts=cand.parts if cand.kind == "formula" else [],
        members=members,
        complete=complete,
        evidence=evidence,
        span=(start, end),
    )


# ---------------------------------------------------------------- report


def slogan_report(texts: Iterable[str], top: int = 30) -> dict[str, Any]:
    """The most frequent slogans over many documents (each counted once per document), and how
    often a numbered slogan with a count came out complete (its members all listed).

    Each text is a plain document; its non-empty lines are the paragraphs.
    """
    freq: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    numbered = with_members = complete = 0
    for text in texts:
        body = "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())
        for s in find_slogans(body):
            freq[s.text] += 1
            kinds[s.text] = s.kind
            if s.kind == "numbered" and s.count:
                numbered += 1
                with_members += int(bool(s.members))
                complete += int(bool(s.complete))
    return {
        "top": [(t, n, kinds[t]) for t, n in freq.most_common(top)],
        "documents_slogans": sum(freq.values()),
        "numbered_with_count": numbered,
        "numbered_with_members": with_members,
        "complete": complete,
        "complete_share": (complete / numbered) if numbered else None,
    }
