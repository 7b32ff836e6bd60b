"""Delegation lists of session 6 (kg.events_delegation and its helper modules), on sentences of our own
with invented people: community delegations, delegations whose side is their leader's organisation, people who
joined a delegation, opposition bodies of a state, persons who only describe a list item, teams a government
sends and a person's camp beside the government's delegation."""
from __future__ import annotations

import pytest

from kg.events_common import MentionIndex
from kg.events_delegation import find_delegations
from kg.mentions import find_mentions


@pytest.fixture(scope="module")
def kg_nlp():  # noqa: ANN201
    from kg.nlp import build_nlp
    from kg.settings import Settings

    return build_nlp(Settings())


def _members(kg_nlp, text: str, main: tuple[str, ...]) -> set[tuple[str, str]]:  # noqa: ANN001
    """(side, person) pairs the delegation reader finds in ``text`` for the parties ``main``."""
    doc = kg_nlp(text)
    return {(side, name) for side, name, *_ in find_delegations(doc, MentionIndex(doc, find_mentions(doc)), main)}


@pytest.mark.parametrize("text", [
    "Talks resumed in Vienna on Monday. The Bosnian Serb delegation was led by Marko Petrovic and included chief "
    "negotiator Jelena Kovacevic. The Bosnian Croat delegation, headed by Ivan Horvat, included Petra Novak.",
    "Talks resumed in Vienna on Monday. The Bosnian Serb team was headed by Marko Petrovic, with Jelena Kovacevic. "
    "The Bosnian Croat side was represented by Ivan Horvat and Petra Novak.",
])
def test_community_delegation_is_the_community(kg_nlp, text: str) -> None:  # noqa: ANN001
    """"The <demonym> <demonym> delegation": the community, never the state of the first demonym."""
    found = _members(kg_nlp, text, ("Bosnian Serbs", "Bosnian Croats"))
    assert {("Bosnian Serbs", "Jelena Kovacevic"), ("Bosnian Croats", "Ivan Horvat")} <= found
    assert not any(side in {"Serbia", "Croatia", "Bosnia and Herzegovina"} for side, _ in found)


@pytest.mark.parametrize("text", [
    "An Andean Community mediation team held talks in Lima on Monday. The delegation, led by Andean Community "
    "Secretary-General Rodrigo Alvear, included the lawyer Marta Quiroga and the diplomat Tomas Ferreyra.",
    "An Andean Community mediation team held talks in Lima on Monday. The mediation team, led by Andean Community "
    "Secretary-General Rodrigo Alvear and including the lawyer Marta Quiroga and the diplomat Tomas Ferreyra, met "
    "the president.",
])
def test_delegation_takes_its_leaders_organisation(kg_nlp, text: str) -> None:  # noqa: ANN001
    """"The delegation, led by <Organisation> Secretary-General A, included B": a delegation whose phrase names
    no party is that of its leader's organisation."""
    found = _members(kg_nlp, text, ("Peru", "Chile"))
    assert {("Andean Community", "Rodrigo Alvear"), ("Andean Community", "Marta Quiroga"),
            ("Andean Community", "Tomas Ferreyra")} <= found


@pytest.mark.parametrize("text", [
    "Peru and Chile held talks in Lima on Monday. The Chilean delegation was led by Tomas Ferreyra. The ambassador, "
    "Marta Quiroga, who joined the delegation on Monday, said the talks would go on.",
    "Peru and Chile held talks in Lima on Monday. The Chilean delegation was led by Tomas Ferreyra. Marta Quiroga "
    "joined the Chilean team on Monday.",
])
def test_who_joined_the_delegation(kg_nlp, text: str) -> None:  # noqa: ANN001
    """"A, who joined the delegation," and "A joined the X team": A is in that delegation."""
    assert ("Chile", "Marta Quiroga") in _members(kg_nlp, text, ("Peru", "Chile"))


@pytest.mark.parametrize("text, main, side", [
    ("Peru and Chile held talks in Lima on Monday. Rodrigo Alvear, who leads the negotiating team of Peru's "
     "opposition coalition, said on Tuesday the coalition would not give up.", ("Peru", "Chile"), None),
    ("Ecuador and its opposition held talks in Quito on Monday. The team of Ecuador's opposition alliance was "
     "headed by Carlos Mendoza.", ("Ecuador", "Ecuadorian opposition"), "Ecuadorian opposition"),
])
def test_opposition_body_of_a_state_is_not_the_state(kg_nlp, text: str, main: tuple[str, ...],  # noqa: ANN001
                                                     side: str | None) -> None:
    """"The team of X's opposition coalition": the state X only qualifies the body; its side is the article's
    non-state party if it has one, else the list is no delegation of X."""
    found = _members(kg_nlp, text, main)
    assert not any(s == main[0] for s, _ in found)
    assert side is None or (side, "Carlos Mendoza") in found


