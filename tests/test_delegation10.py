"""Roles of session 9 read around delegation members and listed persons: a record's "date of birth:" field closed by a
semicolon before the role ("X, date of birth: 1.5.1960; judge of the Y court"), a role before a name that a body
follows ("The chief mediator, X of the Y Institute, said"), and the head of a delegation who leads it in the active
voice ("X, who led the Y delegation", "X headed the Y team"). Read by the real pipeline from sentences of our own;
the names are invented."""
from __future__ import annotations

import pytest
import spacy

from kg.mentions import find_mentions
from kg.model import Mention
from kg.nlp import build_nlp
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def _roles(nlp: spacy.Language, text: str, name: str) -> list[str | None]:
    found: list[Mention] = [m for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name]
    assert found, [(m.text, m.role) for m in find_mentions(nlp(text))]
    return [m.role for m in found]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Persons\n1. Aliaksei Ivanavich Kurlovich, date of birth: 14.3.1961; judge of the Hrodna Regional Court.\n",
     "Aliaksei Ivanavich Kurlovich", "judge"),
    ("The following persons are added to the list:\n2. Tamara Petrovna Osipova, Date of birth: 2.8.1968; prosecutor "
     "of the Kursk region, responsible for the prosecution of opposition activists.\n", "Tamara Petrovna Osipova",
     "prosecutor"),
    ("Annex\n3. Dragan Milovic, date of birth: 30 September 1959; businessman, owner of Sava Trans Logistics.\n",
     "Dragan Milovic", "businessman"),
    ("Annex\n4. Rashid Karimovich Aliyev, DOB: 5.5.1975; deputy head of the State Security Committee.\n",
     "Rashid Karimovich Aliyev", "deputy head"),
])
def test_mentions_clauses_role_after_a_birth_field_closed_by_a_semicolon(nlp, text: str, name: str, role: str) -> None:
    """A record's birth fields ("date of birth: D;", "place of birth: P;") stand between the name and its role."""
    assert _roles(nlp, text, name)[0] == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The lead international mediator, Pietro Valsecchi of the Community of Santa Chiara, told reporters before the "
     "session that both parties were back.", "Pietro Valsecchi", "mediator"),
    ("The chief negotiator, Amina Diallo of the Union for Renewal, said on Monday that the talks had stalled.",
     "Amina Diallo", "chief negotiator"),
    ("The party's spokesman, Tomas Berzins of the National Alliance, said the vote would go ahead.",
     "Tomas Berzins", "spokesman"),
])
def test_mentions_titles_role_before_a_name_that_a_body_follows(nlp, text: str, name: str, role: str) -> None:
    """"The chief mediator, X of the Y Institute, said": the body after the name still closes the apposition."""
    assert _roles(nlp, text, name)[0] == role


@pytest.mark.parametrize("text, name", [
    ("After meeting the president, Jane Odhiambo of the Kenya Institute said talks went well.", "Jane Odhiambo"),
])
def test_mentions_titles_no_role_from_a_clause_before_the_name(nlp, text: str, name: str) -> None:
    """A clause before the comma ("After meeting the president,") gives no role, with or without a body after."""
    assert _roles(nlp, text, name) == [None]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Viktor Sedykh, who led our delegation then, said last week that the documents could still be a basis.",
     "Viktor Sedykh", "head of delegation"),
    ("Nadia Haddad, who headed the Tunisian team in Algiers, said the draft was close to final.",
     "Nadia Haddad", "head of team"),
    ("Jorge Ibarra led the Paraguayan delegation at the talks in Asuncion on 3 May 2011.",
     "Jorge Ibarra", "head of delegation"),
    ("The Bolivian delegation was led by Carlos Quispe and included Ana Mamani.", "Carlos Quispe",
     "head of delegation"),
])
def test_mentions_clauses_head_of_a_delegation_led_in_the_active_voice(nlp, text: str, name: str, role: str) -> None:
    """The person who leads a delegation ("X, who led the Y delegation", "X led the Y team") heads it."""
    assert _roles(nlp, text, name)[0] == role


