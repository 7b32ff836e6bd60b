"""Negotiation mechanisms of session 12 (blind36), each with more wordings and invented names.

* "the government and B panels / delegations emerged ...": the sides stand as modifiers before a plural team noun;
  with "the government" the state the article is about (named only by its cities), they give the article's pair, so
  talks sentences that name no side ("The fifth round, facilitated by X, ran for four days") are theirs.
"""
from __future__ import annotations

import pytest

from tests.test_negotiation7 import _negotiations, nlp  # noqa: F401 - nlp is a fixture


@pytest.mark.parametrize(("text", "sides"), [
    ("OSLO - When the government and Karen National Union panels emerged from the hotel late on Sunday with a signed "
     "annex, both sides spoke of a breakthrough. The fifth round of exploratory talks, facilitated by Norway, had run "
     "for four days. Officials in Naypyidaw and Yangon welcomed the annex, and residents of Mandalay celebrated.",
     {"Myanmar", "Karen National Union"}),
    ("The government and National Liberation Front delegations left the Palais in Geneva late on Friday. The third "
     "round of talks, mediated by Switzerland, had lasted a week. In Bamako and Gao, traders said prices had fallen, "
     "and Timbuktu was calm.",
     {"Mali", "National Liberation Front"}),
])
def test_negotiation13_sides_before_a_team_noun(nlp, text: str, sides: set) -> None:  # noqa: ANN001
    """The round's sides come from "the government and B panels", the government being the article's state."""
    talks = _negotiations(nlp, text)
    assert any(set(d.sides) == sides for d in talks), [(d.sides, d.participants) for d in talks]
    assert not any(set(d.sides) & {"Norway", "Switzerland"} for d in talks)
