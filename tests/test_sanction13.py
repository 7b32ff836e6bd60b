"""Sanction classes found on blind36 (session 12): a minister's release that speaks as "I" under a header naming no
state ("Today I have imposed … under X's autonomous sanctions framework"); a measure that counts targets it never
names, followed by a sentence naming one person and a summit ("I raised it with their minister, A, at the B
meetings"), which names none of them; a source ("according to the Foreign Office") that is no target.

Every sentence is our own, with invented names (real states, cities and bodies only); drafts are read by the full
pipeline.
"""
from __future__ import annotations

import pytest

from tests.test_sanction11 import TUE, _read, nlp  # noqa: F401 - the module's spaCy fixture

_MINISTER = """THE HON {minister} MP
MINISTER FOR FOREIGN AFFAIRS

MEDIA RELEASE

Today I have imposed targeted financial sanctions and travel bans on three {demonym} police officers under {state}'s autonomous sanctions framework.

The following persons are designated for targeted financial sanctions:

1. Colonel {p1}, Commander of the Northern Police Division (date of birth: 4 May 1966)
2. Major {p2}, Deputy Commander of the Northern Police Division (date of birth: 9 July 1970)
3. Captain {p3}, police chief in the border district (date of birth: 1 March 1978)

"We will not stand by while those responsible for abuses move their money through our financial system," I said.

These measures follow those of our partners. The European Union imposed sanctions on six {demonym} officers on 14 May 2019.

I raised these concerns with {target}'s Minister of the Interior, {other}, when we met on the sidelines of the ASEAN meetings in Bangkok in August.
"""


@pytest.mark.parametrize("minister, state, demonym, target, people, other", [
    ("JANE ROWLEY", "Australia", "Cambodian", "Cambodia", ("Sok Pheakdey", "Chan Vireak", "Heng Sokhom"), "Keo Ratanak"),
    ("MARK ELLISON", "New Zealand", "Laotian", "Laos", ("Bounmy Sengdara", "Khamla Vongsa", "Somsak Inthavong"),
     "Phonsavan Keomany"),
])
def test_sanction_release_in_the_first_person(nlp, minister, state, demonym, target, people, other) -> None:
    """"I have imposed … under X's framework" in a release whose header names no state: X imposes the list's
    measure; the partner's measure recalled after the list, which counts officers it never names, does not take the
    one person the release names later (the minister met)."""
    text = _MINISTER.format(minister=minister, state=state, demonym=demonym, target=target, other=other,
                            p1=people[0], p2=people[1], p3=people[2])
    drafts = _read(nlp, text)
    assert {(d.imposer, d.target) for d in drafts if d.imposer == state} >= {(state, p) for p in people}
    assert not any(d.target == other for d in drafts)
    assert not any(d.imposer == "European Union" and d.target in people for d in drafts)


def test_sanction_first_person_inside_a_quote_is_no_issuer(nlp) -> None:
    """A quoted "I" is the quoted speaker, not a release's minister: no imposer from a framework's owner alone."""
    drafts = _read(nlp, '"I have imposed sanctions on two officials under Norway\'s national framework," a diplomat '
                        "told reporters in Oslo.")
    assert all(d.imposer != "Norway" for d in drafts)


@pytest.mark.parametrize("source", ["according to the Foreign Office", "according to the Finance Ministry"])
def test_sanction_attribution_source_is_no_target(nlp, source) -> None:
    """Counted targets named in the sentences after a measure leave out the body a fact is attributed to."""
    text = ("Britain on Monday added two companies and a tanker to its sanctions list. London sanctioned Ardent "
            f"Marine Holdings, which handled payments {source}, and designated the tanker Blue Heron and "
            "Kestrel Shipping Ltd.")
    targets = {d.target for d in _read(nlp, text)}
    assert "Ardent Marine Holdings" in targets
    assert not any(t and ("Foreign Office" in t or "Finance Ministry" in t) for t in targets)


