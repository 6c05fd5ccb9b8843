"""Golden comparison: each sample's output equals samples/<doc_id>.expected.json."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from extractor.api import extract_batch
from extractor.schema import render_schema
from tests.golden import expected_path, render, sample_inputs

INPUTS = sample_inputs()


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_sample_matches_golden(path: Path) -> None:
    expected = expected_path(path)
    assert expected.exists(), f"no golden file for {path.name}: run make golden"
    (record,) = list(extract_batch([path]))
    got, want = render(record), expected.read_text(encoding="utf-8")
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                            f"{expected.name} (golden)", f"{path.name} (now)", n=2))
        pytest.fail(f"output changed; review and run make golden if intended:\n{diff[:6000]}")


def test_every_sample_has_an_input() -> None:
    stems = {p.stem for p in INPUTS}
    orphans = [p.name for p in INPUTS[0].parent.glob("*.expected.json") if p.name[: -len(".expected.json")] not in stems]
    assert not orphans


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_golden_validates_against_schema(path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(render_schema())
    jsonschema.validate(json.loads(expected_path(path).read_text(encoding="utf-8")), schema)
