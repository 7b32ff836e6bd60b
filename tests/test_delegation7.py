"""Delegation lists of session 7 (kg.events_delegation and its helper modules), on sentences of our own with
invented people: a team the parser hung on "the Government of X", "the federal delegation", a side-less team
after another side's list, a team named by the kind of party it is ("the separatist team"), and a leader named
by "he"/"she" who came with or was accompanied by the others."""
from __future__ import annotations

import pytest

from kg.mentions import find_mentions
from tests.test_delegation_classes6 import _members, kg_nlp  # noqa: F401 - kg_nlp is a fixture


@pytest.mark.parametrize("text, main, side, people", [
    ("The Government of the Philippines panel was headed by chief negotiator Ramon Dizon and included panel "
     "members Angela Cruz-Lagman and Hernani Villaflor.", ("NDFP", "Philippines"), "Philippines",
     {"Ramon Dizon", "Angela Cruz-Lagman", "Hernani Villaflor"}),
    ("The Government of Sudan delegation was led by Ghazi Omar and included Hassan Idris.", ("JEM", "Sudan"),
     "Sudan", {"Ghazi Omar", "Hassan Idris"}),
])
def test_delegation_of_the_government_of_a_state(kg_nlp, text: str, main: tuple[str, ...], side: str,
                                                  people: set[str]) -> None:  # noqa: ANN001
    """"The Government of X panel was headed by A": the parser hangs the team on "Government"; it is X's."""
    assert {(side, p) for p in people} <= _members(kg_nlp, text, main)


@pytest.mark.parametrize("text, main, side, people", [
    ("The federal delegation was headed by Tesfaye Alemu, the national security adviser. Justice Minister Hirut "
     "Bekele and General Dawit Tadesse were also on the team.", ("Ethiopia", "Oromo Liberation Army"), "Ethiopia",
     {"Tesfaye Alemu", "Hirut Bekele", "Dawit Tadesse"}),
    ("The federal delegation, led by Interior Minister Abdi Warsame, included Hodan Ali.", ("Somalia", "Jubaland"),
     "Somalia", {"Abdi Warsame", "Hodan Ali"}),
])
def test_federal_delegation_is_the_state(kg_nlp, text: str, main: tuple[str, ...], side: str,
                                         people: set[str]) -> None:  # noqa: ANN001
    """"The federal delegation": the one state of a state–non-state pair, as "the government delegation"."""
    assert {(side, p) for p in people} <= _members(kg_nlp, text, main)


@pytest.mark.parametrize("text, main, state, rebels", [
    ("Cameroon's government and separatists held talks on Tuesday. The government delegation, led by Minister "
     "Paul Etoundi Mbarga, included Jean-Claude Fouda. The separatist team was headed by Ebenezer Tabi. Its members "
     "included Lucas Ayuk and Beatrice Nfor.", ("Cameroon", "Ambazonia Governing Council"), "Cameroon",
     {"Ebenezer Tabi", "Beatrice Nfor"}),
    ("Niger's government and the rebels met in Niamey on Monday. The government delegation was led by Moussa "
     "Issoufou. The insurgent team was headed by Rhissa Ag Alla and included Fatima Wallet.",
     ("Niger", "Movement for Justice"), "Niger", {"Rhissa Ag Alla", "Fatima Wallet"}),
])
def test_team_named_by_its_kind_is_not_the_one_just_listed(kg_nlp, text: str, main: tuple[str, ...], state: str,
                                                             rebels: set[str]) -> None:  # noqa: ANN001
    """"The separatist team" after the government's list is the non-state party's (the adjective of a plural
    kind counts), never the side just listed."""
    found = {(side, name.split()[-1]) for side, name in _members(kg_nlp, text, main)}  # a list may give surnames
    surnames = {p.split()[-1] for p in rebels}
    assert not any((state, p) in found for p in surnames)
    assert {(main[1], p) for p in surnames} <= found


@pytest.mark.parametrize("text, main, side, people, others", [
    ("The government side is headed by Minister Regine Balembo. She arrived with her chief of staff, Didier "
     "Kossi, and presidential security adviser Firmin Ngaba. The armed groups' delegation is led by Abdoulaye "
     "Hassane. Also in the delegation are Christian Yakete and Maxime Doko.",
     ("Central African Republic", "armed groups"), "Central African Republic",
     {"Didier Kossi", "Firmin Ngaba"}, {"Christian Yakete", "Maxime Doko"}),
    ("The Kenyan delegation was led by Trade Minister Peter Oduya. He was accompanied by his deputy, Alice "
     "Wambui, and Samuel Kirui. A second team was led by Hodan Ali. Also on the team were Yusuf Farah and "
     "Ahmed Nur.", ("Kenya", "Somalia"), "Kenya", {"Alice Wambui", "Samuel Kirui"}, {"Yusuf Farah", "Ahmed Nur"}),
])
def test_pronoun_leader_and_sideless_list(kg_nlp, text: str, main: tuple[str, ...], side: str, people: set[str],
                                         others: set[str]) -> None:  # noqa: ANN001
    """"... headed by A. She arrived with B and C": B and C are in A's delegation; a list after another list whose
    side the text does not give ("Also in the delegation are D") is not put on the side listed before that."""
    found = _members(kg_nlp, text, main)
    assert {(side, p) for p in people} <= found
    assert not any((side, p) in found for p in others)


