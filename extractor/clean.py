"""Boilerplate removal for page dumps: every non-empty line becomes body, caption or a removed kind.

How a page is read (a portal page flattened to one block per line, or a plain article):

1. Each line gets the label of the first matching rule of resources/boilerplate.yaml
   (image alt text, datelines, copyright, editor lines, share widgets, related lists,
   navigation bars, captions, bylines). Rules with ``scope: follows`` continue a block
   (a numbered copyright statement, a related-article list) after a labelled line.
2. The body region is the run of lines with the largest total weight: prose lines weigh
   their Han characters, short unpunctuated lines and labelled lines cost a little, and
   hard lines (copyright, editor lines, comment widgets) cannot be inside it (a
   maximum-sum segment). It then takes in a lead-in or first numbered heading just above it
   (`各位代表：`, `同志们！`, `一、总体要求`), a closing exclamation just below it, the issuer and
   date that sign an official document (`某某省人民政府` / `2022年1月27日`), and everything
   below it when nothing there is boilerplate (a table or signature at the end of a plain
   article). A line broken off in mid-sentence (`下周一，`) weighs as prose.
3. Inside the region, unlabelled lines are paragraphs (sub-headings included) and labelled
   lines are removed as labelled. Outside it, the headline is picked among the lines just
   before the region; the other unlabelled lines become navigation (before the headline),
   title (between headline and body: repeated headlines, sub-titles) or related/other (after).
4. A dateline at the start of the first paragraph (`中国经济网北京6月12日讯`) and a byline or
   editor note at the end of the last one (`(文 王青享)`) are cut off and recorded.

Nothing is dropped silently: each non-empty line is in `paragraphs`, `captions` or `removed`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any, Callable, Literal, Mapping, Optional, get_args

import regex

from .errors import ResourceError
from .models import Removed, RemovedKind
from .rules import alternation, compile_rule, compiled, load_resource

LineKind = Literal["body", RemovedKind]
Search = Callable[[str], Optional["regex.Match[str]"]]
_KINDS = frozenset(get_args(RemovedKind))
_SCOPES = frozenset(["any", "outside", "follows"])

# labelled lines that sit between a headline and its body
_HEADER_FURNITURE = frozenset(["dateline", "byline", "share", "other", "editor_line"])
# helper patterns by name; compiled on first use (no work at import)
_SOURCES: Mapping[str, str] = MappingProxyType(
    {
        "han_runs": r"\p{Han}+",
        "comma": r"[，,、]",
        "clause_mark": r"[，,、：:]",
        "sentence_end": r"[。！？!?…；;]\s*[”’」』）)]*\s*$|。",
        "full_date": r"\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}",
        "closing": r"[。！!…]\s*[”’」』]?\s*$",
        "open_clause": r"[，,、]\s*$",
        # a site or outlet name in a menu (`某某研究院网站`, `某某日报`) is no headline
        "site_name": r"(?:网站|频道|客户端|官网|首页|APP|App|app|日报|晚报|晨报|电视台)$",
        "numbered_heading": r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部分章节]{1,2}\s*)[^。！？]{2,30}$",
        "issuer": r"^[\p{Han}（）()、\s]{2,40}(?:人民政府|政府|委员会|办公厅|办公室|局|厅|委|部|院|中心|公司|协会|学会|集团|银行|研究所)$",
        "date_only": r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$",
        "exclaim_end": r"[！!？?]\s*[”’」』]?\s*$",
        "lead_in": r"^[^。！？]{2,20}[：:]$|^(?:各位|尊敬的|亲爱的)?[\p{Han}、]{0,12}(?:代表|同志|委员|朋友|来宾|女士|先生|同学|老师)们?[！!]$",
        "url": r"https?://|www\.|\.(?:com|cn|net)\b",
        "title_field": r"^(?:标\s*题|题\s*名|文件名称)\s*[：:]\s*$",
        # a headline line that stops on a connective, or a line that starts with one, continues
        "title_open_end": r"(?:关于|及|和|与|在|的|对|为|暨|并)$",
        "title_cont_start": r"^(?:关于|及|和|与|暨|并)",
        # a repeat that can run over much of a line
        "scan": r"\.[*+]|\{\d*,\d*\}",
        # a lazy scan over any characters (`.*?`, `.{2,60}?`), in front of the words sought
        "lazy_scan": r"\.(?:[*+]|\{\d*,\d*\})\?",
        # back references, recursion and global flags tie a pattern's alternatives together
        "unsplittable": r"\\[1-9gk]|\(\?(?:P=|P>|&|R|[0-9+-])|\(\?[aiLmsuxfbeVwr]+\)",
    }
)


def _re(key: str) -> regex.Pattern[str]:
    """A helper pattern of this module by name (compiled and cached by rules.compiled)."""
    return compiled(_SOURCES[key])


@dataclass(frozen=True)
class ClassifiedLine:
    """One non-empty input line (or the cut-off part of one) and what the cleaner made of it."""

    text: str
    kind: str  # "body", "caption" or a Removed kind
    rule: str = ""  # the boilerplate rule (or cleaner step) that decided
    index: int = -1  # line number in the input (0-based)


@dataclass(frozen=True)
class Cleaned:
    """The cleaner's output: body paragraphs, captions, removed lines, and every line classified."""

    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    removed: tuple[Removed, ...]
    lines: tuple[ClassifiedLine, ...]


