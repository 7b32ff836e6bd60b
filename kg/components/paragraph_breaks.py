"""``kg_paragraph_breaks_v1``: a blank line starts a sentence.

Runs before the parser, which keeps sentence starts already set: the first token after a blank line
("\\n\\n", also with spaces or tabs on the empty line) becomes a sentence start, so no sentence runs
across a paragraph break ("The talks ended Monday" + blank line + "Officials said ..."). Other tokens
are left unset for the parser to decide.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

NAME = "kg_paragraph_breaks_v1"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


@Language.factory(NAME)
def make_paragraph_breaks(nlp: Language, name: str) -> "ParagraphBreaks":
    """Return the paragraph-break component."""
    return ParagraphBreaks()


class ParagraphBreaks:
    """Marks the first token of every paragraph but the first as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        for i in self.compute(doc):
            doc[i].is_sent_start = True
        return doc

    def compute(self, doc: Doc) -> list[int]:
        """Return the indices of the tokens that open a paragraph after a blank line."""
        starts: list[int] = []
        text = doc.text
        prev_end = None  # end offset of the last non-space token
        for tok in doc:
            if tok.is_space:
                continue
            if prev_end is not None and _BLANK_LINE.search(text, prev_end, tok.idx):
                starts.append(tok.i)
            prev_end = tok.idx + len(tok.text)
        return starts
