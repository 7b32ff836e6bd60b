"""Statements of session 11 (blind31): a transcript's label in capitals after a courtesy title with a note in brackets
before its colon ("MS JANE ROE (panel member):", "DR JANE ROE (AU envoy):"), which the tokenizer may close with one
token "):"; the speaker is the label's full name, not a shorter form with a title the questions used ("Dr Roe").
Every sentence is our own, with invented names; drafts are read by the full pipeline."""
from __future__ import annotations

import pytest

from tests.test_statement12 import _read, nlp  # noqa: F401 - nlp is a fixture


@pytest.mark.parametrize("title, given, family", [("MS", "Akosua", "Mensima"), ("DR", "Themba", "Khumalo")])
def test_statement_label_with_a_note_in_brackets(nlp, title: str, given: str, family: str) -> None:  # noqa: ANN001
    text = (f"SPOKESWOMAN LERATO NKOSI: Good afternoon. We will take questions.\n\n"
            f"QUESTION (from a broadcaster): {title.title()} {family.title()}, what about the border?\n\n"
            f"{title} {given.upper()} {family.upper()} (AU panel member): The agreement speaks about the border. "
            f"I cannot say more today.\n")
    speakers = {d.speaker for d in _read(nlp, text, "Statement")}
    assert f"{given.upper()} {family.upper()}" in speakers
    assert f"{title.title()} {family.title()}" not in speakers


@pytest.mark.parametrize("text, speaker", [
    ("Under Secretary for Terrorism and Financial Intelligence Helen Garrity said OFAC would act.", "Helen Garrity"),
    ("Under Secretary for Arms Control and International Security Robert Kessling said OFAC would act.",
     "Robert Kessling"),
])
def test_statement_under_secretary_read_as_a_preposition(nlp, text: str, speaker: str) -> None:  # noqa: ANN001
    """A sentence that opens with "Under Secretary …" and the name before the verb: the parse takes the title for
    the preposition "under" and leaves the verb no subject; the name is the speaker."""
    assert speaker in {d.speaker for d in _read(nlp, text, "Statement")}
