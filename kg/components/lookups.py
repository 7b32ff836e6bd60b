"""The gazetteer lookups kg's components make, memoised per process.

The components ask about the same few thousand surface forms for every entity and token of every article, and
each ``kg.gazetteer`` lookup normalises its text again (unidecode and four regular expressions). These are the
same functions with the same answers (the entries are frozen dataclasses), each remembering its last 65,536 texts.
"""
from __future__ import annotations

from functools import lru_cache

from kg import gazetteer
from kg.gazetteer import data_table, data_words

_SIZE = 1 << 16

norm = lru_cache(maxsize=_SIZE)(gazetteer.norm)
lookup_place = lru_cache(maxsize=_SIZE)(gazetteer.lookup_place)
state_for = lru_cache(maxsize=_SIZE)(gazetteer.state_for)
is_place_word = lru_cache(maxsize=_SIZE)(gazetteer.is_place_word)
country_of_demonym = lru_cache(maxsize=_SIZE)(gazetteer.country_of_demonym)
country_of_metonym = lru_cache(maxsize=_SIZE)(gazetteer.country_of_metonym)
community_of = lru_cache(maxsize=_SIZE)(gazetteer.community_of)


@lru_cache(maxsize=_SIZE)
def major_place_word(text: str) -> bool:
    """True for a place word no name takes: a state, or a place by its own name that is no city, a capital or a city
    of a million; a lesser city ("Jane Sopot") or another name of one may be a person's."""
    if state_for(text):
        return True
    info = lookup_place(text)
    if info is None or norm(info.name) != norm(text):
        return False
    return info.kind != "city" or info.capital or (info.population or 0) >= 1_000_000

__all__ = ["community_of", "country_of_demonym", "country_of_metonym", "data_table", "data_words", "is_place_word",
           "lookup_place", "major_place_word", "norm", "state_for"]
