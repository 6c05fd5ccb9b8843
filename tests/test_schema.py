"""The committed schema is what the models generate, and it describes real output."""

from __future__ import annotations

import json

import pytest

from extractor import extract
from extractor.cli import main
from extractor.models import Article
from extractor.schema import render_schema
from tests.conftest import ROOT


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "schemas" / "article.schema.json").read_text(encoding="utf-8")
    assert committed == render_schema(), "schemas/article.schema.json is stale: run make schema"


def test_schema_check_command_passes_on_current_file() -> None:
    assert main(["schema", "--check", "--path", str(ROOT / "schemas" / "article.schema.json")]) == 0


def test_schema_check_command_fails_on_stale_file(tmp_path) -> None:
    stale = tmp_path / "s.json"
    stale.write_text("{}", encoding="utf-8")
    assert main(["schema", "--check", "--path", str(stale)]) == 1


def test_output_validates_against_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    article = extract("标题\n\n2023年GDP完成913亿元,增长7.2%。\n\n全年新增企业120家。", doc_id="t")
    jsonschema.validate(json.loads(article.model_dump_json()), json.loads(render_schema()))


@pytest.mark.parametrize(
    "bad",
    [
        {"extra_field": 1},
        {"metrics": [{"indicator": "GDP", "value": 1, "unit": "亿元", "mention": "1亿元", "evidence": "x", "span": [0, 4],
                      "comparator": "=="}]},
    ],
    ids=["extra-field", "bad-comparator"],
)
def test_models_are_strict(bad: dict) -> None:
    base = {"doc_id": "d", "source": {"format": "text", "sha256": "0" * 64, "encoding": "utf-8"}, "paragraphs": ["1亿元"]}
    with pytest.raises(ValueError):
        Article.model_validate({**base, **bad})


def test_span_invariant_is_enforced() -> None:
    base = {"doc_id": "d", "source": {"format": "text", "sha256": "0" * 64, "encoding": "utf-8"}, "paragraphs": ["GDP 913亿元"]}
    good = {"indicator": "GDP", "value": 913, "unit": "亿元", "mention": "913亿元", "evidence": "GDP 913亿元", "span": [4, 9]}
    assert Article.model_validate({**base, "metrics": [good]}).metrics[0].span == (4, 9)
    with pytest.raises(ValueError, match="does not slice"):
        Article.model_validate({**base, "metrics": [{**good, "span": [3, 8]}]})
