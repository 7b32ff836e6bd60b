"""``kg_paragraph_breaks_v1``: a blank line starts a sentence; a name after an abbreviated title does not.

Runs before the parser, which keeps sentence starts already set: the first token after a blank line
("\\n\\n", also with spaces or tabs on the empty line) becomes a sentence start, so no sentence runs
across a paragraph break ("The talks ended Monday" + blank line + "Officials said ..."); the capitalised
word after an abbreviated title ("Brig.", "Col."; kg/data/role_abbreviations.tsv) or a courtesy title
("Mr.") is marked as no sentence start, so "... and Brig. Jane Doe." stays one sentence. Other tokens
are left unset for the parser to decide.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.components import lookups as gz  # kg.gazetteer, memoised

NAME = "kg_paragraph_breaks_v1"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_COURTESY = frozenset({"mr", "mrs", "ms", "dr"})


@Language.factory(NAME)
def make_paragraph_breaks(nlp: Language, name: str) -> "ParagraphBreaks":
    """Return the paragraph-break component."""
    return ParagraphBreaks()


class ParagraphBreaks:
    """Marks the first token of every paragraph but the first as a sentence start, and a name after an
    abbreviated title as none."""

    def __call__(self, doc: Doc) -> Doc:
        for i in self.compute(doc):
            doc[i].is_sent_start = True
        for i in after_titles(doc):
            doc[i].is_sent_start = False
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


def after_titles(doc: Doc) -> list[int]:
    """Return the indices of the capitalised words right after an abbreviated title with its dot, on one line
    ("Brig. | Jane", "Lt. | Gen.", "Mr. | Doe")."""
    titles = set(gz.data_table("role_abbreviations.tsv")) | _COURTESY
    return [
        t.i + 1 for t in doc[:-1]
        if t.text.endswith(".") and t.text[:1].isupper() and t.text[:-1].lower() in titles
        and t.whitespace_ == " " and doc[t.i + 1].text[:1].isupper()
    ]
