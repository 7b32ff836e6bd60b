"""Persons, roles and organizations of session 10 (second round): a designation's role after a birth field in
parentheses, a transcript's speaker labels (a title and a name in capitals; a name alone, repeated) and its questioner
in parentheses beside an outlet, a name ending a heading's body span after a title, a heading over a "Place, date"
line, groups of states written with a plus, a legal "Corporation", an untagged ship's name, a one-word name the model
took for a number, and a lone family name two relatives share. Read by the real pipeline from sentences of our own;
the names are invented."""
from __future__ import annotations


import pytest
import spacy

from kg.clean import lines
from kg.mentions import find_mentions
from kg.model import Mention
from kg.nlp import build_nlp
from kg.resolve_persons import PersonIndex
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def _mentions(nlp: spacy.Language, text: str, kind: str) -> dict[str, str | None]:
    return {m.text: m.role for m in find_mentions(nlp(text)) if m.type == kind}


@pytest.mark.parametrize("text, name, role", [
    ("The list:\n3. Oleg Petrovich DANKO (DOB: 27.6.1972; POB: Kharkiv, USSR), owner of the Drina group, a "
     "supplier to the army.\n", "Oleg Petrovich DANKO", "owner"),
    ("Designated today:\n1. Paulo Andrade SILVA (DOB: 5.2.1961; POB: Luanda, Angola), founder of the Kwanza "
     "holding, a fuel importer.\n", "Paulo Andrade SILVA", "founder"),
])
def test_entities_role_after_birth_fields_the_parser_split(nlp, text: str, name: str, role: str) -> None:
    """A record's "(DOB: ...; POB: ...)" that the parser cut into two sentences: the role after it is still read."""
    assert _mentions(nlp, text, "Person").get(name) == role


@pytest.mark.parametrize("text, name, role", [
    ("The Council listed the following persons:\n1. Marek Dolny (date of birth: 12.03.1968), Deputy Minister of "
     "Transport\n2. Ilse Varga (date of birth: 04.09.1972), Commander of the Air Force\n", "Marek Dolny", "deputy minister"),
    ("The Council listed the following persons:\n1. Marek Dolny (date of birth: 12.03.1968), Deputy Minister of "
     "Transport\n2. Ilse Varga (date of birth: 04.09.1972), Commander of the Air Force\n", "Ilse Varga", "commander"),
    ("The list:\n1. Tomas Aurelio BRANDT (DOB: 3.11.1968; POB: Valparaiso, Chile), businessman, main shareholder of "
     "Norte Bank.\n", "Tomas Aurelio BRANDT", "businessman"),
])
def test_entities_role_after_a_birth_field_in_parentheses(nlp, text: str, name: str, role: str) -> None:
    """"X (date of birth: ...), Role": the parenthesis of birth fields is skipped, the apposition after it read."""
    assert _mentions(nlp, text, "Person").get(name) == role


@pytest.mark.parametrize("text, name, role", [
    ("PRESS SECRETARY JANINA KOWALCZYK: Good afternoon, colleagues.\n\nQUESTION: Will the talks resume?\n\n"
     "KOWALCZYK: Yes.", "JANINA KOWALCZYK", "press secretary"),
    ("SPOKESPERSON TOMASZ WIERZBA: Good morning. I will begin with the border talks.\n\nWIERZBA: Thank you.",
     "TOMASZ WIERZBA", "spokesperson"),
    ("AMBASSADOR HELENA STRAND: We welcome the ceasefire.\n\nSTRAND: That is all.", "HELENA STRAND", "ambassador"),
])
def test_entities_transcript_label_of_a_title_and_a_name_in_capitals(nlp, text: str, name: str, role: str) -> None:
    assert _mentions(nlp, text, "Person").get(name) == role


@pytest.mark.parametrize("text, label", [
    ("Briefing by Foreign Ministry Spokesperson Selim Karaca\n\nSPOKESPERSON KARACA: Good afternoon.\n\n"
     "QUESTION (AFP): And Libya?\n\nKARACA: We said so.", "KARACA"),
    ("Remarks by Chief Negotiator Rosa Almagro\n\nALMAGRO: Good morning.\n\nQUESTION: When?\n\nALMAGRO: Soon.",
     "ALMAGRO"),
])
def test_entities_label_of_a_family_name_named_in_the_doc(nlp, text: str, label: str) -> None:
    """A label in capitals of the family name of a person the doc names ("SPOKESPERSON ROE:", "ROE:") is that person."""
    assert label in _mentions(nlp, text, "Person")


@pytest.mark.parametrize("text, name", [
    ("Question (Radio Liberty): Will the talks resume?\n\nMarta Kowalska: I would not like to run ahead.\n\n"
     "Question (Agence Presse): And the border?\n\nMarta Kowalska: We are in contact with Quito.", "Marta Kowalska"),
    ("Q: Is a summit planned?\n\nJonas Eriksen: Not yet.\n\nQ: When?\n\nJonas Eriksen: We will see.", "Jonas Eriksen"),
])
def test_entities_repeated_speaker_label_names_a_person(nlp, text: str, name: str) -> None:
    assert name in _mentions(nlp, text, "Person")


def test_entities_one_title_case_label_names_no_one(nlp) -> None:
    assert "Western Sanctions" not in _mentions(nlp, "Western Sanctions: the list grows.\n\nMore later.", "Person")


