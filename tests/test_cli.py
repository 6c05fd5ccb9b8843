"""The command line and the batch API: N inputs give N records, bad input never stops a batch."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import extract, extract_batch, extract_file
from extractor.cli import main
from extractor.errors import DocumentError
from tests.conftest import ROOT, SAMPLES

ARTICLE = "要闻 | 视频 | 原创\n\n长春新区召开大会\n\n2024-02-23 16:04:56来源:国际在线责编:赵滢溪\n\n  2023年GDP完成913亿元,增长7.2%。\n\n  全年新增企业120家,同比增长8%。\n"


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def batch_dir(tmp_path: Path) -> Path:
    """A folder of good and bad inputs, in the order the batch must keep."""
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a_utf8.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b_gbk.txt").write_bytes(ARTICLE.encode("gbk"))
    (d / "c_empty.txt").write_bytes(b"")
    (d / "d_binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "e_page.html").write_text(f"<html><head><title>t</title></head><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    (d / "f_noarticle.html").write_text("<html><body><script>var a=1;</script></body></html>", encoding="utf-8")
    (d / "g_broken_link.txt").symlink_to(d / "does-not-exist")
    (d / "sub" / "h_nested.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "notes.json").write_text("{}", encoding="utf-8")  # not an input suffix: ignored
    return d


EXPECTED_KINDS = {"a_utf8": None, "b_gbk": None, "c_empty": "empty", "d_binary": "binary", "e_page": None,
                  "f_noarticle": "no_article", "g_broken_link": "unreadable", "h_nested": None}


def test_folder_gives_one_record_per_input_in_sorted_order(batch_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    status = main(["extract", str(batch_dir), "-o", str(out)])
    recs = _records(out)
    assert [r["doc_id"] for r in recs] == list(EXPECTED_KINDS)
    assert {r["doc_id"]: (r.get("error") or {}).get("kind") for r in recs} == EXPECTED_KINDS
    assert status == 1  # some documents failed


def test_gbk_input_reads_like_utf8(batch_dir: Path) -> None:
    a, b = extract_file(batch_dir / "a_utf8.txt"), extract_file(batch_dir / "b_gbk.txt")
    assert a.paragraphs == b.paragraphs and b.source.encoding == "gb18030"


def test_all_good_inputs_exit_zero(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(tmp_path / "x.txt"), "-o", str(tmp_path / "o.jsonl")]) == 0


def test_usage_errors_exit_two(tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    with pytest.raises(SystemExit) as e:
        main(["frobnicate"])
    assert e.value.code == 2


def test_jsonl_records_override_and_complete(tmp_path: Path) -> None:
    lines = [
        {"doc_id": "r1", "text": "2023年GDP完成913亿元。", "published_at": "2024-02-23T10:00:00+08:00", "outlet": "某报"},
        {"doc_id": "r2", "html": "<html><body><p>今年新增企业120家。</p></body></html>", "title": "给定标题"},
        {"text": "no id"},
        "not an object",
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 1
    recs = _records(out)
    assert len(recs) == 5
    assert recs[0]["published_at"] == "2024-02-23T10:00:00+08:00" and recs[0]["outlet"] == "某报"
    assert recs[1]["source"]["format"] == "html" and recs[1]["title"] == "给定标题"
    assert [r.get("error", {}).get("kind") for r in recs[2:]] == ["invalid_record"] * 3


def test_stdin_jsonl_to_stdout() -> None:
    rec = json.dumps({"doc_id": "s1", "text": "2023年GDP完成913亿元。"}, ensure_ascii=False)
    r = subprocess.run([sys.executable, "-m", "extractor", "extract", "-"], input=rec + "\n", capture_output=True,
                       text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    (line,) = r.stdout.splitlines()
    assert json.loads(line)["doc_id"] == "s1"


def test_huge_file_is_refused_over_the_limit_and_read_under_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(("正文段落。" * 40 + "\n\n").encode("utf-8") * 35_000)  # about 21 MB
    assert big.stat().st_size > 20_000_000
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(big), "-o", str(out)]) == 1
    assert _records(out)[0]["error"]["kind"] == "too_large"
    small = tmp_path / "small.txt"
    small.write_bytes(("正文段落。" * 40 + "\n\n").encode("utf-8") * 10)
    assert main(["extract", str(small), "-o", str(out), "--max-bytes", "10000"]) == 0


def test_metric_and_slogan_tables(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(ARTICLE, encoding="utf-8")
    m, s = tmp_path / "m.csv", tmp_path / "s.csv"
    assert main(["extract", str(tmp_path / "x.txt"), "-o", str(tmp_path / "o.jsonl"), "--metrics-csv", str(m),
                 "--slogans-csv", str(s)]) == 0
    assert m.read_text(encoding="utf-8").splitlines()[0].startswith("doc_id,title,published_at,indicator")
    assert s.read_text(encoding="utf-8").startswith("doc_id,text,kind")


def test_explain_prints_rules(capsys: pytest.CaptureFixture[str]) -> None:
    sample = SAMPLES / "000_a1ab65e3aa0cb0fe.txt"
    assert main(["explain", str(sample)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 000_a1ab65e3aa0cb0fe")


def test_library_extract_raises_document_error() -> None:
    with pytest.raises(DocumentError) as e:
        extract(b"")
    assert e.value.kind == "empty"
    with pytest.raises(TypeError):
        extract(123)  # type: ignore[arg-type]


def test_extract_batch_never_raises(batch_dir: Path) -> None:
    records = list(extract_batch([batch_dir, batch_dir / "missing.txt"]))
    assert len(records) == len(EXPECTED_KINDS) + 1
    assert records[-1].error.kind == "unreadable"  # type: ignore[union-attr]


def test_import_is_silent() -> None:
    code = "import extractor, sys; sys.stdout.flush()"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 0 and r.stdout == "" and r.stderr == ""


def test_parallel_jobs_keep_input_order(batch_dir: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(batch_dir), "-o", str(one)]) == main(["extract", str(batch_dir), "-o", str(two), "-j", "2"])
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_report_counts_slogans_once_per_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "要闻\n\n标题\n\n我们实施“2+5+10”总策略,深化“十四五”规划。\n\n再次强调“十四五”规划。\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["report", str(tmp_path), "--top", "5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 documents, 0 errors")
    assert "十四五\tnumbered\t2" in out


def test_per_document_time_limit_gives_a_timeout_record(tmp_path: Path) -> None:
    from extractor.options import Options

    with pytest.raises(DocumentError) as e:
        extract(ARTICLE, options=Options(timeout_s=1e-9))
    assert e.value.kind == "timeout"
    (tmp_path / "x.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(tmp_path / "x.txt"), "-o", str(out), "--timeout", "1e-9"]) == 1
    assert _records(out)[0]["error"]["kind"] == "timeout"