@pytest.mark.parametrize("text, main, side, person", [
    ("Mohamed Dualeh, a member of the Somali team, said the talks were useful.", ("Kenya", "Somalia"), "Somalia",
     "Mohamed Dualeh"),
    ("Abdi Warsame is a member of the Somali delegation.", ("Kenya", "Somalia"), "Somalia", "Abdi Warsame"),
    ("The Kenyan delegation was led by Karanja Mwangi. Grace Njeri, a member of the delegation, said the talks were "
     "hard.", ("Kenya", "Somalia"), "Kenya", "Grace Njeri"),
])
def test_member_of_a_team(kg_nlp, text: str, main: tuple[str, ...], side: str, person: str) -> None:  # noqa: ANN001
    """"A, a member of the X team, said": A is in X's delegation; "the delegation" with no party of its own is the
    one just listed."""
    assert (side, person) in _members(kg_nlp, text, main)


@pytest.mark.parametrize("text, main, expected", [
    ("Leading the Kenyan delegation was Karanja Mwangi, while Somalia's team was led by Abdi Warsame.",
     ("Kenya", "Somalia"), {("Kenya", "Karanja Mwangi"), ("Somalia", "Abdi Warsame")}),
    ("Heading the Somali team is Ambassador Hodan Ismail, a veteran diplomat.", ("Kenya", "Somalia"),
     {("Somalia", "Hodan Ismail")}),
    ("Leading the Chilean team, Ambassador Ignacio Fuentes said Chile was ready.", ("Peru", "Chile"),
     {("Chile", "Ignacio Fuentes")}),
    ("Tomas Ferreyra, heading the Peruvian delegation, said Peru was ready.", ("Peru", "Chile"),
     {("Peru", "Tomas Ferreyra")}),
])
def test_leading_the_delegation(kg_nlp, text: str, main: tuple[str, ...], expected: set) -> None:  # noqa: ANN001
    """"Leading the X delegation was A", "A, heading the X team,": A is in X's delegation."""
    assert expected <= _members(kg_nlp, text, main)


@pytest.mark.parametrize("text, main, expected", [
    ("Somalia's delegation to the talks was made up of Abdi Warsame and Hodan Ismail.", ("Kenya", "Somalia"),
     {("Somalia", "Abdi Warsame"), ("Somalia", "Hodan Ismail")}),
    ("The Peruvian negotiators - Tomas Ferreyra, Lucia Campos and Diego Salas - arrived in Lima on Monday.",
     ("Peru", "Chile"), {("Peru", "Tomas Ferreyra"), ("Peru", "Lucia Campos")}),
    ("Kenyan negotiators Karanja Mwangi and Omari Chege said the gap was narrowing.", ("Kenya", "Somalia"),
     {("Kenya", "Karanja Mwangi"), ("Kenya", "Omari Chege")}),
])
def test_made_up_of_and_plural_negotiators(kg_nlp, text: str, main: tuple[str, ...], expected: set) -> None:  # noqa: ANN001
    """"The X delegation was made up of A and B" (a list verb like "comprise"); "the X negotiators - A, B and C -"
    and "X negotiators A and B": all of them are in X's delegation."""
    assert expected <= _members(kg_nlp, text, main)


@pytest.mark.parametrize("text, main, expected", [
    ("The ELN delegation: Pablo Tejada (head), Aureliano Carbonell and Bernardo Tellez.", ("Colombia", "ELN"),
     {("ELN", "Aureliano Carbonell"), ("ELN", "Bernardo Tellez")}),
    ("The Somali delegation: Deputy Foreign Minister Abdi Warsame, Hodan Ismail and Yusuf Farah.",
     ("Kenya", "Somalia"), {("Somalia", "Abdi Warsame"), ("Somalia", "Hodan Ismail")}),
    ("Members of the government delegation are Otty Patino, Maria Jose Pizarro and General Hugo Acosta.",
     ("Colombia", "ELN"), {("Colombia", "Maria Jose Pizarro"), ("Colombia", "Hugo Acosta")}),
    ("Members of the Kenyan team are Karanja Mwangi and Omari Chege.", ("Kenya", "Somalia"),
     {("Kenya", "Karanja Mwangi"), ("Kenya", "Omari Chege")}),
])
def test_verbless_and_copula_member_lists(kg_nlp, text: str, main: tuple[str, ...], expected: set) -> None:  # noqa: ANN001
    """"The X delegation: A, B and C" (a line with no verb) and "Members of the X delegation are A and B"."""
    assert expected <= _members(kg_nlp, text, main)


