"""Sanction classes of session 8: a measure a body "decided to implement" (the deciding verb's subject imposes it,
"the Government of X" is X); the day of a participle that describes another noun ("the test conducted by X on
May 9") and the day a measure runs to ("until October 2025") are not its day; "We will also freeze …" in a
government's own briefing; states that act in a clause of their own (the drafters of a resolution, a state that
"is expected to announce measures") are no targets; another name of a target ("known as "B"") is no second
target; a firm's name the tagger cut at its "and"; a state that only qualifies what the targets are responsible
for.

Every sentence is our own, with invented names (real states, cities and bodies only); mentions are made by hand
from the model's entities (``tests.test_events.read``).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_events import nlp, read  # noqa: F401 - nlp is a fixture

__all__ = ["nlp"]

FRI = date(2019, 6, 14)  # a Friday


def _pairs(drafts) -> set[tuple[str, str]]:
    return {(d.imposer, d.target) for d in drafts}


@pytest.mark.parametrize("text, pair", [
    ("At this morning's Cabinet meeting, the Government of Norway decided to implement additional measures against "
     "Belarus, in light of the crackdown conducted by Belarus on June 2.", ("Norway", "Belarus")),
    ("At a special session, the Government of Canada decided to implement new measures against Venezuela.",
     ("Canada", "Venezuela")),
    ("The Government of Australia has decided to implement further measures against Myanmar, following the coup "
     "staged by the army on February 1.", ("Australia", "Myanmar")),
])
def test_decided_to_implement_measures_is_the_deciders_measure(nlp, text, pair):
    """"X decided to implement measures against Y": X (the Government of X is X) imposes them, on the article's day,
    not on the day of a participle that describes another noun ("the coup staged by the army on February 1")."""
    drafts = read(nlp, text, published=FRI, kind="Sanction")
    assert pair in _pairs(drafts)
    assert all(d.date == FRI for d in drafts if (d.imposer, d.target) == pair)


@pytest.mark.parametrize("text, target", [
    ("Norway will freeze the assets of Baltic Pearl Trading Company. We will also freeze the assets of one individual, "
     "Mr. Anton Kovalenko, a representative of the Minsk Export Corporation in Gomel.", "Anton Kovalenko"),
    ("Canada will freeze the assets of Caribe Oil Services. We will also freeze the assets of Mr. Hector Salas.",
     "Hector Salas"),
    ("New Zealand has imposed travel bans on Fiji Timber Holdings. We have also imposed a travel ban on Mr. Ratu Seru Vakaloloma.",
     "Ratu Seru Vakaloloma"),
])
def test_we_in_a_government_briefing_is_the_imposer_before(nlp, text, target):
    """"We will also freeze the assets of A", outside quotes, after the government's own measure: its imposer."""
    drafts = read(nlp, text, published=FRI, kind="Sanction")
    first = drafts[0].imposer
    assert (first, target) in _pairs(drafts)


@pytest.mark.parametrize("text, pair, wrong", [
    ("The UN Security Council on Thursday renewed its sanctions on Libya. The resolution, drafted by France and "
     "Gabon, extends the asset freeze and travel ban until June 2020.", ("Security Council", "Libya"),
     {"France", "Gabon"}),
    ("The Security Council on Tuesday renewed its arms embargo on South Sudan. The resolution, sponsored by the "
     "United Kingdom and Ghana, extends the travel ban until May 2020.", ("Security Council", "South Sudan"),
     {"United Kingdom", "Ghana"}),
    ("Japan imposed sanctions on North Korea on Friday. Seoul said that South Korea announced its own sanctions this "
     "morning, and that Australia is expected to announce measures as well.", ("South Korea", "North Korea"),
     {"Australia"}),
])
def test_states_acting_in_a_clause_of_their_own_are_no_targets(nlp, text, pair, wrong):
    """The drafters of a resolution ("drafted by X and Y") and a state that "is expected to announce measures" act in
    a clause of their own: the measure's target is the state reported before; the day a measure runs to ("until
    June 2020") is not its day, which a referring "The resolution" takes from the measure before."""
    drafts = read(nlp, text, published=FRI, kind="Sanction")
    pairs = _pairs(drafts)
    assert any(i.endswith(pair[0]) and t == pair[1] for i, t in pairs)
    assert not {t for _, t in pairs} & wrong
    assert all(d.date is not None for d in drafts if d.target == pair[1])


@pytest.mark.parametrize("text, target, alias", [
    ("The European Union on Monday froze the assets of Carlos Mendoza, alias \"El Flaco\", a cartel financier.",
     "Carlos Mendoza", "El Flaco"),
    ("The European Union on Monday imposed sanctions on Ivan Petrenko, alias \"Kot\", a militia commander.",
     "Ivan Petrenko", "Kot"),
    ("Britain on Tuesday sanctioned Viktor Moroz, also known as \"The Baker\", for his role in the attacks.",
     "Viktor Moroz", "The Baker"),
])
def test_another_name_of_a_target_is_no_second_target(nlp, text, target, alias):
    """"A, known as "B"", "A, alias "B"": one target, A."""
    targets = {d.target for d in read(nlp, text, published=FRI, kind="Sanction")}
    assert target in targets
    assert alias not in targets


