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

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.token_scan import where_string

NAME = "kg_paragraph_breaks_v1"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_COURTESY = frozenset({"mr", "mrs", "ms", "dr", "hon"})


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
        if not len(doc):
            return []
        text = doc.text
        cols = doc.to_array([IDX, LENGTH, IS_SPACE])
        words = np.flatnonzero(cols[:, 2] == 0)  # the tokens that are no whitespace, in order
        begins = cols[words, 0]
        ends = begins + cols[words, 1]
        gaps = np.flatnonzero(begins[1:] - ends[:-1] >= 2) + 1  # room for a blank line between two words
        return [int(words[k]) for k in gaps.tolist() if _BLANK_LINE.search(text, int(ends[k - 1]), int(begins[k]))]


def after_titles(doc: Doc) -> list[int]:
    """Return the indices of the capitalised words right after an abbreviated title with its dot, on one line
    ("Brig. | Jane", "Lt. | Gen.", "Mr. | Doe")."""
    titles = set(gz.data_table("role_abbreviations.tsv")) | _COURTESY
    marked = where_string(doc, ORTH, lambda s: s.endswith(".") and s[:1].isupper() and s[:-1].lower() in titles)
    return [i + 1 for i in marked if i + 1 < len(doc) and doc[i].whitespace_ == " " and doc[i + 1].text[:1].isupper()]