_ANNEX = """Council of the European Union
Press release

The Council today added two persons and one entity to the list of those subject to restrictive measures against {state}.

"The pressure will continue," said Council spokesperson {speaker}.

The legal acts, including the names of the persons and entities concerned, are available in the Official Journal.

ANNEX

Persons

1. {p1}. Date of birth: 12.3.1968. Reasons: Deputy director of the munitions department.

2. {p2}. Date of birth: 2.9.1972. Reasons: Official of a state bank.

Entities

1. {firm}. Reasons: Procures dual-use goods for the missile programme.
"""


@pytest.mark.parametrize("state, speaker, people, firm", [
    ("North Korea", "Marit Olsen", ("RI Song Hui", "KIM Chol Jin"), "Ryonhap Trading Corporation"),
    ("Belarus", "Pieter de Wit", ("Anton Kovalchuk", "Irina Zhuk"), "Minsktrans Holding"),
])
def test_sanction_annex_heading_opens_the_list(nlp, state, speaker, people, firm) -> None:
    """The items under a release's "ANNEX" heading (and its "Persons", "Entities" subheadings) are the targets
    of the measure that counts them."""
    text = _ANNEX.format(state=state, speaker=speaker, p1=people[0], p2=people[1], firm=firm)
    targets = {d.target for d in _read(nlp, text) if d.imposer == "European Union"}
    assert {*people, firm} <= targets


_NUMBERED = """Ministry of Foreign Affairs of {state}

Press Release

Additional Measures in Connection with the Situation in {place}

1. Today, the Government of {state} decided to implement the following measures, in view of the situation in {place}.

(1) Freeze of assets of persons and entities which are deemed to be directly involved in the destabilization of {place}.

2. The persons and entities designated today are as follows:

1. {p1} (Date of birth: 14 March 1961), "Deputy Chairman" of the so-called "State Council".
2. {p2} (Date of birth: 2 October 1968), self-proclaimed "Prime Minister".
3. {firm}, an oil transport and storage company.

3. On April 29, the Government of {state} suspended the issuance of visas to 23 persons.

4. Foreign Minister {minister} stated today that the measures were taken to prevent a further deterioration.
"""


@pytest.mark.parametrize("state, place, people, firm, minister", [
    ("Japan", "Ukraine", ("Viktor Anatolyevich SOKOLOV", "Oleg Pavlovich DRUZHNOV"), "Feodosia Storage Company",
     "Kenta Morishita"),
    ("Norway", "Georgia", ("Givi Zurabovich BERIDZE", "Tamaz Nodarovich KAPANADZE"), "Poti Oil Terminal Company",
     "Ingrid Halvorsen"),
])
def test_sanction_numbered_release(nlp, state, place, people, firm, minister) -> None:
    """A release that numbers its own paragraphs: a verbless measure item ("(1) Freeze of assets of persons …") is
    the issuer's (the header's state); "2. The persons … designated today are as follows:" opens the list, and the
    release's next paragraph number ("3. On April 29, …") closes it."""
    text = _NUMBERED.format(state=state, place=place, p1=people[0], p2=people[1], firm=firm, minister=minister)
    drafts = _read(nlp, text)
    targets = {d.target for d in drafts if d.imposer == state}
    assert {*people, firm} <= targets
    assert not any(t and (t.startswith("On April") or minister in t) for t in targets)


@pytest.mark.parametrize("count", ["more than 440", "58"])
def test_sanction_rough_count_takes_no_names_from_later_prose(nlp, count) -> None:
    """A count too rough or large to be listed ("more than 440 individuals", "58 individuals") does not take the
    people a later sentence about something else names."""
    text = (f"Canada has already imposed sanctions on {count} individuals and entities in Belarus since 2020.\n\n"
            "Canada notes the talks held yesterday. Ukraine's delegation, led by faction leader Taras Bondarenko "
            "and including adviser Mykola Petrenko, agreed to set up corridors.")
    targets = {d.target for d in _read(nlp, text)}
    assert not targets & {"Taras Bondarenko", "Mykola Petrenko"}
