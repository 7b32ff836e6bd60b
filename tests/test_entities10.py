"""Entity types of session 9: a one-word name ending in "bank" is a bank, not a person ("Promsvyazbank"), and the
Burmese forms of address "U" and "Daw" lead a name without being part of it. Read by the real pipeline from
sentences of our own; the names are invented or generic."""
from __future__ import annotations

import pytest
import spacy

from kg.mentions import find_mentions
from kg.nlp import build_nlp
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


@pytest.mark.parametrize(("text", "names"), [
    ("Japan froze the assets of Promsvyazbank and Vnesheconombank on Tuesday.", ["Promsvyazbank", "Vnesheconombank"]),
    ("Britain also sanctioned Gazprombank, the country's third-largest lender.", ["Gazprombank"]),
])
def test_span_relabel_one_word_ending_in_bank_is_an_organization(nlp, text: str, names: list[str]) -> None:
    """The model tags such compounds as persons; the word's own ending names the kind of body."""
    mentions = find_mentions(nlp(text))
    assert [m.text for m in mentions if m.type == "Organization"] == names
    assert not [m for m in mentions if m.type == "Person"]


@pytest.mark.parametrize(("text", "name"), [
    ("Myanmar's planning minister, U Aung Kyaw Thein, told reporters on Monday that the talks would continue.",
     "Aung Kyaw Thein"),
    ("The junta's spokesman U Zaw Min Htet said the meeting had been useful.", "Zaw Min Htet"),
    ("Daw Khin Mar Lwin, a party spokeswoman, said the talks had failed.", "Khin Mar Lwin"),
])
def test_name_honorifics_burmese_forms_of_address_are_cut(nlp, text: str, name: str) -> None:
    """Burmese "U" (Mr) and "Daw" (Ms) lead a name without being part of it (kg/data/name_honorifics.txt)."""
    assert [m.text for m in find_mentions(nlp(text)) if m.type == "Person"] == [name]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Catholic Archbishop of Bamenda, Mgr Benedict Tangwa, said the talks were a first step.", "Benedict Tangwa",
     "archbishop"),
    ("The Anglican Archbishop of Juba, Samuel Deng Malual, told reporters on Monday that both sides must return.",
     "Samuel Deng Malual", "archbishop"),
    ("Cardinal Pedro Alvarado said on Sunday the church would keep mediating.", "Pedro Alvarado", "cardinal"),
])
def test_roles_clergy_who_speak_or_mediate(nlp, text: str, name: str, role: str) -> None:
    """Clergy are roles (kg/data/roles.txt), and "Mgr" leads a name without being part of it."""
    assert [(m.text, m.role) for m in find_mentions(nlp(text)) if m.type == "Person"] == [(name, role)]