@pytest.mark.parametrize("text, name", [
    ("QUESTION (Tobias Lindqvist, Reuters): Will Chile extend the deal?\n\nMINISTER: No decision yet.",
     "Tobias Lindqvist"),
    ("QUESTION (Aiko Tanabe, AFP): Is Peru ready to talk?\n\nSPOKESMAN: We are ready.", "Aiko Tanabe"),
])
def test_entities_questioner_beside_an_agency_is_no_credit(nlp, text: str, name: str) -> None:
    assert name in _mentions(nlp, text, "Person")


@pytest.mark.parametrize("text, name", [
    ("Transcript of the Weekly Press Briefing by Foreign Ministry Spokesperson Kemal Arslanoglu\n\nThe talks resumed.",
     "Kemal Arslanoglu"),
    ("Remarks at the Opening Session by Deputy Foreign Minister Ingrid Solberg\n\nThe talks resumed.",
     "Ingrid Solberg"),
])
def test_entities_name_ending_a_body_span_after_a_title(nlp, text: str, name: str) -> None:
    assert name in _mentions(nlp, text, "Person")


@pytest.mark.parametrize("text, first", [
    ("Transcript of the Weekly Press Briefing by Foreign Ministry Spokesperson Kemal Arslanoglu\nAnkara, 16 January 2020",
     "Transcript of the Weekly Press Briefing by Foreign Ministry Spokesperson Kemal Arslanoglu"),
    ("Remarks by the Minister of Foreign Affairs at the opening of the border commission's session\nLima, May 3, 2019",
     "Remarks by the Minister of Foreign Affairs at the opening of the border commission's session"),
])
def test_clean_heading_over_a_place_date_line_is_two_lines(text: str, first: str) -> None:
    assert lines(text)[0] == first


@pytest.mark.parametrize("text, org", [
    ("Iran and the P5+1 held a new round of talks in Lausanne on Thursday.", "P5+1"),
    ("The 5+5 Joint Military Commission met in Geneva on Friday.", "5+5 Joint Military Commission"),
    ("Moldova and Transnistria returned to the 5+2 talks in Vienna.", "5+2"),
])
def test_entities_group_of_states_written_with_a_plus(nlp, text: str, org: str) -> None:
    assert org in _mentions(nlp, text, "Organization")


def test_entities_a_sum_is_no_group(nlp) -> None:
    assert not any("+" in m for m in _mentions(nlp, "The home side won 3+4 on aggregate.", "Organization"))


@pytest.mark.parametrize("text, org", [
    ("Also designated are Rostec subsidiaries Kalashnikov Concern and Tactical Missiles Corporation.",
     "Tactical Missiles Corporation"),
    ("The ministry listed Andean Copper Corporation and two of its directors.", "Andean Copper Corporation"),
    ("The bans also apply to the superyacht Amadeus-Star, which is linked to Lozano.", "Amadeus-Star"),
    ("The measures cover the tanker Silver-Heron, registered in Panama.", "Silver-Heron"),
    ("It also blocked Chernomorneftegaz, the Crimean gas producer.", "Chernomorneftegaz"),
])
def test_entities_organizations_the_model_leaves_untagged(nlp, text: str, org: str) -> None:
    assert org in _mentions(nlp, text, "Organization")


@pytest.mark.parametrize("first, second", [
    ("Arkady Borisovich Lemnov", "Kirill Arkadyevich Lemnov"),
    ("Jane Roe Doe", "John Doe"),
])
def test_resolve_lone_family_name_of_two_relatives_is_the_first_named(first: str, second: str) -> None:
    """"A ... his son, B ... Surname said": the lone family name is the person the article named first."""
    surname = first.split()[-1]
    index = PersonIndex([("a1", Mention(first, "Person", 0, 10, 0)), ("a1", Mention(second, "Person", 50, 60, 1)),
                         ("a1", Mention(surname, "Person", 90, 95, 2))])
    assert index.surname(surname, "a1") == first


def test_resolve_lone_family_name_in_another_article_stays_ambiguous() -> None:
    index = PersonIndex([("a1", Mention("Jane Roe Doe", "Person", 0, 10, 0)),
                         ("a2", Mention("John Doe", "Person", 0, 8, 0))])
    assert index.surname("Doe", "a3") is None




@pytest.mark.parametrize("text, name, role", [
    ("The measures took effect today.\n\nOlek Wirski\n\nOlek Janusz Wirski (DOB: 8 October 1962), a former deputy "
     "energy minister, is being designated today.", "Olek Janusz Wirski", "deputy"),
    ("Today the ministry acted.\n\nMarta Lind and Family\n\nMarta Sofia Lind (Lind) (DOB: 14 May 1958) is the founder "
     "of Lind Holding, a fertilizer producer.", "Marta Sofia Lind", "founder"),
])
def test_entities_role_of_a_name_under_its_heading(nlp, text: str, name: str, role: str) -> None:
    """A heading of the name above its paragraph can make the parser start a sentence inside the name; the role read
    after it is still the name's."""
    assert _mentions(nlp, text, "Person").get(name) == role


@pytest.mark.parametrize("text, name, role", [
    ("6. Pak Song-il (born 30 November 1966), a shipping agent in Wonsan.", "Pak Song-il", "agent"),
    ("Today OFAC designated Dariusz Wolak, a steel magnate, and his company Stalprofil.", "Dariusz Wolak", "magnate"),
    ("The list names Teodor Brandt, a shipping tycoon based in Limassol.", "Teodor Brandt", "tycoon"),
])
def test_entities_trades_of_designated_people(nlp, text: str, name: str, role: str) -> None:
    assert _mentions(nlp, text, "Person").get(name) == role
