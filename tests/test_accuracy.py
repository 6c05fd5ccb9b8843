"""Accuracy on the seed and dev references never drops below the pinned floors."""

from __future__ import annotations

import json

import pytest

from tests.accuracy import CEILINGS, FLOORS, SETS, measure
from tests.conftest import shared_path

FLOOR_DATA = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}


@pytest.fixture(scope="module", params=sorted(SETS))
def figures(request: pytest.FixtureRequest) -> tuple[str, dict[str, float]]:
    shared_path("tools", "score.py")
    return request.param, measure(request.param)


def test_figures_hold_their_floors(figures: tuple[str, dict[str, float]]) -> None:
    name, got = figures
    floors = FLOOR_DATA.get(name)
    assert floors, f"no floors pinned for {name}: run python -m tests.accuracy --update"
    below = {k: (got[k], f) for k, f in floors.items()
             if k in got and ((got[k] > f + 1e-9) if k in CEILINGS else (got[k] < f - 1e-9))}
    assert not below, f"{name}: figures past their floors (got, floor): {below}"
