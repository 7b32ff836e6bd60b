"""Negotiation dates lost for general reasons, each mechanism with its development wording reduced and two more
with invented names:

* "A and B agreed late on Friday ... The deal was struck after a week of talks": the talks end on the accord's day;
* "dates back to D, when A and B launched negotiations": the day the "when" clause hangs on dates the talks;
* "the talks" with no day of their own, in an article of sessions held on several stated days, are the latest;
* "the talks had stalled in late June" names a halted process, no session of its own;
* "the contact group, which brings together A, B and C, met": the body's named members are the sides;
* "the talks follow a meeting in X on D": that meeting is an earlier session, not this round;
* "a summit in X on D agreed to ...": talks that acted were held; "the four countries" are the article's parties;
* "in June 2014, when the leaders met": a month-only "when" clause is background;
* a delegation list whose side is no party of the talks the article reports goes to the latest held session before
  it that has that side ("A and B met in X on Tuesday. ... three weeks after C and B met in Y on D. In Y, the C
  delegation was led by ...").
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events import find_events
from kg.mentions import find_mentions
from kg.model import EventDraft
from tests.test_events import article

SAT = date(2019, 3, 9)


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from kg.nlp import build_nlp
    from kg.settings import Settings

    return build_nlp(Settings())


def _negotiations(nlp, text: str, published: date = SAT) -> list[EventDraft]:  # noqa: ANN001
    """Negotiation drafts the full pipeline (kg's components, kg's mentions) reads from ``text``."""
    doc = nlp(text)
    return [d for d in find_events(doc, find_mentions(doc), article(text, published)) if d.kind == "Negotiation"]


@pytest.mark.parametrize("text", [
    "Sudan and South Sudan agreed late on Friday on the fees Juba will pay, mediators said. "
    "The deal was struck after more than a week of talks in the Ethiopian capital.",
    "Guyana and Suriname agreed on Friday on a joint patrol of the river, officials said. "
    "The agreement came after two weeks of talks in Paramaribo.",
    "Peru and Ecuador signed a border accord late on Friday, the foreign ministry said. "
    "The accord was reached after five days of negotiations in Lima.",
])
def test_negotiation_talks_end_on_the_accord_day(nlp, text: str) -> None:  # noqa: ANN001
    """"The deal was struck after a week of talks" below "A and B agreed late on Friday": the talks held end that day."""
    held = [d for d in _negotiations(nlp, text) if d.status == "held"]
    assert held and all(d.date == date(2019, 3, 8) and d.date_basis == "stated" for d in held)


@pytest.mark.parametrize(("text", "day"), [
    ("The two leaders met on Tuesday. The process itself dates back to September 3, 2008, when Greek Cypriot "
     "and Turkish Cypriot leaders launched negotiations in Nicosia.", date(2008, 9, 3)),
    ("Armenia and Azerbaijan met on Tuesday. The dialogue goes back to May 16, 2016, when Armenia and Azerbaijan "
     "held talks in Vienna.", date(2016, 5, 16)),
    ("Serbia and Kosovo met on Tuesday. It all began on April 19, 2013, when Serbia and Kosovo concluded talks "
     "in Brussels.", date(2013, 4, 19)),
])
def test_negotiation_dated_by_the_day_a_when_clause_hangs_on(nlp, text: str, day: date) -> None:  # noqa: ANN001
    """"dates back to D, when A and B launched negotiations in X": a session of that day, not the news of today."""
    assert day in {d.date for d in _negotiations(nlp, text)}


@pytest.mark.parametrize("text", [
    "Sudan and South Sudan agreed late on Friday on oil fees after talks in Addis Ababa. On Tuesday, the two "
    "chief negotiators had held a meeting to break the deadlock. A diplomat close to the talks said the border "
    "would be far harder.",
    "Bolivia and Chile agreed on Friday on water rights after talks in Lima. On Monday, the two foreign "
    "ministers had held a meeting in Lima. A diplomat close to the negotiations said the next issue would be harder.",
    "Thailand and Cambodia agreed on Friday to reopen the border after talks in Bangkok. On Tuesday, the two "
    "defence ministers had held a meeting in Bangkok. An official close to the talks said the mood was good.",
])
def test_negotiation_undated_talks_are_the_latest_session(nlp, text: str) -> None:  # noqa: ANN001
    """"A diplomat close to the talks" beside sessions on Tuesday and Friday: the talks of Friday, the latest."""
    held = {d.date for d in _negotiations(nlp, text) if d.status == "held"}
    assert date(2019, 3, 8) in held and SAT not in held


@pytest.mark.parametrize("text", [
    "Sudan and South Sudan agreed on Friday on oil fees after talks in Addis Ababa. The talks had stalled "
    "in late June.",
    "Bolivia and Chile agreed on Friday on water rights after talks in Lima. The negotiations stalled last autumn.",
    "Thailand and Cambodia agreed on Friday to reopen the border after talks in Bangkok. The talks had "
    "stalled in early January.",
])
def test_negotiation_talks_that_stalled_are_no_session(nlp, text: str) -> None:  # noqa: ANN001
    """"The talks had stalled in late June": a halted process, no session of its own (dated by the article)."""
    assert {d.date for d in _negotiations(nlp, text)} == {date(2019, 3, 8)}


@pytest.mark.parametrize(("text", "sides"), [
    ("The trilateral contact group, which brings together Kiev, Moscow and the Organization for Security and "
     "Co-operation in Europe, met for seven hours in Minsk on Friday.", {"Ukraine", "Russia"}),
    ("Egypt and Sudan signed a trade deal on Monday. The joint military commission, which brings together five "
     "officers from Libya's Government of National Accord and five from the Libyan National Army, met in Cairo "
     "on Friday.", {"Government of National Accord", "Libyan National Army"}),
    ("Uganda and Kenya signed a trade pact on Monday. The joint verification mechanism, which comprises officers "
     "of Sudan and South Sudan, met in Juba on Friday.", {"Sudan", "South Sudan"}),
])
def test_negotiation_sides_are_the_members_a_body_brings_together(nlp, text: str, sides: set) -> None:  # noqa: ANN001
    """"the group, which brings together A, B and C, met": A, B and C are sides of the talks."""
    assert any(sides <= set(d.participants) for d in _negotiations(nlp, text))


@pytest.mark.parametrize(("text", "before"), [
    ("The fourth round of talks between the Libyan National Army and the Government of National Accord is under "
     "way. The talks follow a meeting of the military commission in Hurghada on February 28.", date(2019, 2, 28)),
    ("The third round of talks between Ethiopia and the TPLF is under way. The talks follow a meeting of the "
     "military commanders in Nairobi on February 20.", date(2019, 2, 20)),
    ("The fifth round of talks between Kosovo and Serbia is under way. The negotiations follow a meeting of the "
     "joint commission in Brussels on February 25.", date(2019, 2, 25)),
])
def test_negotiation_session_talks_follow_is_an_earlier_one(nlp, text: str, before: date) -> None:  # noqa: ANN001
    """"The talks follow a meeting in X on D": D is an earlier session's day, not the numbered round's."""
    rounds = [d for d in _negotiations(nlp, text) if d.round]
    assert rounds and all(d.date != before for d in rounds)


@pytest.mark.parametrize(("text", "day", "place"), [
    ("France, Germany, Russia and Ukraine have met in the Normandy format since 2014. A summit in Paris on "
     "October 2, 2015 agreed to postpone local elections.", date(2015, 10, 2), "Paris"),
    ("Egypt, Ethiopia and Sudan have negotiated over the dam since 2011. A meeting in Khartoum on "
     "April 5, 2018 agreed to set up a scientific group.", date(2018, 4, 5), "Khartoum"),
    ("Serbia and Kosovo have held EU-mediated talks since 2011. A summit in Brussels on June 27, 2016 "
     "called for a new energy deal.", date(2016, 6, 27), "Brussels"),
])
def test_negotiation_summit_that_acted_was_held(nlp, text: str, day: date, place: str) -> None:  # noqa: ANN001
    """"A summit in X on D agreed to ...": a session held, of the article's parties, not a plan."""
    assert any(d.date == day and d.place == place and d.status == "held" for d in _negotiations(nlp, text))


