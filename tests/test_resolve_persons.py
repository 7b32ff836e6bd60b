"""kg.resolve_persons lookups that avoid scans: near surname keys by index, a lone name's bearers once per key."""
from __future__ import annotations

from collections import defaultdict

import pytest

from kg.model import Mention
from kg.resolve_persons import PersonIndex, _close, _near_keys, _vowel_variants, phonetic_key, same_person

KEYS = ["navalni", "navalnii", "navalnaia", "lopes", "lopez", "lapas", "matrudi", "metrudi", "hale", "hales",
        "hal", "ruiz", "rois", "soto", "sato", "setoo", "erdogan", "erdugan", "i", "ia", "e", "abdelrahman",
        "abdulrahman", "doe", "roe", "dubre", "dubrai", "jun", "iun"]


def _every_pair(keys: list[str]) -> dict[str, list[str]]:
    """What ``_candidate_pairs`` crossed before: every later key of the same initial, tried one by one."""
    by_initial: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        by_initial[k[0]].append(k)
    return {k: [o for o in by_initial[k[0]] if o > k and (_close(k, o) or _vowel_variants(k, o, 1))] for k in keys}


@pytest.mark.parametrize("keys", [sorted(KEYS), sorted(phonetic_key(k) for k in set(KEYS)), ["a"], []])
def test_resolve_persons_near_keys_are_the_pairs_tried_one_by_one(keys: list[str]) -> None:
    keys = sorted(set(keys))
    assert _near_keys(keys) == _every_pair(keys)


def _index(*mentions: tuple[str, str]) -> PersonIndex:
    return PersonIndex([(article, Mention(text, "Person", 0, len(text), 0)) for article, text in mentions])


def test_resolve_persons_surname_asked_again_gives_the_same_answer() -> None:
    index = _index(("a1", "Ahmed Lawan"), ("a2", "Fatima Lawan"), ("a3", "Alexei Navalny"))
    asks = [(name, article) for name in ("Lawan", "Navalnyi", "Nobody") for article in ("a1", "a2", "a3", None)]
    first = [index.surname(name, article) for name, article in asks]
    again = [index.surname(name, article) for name, article in asks]
    assert first == again
    assert first[:4] == ["Ahmed Lawan", "Fatima Lawan", None, None]  # in the article; ambiguous elsewhere
    assert first[4:8] == ["Alexei Navalny"] * 4  # a close spelling, the only bearer
    assert first[8:] == [None] * 4


def test_resolve_persons_bearers_are_exact_else_close() -> None:
    index = _index(("a1", "Alexei Navalny"), ("a2", "Ana Ruiz"))
    assert index._bearers(phonetic_key("Navalny")) == {"Alexei Navalny"}
    assert index._bearers(phonetic_key("Navalnyy")) == {"Alexei Navalny"}  # close, not equal
    assert index._bearers(phonetic_key("Smith")) == frozenset()


@pytest.mark.parametrize("a,b", [
    # Ukrainian and Belarusian h is Russian g; a given name opening with another vowel ("O"/"A", "Ye"/"E")
    ("Oleksandr Hryhorenko", "Alexander Grigorenko"),
    ("Oleh Hnatyshyn", "Oleg Gnatyshyn"),
    ("Yevhen Horodetsky", "Evgeny Gorodetsky"),
])
def test_resolve_persons_h_for_g_and_vowel_initial_spellings_are_one_person(a: str, b: str) -> None:
    assert same_person(a, b)
    index = _index(("wire", a), ("page", b))
    assert index.full(a) == index.full(b)


@pytest.mark.parametrize("a,b", [
    ("Mark Hill", "Mark Gill"),  # short family names: h and g make two names
    ("Ivan Horowitz", "Evan Horowitz"),  # two consonants are too few to call two given names one
    ("Oleksandr Hryhorenko", "Oleksandr Grigorenko-Petrov"),
])
def test_resolve_persons_other_names_stay_apart(a: str, b: str) -> None:
    assert not same_person(a, b)


@pytest.mark.parametrize("full,lone", [
    ("Salem al-Fitouri", "Fitouri"),
    ("Nabil el-Araby", "Araby"),
    ("Karim al-Haddad", "al-Haddad"),
])
def test_resolve_persons_a_lone_family_name_without_its_particle(full: str, lone: str) -> None:
    index = _index(("a1", full), ("a1", "Rosa Lind"))
    assert index.surname(lone, "a1") == full
    assert index.surname(lone, None) == full