@pytest.mark.parametrize("text, firm", [
    ("The EU froze the assets of Volga Mining and Machinery Company and Belaya Rus Trading Company.",
     "Volga Mining and Machinery Company"),
    ("Canada will freeze the assets of the following entities: Andes Copper Holdings, Lima Mining and Machinery "
     "Corporation, and the Callao Shipping Company.", "Lima Mining and Machinery Corporation"),
])
def test_firm_name_cut_at_its_and_is_one_target(nlp, text, firm):
    """"A Mining and Machinery Corporation": the tagger may cut it at "and", but a firm word after one common word
    ("Machinery Corporation") names no firm of its own: one target, whole."""
    doc = nlp(text)
    from kg.events import find_events
    from kg.mentions import find_mentions
    from tests.test_events import article
    drafts = [d for d in find_events(doc, find_mentions(doc), article(text, FRI)) if d.kind == "Sanction"]
    targets = {d.target for d in drafts}
    assert firm in targets
    assert not any(t.endswith(("Machinery Company", "Machinery Corporation")) and t != firm for t in targets)


@pytest.mark.parametrize("text, named", [
    ("The Japanese Government has today imposed travel bans on individuals and an entity responsible for the "
     "Chinese threat to the security of Taiwan.\n\nThe following persons are designated:\n\n"
     "1. Li Wenhao, date of birth 3 March 1962, deputy commander.\n2. Zhou Mingde, date of birth 9 May 1970, "
     "director.\n", {"Li Wenhao", "Zhou Mingde"}),
    ("The Canadian Government has today imposed sanctions on individuals responsible for the Iranian crackdown on "
     "protesters.\n\nThe following persons are designated:\n\n1. Reza Karimi, date of birth 2 January 1975, "
     "commander.\n2. Hassan Tavakoli, date of birth 8 August 1969, judge.\n", {"Reza Karimi", "Hassan Tavakoli"}),
])
def test_state_of_what_targets_are_responsible_for_gives_way_to_the_list(nlp, text, named):
    """"on individuals responsible for the X threat", then a list: the people listed are the targets, not X."""
    drafts = read(nlp, text, published=FRI, kind="Sanction")
    targets = {d.target for d in drafts}
    assert named <= targets
    assert not {"China", "Iran"} & targets


@pytest.mark.parametrize("text, pair, day", [
    ("Japan froze the assets of Tanchon Commercial Bank. The measures follow the adoption on Wednesday of United "
     "Nations Security Council resolution 2321, which tightened the sanctions against North Korea.",
     ("United Nations Security Council", "North Korea"), date(2019, 6, 12)),
    ("The vote came after the adoption last week of Security Council resolution 2094, which tightened the sanctions "
     "on Iran.", ("Security Council", "Iran"), None),
    ("Canada listed two firms. The step follows the adoption on Wednesday of United Nations Security Council "
     "resolution 2270, which significantly strengthens the sanctions against Eritrea.",
     ("United Nations Security Council", "Eritrea"), date(2019, 6, 12)),
])
def test_a_bodys_resolution_that_tightens_sanctions_is_the_bodys_measure(nlp, text, pair, day):
    """"X resolution N, which tightened the sanctions against Y": X imposes them, on the day the resolution was
    adopted when the sentence gives one."""
    drafts = [d for d in read(nlp, text, published=FRI, kind="Sanction") if (d.imposer, d.target) == pair]
    assert drafts
    assert day is None or drafts[0].date == day


@pytest.mark.parametrize("text, wrong", [
    ("The EU imposed sanctions on Haiti on Monday. Canada sanctioned Dorvil in June.", ("Canada", "Haiti")),
    ("The EU imposed sanctions on Mali on Monday. Britain sanctioned Traore in March.", ("United Kingdom", "Mali")),
    ("The EU imposed sanctions on Sudan on Monday. Britain sanctioned Hamdouk in July.", ("United Kingdom", "Sudan")),
])
def test_untagged_named_object_is_no_state_reported_before(nlp, text, wrong):
    """"X sanctioned Dorvil in June", with the surname untagged or taken for a place: a target is named, so the state
    an earlier measure targeted does not stand for it."""
    assert wrong not in _pairs(read(nlp, text, published=date(2024, 10, 18), kind="Sanction"))


@pytest.mark.parametrize("text, noun, described", [
    ("Japan froze the assets of four firms in light of the missile test conducted by North Korea on July 9.", "test",
     True),
    ("Peru froze the assets of two firms after the election held by the junta on May 2.", "election", True),
    ("The council froze the assets of two firms under a decision taken on May 9.", "decision", False),
])
def test_only_a_participle_with_its_own_agent_is_another_act(nlp, text, noun, described):
    """A participle with its own agent ("the test conducted by X on D") describes another actor's act, whose day is
    not the measure's; without one ("a decision taken on D") the day may be the measure's and is kept."""
    from kg.events_sanction_dates import _described

    doc = nlp(text)
    acl = next(t for t in doc if t.dep_ == "acl" and t.head.lower_ == noun)
    assert _described(acl, set()) is described
