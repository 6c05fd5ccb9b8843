"""HTML to page-dump text: case tables, and the corpus pages against their dumps."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import clean, html
from tests.conftest import SHARED, shared_path

CASES_HTML = [
    ("paragraphs are blocks", "<html><body><p>第一段。</p><p>第二段。</p></body></html>", "第一段。\n\n第二段。\n"),
    ("inline elements join", "<p>长春<b>新区</b><a href='#'>发展</a>大会</p>", "长春新区发展大会\n"),
    ("br splits a block", "<div>第一行<br>第二行</div>", "第一行\n\n第二行\n"),
    ("whitespace collapses", "<p>  大会\n\n  现场\t供图 </p>", "大会 现场 供图\n"),
    ("nbsp collapses like the dumps", "<p>锚定目标&nbsp;谱写新篇章</p>", "锚定目标 谱写新篇章\n"),
    ("ideographic space stays", "<p>代\u3000县</p>", "代\u3000县\n"),
    ("script and style dropped", "<p>正文</p><script>var a = '不要';</script><style>p{}</style>", "正文\n"),
    ("head and title dropped", "<html><head><title>标题_新华网</title></head><body><p>正文</p></body></html>", "正文\n"),
    ("hidden attribute dropped", "<p>正文</p><div hidden>隐藏</div>", "正文\n"),
    ("display none dropped", "<p>正文</p><div style='display: none'>隐藏</div><p style='visibility:hidden'>也隐藏</p>", "正文\n"),
    ("comments dropped", "<p>正文<!-- 注释 --></p>", "正文\n"),
    ("img alt not emitted by default", "<p>正文</p><img alt='图片说明' src='a.jpg'>", "正文\n"),
    ("table cells are blocks", "<table><tr><td>名称</td><td>日期</td></tr></table>", "名称\n\n日期\n"),
    ("empty page", "<html><body></body></html>", ""),
    ("tail text after a block", "<div><p>段落</p>尾巴</div>", "段落\n\n尾巴\n"),
    # malformed pages: sensible text, never an exception
    ("unclosed tags", "<html><body><p>第一段<p>第二段<div>第三段<span>内联", "第一段\n\n第二段\n\n第三段内联\n"),
    ("no html, head or body", "<title>标题</title><p>正文一。</p>正文二。", "正文一。\n\n正文二。\n"),
    ("only scripts", "<html><head><script>var a='x';</script></head><script>document.write(1)</script></html>", ""),
    ("br-separated text without blocks", "第一行<br>第二行<br/>第三行<br><br>第四行", "第一行\n\n第二行\n\n第三行\n\n第四行\n"),
    ("unclosed script swallows the rest", "<p>正文。</p><script>var a = 1;<p>后面</p>", "正文。\n"),
    ("unclosed comment", "<p>正文。</p><!-- 注释 <p>后面</p>", "正文。\n"),
    ("text after an early </html>", "<html><body><p>一</p></body></html><p>二</p>", "一\n\n二\n"),
    ("character references", "<p>&#x4e2d;&#22269; &amp; &lt;b&gt;</p>", "中国 & <b>\n"),
    ("NUL and control characters dropped", "<p>正\x00文</p><p>控制\x07字符</p>", "正文\n\n控制字符\n"),
    ("noframes text is not shown", "<frameset><frame src='a.html'></frameset><noframes>请使用支持框架的浏览器</noframes>", ""),
    ("xml declaration", "<?xml version='1.0' encoding='gb2312'?><html><body><p>正文</p></body></html>", "正文\n"),
    ("whitespace only", "  \n\t ", ""),
]


@pytest.mark.parametrize("markup,text", [c[1:] for c in CASES_HTML], ids=[c[0] for c in CASES_HTML])
def test_html_to_text(markup: str, text: str) -> None:
    assert html.html_to_text(markup) == text


def test_img_alt_on_request() -> None:
    markup = "<p>正文</p><img alt='标题_fororder_图片一' src='a.jpg'><p>下一段</p>"
    assert html.html_to_blocks(markup, with_alt=True) == ["正文", "标题_fororder_图片一", "下一段"]


def test_deep_nesting_does_not_recurse() -> None:
    markup = "<div>" * 3000 + "深处的文字" + "</div>" * 3000
    assert html.html_to_text(markup) == "深处的文字\n"


def test_huge_page_is_linear() -> None:
    """A 2 MB page converts in well under the per-document time limit."""
    import time

    markup = "<html><body>" + "<div><p>长春新区全力以赴稳增长，综合经济实力明显提升。</p></div>" * 30000 + "</body></html>"
    started = time.perf_counter()
    blocks = html.html_to_blocks(markup)
    assert len(blocks) == 30000
    assert time.perf_counter() - started < 10


_PARA = "长春新区全力以赴稳增长，综合经济实力明显提升，交上了高分答卷。"
_PAGE = f"<h1>某某新闻的标题在这里</h1><div>2024-05-10 10:00 来源：某某网</div><p>{_PARA}</p><p>{_PARA}</p>"
# whole pipeline on bytes: (case, input bytes, expected title or error kind, paragraphs)
CASES_PIPELINE = [
    ("gb2312 meta on utf-8 bytes", f"<html><head><meta charset='gb2312'></head><body>{_PAGE}</body></html>".encode("utf-8"), "某某新闻的标题在这里", 2),
    ("gbk bytes with meta", f"<html><head><meta charset='gbk'></head><body>{_PAGE}</body></html>".encode("gbk"), "某某新闻的标题在这里", 2),
    ("gbk bytes without meta", f"<html><body>{_PAGE}</body></html>".encode("gbk"), "某某新闻的标题在这里", 2),
    ("no body element", f"<html><head><title>标题_某某网</title></head>{_PAGE}".encode(), "某某新闻的标题在这里", 2),
    ("unclosed tags", f"<html><body><h1>某某新闻的标题在这里<p>{_PARA}<p>{_PARA}<div>版权所有 某某网".encode(), "某某新闻的标题在这里", 2),
    ("br-separated page", f"<html><body>某某新闻的标题在这里<br>2024-05-10 10:00 来源：某某网<br>{_PARA}<br>{_PARA}<br><br>责任编辑：张三</body></html>".encode(), "某某新闻的标题在这里", 2),
    ("only scripts", b"<html><head><script>var a=1;</script></head><body><script>document.write(1)</script></body></html>", "no_article", 0),
    ("only a menu", "<html><body><div>首页 | 要闻 | 视频</div><div>登录</div></body></html>".encode(), "no_article", 0),
    ("deep nesting", ("<html><body>" + "<div>" * 5000 + _PARA + "</div>" * 5000 + "</body></html>").encode(), None, 1),
]


@pytest.mark.parametrize("data,title,count", [c[1:] for c in CASES_PIPELINE], ids=[c[0] for c in CASES_PIPELINE])
def test_malformed_pages_load_convert_and_clean(data: bytes, title: str | None, count: int) -> None:
    """Bytes through the stages up to the header (load, html, clean, header): the pipeline
    turns a page without paragraphs into a `no_article` record."""
    from extractor import header, load

    loaded = load.load_bytes(data, max_bytes=50_000_000)
    assert loaded.format == "html"
    cleaned = clean.clean_text(html.html_to_text(loaded.text))
    if title == "no_article":
        assert cleaned.paragraphs == ()
        return
    assert header.find_header(cleaned).title == title
    assert list(cleaned.paragraphs) == [_PARA] * count


def test_page_without_text_is_no_article() -> None:
    """The whole pipeline: a page of scripts is a clean `no_article` error, not a crash."""
    from extractor import api
    from extractor.errors import DocumentError

    with pytest.raises(DocumentError) as info:
        api.extract(b"<html><head><script>var a=1;</script></head><body><script>x()</script></body></html>")
    assert info.value.kind == "no_article"


def test_cleaner_runs_on_html() -> None:
    para = "长春新区全力以赴稳增长，综合经济实力明显提升，交上了高分答卷。"
    markup = (
        "<html><body><div class='nav'>首页 | 要闻 | 视频 | 原创</div><h1>某某新闻的标题在这里</h1>"
        f"<div>2024-02-23 16:04:56 来源：某某网</div><p>{para}</p><p>{para}</p>"
        "<div>版权所有 某某网</div></body></html>"
    )
    got = clean.clean_text(html.html_to_text(markup))
    assert got.paragraphs == (para, para)
    assert [r.kind for r in got.removed] == ["navigation", "title", "dateline", "copyright"]


def _pages() -> list[str]:
    folder = SHARED / "corpus" / "html"
    return sorted(p.stem for p in folder.glob("*.html")) if folder.exists() else []


PAGES = _pages()


def _decode(raw: bytes) -> str:
    """UTF-8 first, then GB18030 (the corpus pages' charsets)."""
    try:
        return raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


@pytest.mark.parametrize("page", PAGES, ids=PAGES)
def test_corpus_page_matches_dump(page: str) -> None:
    """Every line of our text is a line of the corpus dump (which also keeps stray <title>s)."""
    raw = shared_path("corpus", "html", f"{page}.html").read_bytes()
    dump = shared_path("corpus", "dump", f"{page}.txt").read_text(encoding="utf-8")
    ours = [ln for ln in html.html_to_text(_decode(raw)).splitlines() if ln]
    theirs = [ln for ln in dump.splitlines() if ln]
    missing = [ln for ln in ours if ln not in set(theirs)]
    assert not missing
    assert len(theirs) - len(ours) <= 2


def test_corpus_present_or_skipped() -> None:
    if not Path(SHARED / "corpus" / "html").exists():
        pytest.skip("../shared not available")
    assert len(PAGES) >= 50


# --- property: any markup soup converts without an exception ------------------------------------
hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<!--", "-->", "<table><tr><td>", "</html>",
     "<span style='display:none'>", "</span>", "<b>", "&nbsp;", "&#x4e2d;", "&bogus;", "<", ">", "\x00", "\x07",
     "长春新区", "发展。", "来源：某某网", "2024-05-10 10:00", "\n", " ", "\u3000"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_any_markup_converts(pieces: list[str]) -> None:
    text = html.html_to_text("".join(pieces))
    assert not any(ch in text for ch in "\x00\x07")
    assert all(line == line.strip() for line in text.splitlines())
    cleaned = clean.clean_text(text)  # the cleaner takes whatever the converter gives
    assert all(p for p in cleaned.paragraphs)
