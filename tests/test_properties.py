"""Any text gives an Article or a DocumentError, never a crash, and every span slices its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract
from extractor.errors import DocumentError

# Characters the rules care about, so random text hits numbers, units, cues and quotes.
ALPHABET = list("0123456789.,%％一二三四五六七八九十百千万亿两零年月日季度上半全今去同比增长下降突破超过以上近约左右"
                "个家项亿元美平方公里人户占率第居位“”「」、，。；：（）\n +-—~GDP区县市将力争确保目标")

texts = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=80), min_size=1, max_size=8).map("\n\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=st.sampled_from([None, "2024-02-23T16:04:56+08:00", "2016-11-22T00:00:00+08:00"]))
def test_any_text_extracts_or_fails_cleanly(text: str, published: str | None) -> None:
    from extractor.options import Options

    try:
        article = extract(text, doc_id="p", options=Options(published_at=published))
    except DocumentError as e:
        assert e.kind in ("empty", "no_article")
        return
    body = article.body
    for m in article.metrics:
        assert body[m.span[0]:m.span[1]] == m.mention
    for d in article.dates:
        assert body[d.span[0]:d.span[1]] == d.text
    for s in article.slogans:
        assert body[s.span[0]:s.span[1]] == s.text
