"""Options for one extraction, as one frozen object instead of many keyword arguments."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class Options(BaseModel):
    """How to read and resolve a document. Frozen: build a new one with `model_copy(update=...)`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    input_format: Literal["auto", "text", "html"] = Field(
        "auto", description="force text or html; auto sniffs the bytes"
    )
    default_tz: str = Field("+08:00", pattern=r"^[+-]\d{2}:\d{2}$", description="offset when the page gives none")
    published_at: Optional[str] = Field(
        None, description="publication time passed by the caller (crawler metadata); overrides detection"
    )
    title: Optional[str] = Field(None, description="title passed by the caller; used when none is detected")
    outlet: Optional[str] = Field(None, description="outlet passed by the caller; used when the text names none")
    url: Optional[str] = Field(None, description="page URL passed by the caller")
    path: Optional[str] = Field(None, description="input path to record in source.path")
    max_bytes: int = Field(
        DEFAULT_MAX_BYTES, gt=0, description="inputs larger than this give a too_large error record"
    )
    timeout_s: float = Field(30.0, gt=0, description="per-document time limit for the extraction stages")
