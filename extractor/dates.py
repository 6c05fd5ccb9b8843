"""Date and period mentions resolved against a reference date (PLACEHOLDER: being written)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional, Union

from .models import DateMention


@dataclass(frozen=True)
class DateFound:
    """A date or period mention: text, [start, end) into the searched text, ISO value."""

    text: str
    start: int
    end: int
    value: str

    def to_model(self) -> DateMention:
        return DateMention(text=self.text, value=self.value, span=(self.start, self.end))


def find_dates(text: str, reference: Optional[Union[str, date, datetime]] = None) -> list[DateFound]:
    """Every date and period mention in `text`."""
    return []
