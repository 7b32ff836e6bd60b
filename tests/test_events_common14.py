"""events_common.ahead_of: a planned event's month and day without a year that fell well before the report is next
year's; one a few weeks before it stays in the report's year (a plan recalled with the day it was agreed)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_common import ahead_of


@pytest.mark.parametrize("got, anchor, text, expected", [
    (date(2024, 3, 3), date(2025, 1, 10), "March 3", date(2025, 3, 3)),  # "will meet on March 3" in January
    (date(2025, 2, 18), date(2025, 2, 26), "February 18", date(2025, 2, 18)),  # eight days before: that day
    (date(2025, 3, 1), date(2025, 2, 26), "March 1", date(2025, 3, 1)),  # after the report already
    (date(2024, 6, 1), date(2025, 2, 26), "June 1, 2024", date(2024, 6, 1)),  # a year is written
])
def test_events_common_ahead_of(got: date, anchor: date, text: str, expected: date) -> None:
    assert ahead_of(got, anchor, text) == expected
