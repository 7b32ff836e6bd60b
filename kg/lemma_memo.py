"""The lemmas of a spaCy rule-based Lemmatizer, read from arrays and remembered per (orth, pos, morph).

spaCy's ``Lemmatizer`` in "rule" mode builds a Token for every word of every Doc and calls ``rule_lemmatize``
on it, which keeps only the lemmas its rules produced and works out the base forms ("talks" as a singular
noun), some 60% of the tokens, again each time. Its answer depends on nothing but the token's form, part of
speech and morphology (and the lemmatizer's fixed tables), so the first answer for that triple is the answer:
``speed_up`` makes the lemmatizer read the triples of a Doc with one ``to_array``, ask spaCy once per triple it
has not met in this process, and write the lemmas back with one ``from_array``. Tokens that already have a lemma
(from the attribute ruler) keep it, as before; the Doc's lemmas are exactly spaCy's.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.tokens import Doc

Key = tuple[int, int, int]  # (orth, pos, morph) hashes


def lemmatize(lemmatizer: Any, doc: Doc, memo: dict[Key, int]) -> Doc:
    """Give every token of ``doc`` without a lemma the one ``lemmatizer.lemmatize`` gives it (``memo``: its
    answers so far, as lemma hashes, filled here)."""
    if not len(doc):
        return doc
    cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
    lemmas = cols[:, 3].copy()
    strings = doc.vocab.strings
    for i in np.flatnonzero(lemmas == 0).tolist():
        orth, pos, morph, _ = cols[i].tolist()
        key = (orth, pos, morph)
        found = memo.get(key)
        if found is None:
            found = memo[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
        lemmas[i] = found
    doc.from_array([LEMMA], lemmas.reshape(-1, 1))
    return doc


def _call(self: Any, doc: Doc) -> Doc:
    """``Lemmatizer.__call__`` with remembered lemmas (see the module docstring)."""
    if not self._validated:
        self._validate_tables(Errors.E1004)
    try:
        return lemmatize(self, doc, self.__dict__.setdefault("kg_lemma_memo", {}))
    except Exception as e:  # noqa: BLE001 - handed to spaCy's error handler, as Lemmatizer.__call__ does
        self.get_error_handler()(self.name, self, [doc], e)
        return doc


_FAST: dict[type, type] = {}  # lemmatizer class -> its subclass with _call


def speed_up(nlp: Any, name: str = "lemmatizer") -> bool:
    """Give ``nlp``'s rule-mode lemmatizer ``name`` remembered lemmas; True if it did (False when there is none,
    it is in another mode, overwrites lemmas, or has them already)."""
    if name not in nlp.pipe_names:
        return False
    pipe = nlp.get_pipe(name)
    cls = type(pipe)
    if cls in _FAST.values() or getattr(pipe, "mode", None) != "rule" or getattr(pipe, "overwrite", True):
        return False
    if not callable(getattr(pipe, "lemmatize", None)) or not hasattr(pipe, "_validated"):
        return False
    fast = _FAST.get(cls) or _FAST.setdefault(cls, type(f"Memo{cls.__name__}", (cls,), {"__call__": _call}))
    pipe.__class__ = fast
    return True
