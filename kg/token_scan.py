"""The few tokens of a Doc a per-token scan can pass, found with one ``Doc.to_array`` instead of a Token per word.

kg's components and rules scan every token of every article for a handful of words: proper nouns in title case
outside the entities, courtesy titles, legal suffixes, ship nouns. spaCy makes a new Token object at each step of
``for t in doc`` and each attribute read goes through it, so the scans cost more than the tests they make. These
helpers read the attributes as arrays, test each distinct string once, and return, in order, the indices of the
tokens that pass: the scan then tests only those, with the same outcome. They read the Doc as it is at the call
(the entity fixer changes the entities later), and keep nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Collection

import numpy as np
from spacy.attrs import ENT_TYPE, IS_TITLE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc


def where_string(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose string attribute ``attr`` (``ORTH``, ``LOWER``, ``LEMMA``, ...) passes ``keep``,
    which is asked once per distinct string."""
    if not len(doc):
        return []
    values = doc.to_array([attr]).ravel()
    strings = doc.vocab.strings
    passing = [h for h in np.unique(values).tolist() if keep(strings[h] if h else "")]
    if not passing:
        return []
    return np.flatnonzero(np.isin(values, np.array(passing, dtype=values.dtype))).tolist()


def where_in(doc: Doc, attr: int, words: Collection[str]) -> list[int]:
    """Indices of the tokens whose string attribute ``attr`` is one of ``words``: ``where_string`` with
    ``words.__contains__``, compared as the Doc stores the strings (their ids), without reading one."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    wanted = np.array([strings[w] for w in words], dtype=np.uint64)
    return np.flatnonzero((doc.to_array(attr)[:, None] == wanted).any(axis=1)).tolist()  # (np.isin sorts both)


def entities_or_proper(doc: Doc) -> list[int]:
    """Indices of the tokens in an entity (``Token.ent_type_``) or tagged a proper noun."""
    if not len(doc):
        return []
    cols = doc.to_array([ENT_TYPE, POS])
    return np.flatnonzero((cols[:, 0] != 0) | (cols[:, 1] == PROPN)).tolist()


def untagged_titles(doc: Doc, pos: int) -> list[int]:
    """Indices of the title-case tokens (``Token.is_title``) outside every entity whose part of speech is ``pos``
    (a ``spacy.symbols`` id: ``PROPN``, ``NOUN``)."""
    if not len(doc):
        return []
    cols = doc.to_array([POS, ENT_TYPE, IS_TITLE])
    return np.flatnonzero((cols[:, 0] == pos) & (cols[:, 1] == 0) & (cols[:, 2] != 0)).tolist()
