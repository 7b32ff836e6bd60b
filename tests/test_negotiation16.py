"""Negotiations of session 16: a region the model tags LOC ("the Sahel", "the Horn of Africa", "the Middle East")
is no side of talks, also when a mediator's title names it ("the AU High Representative for the Sahel told
reporters after talks"). Sentences and names of our own, read by the full pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_statement12 import _read, nlp  # noqa: F401 - nlp is a fixture

_REPORT = date(2024, 3, 9)


@pytest.mark.parametrize("region", ["Sahel", "Horn of Africa", "Great Lakes"])
def test_negotiation_region_in_a_title_is_no_side(nlp, region: str) -> None:  # noqa: ANN001
    text = ("Mozambique and rebels agree to end war\n\nMozambique's government and the Malorian National Front "
            "agreed on Thursday to a permanent ceasefire, the African Union's mediator said.\n\n"
            f"Thabo Nkosi, the AU High Representative for the {region}, told reporters in Lusaka after a week of "
            "talks.\n\nThe talks, the first formal negotiations between the two sides since the war broke out in "
            "June 2020, opened in the Zambian capital on March 2.\n")
    drafts = _read(nlp, text, "Negotiation", _REPORT)
    assert drafts
    assert not any(region in p for d in drafts for p in d.participants)
    assert any({"Mozambique", "Malorian National Front"} <= set(d.participants) for d in drafts)