@pytest.mark.parametrize(("text", "sides"), [
    ("The leaders of France, Germany, Russia and Ukraine will meet in Paris on Monday. On Friday, the four "
     "countries' foreign-policy advisers met in Paris to finalise a draft.", {"France", "Germany", "Russia", "Ukraine"}),
    ("The leaders of Egypt, Ethiopia and Sudan will meet in Addis Ababa on Monday. On Friday, the three "
     "countries' water ministers met in Cairo to prepare a text.", {"Egypt", "Ethiopia", "Sudan"}),
    ("Armenia, Azerbaijan and Russia will sign a declaration in Moscow on Monday. On Friday, the three "
     "countries' deputy prime ministers met in Moscow to agree the text.", {"Armenia", "Azerbaijan", "Russia"}),
])
def test_negotiation_the_three_countries_are_the_article_parties(nlp, text: str, sides: set) -> None:  # noqa: ANN001
    """"the four countries' advisers met in X on Friday": a held session of the article's parties."""
    assert any(d.date == date(2019, 3, 8) and d.status == "held" and set(d.sides) == sides
               for d in _negotiations(nlp, text))


@pytest.mark.parametrize("text", [
    "France, Germany, Russia and Ukraine met in Paris on Friday. The format was born in June 2014, when the four "
    "leaders met in Normandy.",
    "Egypt, Ethiopia and Sudan met in Cairo on Friday. The process began in March 2015, when the three leaders "
    "met in Khartoum.",
    "Armenia and Azerbaijan met in Vienna on Friday. The dialogue opened in 2016, when the two ministers met "
    "in Moscow.",
])
def test_negotiation_when_clause_on_a_month_is_background(nlp, text: str) -> None:  # noqa: ANN001
    """"in June 2014, when the four leaders met": a session of that month, not Friday's, which its text dates."""
    assert sum(d.date == date(2019, 3, 8) for d in _negotiations(nlp, text)) == 1


@pytest.mark.parametrize("text, side, place", [
    ("Georgian and American officials met for eight hours in Batumi on Tuesday, with Turkey acting as host. The "
     "Georgian delegation was led by Levan Kapanadze and included Foreign Minister Nino Beridze. The Batumi meeting "
     "came three weeks after US and Russian officials met in Geneva on February 18. In Geneva, the Russian "
     "delegation was led by Foreign Minister Pavel Orlov.", "Russia", "Geneva"),
    ("Kenyan and Ethiopian negotiators met in Mombasa on Monday to settle the border dispute. The Kenyan team was "
     "led by Amina Odhiambo. The talks came two months after Ethiopian and Somali officials met in Djibouti on "
     "January 9. In "
     "Djibouti, the Somali delegation was led by Defence Minister Ahmed Farah.", "Somalia", "Djibouti"),
])
def test_negotiation_delegation_goes_to_the_session_of_its_side(nlp, text: str, side: str,  # noqa: ANN001
                                                                 place: str) -> None:
    drafts = _negotiations(nlp, text, date(2025, 3, 11))
    with_side = [d for d in drafts if any(s == side for s, _ in d.members)]
    assert with_side and all(d.place == place for d in with_side), [(d.place, d.members) for d in drafts]
