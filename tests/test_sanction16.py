"""Sanction classes of session 16: a release whose header gives its issuer beside another part on one line
("Government of Canada | Global Affairs Canada"), and list items that give a name and, after a comma, a role
("A B, deputy interior minister", "A B, a member of the parliament"), which are persons by the form of the entry.

Every sentence is our own, with invented names (real states and bodies only); drafts are read by the full pipeline.
"""
from __future__ import annotations

import pytest

from tests.test_sanction11 import _read, nlp  # noqa: F401 - the module's spaCy fixture

_RELEASE = """{header}

News release

Today, the Honourable Anna Brecht, Minister of Foreign Affairs, announced sanctions against 3 individuals and 1 entity in response to the repression in Ruritania.

The sanctions target:

- {p1}, commander of the riot police
- {p2}, deputy interior minister
- {p3}, a member of the national parliament
- {firm}, a private security firm

"We will not stand by," said Minister Brecht.
"""


@pytest.mark.parametrize("header, state, p1, p2, p3, firm", [
    ("Government of Canada | Global Affairs Canada", "Canada", "Marko Velic", "Dragan Hoss", "Ilse Varga",
     "Northgate Security Services"),
    ("Government of Ireland - Department of Foreign Affairs", "Ireland", "Tomas Rauk", "Elin Sarv", "Juri Kask",
     "Baltic Guard Services"),
])
def test_sanction_header_parts_and_comma_titled_items(nlp, header, state, p1, p2, p3, firm) -> None:  # noqa: ANN001
    drafts = _read(nlp, _RELEASE.format(header=header, p1=p1, p2=p2, p3=p3, firm=firm))
    assert {d.imposer for d in drafts} == {state}
    assert {p1, p2, p3, firm} <= {d.target for d in drafts}


def test_sanction_item_with_a_description_but_no_role_is_no_person(nlp) -> None:  # noqa: ANN001
    text = _RELEASE.format(header="Government of Canada | Global Affairs Canada", p1="Marko Velic", p2="Dragan Hoss",
                           p3="Ilse Varga", firm="Northgate Security Services").replace(
        "- Dragan Hoss, deputy interior minister", "- Travel Restrictions, as set out in the regulations")
    assert "Travel Restrictions" not in {d.target for d in _read(nlp, text)}


@pytest.mark.parametrize("bloc, p1, p2, p3", [
    ("The Council", "Piet Hollan", "Mara Tesk", "Ivo Brandt"),
    ("The Council of the European Union", "Aldo Remsi", "Nadia Korsh", "Emil Voss"),
])
def test_sanction_semicolon_list_after_a_colon(nlp, bloc, p1, p2, p3) -> None:  # noqa: ANN001
    """Every item of "…: A, role; B, role; and C, role" is a target, not only the first; the court a role names
    is none."""
    text = (f"Council of the European Union\n\nPress release\n\n{bloc} today added 3 individuals to the list of persons "
            f"subject to restrictive measures: {p1}, Deputy Minister of Justice; {p2}, a judge of the Supreme Court; "
            f"and {p3}, chief of the presidential guard.\n")
    targets = {d.target for d in _read(nlp, text)}
    assert {p1, p2, p3} <= targets, targets
    assert "Supreme Court" not in targets
