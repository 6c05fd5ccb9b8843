"""Pydantic models of the output contract (../shared/spec/OUTPUT.md).

These models are the source of truth: `schemas/article.schema.json` is generated
from them (`make schema`) and a test fails when the committed file is stale.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION: Literal["1"] = "1"

Span = Annotated[
    tuple[int, int],
    Field(description="[start, end) in characters of body = '\\n'.join(paragraphs)", examples=[[470, 475]]),
]
NonEmptyStr = Annotated[str, Field(min_length=1)]
# ISO date, month, quarter, half, year, or an interval of two of them.
_ISO_POINT = r"\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?"
IsoPeriod = Annotated[
    str,
    Field(
        pattern=rf"^{_ISO_POINT}(?:/{_ISO_POINT})?$",
        description="ISO date or period: 2024-02-23, 2024-05, 2023, 2024-Q1, 2024-H1, or an interval start/end",
        examples=["2023", "2024-Q1", "2016-01/2016-10"],
    ),
]

Comparator = Literal["=", ">", ">=", "<", "<=", "~"]
Relation = Literal["level", "growth", "share", "rate", "change", "rank"]
Status = Literal["actual", "target"]
SloganKind = Literal["formula", "numbered", "phrase"]
RemovedKind = Literal[
    "navigation",
    "title",
    "dateline",
    "byline",
    "image_alt",
    "caption",
    "copyright",
    "editor_line",
    "share",
    "related",
    "other",
]
ErrorKind = Literal[
    "unreadable",
    "empty",
    "binary",
    "undecodable",
    "too_large",
    "no_article",
    "invalid_record",
    "timeout",
    "internal",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """Where the input came from and how it was read."""

    path: Optional[str] = Field(None, description="input path as given by the caller, or null")
    format: Literal["text", "html"] = Field(description="detected input format")
    sha256: str = Field(description="sha256 of the input bytes", pattern=r"^[0-9a-f]{64}$")
    encoding: str = Field(description="encoding the bytes were decoded with", examples=["utf-8", "gb18030"])


class Credit(_Strict):
    """A photo or material credit parsed from a caption (`供图 长春新区新闻中心`)."""

    role: NonEmptyStr = Field(description="credit role as written", examples=["供图", "摄影"])
    name: NonEmptyStr = Field(description="credited person or organisation", examples=["长春新区新闻中心"])


class Removed(_Strict):
    """A line (or part of one) dropped from the body, kept so nothing is lost silently."""

    kind: RemovedKind = Field(description="why it was removed")
    text: str = Field(description="the removed text as written")


class Normalized(_Strict):
    """A value in base units: money in ISO currency codes, area in m2, counts in `count`, `%` stays."""

    value: float = Field(description="value in the base unit")
    unit: NonEmptyStr = Field(description="base unit", examples=["CNY", "USD", "m2", "count", "%"])


class Metric(_Strict):
    """One quantity stated about something ("GDP完成913亿元" gives one level row)."""

    indicator: NonEmptyStr = Field(description="what is measured, shortest faithful form", examples=["GDP", "规上工业产值"])
    subject: Optional[str] = Field(None, description="whose figure it is: region or organisation", examples=["长春新区"])
    value: float = Field(description="the number as stated, Chinese numerals converted", examples=[913.0])
    unit: NonEmptyStr = Field(description="unit as written with the magnitude word kept", examples=["亿元", "%", "家"])
    normalized: Optional[Normalized] = Field(None, description="value in base units where a conversion is known")
    comparator: Comparator = Field("=", description="comparison cue attached to the number")
    relation: Relation = Field("level", description="level, growth, share, rate, change or rank")
    period: Optional[IsoPeriod] = Field(None, description="what the figure is for, ISO")
    status: Status = Field("actual", description="target for plans, goals and pledges; else actual")
    mention: NonEmptyStr = Field(description="exact text of the quantity with any attached comparator word")
    evidence: NonEmptyStr = Field(description="the clause it came from")
    span: Span


class SloganPart(_Strict):
    """What one number of a formula slogan stands for (`双城建设` 2)."""

    text: NonEmptyStr = Field(description="the part as written", examples=["双城建设", "五个原则"])
    count: Optional[int] = Field(None, description="the number it contributes, null where none is written")


class Slogan(_Strict):
    """A named slogan or numbered formula (`2+5+10`, `七个净月`, `热辣滚烫`)."""

    text: NonEmptyStr = Field(description="the slogan as written, without quotes", examples=["2+5+10", "七个净月"])
    kind: SloganKind = Field(description="formula, numbered or phrase")
    label: Optional[str] = Field(None, description="what the text calls it", examples=["总策略", "目标"])
    count: Optional[int] = Field(None, description="the number the slogan promises, null where a sum means nothing")
    parts: list[SloganPart] = Field(default_factory=list, description="for formulas, what each number stands for")
    members: list[str] = Field(default_factory=list, description="the members the text lists")
    complete: Optional[bool] = Field(None, description="len(members) == count where both are known")
    evidence: NonEmptyStr = Field(description="the sentence that names it")
    span: Span


class DateMention(_Strict):
    """A date or period mention in the body, resolved against the publication date."""

    text: NonEmptyStr = Field(description="the mention as written", examples=["2024年", "一季度", "1-10月"])
    value: IsoPeriod
    span: Span


class Article(_Strict):
    """One extracted article: metadata, clean body, metrics, slogans and dates."""

    schema_version: Literal["1"] = Field(SCHEMA_VERSION, description="bumped on any incompatible change")
    doc_id: NonEmptyStr = Field(description="file stem for files, or what the caller passed")
    source: Source
    title: Optional[str] = Field(None, description="headline, without site name suffixes")
    published_at: Optional[str] = Field(
        None,
        description="ISO 8601 with offset; +08:00 when the page gives no zone",
        pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$",
        examples=["2024-02-23T16:04:56+08:00"],
    )
    outlet: Optional[str] = Field(None, description="the 来源 (source outlet) as written")
    editors: list[str] = Field(default_factory=list, description="责编 / 责任编辑 names")
    authors: list[str] = Field(default_factory=list, description="byline names (文 王青享, 记者 张三)")
    credits: list[Credit] = Field(default_factory=list, description="photo and material credits")
    paragraphs: list[str] = Field(default_factory=list, description="article body in order, boilerplate removed")
    captions: list[str] = Field(default_factory=list, description="image captions taken out of the body")
    removed: list[Removed] = Field(default_factory=list, description="everything dropped, labelled")
    metrics: list[Metric] = Field(default_factory=list, description="every quantitative fact")
    slogans: list[Slogan] = Field(default_factory=list, description="named slogans and numbered formulas")
    dates: list[DateMention] = Field(default_factory=list, description="every date or period mention in the body")
    warnings: list[str] = Field(default_factory=list, description="what could not be resolved")

    @property
    def body(self) -> str:
        """The text every span indexes into."""
        return "\n".join(self.paragraphs)

    @model_validator(mode="after")
    def _spans_slice_body(self) -> Article:
        """Every span must slice the body to its mention: the invariant downstream tools rely on."""
        body = self.body
        items: list[tuple[str, tuple[int, int], str]] = [("metric", m.span, m.mention) for m in self.metrics]
        items += [("slogan", s.span, s.text) for s in self.slogans]
        items += [("date", d.span, d.text) for d in self.dates]
        for what, (start, end), text in items:
            if not (0 <= start <= end <= len(body)) or body[start:end] != text:
                raise ValueError(f"{what} span {[start, end]} does not slice the body to {text!r}")
        return self


class ErrorInfo(_Strict):
    """Why a document could not be extracted."""

    kind: ErrorKind = Field(description="error class from the contract")
    message: NonEmptyStr = Field(description="what went wrong, for a person")


class ErrorRecord(_Strict):
    """The record written instead of an Article when a document fails; the batch goes on."""

    schema_version: Literal["1"] = Field(SCHEMA_VERSION, description="bumped on any incompatible change")
    doc_id: str = Field(description="file stem for files, or what the caller passed")
    source: Optional[Source] = Field(None, description="what is known of the input, null when it could not be read")
    error: ErrorInfo