@dataclass(frozen=True)
class LineRule:
    """A named whole-line rule from boilerplate.yaml."""

    name: str
    kind: str
    pattern: regex.Pattern[str]
    max_chars: Optional[int]
    scope: str
    hard: bool
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]

    def matches(self, text: str) -> bool:
        """Whether the rule labels this stripped line (length limit included)."""
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        return self.pattern.search(text) is not None


@dataclass(frozen=True)
class CutRule:
    """A named rule that cuts a part (group `cut`) off the first or last paragraph."""

    name: str
    kind: str
    where: str  # "first" or "last"
    pattern: regex.Pattern[str]
    examples: tuple[tuple[str, str], ...]
    counterexamples: tuple[str, ...]


@dataclass(frozen=True)
class RegionWeights:
    """Weights of the body-region search (see boilerplate.yaml `region`)."""

    comma_min_han: int
    short_cost: float
    short_per_char: float
    label_cost: float
    dateline_bonus: float


@dataclass(frozen=True)
class Boilerplate:
    """All cleaner rules, loaded once."""

    rules: tuple[LineRule, ...]
    cuts: tuple[CutRule, ...]
    region: RegionWeights


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ResourceError(f"{where}: expected a list of strings")
    return tuple(value)


@cache
def load_boilerplate() -> Boilerplate:
    """Compile boilerplate.yaml once; a bad rule raises ResourceError naming it."""
    data = load_resource("boilerplate.yaml")
    fragments: dict[str, str] = data.get("fragments") or {}
    rules: list[LineRule] = []
    seen: set[str] = set()
    for i, raw in enumerate(data.get("rules") or []):
        where = f"boilerplate.yaml: rules[{i}] {raw.get('name')!r}"
        name, kind = raw.get("name"), raw.get("kind")
        if not name or name in seen:
            raise ResourceError(f"{where}: missing or duplicate name")
        seen.add(name)
        if kind not in _KINDS:
            raise ResourceError(f"{where}: unknown kind {kind!r}")
        scope = raw.get("scope", "any")
        if scope not in _SCOPES:
            raise ResourceError(f"{where}: unknown scope {scope!r}")
        rules.append(
            LineRule(
                name=name,
                kind=kind,
                pattern=compile_rule(raw["pattern"], raw.get("uses") or (), fragments, where),
                max_chars=raw.get("max_chars"),
                scope=scope,
                hard=bool(raw.get("hard", False)),
                examples=_str_list(raw.get("examples"), where),
                counterexamples=_str_list(raw.get("counterexamples"), where),
            )
        )
    cuts: list[CutRule] = []
    for i, raw in enumerate(data.get("cuts") or []):
        where = f"boilerplate.yaml: cuts[{i}] {raw.get('name')!r}"
        if raw.get("kind") not in _KINDS or raw.get("where") not in ("first", "last"):
            raise ResourceError(f"{where}: bad kind or where")
        pattern = compile_rule(raw["pattern"], raw.get("uses") or (), fragments, where)
        if "cut" not in pattern.groupindex:
            raise ResourceError(f"{where}: pattern has no group 'cut'")
        cuts.append(
            CutRule(
                name=raw["name"],
                kind=raw["kind"],
                where=raw["where"],
                pattern=pattern,
                examples=tuple((e["text"], e["cut"]) for e in raw.get("examples") or []),
                counterexamples=_str_list(raw.get("counterexamples"), where),
            )
        )
    reg = data.get("region") or {}
    try:
        weights = RegionWeights(
            comma_min_han=int(reg["comma_min_han"]),
            short_cost=float(reg["short_cost"]),
            short_per_char=float(reg["short_per_char"]),
            label_cost=float(reg["label_cost"]),
            dateline_bonus=float(reg["dateline_bonus"]),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise ResourceError(f"boilerplate.yaml: region: {e}") from e
    return Boilerplate(rules=tuple(rules), cuts=tuple(cuts), region=weights)


def han_count(text: str) -> int:
    """Number of Han characters (the unit of Chinese text length).

    Summing runs (`\\p{Han}+`) is the same count as one match per character and was 3.5x
    faster on the corpus lines (98 -> 27 ms); an lru_cache on top saved nothing measurable.
    """
    return sum(map(len, _re("han_runs").findall(text)))


def _top_branches(source: str) -> list[str]:
    """The top-level alternatives of a pattern source (`a|(?:b|c)|d` -> a, (?:b|c), d)."""
    out: list[str] = []
    depth, in_class, begin, i = 0, False, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if source.startswith("^", i + 1) else 0
            i += 1 if source.startswith("]", i + 1) else 0  # `[]…]`, `[^]…]`: a literal ]
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[begin:i])
            begin = i + 1
        i += 1
    out.append(source[begin:])
    return out


