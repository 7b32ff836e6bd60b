"""Negotiation mechanisms of session 12 (blind36), each with more wordings and invented names.

* "the government and B panels / delegations emerged ...": the sides stand as modifiers before a plural team noun;
  with "the government" the state the article is about (named only by its cities), they give the article's pair, so
  talks sentences that name no side ("The fifth round, facilitated by X, ran for four days") are theirs;
* "X urged / called on A and B to resume talks": the object holds the talks (object control), X is no side;
* a day and month without a year in a paragraph telling an earlier year ("On 8 May 1995 ... on 26 May") take that year;
* "the ministers of the three states met": the session has the three states the article names most.
"""
from __future__ import annotations

from datetime import date

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


@pytest.mark.parametrize(("text", "sides", "urger"), [
    ("Norway called on Sudan and South Sudan to resume talks in Addis Ababa next week.",
     {"Sudan", "South Sudan"}, "Norway"),
    ("The African Union urged Ethiopia and Eritrea on Friday to resume talks in Algiers, which are expected to "
     "restart next month.", {"Ethiopia", "Eritrea"}, "African Union"),
])
def test_negotiation13_urged_object_holds_the_talks(nlp, text: str, sides: set, urger: str) -> None:  # noqa: ANN001
    """"X urged / called on A and B to resume talks": A and B are the sides (they would resume them), X none."""
    talks = _negotiations(nlp, text)
    assert all(urger not in d.sides for d in talks)
    assert any(set(d.sides) == sides for d in talks)


@pytest.mark.parametrize(("text", "second"), [
    ("On 8 May 1998, the foreign ministers of Peru and Ecuador met in Brasilia. A second ministerial meeting, in "
     "Quito on 26 May, settled the border principles.", date(1998, 5, 26)),
    ("Kenya and Uganda first met in Arusha on 3 March 2001. A second meeting, in Kampala on 19 March, drew up a "
     "joint plan.", date(2001, 3, 19)),
])
def test_negotiation13_year_of_the_told_past(nlp, text: str, second: date) -> None:  # noqa: ANN001
    """A day and month without a year in a paragraph telling an earlier year take that year, not the report's."""
    talks = _negotiations(nlp, text, date(2020, 11, 21))
    assert second in {d.date for d in talks}


@pytest.mark.parametrize(("text", "trio"), [
    ("Peru, Chile and Bolivia signed the accord in Lima. Peru's president spoke first, then Chile's and Bolivia's. "
     "On 8 May 1998, the foreign ministers of the three states met in Brasilia. Officials of Peru and Chile praised "
     "Bolivia.", {"Peru", "Chile", "Bolivia"}),
    ("Kenya, Uganda and Tanzania agreed the plan, officials in Nairobi, Kampala and Dodoma said. The leaders of the "
     "three countries met in Arusha on Monday. Kenya and Uganda later quarrelled, Tanzania said.",
     {"Kenya", "Uganda", "Tanzania"}),
])
def test_negotiation13_counted_states_widen_the_pair(nlp, text: str, trio: set) -> None:  # noqa: ANN001
    """"The ministers of the three states met": the session has the three states the article names most."""
    talks = _negotiations(nlp, text)
    assert any(set(d.sides) == trio for d in talks), [(d.sides, d.date) for d in talks]
