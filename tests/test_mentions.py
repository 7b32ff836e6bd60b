"""Mentions with roles and affiliations, read by the real pipeline from sentences of our own."""
from __future__ import annotations

import pytest
import spacy

from kg.mentions import find_mentions, roles
from kg.nlp import build_nlp
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def person(nlp: spacy.Language, text: str, name: str):
    found = [m for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name]
    assert found, [(m.text, m.type) for m in find_mentions(nlp(text))]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("German Chancellor Olaf Scholz met reporters in Berlin on Tuesday.", "Olaf Scholz", "chancellor", "German"),
        ("Chinese Foreign Minister Wang Yi arrived in Jakarta on Sunday.", "Wang Yi", "foreign minister", "Chinese"),
        ("Turkish President Recep Tayyip Erdogan hosted the talks.", "Recep Tayyip Erdogan", "president", "Turkish"),
        ("Brazil's Foreign Minister Mauro Vieira said the talks would resume.", "Mauro Vieira", "foreign minister", "Brazil"),
        ("Kenyan ambassador to Ethiopia Wanjiku Kamau attended the ceremony.", "Wanjiku Kamau", "ambassador", "Kenyan"),
        ("NATO Deputy Secretary General Mircea Geoana visited Vilnius.", "Mircea Geoana", "deputy secretary general", "NATO"),
        ("White House spokeswoman Karine Jean-Pierre declined to comment.", "Karine Jean-Pierre", "spokeswoman", "White House"),
        ("Defense Minister Benny Gantz visited the base on Friday.", "Benny Gantz", "defense minister", None),
    ],
)
def test_mentions_title_before_name(nlp, text: str, name: str, role: str, affiliation: str | None) -> None:
    m = person(nlp, text, name)
    assert (m.role, m.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Gustavo Petro, the Colombian president, spoke on Monday.", "Gustavo Petro", "president", "Colombian"),
        ("Ngozi Okonjo-Iweala, the head of the World Trade Organization, warned of risks.", "Ngozi Okonjo-Iweala", "head", "World Trade Organization"),
        ("Amina Mohammed, a Nigerian diplomat, said the meeting went well.", "Amina Mohammed", "diplomat", "Nigerian"),
    ],
)
def test_mentions_apposition(nlp, text: str, name: str, role: str, affiliation: str | None) -> None:
    m = person(nlp, text, name)
    assert (m.role, m.affiliation) == (role, affiliation)


def test_mentions_list_of_titled_names_is_no_apposition(nlp) -> None:
    text = "Chile was represented by Alberto van Klaveren, Deputy Foreign Minister Gloria de la Fuente, and lawmaker Pedro Lopez."
    assert person(nlp, text, "Alberto van Klaveren").role is None
    assert person(nlp, text, "Gloria de la Fuente").role == "deputy foreign minister"


def test_mentions_coordinated_names_share_a_plural_title(nlp) -> None:
    m = person(nlp, "Nigerian senators Ahmed Lawan and Godswill Akpabio voted against it.", "Godswill Akpabio")
    assert (m.role, m.affiliation) == ("senator", "Nigerian")


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The Kremlin rejected the offer.", "Kremlin", "Country"),
        ("Talks were held in Lviv.", "Lviv", "Place"),
        ("Kenyan negotiators left Addis Ababa.", "Kenyan", "Country"),
        ("The European Union imposed sanctions on Iran.", "European Union", "Organization"),
        ("The European Union imposed sanctions on Iran.", "Iran", "Country"),
    ],
)
def test_mentions_types(nlp, text: str, surface: str, kind: str) -> None:
    found = {(m.text, m.type) for m in find_mentions(nlp(text))}
    assert (surface, kind) in found


def test_mentions_offsets_and_sentences(nlp) -> None:
    text = "Lula spoke in Brasilia. Later President Luiz Inacio Lula da Silva flew to Buenos Aires."
    ms = find_mentions(nlp(text))
    for m in ms:
        assert text[m.start : m.end] == m.text
    assert {m.sentence for m in ms if m.text.startswith("Luiz")} == {1}


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met in Lima. (Ana Soto/Reuters)\n",
        "Delegates met in Quito. Photo: Juan Perez/AFP via Getty Images\n",
        "Nia Long is a business reporter at the Daily Star in Lagos.",
    ],
)
def test_mentions_chrome_is_no_person(nlp, text: str) -> None:
    assert [m.text for m in find_mentions(nlp(text)) if m.type == "Person"] == []


def test_mentions_role_lexicon_loaded() -> None:
    assert {"spokesman", "foreign minister", "secretary general", "ambassador"} <= roles()


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ghana's Defence Ministry said the troops had returned.", "Ghana's Defence Ministry"),
        ("Peru’s army said it had cleared the road.", "Peru’s army"),
        ("Chile's General Staff issued a statement.", "Chile's General Staff"),
        ("Japan's foreign ministry summoned the envoy.", "Japan's foreign ministry"),
    ],
)
def test_mentions_state_institution_is_one_organization(nlp, text: str, name: str) -> None:
    ms = find_mentions(nlp(text))
    assert name in {m.text for m in ms if m.type == "Organization"}
    assert any(m.type == "Country" and name.startswith(m.text) for m in ms)  # the state keeps its own mention