@pytest.mark.parametrize("text", [
    "Peru's government delegation was led by former minister Rodrigo Alvear, the special envoy of President "
    "Tomas Ferreyra, and included Colonel Marta Quiroga.",
    "Peru's government delegation was headed by Rodrigo Alvear, an adviser to Prime Minister Tomas Ferreyra, and "
    "included Colonel Marta Quiroga.",
])
def test_person_describing_a_list_item_is_no_member(kg_nlp, text: str) -> None:  # noqa: ANN001
    """"A, the special envoy of President B," and "A, an adviser to B,": B describes A, is not in the list."""
    found = _members(kg_nlp, text, ("Peru", "Shining Path"))
    assert {("Peru", "Rodrigo Alvear"), ("Peru", "Marta Quiroga")} <= found
    assert not any(name == "Tomas Ferreyra" for _, name in found)


@pytest.mark.parametrize("text", [
    "The government sent a team led by former senator Rodrigo Alvear, which included lawyer Marta Quiroga.",
    "The government dispatched a delegation headed by former senator Rodrigo Alvear, which included lawyer Marta "
    "Quiroga.",
])
def test_team_the_government_sends(kg_nlp, text: str) -> None:  # noqa: ANN001
    """"The government sent a team led by A, which included B": the state's delegation."""
    text = "Peru and the Shining Path held talks in Lima on Monday. " + text
    found = _members(kg_nlp, text, ("Peru", "Shining Path"))
    assert {("Peru", "Rodrigo Alvear"), ("Peru", "Marta Quiroga")} <= found


@pytest.mark.parametrize("camp", [
    "Ousted Peruvian president Julio Tacuri's delegation was led by Foreign Minister Rosa Mamani and included "
    "adviser Luis Condori.",
    "Ousted Peruvian president Julio Tacuri's team was headed by Foreign Minister Rosa Mamani, with adviser Luis "
    "Condori.",
])
def test_a_persons_delegation_beside_the_governments_is_their_camp(kg_nlp, camp: str) -> None:  # noqa: ANN001
    """"A's delegation was led by B and included C" beside the government's own delegation: B and C are A's camp,
    and A, who did not lead it, is no member."""
    text = ("Envoys of the two camps met in Lima on Monday. " + camp + " The government delegation was led by "
            "Interior Minister Marta Quiroga.")
    found = _members(kg_nlp, text, ("Peru", "Shining Path"))
    assert ("Peru", "Marta Quiroga") in found
    assert {("Julio Tacuri", "Rosa Mamani"), ("Julio Tacuri", "Luis Condori")} <= found
    assert not any(name == "Julio Tacuri" for _, name in found)


@pytest.mark.parametrize("text", [
    "A Caribbean Community delegation led by Jamaica's prime minister, Rodrigo Alvear, held talks in Port-au-Prince "
    "on Monday with the government and the opposition. The delegation included Barbadian diplomat Marta Quiroga.",
    "Rodrigo Alvear, Jamaica's prime minister, led a Caribbean Community mission to Port-au-Prince on Monday for "
    "talks with the government. The mission also comprised the Barbadian diplomat Marta Quiroga and Tomas Ferreyra.",
])
def test_regional_mission_led_by_a_member_states_leader(kg_nlp, text: str) -> None:  # noqa: ANN001
    """"An <Organisation> delegation led by <member state>'s prime minister A ... The delegation included B": the
    side is the organisation, not the member state; "the delegation" of the next sentence is the one just named."""
    found = _members(kg_nlp, text, ("Haiti", "Caribbean Community"))
    assert {("Caribbean Community", "Rodrigo Alvear"), ("Caribbean Community", "Marta Quiroga")} <= found
    assert not any(side in {"Jamaica", "Barbados"} for side, _ in found)


@pytest.mark.parametrize("text", [
    "Peru and the Shining Path rebels held a second round of talks in Lima on Friday. The government team, led by "
    "Interior Minister Rodrigo Alvear, included senior negotiator Tomas Ferreyra. The rebels were represented by "
    "Carlos Mendoza, the rebels' chief negotiator, with central committee members Rosa Mamani and Luis Condori.",
    "Peru and the Shining Path rebels held a second round of talks in Lima on Friday. Interior Minister Rodrigo "
    "Alvear headed the government team, which included senior negotiator Tomas Ferreyra. The insurgents were "
    "represented by their chief negotiator, Carlos Mendoza, along with Rosa Mamani and Luis Condori.",
])
def test_government_team_and_rebels_represented_by(kg_nlp, text: str) -> None:  # noqa: ANN001
    """"The government team, led by A, included B. The rebels were represented by C, ..., with D and E"."""
    found = _members(kg_nlp, text, ("Peru", "Shining Path"))
    assert {("Peru", "Rodrigo Alvear"), ("Peru", "Tomas Ferreyra"), ("Shining Path", "Carlos Mendoza"),
            ("Shining Path", "Rosa Mamani"), ("Shining Path", "Luis Condori")} <= found


def test_a_presidents_delegation_beside_a_state_list_stays_the_states(kg_nlp) -> None:  # noqa: ANN001
    """"President A's delegation was led by B ... The Peruvian delegation also included C": one state's
    delegation, not A's camp (only a list the text gives to the government sets a person's camp apart)."""
    text = ("Peru and Chile held talks in Lima on Monday. Peruvian President Julio Tacuri's delegation was led by Foreign "
            "Minister Rosa Mamani. The Peruvian delegation also included adviser Luis Condori.")
    found = _members(kg_nlp, text, ("Peru", "Chile"))
    assert {("Peru", "Rosa Mamani"), ("Peru", "Luis Condori")} <= found
