"""Statements of session 14: a release that gives the quote paragraphs under a line "Quotes attributable to Minister
X:" to X, on the release's day. Sentences and names of our own, read by the full pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_statement12 import _read, nlp  # noqa: F401 - nlp is a fixture

_DAY = date(2024, 5, 17)

_RELEASE = """Joint media release

The Hon Marcus Dell MP, Prime Minister
Senator the Hon Lena Varga, Minister for Foreign Affairs

The Government today announced financial sanctions on six entities supplying drones to the junta.

{lead} {first}:

"We will not stand by while civilians are attacked from the air.

"These measures cut off the money that pays for the drones."

{lead} {second}:

"We act together with our partners in the region."

Media contacts: Press Office (02) 6277 7744
"""


@pytest.mark.parametrize("lead", ["Quotes attributable to", "Comments from"])
def test_statement_quotes_attributed_by_a_release_line(nlp, lead: str) -> None:  # noqa: ANN001
    text = _RELEASE.format(lead=lead, first="Prime Minister Marcus Dell", second="Foreign Minister Lena Varga")
    said = {d.speaker: d for d in _read(nlp, text, "Statement", _DAY)}
    assert {"Marcus Dell", "Lena Varga"} <= set(said)
    assert said["Marcus Dell"].date == said["Lena Varga"].date == _DAY
    assert said["Lena Varga"].text.startswith('"We act together')
