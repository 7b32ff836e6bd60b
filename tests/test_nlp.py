"""kg's spaCy components on hand-built Docs (spacy.blank), plus build_nlp's error on a missing model."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.components import chrome_filter, entity_fixer
from kg.errors import SettingsError
from kg.nlp import add_components, build_nlp
from kg.settings import Settings


@pytest.fixture(scope="module")
def blank() -> spacy.Language:
    return spacy.blank("en")


def make_doc(nlp: spacy.Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    """A Doc of ``text`` whose ents are each (surface, label), found left to right."""
    doc = nlp(text)
    spans, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        pos = start + len(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def ents_of(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a city tagged PERSON becomes a place
        ("Troops shelled Lviv on Monday.", [("Lviv", "PERSON")], [("Lviv", "GPE")]),
        ("Aid reached Kinshasa and Bamako.", [("Kinshasa", "ORG"), ("Bamako", "PERSON")], [("Kinshasa", "GPE"), ("Bamako", "GPE")]),
        # a leading state or demonym is split off a person
        ("He met Chile Gabriel Boric there.", [("Chile Gabriel Boric", "PERSON")], [("Chile", "GPE"), ("Gabriel Boric", "PERSON")]),
        # titles are dropped from person spans
        ("Chancellor Olaf Scholz spoke.", [("Chancellor Olaf Scholz", "PERSON")], [("Olaf Scholz", "PERSON")]),
        # a one-word span that is a surname of a person named in the doc becomes PERSON
        ("Recep Tayyip Erdogan arrived. Erdogan spoke.", [("Recep Tayyip Erdogan", "PERSON"), ("Erdogan spoke", "ORG")], [("Recep Tayyip Erdogan", "PERSON"), ("Erdogan spoke", "ORG")]),
        ("Luiz Inacio Lula met them. Later Lula left.", [("Luiz Inacio Lula", "PERSON"), ("Lula", "ORG")], [("Luiz Inacio Lula", "PERSON"), ("Lula", "PERSON")]),
        # a title-case ORG right after a role word is a person
        ("It sent lawmaker Ama Mensah to Accra.", [("Ama Mensah", "ORG")], [("Ama Mensah", "PERSON")]),
        # an ORG made only of title words is dropped
        ("Finance Minister Ngozi Okonjo spoke.", [("Finance", "ORG"), ("Ngozi Okonjo", "PERSON")], [("Ngozi Okonjo", "PERSON")]),
        # a list of places in one span is split; an unknown acronym GPE is an organization
        ("Strikes hit Lviv, Odesa and Dnipro.", [("Lviv, Odesa and Dnipro", "ORG")], [("Lviv", "GPE"), ("Odesa", "GPE"), ("Dnipro", "GPE")]),
        ("The AU said so.", [("AU", "GPE")], [("AU", "ORG")]),
        # demonyms are NORP, seats of government ORG, lowercase "names" are dropped
        ("Kenyan troops left.", [("Kenyan", "GPE")], [("Kenyan", "NORP")]),
        ("The Kremlin said no.", [("Kremlin", "PERSON")], [("Kremlin", "ORG")]),
        ("A totalitarian state.", [("totalitarian", "NORP")], []),
        # leading "the" and a trailing possessive are trimmed
        ("The African Union's envoy came.", [("The African Union's", "ORG")], [("African Union", "ORG")]),
    ],
)
def test_nlp_entity_fixer(blank: spacy.Language, text: str, ents: list, expected: list) -> None:
    doc = make_doc(blank, text, ents)
    entity_fixer.EntityFixer()(doc)
    assert ents_of(doc) == expected


def test_nlp_entity_fixer_keeps_first_names_that_are_towns(blank: spacy.Language) -> None:
    doc = make_doc(blank, "Ruling party leader Florence Mbeki spoke. Florence left.", [("Florence Mbeki", "PERSON"), ("Florence left", "GPE")])
    doc.ents = [doc.ents[0], Span(doc, doc.ents[1].start, doc.ents[1].start + 1, label="GPE")]
    entity_fixer.EntityFixer()(doc)
    assert ents_of(doc) == [("Florence Mbeki", "PERSON"), ("Florence", "PERSON")]


@pytest.mark.parametrize(
    ("text", "ents", "kept"),
    [
        ("Leaders met in Lima. (Ana Soto/Reuters)\n", [("Lima", "GPE"), ("Ana Soto/Reuters", "PERSON")], ["Lima"]),
        ("Delegates met on May 2. Photo: Juan Perez via Getty Images\n", [("Juan Perez", "PERSON"), ("Getty Images", "ORG")], []),
        ("by Carla Diaz May 3, 2021\nGustavo Petro met Lula in Bogota.", [("Carla Diaz", "PERSON"), ("Gustavo Petro", "PERSON"), ("Bogota", "GPE")], ["Gustavo Petro", "Bogota"]),
        ("Our Picks\nFree Download\nCyril Ramaphosa spoke in Pretoria.", [("Our Picks", "PERSON"), ("Free Download", "PERSON"), ("Cyril Ramaphosa", "PERSON")], ["Cyril Ramaphosa"]),
        ("Nia Long is a business reporter at the Daily Star. Nia Long wrote it.", [("Nia Long", "PERSON"), ("Daily Star", "ORG")], ["Daily Star"]),
    ],
)
def test_nlp_chrome_filter(blank: spacy.Language, text: str, ents: list, kept: list) -> None:
    doc = make_doc(blank, text, ents)
    if text.count("Nia Long") == 2:  # both mentions of the reporter
        second = text.rindex("Nia Long")
        doc.ents = [*doc.ents, doc.char_span(second, second + 8, label="PERSON")]
    chrome_filter.ChromeFilter()(doc)
    assert [e.text for e in doc.ents] == kept
    assert len(doc.spans[chrome_filter.SPAN_KEY]) == len(ents) + text.count("Nia Long") // 2 - len(kept)


def test_nlp_add_components_is_idempotent(blank: spacy.Language) -> None:
    nlp = spacy.blank("en")
    add_components(add_components(nlp))
    assert nlp.pipe_names == [entity_fixer.NAME, chrome_filter.NAME]


def test_nlp_build_nlp_names_the_setting_when_model_missing() -> None:
    with pytest.raises(SettingsError, match="KG_MODEL"):
        build_nlp(Settings(model="no_such_model_xyz"))
