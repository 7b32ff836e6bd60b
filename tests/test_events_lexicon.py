"""kg.events_lexicon: the one pattern of all measures matches where one of them does."""
from __future__ import annotations

import pytest

from kg.events_lexicon import _opens_word, any_measure, measures

TEXTS = [
    "The EU imposed an asset freeze and a travel ban on three officials.",
    "They were barred from entering the bloc; X was denied entry.",
    "A ship can be denied entry to ports.",
    "Talks resumed in Geneva on Monday.",
    "...restrictive measures against X, and such measures",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("specific", [False, True])
def test_events_lexicon_any_measure_is_every_measure(text: str, specific: bool) -> None:
    patterns = [m.pattern for m in measures() if m.specific or not specific]
    assert bool(any_measure(specific).search(text)) == any(p.search(text) for p in patterns)
    first = any_measure(specific).search(text)
    assert all(m.start() >= first.start() for p in patterns for m in p.finditer(text)) if first else True


@pytest.mark.parametrize(("pattern", "opens"), [
    (r"\bswift\b", True), (r"\b(?<!be\s)(?:bann|barr)\w*", True), (r"\b(?:restrictive\s+)?measures", True),
    (r"(?:ab)*c", True), (r"\b(?:a|\.b)", False), (r"x?\.", False), (r"\$5", False), (r"(?:ab)?", False),
])
def test_events_lexicon_opens_word(pattern: str, opens: bool) -> None:
    assert _opens_word(pattern) is opens
