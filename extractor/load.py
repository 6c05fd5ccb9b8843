"""Bytes in: sha256, encoding, text-vs-HTML decision and doc_id.

Decoding order (checked on the 73 corpus pages, 9 of which declare gb2312 but are
UTF-8): BOM, strict UTF-8, the declared charset (GB2312/GBK widened to GB18030),
strict GB18030, and last UTF-8 with replacement plus a warning. A page's declared
charset is never trusted over bytes that decode strictly as UTF-8.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .errors import DocumentError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]"
    r"|<(?:div|p|meta|title|table|tr|td|span|br|a|img|h[1-6]|ul|ol|li|section|article|font|center)[\s/>]",
    re.I,
)
_GB_ALIASES = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "gb18030", "euc-cn", "hz-gb-2312"}
# Control characters other than tab/newline/CR/form feed: many of them mean "not text".
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32)) | {127}


@dataclass(frozen=True)
class Loaded:
    """A decoded document and what was learnt while decoding it."""

    text: str
    encoding: str
    format: Literal["text", "html"]
    sha256: str
    warnings: tuple[str, ...] = field(default_factory=tuple)


def doc_id_for(path: str | Path) -> str:
    """The doc_id of a file: its stem.

    >>> doc_id_for("samples/000_a1ab65e3aa0cb0fe.txt")
    '000_a1ab65e3aa0cb0fe'
    """
    return Path(path).stem


def sha256_of(data: bytes) -> str:
    """Hex sha256 of the input bytes, recorded in source.sha256."""
    return hashlib.sha256(data).hexdigest()


def declared_charset(data: bytes) -> str | None:
    """The charset a page's <meta> declares, lower-cased, or None."""
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii", "ignore").lower() if m else None


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes or many control characters in the head."""
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 text has NULs too, but the contract's encodings do not include it.
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(8, len(head) // 100)


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes to text; returns (text, encoding, warnings). Never raises on bad bytes.

    >>> decode("长春".encode("gbk"))[:2]
    ('长春', 'gb18030')
    >>> decode(b"\\xef\\xbb\\xbfok")[:2]
    ('ok', 'utf-8-sig')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", []
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    candidates = []
    declared = declared_charset(data)
    if declared and declared not in ("utf-8", "utf8"):
        candidates.append("gb18030" if declared in _GB_ALIASES else declared)
    candidates.append("gb18030")
    for enc in dict.fromkeys(candidates):
        try:
            return data.decode(enc), enc, []
        except (UnicodeDecodeError, LookupError):
            continue
    # Mostly GB18030 or mostly UTF-8 with a few broken bytes: keep the better one.
    utf = data.decode("utf-8", errors="replace")
    gb = data.decode("gb18030", errors="replace")
    text, enc = (utf, "utf-8") if utf.count("\ufffd") <= gb.count("\ufffd") else (gb, "gb18030")
    bad = text.count("\ufffd")
    return text, enc, [f"undecodable bytes: {bad} characters replaced while decoding as {enc}"]


def sniff_format(text: str) -> Literal["text", "html"]:
    """HTML when the head of the text has document tags; page dumps and plain text otherwise.

    >>> sniff_format("<!DOCTYPE html><html><body><p>x</p></body></html>")
    'html'
    >>> sniff_format("要闻 | 视频\\n\\n标题")
    'text'
    """
    head = text[:4096].lstrip()
    if head.startswith("<") and _HTML_SNIFF.search(head):
        return "html"
    return "html" if len(_HTML_SNIFF.findall(head)) >= 3 else "text"


def load_bytes(
    data: bytes, *, max_bytes: int, input_format: Literal["auto", "text", "html"] = "auto"
) -> Loaded:
    """Check, decode and classify one document's bytes; raises DocumentError for bad input."""
    if len(data) > max_bytes:
        raise DocumentError("too_large", f"input is {len(data)} bytes, over the limit of {max_bytes} bytes")
    if not data.strip():
        raise DocumentError("empty", "the input has no bytes or only whitespace")
    if looks_binary(data):
        raise DocumentError("binary", "the input is not text (NUL or control bytes)")
    text, encoding, warnings = decode(data)
    if text.count("\ufffd") > max(16, len(text) // 10):
        raise DocumentError("undecodable", f"no encoding fits: {text.count(chr(0xFFFD))} characters undecodable")
    fmt = sniff_format(text) if input_format == "auto" else input_format
    return Loaded(text=text, encoding=encoding, format=fmt, sha256=sha256_of(data), warnings=tuple(warnings))


def load_text(
    text: str, *, max_bytes: int, input_format: Literal["auto", "text", "html"] = "auto"
) -> Loaded:
    """A document passed as str (library calls, JSON Lines records): hashed as its UTF-8 bytes."""
    data = text.encode("utf-8", errors="surrogatepass")
    if len(data) > max_bytes:
        raise DocumentError("too_large", f"input is {len(data)} bytes, over the limit of {max_bytes} bytes")
    if not text.strip():
        raise DocumentError("empty", "the input has no text or only whitespace")
    if text.lstrip("\ufeff").startswith("\x00") or "\x00" in text[:8192]:
        raise DocumentError("binary", "the input is not text (NUL characters)")
    text = text.lstrip("\ufeff")
    fmt = sniff_format(text) if input_format == "auto" else input_format
    return Loaded(text=text, encoding="utf-8", format=fmt, sha256=sha256_of(data))