@pytest.mark.parametrize("text, name", [
    ("Jorge Ibarra, who led the talks in Asuncion, said the draft was ready.", "Jorge Ibarra"),
])
def test_mentions_clauses_leading_talks_is_no_delegation(nlp, text: str, name: str) -> None:
    """Leading the talks (not a delegation, team or panel) gives no delegation role."""
    assert "head of delegation" not in _roles(nlp, text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("Omani Undersecretary for Political Affairs Said bin Nasser al-Busaidi, who is mediating, met each delegation.",
     "Said bin Nasser al-Busaidi"),
    ("Minister of State for Foreign Affairs Khalid bin Rashid al-Mansouri arrived in Doha on Monday.",
     "Khalid bin Rashid al-Mansouri"),
    ("Minister of Interior Hamad bin Saif al-Harthi said on 4 March 2009 that the talks had gone well.",
     "Hamad bin Saif al-Harthi"),
])
def test_name_edges_given_name_before_a_patronymic_particle(nlp, text: str, name: str) -> None:
    """A name never opens with "bin" ("son of"): the capitalised word before it is the given name, even after a
    portfolio ("Minister for Political Affairs Said | bin Nasser ...")."""
    assert _roles(nlp, text, name)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("ASEAN's special envoy, Dato' Rahmat Ismail, said in a statement this morning that he welcomed any dialogue.",
     "Rahmat Ismail", "special envoy"),
    ("Malaysia's foreign minister, Dato' Seri Anwar Hashim, said on 2 June 2016 that the talks went well.",
     "Anwar Hashim", "foreign minister"),
    ("The chief facilitator, Dato' Kamaruddin Mustafa, told reporters in Kuala Lumpur that both panels had agreed.",
     "Kamaruddin Mustafa", "chief facilitator"),
])
def test_name_edges_honorific_with_its_apostrophe_opens_a_person(nlp, text: str, name: str, role: str) -> None:
    """"Dato' X" (the honorific written with its apostrophe) opens a person's name, whatever label the model gave it,
    and the role before the comma is that person's."""
    assert _roles(nlp, text, name)[0] == role


def _members(nlp: spacy.Language, text: str, main: tuple[str, ...]) -> set[tuple[str, str]]:
    from kg.events_common import MentionIndex
    from kg.events_delegation import find_delegations

    doc = nlp(text)
    return {(side, name) for side, name, *_ in find_delegations(doc, MentionIndex(doc, find_mentions(doc)), main)}


@pytest.mark.parametrize(("text", "main", "pairs"), [
    ("We can now confirm the army council's delegation. It is led by Lieutenant General Htun Aung Kyaw, chairman "
     "of the NRPC, and includes Colonel Zaw Min Thein.", (),
     {("NRPC", "Htun Aung Kyaw"), ("NRPC", "Zaw Min Thein")}),
    ("Ethiopia named its delegation on Monday. It will be led by Redwan Hussein and include Getachew Abebe.",
     ("Ethiopia", "TPLF"), {("Ethiopia", "Redwan Hussein"), ("Ethiopia", "Getachew Abebe")}),
    ("Colombia named its delegation for the talks in Havana. It is led by Humberto Salcedo, a former vice "
     "president.", ("Colombia", "FARC"), {("Colombia", "Humberto Salcedo")}),
])
def test_events_delegation_it_is_led_by_stands_for_the_delegation_just_named(nlp, text, main, pairs) -> None:
    """"The X delegation. It is led by A and includes B": "it" is the delegation of the sentence before, A its head."""
    assert pairs <= _members(nlp, text, main)


@pytest.mark.parametrize("text", [
    "The offensive began at dawn. It was led by Colonel Jaime Ruiz.",
    "Ethiopia sent a delegation, but the army blocked the road. It was led by Colonel Jaime Ruiz.",
])
def test_events_delegation_it_is_led_by_without_a_delegation_before(nlp, text: str) -> None:
    """"It was led by A" after a sentence that does not end on a delegation lists no one."""
    assert not _members(nlp, text, ("Ethiopia", "TPLF"))


@pytest.mark.parametrize(("text", "name"), [
    ("Russia was represented by Deputy Economic Development Minister Arkady Veselovsky.", "Arkady Veselovsky"),
    ("Kenya sent Deputy Economic Development Minister Wanjiru Kamau to the talks in Arusha on 3 May 2012.",
     "Wanjiru Kamau"),
    ("The Bolivian side was led by Deputy Economic Development Minister Rosa Quispe.", "Rosa Quispe"),
])
def test_non_persons_portfolio_before_a_title_head_is_no_person(nlp, text: str, name: str) -> None:
    """"Deputy | Economic Development | Minister X": the portfolio words before the title's head are no person."""
    persons = [m.text for m in find_mentions(nlp(text)) if m.type == "Person"]
    assert name in persons and not any("Development" in p for p in persons)