_QUANT = "?*+{"  # what may follow an item to repeat it


def _skip_class(s: str, i: int) -> int:
    """Index just past the character class that opens at s[i] == '['."""
    i += 1
    if s.startswith("^", i):
        i += 1
    if s.startswith("]", i):
        i += 1
    while i < len(s) and s[i] != "]":
        i += 2 if s[i] == "\\" else 1
    return i + 1


def _skip_group(s: str, i: int) -> int:
    """Index just past the group that opens at s[i] == '('."""
    depth = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(s, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _optional_after(s: str, i: int) -> bool:
    """Does a quantifier at s[i] allow zero repeats (?, *, {0,…})?"""
    if i >= len(s):
        return False
    if s[i] in "?*":
        return True
    if s[i] == "{":
        return s[i + 1 : i + 2] in (",", "0")
    return False


def _required_literals(source: str) -> Optional[frozenset[str]]:
    """Strings one of which every match of `source` contains; None when none can be told.

    A cheap test a line must pass before a costly pattern is tried; it only ever leaves
    items out, so a wrong guess costs speed, never a verdict (checked: every corpus line and
    rule example gets the same answer from each rule's pattern and from _searches).
    """
    alts = _top_branches(source)
    out: set[str] = set()
    for alt in alts:
        got = _required_in_sequence(alt)
        if got is None:
            return None
        out |= got
    return frozenset(out)


def _required_in_sequence(s: str) -> Optional[frozenset[str]]:
    """The required-literal set of one alternative (a sequence of items) with the longest
    shortest literal; lookarounds, classes, escapes and optional items require nothing."""
    items: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            items.append(frozenset(["".join(run)]))
            run.clear()

    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            flush()
            i += 2
            if i < len(s) and s[i] == "{" and s[i - 1].isalpha():
                while i < len(s) and s[i] != "}":
                    i += 1
                i += 1
            continue
        if c == "[":
            flush()
            i = _skip_class(s, i)
            continue
        if c == "(":
            flush()
            end = _skip_group(s, i)
            inner = s[i + 1 : end - 1]
            if _optional_after(s, end):
                pass
            elif inner.startswith("?:"):
                got = _required_literals(inner[2:])
                if got:
                    items.append(got)
            elif not inner.startswith("?"):
                got = _required_literals(inner)
                if got:
                    items.append(got)
            i = end
            continue
        if c in ".^$|)" or c in _QUANT:
            flush()
            if c == "{":
                while i < len(s) and s[i] != "}":
                    i += 1
            i += 1
            continue
        if i + 1 < len(s) and s[i + 1] in _QUANT:
            flush()  # a repeated or optional character is left out (safe, if not always best)
            i += 1
            continue
        run.append(c)
        i += 1
    flush()
    if not items:
        return None
    return max(items, key=lambda x: (min(map(len, x)), -len(x)))


def _prefiltered(words: regex.Pattern[str], pattern: regex.Pattern[str]) -> Search:
    """pattern.search, tried only on lines that contain one of its required words."""
    has_word, search = words.search, pattern.search

    def prefiltered_search(text: str) -> Optional[regex.Match[str]]:
        return search(text) if has_word(text) is not None else None

    return prefiltered_search


@cache
def _searches(rule: LineRule) -> tuple[Search, ...]:
    """Searches that together find what the rule's pattern finds (the line matches iff one does).

    A rule that mixes floating alternatives with anchored ones that scan the line (`^.*`,
    `^[^>]{1,15}`) is split in two: alone, the floating part keeps the `regex` module's fast
    literal scan and the anchored part is tried at the start only. Measured on the 13,945
    corpus lines: copyright_notice 106 -> 51 ms, breadcrumb 27 -> 13, editor_line 18 -> 7.
    Rules whose anchored alternatives are plain words (share_widget, font_tools,
    comment_widget, site_links) lost ~2 ms each when split, so they stay whole.

    A part with a lazy scan for a word (`^(?!…).*?(?:未经…|不得转载)`, `.{2,60}?\\s*(?:供图|摄…)`)
    is first checked for one of the words it requires: copyright_notice's anchored part
    43 -> 6 ms, caption_credit_end 23 -> 6, caption_credit 14 -> 4. On parts without such a
    scan the extra search cost 0.5-2 ms each, so they are searched directly.
    """
    source = rule.pattern.pattern
    branches = _top_branches(source)
    anchored = [b for b in branches if b.startswith("^")]
    floating = [b for b in branches if not b.startswith("^")]
    if _re("unsplittable").search(source) or rule.pattern.flags != regex.compile("").flags:
        return (rule.pattern.search,)
    if floating and any(_re("scan").search(b) for b in anchored):
        parts = [regex.compile("|".join(part)) for part in (anchored, floating)]
    else:
        parts = [rule.pattern]
    out: list[Search] = []
    for part in parts:
        words = _required_literals(part.pattern) if _re("lazy_scan").search(part.pattern) else None
        if words:
            out.append(_prefiltered(regex.compile(alternation(words)), part))
        else:
            out.append(part.search)
    return tuple(out)


@cache
def _limits() -> tuple[int, ...]:
    """The distinct max_chars of the line rules, ascending (size classes of match_rule)."""
    return tuple(sorted({r.max_chars for r in load_boilerplate().rules if r.max_chars is not None}))


@cache
def _candidates(inside: bool, after: Optional[str], size_class: int) -> tuple[tuple[Search, LineRule], ...]:
    """(search, rule) in priority order for lines of one size class with this scope context.

    Scope and max_chars do not depend on the text, so filtering them once per context
    (instead of per line and rule) took match_rule's own time from 94 to ~20 ms over the corpus.
    Cached like load_boilerplate, which is never reloaded.
    """
    limits = _limits()
    size = limits[size_class] if size_class < len(limits) else limits[-1] + 1 if limits else 0
    out: list[tuple[Search, LineRule]] = []
    for rule in load_boilerplate().rules:
        if rule.scope == "follows" and rule.kind != after:
            continue
        if rule.scope == "outside" and inside:
            continue
        if rule.max_chars is not None and size > rule.max_chars:
            continue
        out.extend((search, rule) for search in _searches(rule))
    return tuple(out)


def match_rule(text: str, *, inside: bool = False, after: Optional[str] = None) -> Optional[LineRule]:
    """The first rule that labels a line; `after` is the kind of the line before (for follows rules)."""
    # every line of a size class (longer than the limit below, up to the limit) passes the same rules
    for search, rule in _candidates(inside, after, bisect_left(_limits(), len(text))):
        if search(text) is not None:
            return rule
    return None


def _weight(text: str, rule: Optional[LineRule], w: RegionWeights) -> Optional[float]:
    """How much a line speaks for being in the body; None for a hard line that ends the region."""
    if rule is not None:
        if rule.hard:
            return None
        if rule.kind in ("caption", "image_alt"):
            return 0.0
        return -w.label_cost
    han = han_count(text)
    # a short exclamation without commas is a headline in a teaser list more often than prose
    if "。" in text or (_re("sentence_end").search(text) and (han >= 25 or _re("clause_mark").search(text))):
        return float(han)
    if han >= w.comma_min_han and _re("comma").search(text):
        return han / 2
    if han >= 4 and _re("open_clause").search(text):
        return han / 2  # a sentence broken over lines (`下周一，`): no menu item or headline ends so
    return -(w.short_cost + w.short_per_char * len(text))


def _favour_after_dateline(weights: list[Optional[float]], rules: list[Optional[LineRule]], bonus: float) -> None:
    """Add weight to the first prose line after a header dateline, so that a short article is
    not outweighed by a long comment thread or teaser block further down the page."""
    for k, rule in enumerate(rules):
        if rule is None or rule.kind != "dateline":
            continue
        for j in range(k + 1, min(len(rules), k + 6)):
            wt = weights[j]
            if wt is None:
                break
            if rules[j] is None and wt > 0:
                weights[j] = wt + bonus
                return


def _best_region(weights: list[Optional[float]]) -> tuple[int, int]:
    """[start, end) of the maximum-sum run that holds no hard line; (0, 0) when nothing is positive."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, wt in enumerate(weights):
        if wt is None:
            total, start = 0.0, i + 1
            continue
        if total <= 0:
            total, start = 0.0, i
        total += wt
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _headline_like(text: str) -> bool:
    """Could this line be the headline (short, Han, not a sentence, no full date)?"""
    return (
        4 <= han_count(text)
        and len(text) <= 90
        and not text.endswith(("。", "：", ":"))
        and not _re("full_date").search(text)
        and not text.startswith(("——", "--"))
        and not _re("url").search(text)
        and not _re("site_name").search(text)
    )


def _pick_title(texts: list[str], labels: list[Optional[str]], start: int) -> Optional[int]:
    """Index of the headline among the unlabelled lines before the body region.

    The anchor is the top of the dateline block shortly above the body (else the body
    itself). In the unlabelled run just above the anchor the headline is the longest line,
    or the headline-sized line right above it (a sub-title stands below the headline; a
    menu item above it is short). When that run has none, the lines between anchor and
    body are tried (pages that put the date first).
    Checked on the 73 corpus dumps and the seeds.
    """
    anchor = start
    for j in range(start - 1, max(-1, start - 30), -1):
        if labels[j] == "dateline":
            anchor = j
            while anchor > 0 and labels[anchor - 1] in _HEADER_FURNITURE:
                anchor -= 1
            break

    def choose(indexes: list[int]) -> Optional[int]:
        """The longest headline-like line, moved up over headline-sized lines right above it
        (a headline stands above its sub-title; a short menu item does not count)."""
        order = sorted(indexes)
        ok = [i for i in order if _headline_like(texts[i])]
        if not ok:
            return None
        best = max(ok, key=lambda i: (han_count(texts[i]), -i))
        pos = order.index(best)
        while pos > 0 and _headline_like(texts[order[pos - 1]]) and han_count(texts[order[pos - 1]]) >= 8:
            pos -= 1
        return order[pos]

    run: list[int] = []
    for i in range(anchor - 1, max(-1, anchor - 40), -1):
        if labels[i] in _HEADER_FURNITURE:
            continue  # tool bars, bylines and dates between headline and body
        if labels[i] is not None or len(run) == 8:
            break
        run.append(i)
    found = choose(run)
    if found is None:
        found = choose([i for i in range(anchor + 1, start) if labels[i] is None])
    return found


def _title_field(texts: list[str], labels: list[Optional[str]], start: int) -> Optional[int]:
    """The value line after a `标 题：` field label (government notice pages), if any."""
    for i in range(min(start, len(texts)) - 1):
        if _re("title_field").match(texts[i]) and labels[i + 1] is None and _headline_like(texts[i + 1]):
            return i + 1
    return None


def _join_title(texts: list[str], labels: list[Optional[str]], at: int, start: int) -> list[int]:
    """Lines of a headline broken over several lines (`…关于批准…购买外汇及` / `调整…的决议`)."""
    parts = [at]
    i = at
    while i + 1 < start and labels[i + 1] is None and _headline_like(texts[i + 1]):
        if not (_re("title_open_end").search(texts[i]) or _re("title_cont_start").match(texts[i + 1])):
            break
        i += 1
        parts.append(i)
    i = at
    while i - 1 >= 0 and labels[i - 1] is None and _headline_like(texts[i - 1]):
        if not (_re("title_open_end").search(texts[i - 1]) or _re("title_cont_start").match(texts[i])):
            break
        i -= 1
        parts.insert(0, i)
    return parts


def _apply_cuts(text: str, where: str) -> tuple[list[tuple[str, str, str]], str, list[tuple[str, str, str]]]:
    """Cut datelines off the head (where='first') or bylines off the tail (where='last') of a paragraph."""
    head: list[tuple[str, str, str]] = []
    tail: list[tuple[str, str, str]] = []
    for _ in range(3):
        changed = False
        for cut in load_boilerplate().cuts:
            if cut.where != where:
                continue
            m = cut.pattern.search(text)
            if not m or not m.group("cut"):
                continue
            part = m.group("cut")
            if where == "first":
                head.append((part, cut.kind, cut.name))
                text = text[m.end() :].strip()
            else:
                tail.insert(0, (part, cut.kind, cut.name))
                text = text[: m.start("cut")].strip()
            changed = True
        if not changed or not text:
            break
    return head, text, tail


def _empty_field(text: str, rule: Optional[LineRule]) -> bool:
    """A field label whose value is on the next line (`来源：`, `责任编辑：`, `作者：` alone)."""
    return (
        rule is not None
        and rule.kind in ("dateline", "editor_line", "byline")
        and text.endswith(("：", ":"))
        and len(text) <= 8
    )


def _opening_headline(texts: list[str]) -> bool:
    """Is the first line of a text its headline? Short and no sentence; or an exclamation or
    question of headline size (`某某大桥将封闭施工，请注意绕行！`) above a longer paragraph
    (a short salutation such as `各位代表！` is no headline)."""
    first = texts[0]
    if len(first) > 60:
        return False
    if not _re("closing").search(first):
        return True
    han = han_count(first)
    return (
        bool(_re("exclaim_end").search(first))
        and 8 <= han <= 30
        and len(texts) > 1
        and han_count(texts[1]) > han
    )


def classify_lines(text: str) -> list[ClassifiedLine]:
    """Every non-empty line of a page dump with its kind, in input order."""
    bp = load_boilerplate()
    items = [(i, ln.strip()) for i, ln in enumerate(text.splitlines()) if ln.strip()]
    texts = [t for _, t in items]
    rules: list[Optional[LineRule]] = []
    prev: Optional[str] = None
    seen: dict[tuple[str, Optional[str]], Optional[LineRule]] = {}  # menus repeat the same lines
    for k, t in enumerate(texts):
        key = (t, prev)
        rule = seen[key] if key in seen else seen.setdefault(key, match_rule(t, after=prev))
        if rule is None and k and _empty_field(texts[k - 1], rules[k - 1]) and len(t) <= 30:
            rule = rules[k - 1]  # the value of a `来源：` field written on the next line
        rules.append(rule)
        prev = rule.kind if rule else None
    weights = [_weight(t, r, bp.region) for t, r in zip(texts, rules)]
    if texts and rules[0] is None and _opening_headline(texts):
        weights[0] = -bp.region.short_cost  # an opening line that is no sentence is a headline
    _favour_after_dateline(weights, rules, bp.region.dateline_bonus)
    start, end = _best_region(weights)
    if start == end:  # no prose at all: keep every unlabelled line but the headline
        start, end = 0, len(texts)
    while start > 0 and rules[start - 1] is None and (
        _re("lead_in").search(texts[start - 1]) or _re("numbered_heading").match(texts[start - 1])
    ):
        start -= 1  # a salutation, lead-in (`各位代表：`) or first numbered heading opens the body
    if end < len(texts) and all(r is None or r.scope == "outside" for r in rules[end:]):
        end = len(texts)  # nothing but plain lines follow (a table, a signature): still the article
    for _ in range(2):  # a closing exclamation (`预祝大会圆满成功！`) ends it
        if end < len(texts) and rules[end] is None and _re("closing").search(texts[end]) and han_count(texts[end]) >= 4:
            end += 1
    # the issuer and date that sign an official document (`某某省人民政府` / `2022年1月27日`)
    if end + 1 < len(texts) and rules[end] is None and _re("issuer").match(texts[end]) and _re("date_only").match(texts[end + 1]):
        end += 2
    labels: list[Optional[str]] = []
    names: list[str] = []
    for k, (t, r) in enumerate(zip(texts, rules)):
        inside = start <= k < end
        if r is not None and inside and r.scope == "outside":
            r = match_rule(t, inside=True)
        elif r is not None and k < start and r.scope == "follows" and r.kind == "related":
            r = None  # a teaser list above the article is not continued into its header
        labels.append(r.kind if r else None)
        names.append(r.name if r else "")
    title_at = _title_field(texts, labels, start)
    title_at = _pick_title(texts, labels, start) if title_at is None else title_at
    if title_at is not None:
        for part in _join_title(texts, labels, title_at, start):
            labels[part], names[part] = "title", "headline"
        title_at = min(k for k in range(len(texts)) if names[k] == "headline")
    # a plain article whose region starts at line 0 may still open with its headline
    for k in range(len(texts)):
        if labels[k] is not None:
            continue
        if start <= k < end:
            labels[k], names[k] = "body", "body_region"
        elif k < start:
            after_title = title_at is not None and k > title_at
            labels[k], names[k] = ("title", "after_headline") if after_title else ("navigation", "before_body")
        else:
            related = han_count(texts[k]) >= 6 and not _re("sentence_end").search(texts[k])
            labels[k], names[k] = ("related", "after_body") if related else ("other", "after_body")
    body_at = [k for k, lab in enumerate(labels) if lab == "body"]
    out: list[ClassifiedLine] = []
    for k, ((idx, t), lab) in enumerate(zip(items, labels)):
        if body_at and k in (body_at[0], body_at[-1]):
            head, t2, tail = _apply_cuts(t, "first") if k == body_at[0] else ([], t, [])
            if k == body_at[-1]:
                _, t2, tail = _apply_cuts(t2, "last")
            out.extend(ClassifiedLine(p, kd, nm, idx) for p, kd, nm in head)
            if t2:
                out.append(ClassifiedLine(t2, "body", names[k], idx))
            out.extend(ClassifiedLine(p, kd, nm, idx) for p, kd, nm in tail)
            continue
        out.append(ClassifiedLine(t, lab or "other", names[k], idx))
    return out


def clean_text(text: str) -> Cleaned:
    """Classify every line of a page dump into paragraphs, captions and removed lines."""
    lines = classify_lines(text)
    paragraphs = tuple(x.text for x in lines if x.kind == "body")
    captions = tuple(x.text for x in lines if x.kind == "caption")
    removed = tuple(Removed(kind=_as_kind(x.kind), text=x.text) for x in lines if x.kind != "body")
    return Cleaned(paragraphs=paragraphs, captions=captions, removed=removed, lines=tuple(lines))


def _as_kind(kind: str) -> RemovedKind:
    """Narrow a line kind to the contract's removed kinds (body never reaches here)."""
    if kind not in _KINDS:
        raise ValueError(f"not a removed kind: {kind!r}")
    return kind  # type: ignore[return-value]