def test_mentions_state_possessive_of_other_nouns_is_no_institution(nlp) -> None:
    ms = find_mentions(nlp("Ghana's president said Ghana's economy was growing."))
    assert not any(m.type == "Organization" and m.text.startswith("Ghana") for m in ms)


def test_mentions_acronym_defined_after_an_organization(nlp) -> None:
    text = ("Bolivia and the Ejército Popular del Sur (EPS) met in Quito.\n\n"
            "The United States froze the assets of two EPS commanders.")
    acronyms = [m for m in find_mentions(nlp(text)) if m.text == "EPS"]
    assert len(acronyms) == 2 and all(m.type == "Organization" for m in acronyms)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("The governor of the central bank, Tomas Brandt, resigned on Monday.", "Tomas Brandt", "governor", None),
        ("Norway's trade minister, Ingrid Dahl, said the deal was close.", "Ingrid Dahl", "trade minister", "Norway"),
        ("The talks were chaired by the EU foreign policy chief, Greta Holm, in Brussels.", "Greta Holm", "foreign policy chief", "EU"),
        ("The ministry listed the firm with its director, Anna Berg, and its chief engineer, Jonas Falk.", "Anna Berg", "director", None),
        ("The ministry listed the firm with its director, Anna Berg, and its chief engineer, Jonas Falk.", "Jonas Falk", "chief engineer", None),
        # a comma before a name that starts the next clause is no apposition
        ("After meeting the president, Lars Moe said the deal was close.", "Lars Moe", None, None),
    ],
)
def test_mentions_role_before_comma(nlp, text: str, name: str, role: str | None, affiliation: str | None) -> None:
    m = person(nlp, text, name)
    assert (m.role, m.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Ghanaian President Kofi Mensah hosted his Togolese counterpart, Yao Agbo, on Friday.", "Yao Agbo", "president", "Togolese"),
        ("Zambian President Joseph Banda and his Malawian counterpart Peter Phiri signed the deal.", "Peter Phiri", "president", "Malawian"),
    ],
)
def test_mentions_counterpart_takes_the_role_before(nlp, text: str, name: str, role: str, affiliation: str) -> None:
    m = person(nlp, text, name)
    assert (m.role, m.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "roles_"),
    [
        ("Union mediator Pieter Claes, a former Belgian justice minister, chaired the session.", "Pieter Claes",
         {"mediator", "justice minister"}),
        ("Brigadier General Omar Nuri, a military adviser to the council, arrived on Monday.", "Omar Nuri",
         {"brigadier general", "adviser"}),
        # a prepositional phrase after the name is no apposition
        ("The team was led by Trade Minister Rafael Costa, with deputy negotiator Bruno Leal.", "Rafael Costa",
         {"trade minister"}),
    ],
)
def test_mentions_title_and_apposition_both_kept(nlp, text: str, name: str, roles_: set[str]) -> None:
    found = {m.role for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name}
    assert found == roles_


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        ("The prime ministers of Latvia and Estonia, Ilze Kalnina and Mart Tamm, met in Riga.", ("Ilze Kalnina", "Mart Tamm"),
         "prime minister"),
    ],
)
def test_mentions_plural_role_before_comma_shared(nlp, text: str, names: tuple[str, ...], role: str) -> None:
    assert [person(nlp, text, n).role for n in names] == [role] * len(names)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Sara Lind, a hydrologist who works for the commission, said the river was low.", "Sara Lind", "hydrologist"),
        ("The envoy met Foreign Affairs Undersecretary Rosa Lim on Monday.", "Rosa Lim", "undersecretary"),
        ("Jonas Weber, a professor of law at the national university, said the ruling was clear.", "Jonas Weber", "professor"),
    ],
)
def test_mentions_occupation_roles(nlp, text: str, name: str, role: str) -> None:
    assert person(nlp, text, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The team was led by Brig. Gen. Omar Salih of the army.", "Omar Salih", "brigadier general"),
        ("Lt. Gen. Dana Pruitt briefed the committee on Tuesday.", "Dana Pruitt", "lieutenant general"),
        ("The two men are Sen. Paul Oyelaran and Sen. Marc Tessier.", "Marc Tessier", "senator"),
        ("The delegation included Col. Ilan Brodsky and other officers.", "Ilan Brodsky", "colonel"),
    ],
)
def test_mentions_abbreviated_titles(nlp, text: str, name: str, role: str) -> None:
    assert person(nlp, text, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The panel included water expert Ines Moravec and two engineers.", "Ines Moravec", "expert"),
        ("It hired the trade law specialist Oskar Lindqvist last year.", "Oskar Lindqvist", "specialist"),
        ("Finland's chief facilitator, Aino Rautio, said the mood was calm.", "Aino Rautio", "chief facilitator"),
        ("The U.N. special coordinator, Lena Marsh, said the talks would resume.", "Lena Marsh", "special coordinator"),
    ],
)
def test_mentions_expert_and_facilitator_roles(nlp, text: str, name: str, role: str) -> None:
    assert person(nlp, text, name).role == role
