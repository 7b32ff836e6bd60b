"""Gazetteer lookups: countries, aliases, demonyms, metonyms, capitals, cities, patterns."""
from __future__ import annotations

import pytest

from kg import gazetteer as gz


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Germany", "Germany"),
        ("the U.S.", "United States"),
        ("USA", "United States"),
        ("Great Britain", "United Kingdom"),
        ("U.K.", "United Kingdom"),
        ("Russian Federation", "Russia"),
        ("The Netherlands", "Netherlands"),
        ("Türkiye", "Turkey"),
        ("Brazil’s", "Brazil"),
    ],
)
def test_gazetteer_country_aliases(text: str, name: str) -> None:
    info = gz.lookup_country(text)
    assert info is not None and info.name == name and info.kind == "country"


@pytest.mark.parametrize(("text", "name"), [("Bosnia", "Bosnia and Herzegovina"), ("Trinidad", "Trinidad and Tobago")])
def test_gazetteer_two_part_country_by_its_first_part(text: str, name: str) -> None:
    """A country named "A and B" of a million people or more goes by "A" alone."""
    info = gz.lookup_country(text)
    assert info is not None and info.name == name


@pytest.mark.parametrize("text", ["Turks", "Wallis", "Herzegovina"])
def test_gazetteer_small_territory_first_part_is_no_country(text: str) -> None:
    """A small territory's first part ("Turks" of Turks and Caicos) is no country name: it is a people or a name."""
    assert gz.lookup_country(text) is None


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Belarusian", "Belarus"),
        ("British", "United Kingdom"),
        ("Americans", "United States"),
        ("Nigerian", "Nigeria"),
        ("Venezuelans", "Venezuela"),
        ("Chinese", "China"),
        ("Turkish", "Turkey"),
        ("Kenyan", "Kenya"),
    ],
)
def test_gazetteer_demonyms(word: str, name: str) -> None:
    info = gz.country_of_demonym(word)
    assert info is not None and info.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kremlin", "Russia"),
        ("the White House", "United States"),
        ("Downing Street", "United Kingdom"),
        ("Élysée", "France"),
        ("Beijing", "China"),  # a national capital stands for its state
        ("Abuja", "Nigeria"),
        ("Colombian", "Colombia"),
        ("Ankara", "Turkey"),
    ],
)
def test_gazetteer_state_for(text: str, name: str) -> None:
    info = gz.state_for(text)
    assert info is not None and info.name == name


@pytest.mark.parametrize("text", ["Istanbul", "Lagos", "Austin", "Scholz", "Brace", "Peace"])
def test_gazetteer_state_for_rejects_non_states(text: str) -> None:
    assert gz.state_for(text) is None


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        ("Kiev", "Kyiv", "city", "UA"),  # an alternate name of a large city
        ("Bombay", "Mumbai", "city", "IN"),
        ("Istanbul", "Istanbul", "city", "TR"),
        ("Texas", "Texas", "us_state", "US"),
        ("Africa", "Africa", "continent", None),
        ("the Kursk region", "Kursk region", "region", "RU"),
        ("Kherson Oblast", "Kherson Oblast", "region", "UA"),
        ("the Danube River", "Danube River", "river", None),
    ],
)
def test_gazetteer_lookup_place(text: str, name: str, kind: str, country: str | None) -> None:
    info = gz.lookup_place(text)
    assert info is not None
    assert (info.name, info.kind, info.country) == (name, kind, country)


@pytest.mark.parametrize("text", ["Austin", "David", "Vladimir", "Florence", "EU", "Kremlin", "reading", ""])
def test_gazetteer_lookup_place_skips_names_words_and_metonyms(text: str) -> None:
    assert gz.lookup_place(text) is None


@pytest.mark.parametrize(("text", "key"), [("U.S.", "us"), ("the Kremlin’s", "kremlin"), ("Erdoğan", "erdogan")])
def test_gazetteer_norm(text: str, key: str) -> None:
    assert gz.norm(text) == key


def test_gazetteer_every_demonym_and_alias_resolves() -> None:
    for word, _ in gz._data_lines("demonyms.tsv"):
        assert gz.country_of_demonym(word) is not None, word
    for alias, _ in gz._data_lines("country_aliases.tsv"):
        assert gz.lookup_country(alias) is not None, alias


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("Kenyan Somali", "Kenyan Somalis"),
        ("Kenyan Somalis", "Kenyan Somalis"),
        ("the Kenyan Somali side", "Kenyan Somalis"),
        ("Moldova Romanians", "Moldova Romanians"),
        ("Kenyan", None),  # one demonym is the state's
        ("Kenyan officials", None),
        ("American Americans", None),  # the same state twice is no community
        ("Kenyan Somali negotiators", None),  # the community leads a longer phrase: see non_state_actor
    ],
)
def test_gazetteer_community_of(text: str, community: str | None) -> None:
    assert gz.community_of(text) == community


@pytest.mark.parametrize(
    ("text", "non_state"),
    [
        ("Chilean opposition", True),
        ("Peruvian rebels", True),
        ("Bolivian opposition coalition", True),
        ("Chile's opposition", True),
        ("Kenyan Somali negotiators", True),
        ("Chilean negotiators", False),
        ("Peruvian delegation", False),
        ("Kenyan officials", False),
        ("opposition", False),  # no state named: nothing to keep apart
    ],
)
def test_gazetteer_non_state_actor(text: str, non_state: bool) -> None:
    assert gz.non_state_actor(text) is non_state


def test_gazetteer_load_tables_writes_then_reads_the_same_tables(tmp_path):
    from kg.cache import read_pickle

    path = gz.load_tables(tmp_path)
    assert path is not None and path.parent == tmp_path
    assert read_pickle(path) == {name: table() for name, table in gz._TABLES.items()}
    written = path.stat().st_mtime_ns
    assert gz.load_tables(tmp_path) == path and path.stat().st_mtime_ns == written  # read, not written again
    assert gz.lookup_country("U.K.").name == "United Kingdom"


@pytest.mark.parametrize("damage", ["truncated", "not a folder"])
def test_gazetteer_load_tables_survives_a_bad_cache(tmp_path, damage):
    from kg.cache import read_pickle

    if damage == "truncated":
        path = gz.load_tables(tmp_path)
        path.write_bytes(path.read_bytes()[:100])
        assert gz.load_tables(tmp_path) == path and isinstance(read_pickle(path), dict)
    else:
        (tmp_path / "f").write_text("")
        assert gz.load_tables(tmp_path / "f") is None
    assert gz.state_for("Nairobi").name == "Kenya"


@pytest.mark.parametrize(("text", "state"), [
    ("Bogotá", "Colombia"), ("Bogota", "Colombia"),  # the country table writes the capital without accents
    ("Yaoundé", "Cameroon"), ("Asunción", "Paraguay"), ("Ulaanbaatar", "Mongolia"), ("Reykjavik", "Iceland"),
])
def test_gazetteer_capitals_spelled_with_or_without_accents(text: str, state: str) -> None:
    found = gz.state_for(text)
    assert found is not None and found.name == state


@pytest.mark.parametrize("town", ["Macomb", "Piqua", "Brasiléia"])
def test_gazetteer_towns_sharing_a_capitals_alternate_name_are_no_capital(town: str) -> None:
    assert gz.state_for(town) is None
