"""Reading bytes: encodings, charset lies, binary and empty input, size limits."""

from __future__ import annotations

import pytest

from extractor.errors import DocumentError
from extractor.load import decode, load_bytes, load_text, looks_binary, sniff_format

TEXT = "长春新区2023年GDP完成913亿元，增长7.2%。"

CASES_DECODE = [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("gbk"), "gb18030"),
    (TEXT.encode("gb2312"), "gb18030"),
    ((TEXT + "𠀀").encode("gb18030"), "gb18030"),
    # a page that declares gb2312 but is UTF-8: the bytes win
    (f'<html><head><meta charset="gb2312"></head><body><p>{TEXT}</p></body></html>'.encode("utf-8"), "utf-8"),
    # a page that declares utf-8 but is GBK
    (f'<html><head><meta charset="utf-8"></head><body><p>{TEXT}</p></body></html>'.encode("gbk"), "gb18030"),
]


@pytest.mark.parametrize("data,encoding", CASES_DECODE, ids=["utf8", "bom", "gbk", "gb2312", "gb18030", "lie-gb2312", "lie-utf8"])
def test_decode(data: bytes, encoding: str) -> None:
    text, enc, warnings = decode(data)
    assert enc == encoding
    assert TEXT.rstrip("。") in text
    assert warnings == []


def test_undecodable_bytes_are_replaced_with_a_warning() -> None:
    data = TEXT.encode("utf-8") + b"\xff\xfe\xfa" + TEXT.encode("utf-8")
    text, _, warnings = decode(data)
    assert "\ufffd" in text and warnings and "replaced" in warnings[0]


CASES_ERRORS = [
    (b"", "empty"),
    (b"   \n\t\r\n  ", "empty"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "binary"),
    (b"x" * 2048, None),
]


@pytest.mark.parametrize("data,kind", CASES_ERRORS, ids=["empty", "whitespace", "binary", "png", "ok"])
def test_bad_bytes(data: bytes, kind: str | None) -> None:
    if kind is None:
        assert load_bytes(data, max_bytes=10_000).text == "x" * 2048
        return
    with pytest.raises(DocumentError) as e:
        load_bytes(data, max_bytes=10_000)
    assert e.value.kind == kind


def test_size_limit_is_configurable() -> None:
    data = TEXT.encode("utf-8") * 100
    assert load_bytes(data, max_bytes=len(data)).format == "text"
    with pytest.raises(DocumentError) as e:
        load_bytes(data, max_bytes=len(data) - 1)
    assert e.value.kind == "too_large"
    with pytest.raises(DocumentError):
        load_text(TEXT * 100, max_bytes=100)


@pytest.mark.parametrize(
    "text,fmt",
    [("<!DOCTYPE html><html><body>x</body></html>", "html"), ("  <html lang=zh><head></head>", "html"),
     ("<table><tr><td>正文</td></tr></table>", "html"), ("<p>第一段</p><p>第二段</p>", "html"),
     ("要闻 | 视频\n\n标题\n\n正文<b>加粗</b>", "text"), ("1<2 and 3>2", "text"), ("<<十四五>>规划", "text")],
    ids=["doctype", "html-tag", "table-fragment", "p-fragment", "dump", "lt-gt", "angle-quotes"],
)
def test_sniff_format(text: str, fmt: str) -> None:
    assert sniff_format(text) == fmt


def test_gbk_text_is_not_binary() -> None:
    assert not looks_binary(TEXT.encode("gbk") * 50)


def _manifest_rows() -> list[dict[str, str]]:
    import csv

    from tests.conftest import SHARED

    path = SHARED / "corpus" / "MANIFEST.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if r["kind"] == "html"]


ROWS = [r for r in _manifest_rows() if "charset lie" in r["note"] or "bytes=gb" in r["note"]]


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_real_pages_decode_to_their_headline(row: dict[str, str]) -> None:
    """The corpus's GBK/GB2312 pages and its pages whose <meta charset> lies read right."""
    import json

    from tests.conftest import shared_path

    data = shared_path("corpus", row["file"]).read_bytes()
    refs = json.loads(shared_path("corpus", "reference.json").read_text(encoding="utf-8"))
    title = refs[row["file"].split("/")[-1].rsplit(".", 1)[0]]["title"]
    text, enc, warnings = decode(data)
    assert enc == ("utf-8" if "charset lie" in row["note"] else "gb18030")
    assert not warnings
    assert "".join(title.split())[:8] in "".join(text.split())