@pytest.mark.parametrize("text, main, expected", [
    ("Government negotiator Otto Pardo and the ELN's Pablo Tejada signed the protocol.", ("Colombia", "ELN"),
     {("Colombia", "Otto Pardo")}),
    ("Kenyan negotiator Karanja Mwangi said the gap was narrowing.", ("Kenya", "Somalia"),
     {("Kenya", "Karanja Mwangi")}),
])
def test_negotiator_title_before_the_name(kg_nlp, text: str, main: tuple[str, ...], expected: set) -> None:  # noqa: ANN001
    """"X negotiator A": A is in X's delegation."""
    assert expected <= _members(kg_nlp, text, main)


def test_negotiator_of_a_mediator_is_no_member(kg_nlp) -> None:  # noqa: ANN001
    """"UN negotiator A": a body that is no party of the talks gives no delegation."""
    found = _members(kg_nlp, "Kenya and Somalia met in Nairobi. UN negotiator Jan Moller said both sides were ready.",
                     ("Kenya", "Somalia"))
    assert not any(name == "Jan Moller" for _, name in found)


@pytest.mark.parametrize("text, person, role, wrong", [
    ("Ethiopian Prime Minister's national security adviser Tesfaye Alemu said the talks would resume.",
     "Tesfaye Alemu", "national security adviser", "prime minister"),
    ("The President's chief of staff Amina Yusuf said the talks were useful.", "Amina Yusuf", "chief of staff",
     "president"),
    ("The Foreign Minister's spokesman Karl Berg declined to comment.", "Karl Berg", "spokesman", "foreign minister"),
])
def test_title_of_a_possessor_is_not_the_persons(kg_nlp, text: str, person: str, role: str, wrong: str) -> None:  # noqa: ANN001
    """"The Prime Minister's adviser X": X is the adviser, not the prime minister (kg.mentions_titles)."""
    roles = {m.role for m in find_mentions(kg_nlp(text)) if m.type == "Person" and m.text == person}
    assert role in roles and wrong not in roles


@pytest.mark.parametrize("text, main, expected, absent", [
    ("The ELN's negotiating team, headed by Pablo Tejada, arrived in Havana on Sunday. It also includes Bernardo "
     "Tellez and Maria Rojas.", ("Colombia", "ELN"), {("ELN", "Bernardo Tellez"), ("ELN", "Maria Rojas")}, set()),
    ("The government team is led by Otto Pardo. It includes Senator Maria Pizarro and General Hugo Acosta.",
     ("Colombia", "ELN"), {("Colombia", "Maria Pizarro"), ("Colombia", "Hugo Acosta")}, set()),
    ("The government team is led by Otto Pardo. The talks were held in a hotel near the airport. It includes "
     "Senator Maria Pizarro.", ("Colombia", "ELN"), set(), {("Colombia", "Maria Pizarro")}),
])
def test_it_includes_after_a_list(kg_nlp, text: str, main: tuple[str, ...], expected: set, absent: set) -> None:  # noqa: ANN001
    """"... team, headed by A, ... It also includes B and C": the team the sentence before listed, and only then."""
    found = _members(kg_nlp, text, main)
    assert expected <= found and not absent & found


@pytest.mark.parametrize("text, main, expected", [
    ("Colombia's government and the National Liberation Army (ELN) held talks in Havana on Thursday. The ELN "
     "delegation was led by Pablo Beltran and included Bernardo Tellez.", ("Colombia", "National Liberation Army"),
     {("National Liberation Army", "Pablo Beltran"), ("National Liberation Army", "Bernardo Tellez")}),
    ("Turkey and the Kurdistan Workers' Party (PKK) held secret talks in Oslo. The PKK team was headed by Zeki "
     "Baran.", ("Turkey", "Kurdistan Workers' Party"), {("Kurdistan Workers' Party", "Zeki Baran")}),
])
def test_acronym_spelled_out_in_the_article(kg_nlp, text: str, main: tuple[str, ...], expected: set) -> None:  # noqa: ANN001
    """"The ELN delegation" beside "the National Liberation Army (ELN)": the party, whatever its initials."""
    assert expected <= _members(kg_nlp, text, main)
