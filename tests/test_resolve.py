"""Cross-article resolution on hand-built mentions, and the whole NLP stage on the five seeds."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Article, CleanArticle, EntityType, Extraction, Mention
from kg.resolve import is_surname_form, phonetic_key, resolve_entities, same_person

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def extraction(article_id: str, *mentions: tuple) -> Extraction:
    """An Extraction whose mentions are (text, type[, role, affiliation]) tuples."""
    art = CleanArticle(Article(article_id, f"{article_id}.txt", ""), body="", title=None)
    ms = tuple(Mention(m[0], m[1], 0, len(m[0]), 0, *m[2:]) for m in mentions)
    return Extraction(art, ms)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zelensky", "Zelenskyy"), ("Navalny", "Navalnyi"), ("Erdoğan", "Erdogan"), ("Podoliak", "Podolyak"),
     ("Arakhamia", "Arakhamiya"), ("Aleksei", "Alexei"), ("Sergei", "Sergey"),
     ("Dzhusupbekov", "Jusupbekov"), ("Djibril", "Jibril"), ("Dzhamila", "Djamila")],
)
def test_resolve_phonetic_key_folds_transliterations(a: str, b: str) -> None:
    assert phonetic_key(a) == phonetic_key(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Alexei Navalny", "Aleksei Navalnyi", True), ("Recep Tayyip Erdogan", "Recep Erdoğan", True),
     ("Joe Biden", "Jill Biden", False), ("Olaf Scholz", "Olaf Palme", False), ("J. Biden", "Joe Biden", True)],
)
def test_resolve_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_resolve_surname_prefers_full_name_in_same_article() -> None:
    ents, lookup = resolve_entities([
        extraction("a1", ("Ahmed Lawan", "Person", "senator", "Nigerian"), ("Lawan", "Person")),
        extraction("a2", ("Fatima Lawan", "Person"), ("Lawan", "Person")),
        extraction("a3", ("Lawan", "Person")),  # ambiguous across articles
    ])
    assert lookup("Lawan", "a1") == "person/ahmed-lawan"
    assert lookup("Lawan", "a2") == "person/fatima-lawan"
    assert lookup("Lawan", "a3") not in {"person/ahmed-lawan", "person/fatima-lawan"}  # ambiguous
    assert ents["person/ahmed-lawan"].affiliations == {"country/nigeria"}
    assert ents["person/ahmed-lawan"].roles == {"senator"}


def test_resolve_surname_uses_unique_full_name_across_articles() -> None:
    ents, lookup = resolve_entities([
        extraction("a1", ("Alexei Navalny", "Person")),
        extraction("a2", ("Aleksei Navalnyi", "Person"), ("Navalnyi", "Person")),
        extraction("a3", ("Navalny", "Person")),
    ])
    persons = [e for e in ents.values() if e.type == "Person"]
    assert len(persons) == 1
    assert persons[0].aliases == {"Alexei Navalny", "Aleksei Navalnyi", "Navalnyi", "Navalny"}
    assert persons[0].articles == {"a1", "a2", "a3"}
    assert lookup("Navalny", "a3") == persons[0].key


def test_resolve_keys_do_not_depend_on_article_order() -> None:
    xs = [
        extraction("a1", ("Recep Tayyip Erdogan", "Person"), ("EU", "Organization")),
        extraction("a2", ("Recep Tayyip Erdoğan", "Person"), ("European Union", "Organization")),
        extraction("a3", ("Recep Tayyip Erdogan", "Person"), ("Erdogan", "Person")),
    ]
    forward, _ = resolve_entities(xs)
    backward, _ = resolve_entities(xs[::-1])
    assert forward == backward
    assert "person/recep-tayyip-erdogan" in forward
    assert forward["organization/european-union"].aliases == {"EU", "European Union"}


@pytest.mark.parametrize(
    ("orgs", "acronym", "key"),
    [
        (("African Union", "AU"), "AU", "organization/african-union"),
        (("United Nations", "U.N.", "U.N. Security Council"), "U.N. Security Council", "organization/united-nations-security-council"),
        (("World Health Organization", "WHO"), "W.H.O.", "organization/world-health-organization"),
        (("NATO",), "NATO", "organization/nato"),
        # lowercase function words of any language are no initials
        (("Ejército Popular del Sur", "EPS"), "EPS", "organization/ejercito-popular-del-sur"),
        (("International Court of Justice", "ICJ"), "ICJ", "organization/international-court-of-justice"),
    ],
)
def test_resolve_acronyms_by_initials(orgs: tuple, acronym: str, key: str) -> None:
    ents, lookup = resolve_entities([extraction("a1", *[(o, "Organization") for o in orgs])])
    assert lookup(acronym, "a1") == key


@pytest.mark.parametrize(
    ("surface", "kind", "key"),
    [
        ("Kenyan negotiators", "actor", "country/kenya"),
        ("the Kremlin", "actor", "country/russia"),
        ("Nairobi", "actor", "country/kenya"),
        ("Nairobi", "place", "place/nairobi"),
        ("Kenya's", "actor", "country/kenya"),
        ("Mombasa", "actor", "place/mombasa"),
        ("Unknown Body", "actor", None),
    ],
)
def test_resolve_lookup_states_and_places(surface: str, kind: str, key: str | None) -> None:
    _, lookup = resolve_entities([
        extraction("a1", ("Kenya", "Country"), ("Nairobi", "Place"), ("Mombasa", "Place"), ("Kremlin", "Country")),
    ])
    assert lookup(surface, "a1", kind) == key


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Kenyan negotiators", "country/kenya"),  # the state's agents stay the state
        ("the Kenyan delegation", "country/kenya"),
        ("the Kenyan opposition", "organization/kenyan-opposition"),
        ("Kenyan opposition leaders", None),  # not the state, and no such organization
        ("Kenyan rebels", None),
        ("the Kenyan Somali side", "organization/kenyan-somalis"),
        ("Kenyan Somali negotiators", "organization/kenyan-somalis"),
    ],
)
def test_resolve_lookup_keeps_non_state_actors_apart(surface: str, key: str | None) -> None:
    _, lookup = resolve_entities([
        extraction("a1", ("Kenya", "Country"), ("Kenyan opposition", "Organization"), ("Kenyan Somali", "Organization")),
    ])
    assert lookup(surface, "a1") == key


def test_resolve_community_forms_are_one_entity() -> None:
    ents, _ = resolve_entities([
        extraction("a1", ("Kenyan Somali", "Organization"), ("Kenyan Somalis", "Organization")),
        extraction("a2", ("Kenyan Somali side", "Organization")),
    ])
    found = ents["organization/kenyan-somalis"]
    assert found.label == "Kenyan Somalis" and found.articles == {"a1", "a2"}
    assert "country/kenya" not in ents and "country/somalia" not in ents


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        (("Lviv", "Person"), "place/lviv"),  # a one-word "person" the gazetteer knows as a city
        (("Kiev", "Place"), "place/kiev"),
        (("Ghana", "Organization"), "country/ghana"),
        (("Belarusian", "Country"), "country/belarus"),
    ],
)
def test_resolve_types_with_gazetteer_priority(mention: tuple, expected: str) -> None:
    ents, _ = resolve_entities([extraction("a1", mention)])
    assert expected in ents


def test_resolve_kiev_and_kyiv_are_one_place() -> None:
    ents, _ = resolve_entities([extraction("a1", ("Kiev", "Place")), extraction("a2", ("Kyiv", "Place"), ("Kyiv", "Place"))])
    places = [e for e in ents.values() if e.type == "Place"]
    assert len(places) == 1 and places[0].label == "Kyiv" and places[0].aliases == {"Kiev", "Kyiv"}


def test_resolve_drops_lowercase_words() -> None:
    ents, _ = resolve_entities([extraction("a1", ("totalitarian", "Organization"), ("Gabriel Boric", "Person"))])
    assert set(ents) == {"person/gabriel-boric"}


# --- the five seed articles, end to end through the real pipeline -------------------------------


@pytest.fixture(scope="module")
def seed_entities() -> dict:
    from kg.mentions import find_mentions
    from kg.nlp import build_nlp
    from kg.settings import Settings

    nlp = build_nlp(Settings())
    xs = []
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        art = CleanArticle(Article(path.stem, str(path), raw), body=raw, title=None)  # raw: chrome left in
        xs.append(Extraction(art, tuple(find_mentions(nlp(art.body)))))
    ents, _ = resolve_entities(xs)
    return ents


def _person(ents: dict, label_start: str):
    found = [e for e in ents.values() if e.type == "Person" and e.label.startswith(label_start)]
    assert len(found) == 1, [e.label for e in ents.values() if e.type == "Person"]
    return found[0]


def test_resolve_seeds_persons(seed_entities: dict) -> None:
    peskov = _person(seed_entities, "Dmitry Peskov")
    assert "Peskov" in peskov.aliases and "spokesman" in peskov.roles
    assert "Podolyak" in _person(seed_entities, "Mykhailo Podoliak").aliases
    zelensky = _person(seed_entities, "Volodymyr Zelensk")
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy"} <= zelensky.aliases
    gryzlov = _person(seed_entities, "Boris Gryzlov")
    assert gryzlov.affiliations == {"country/russia"} and "ambassador" in gryzlov.roles
    assert "defense minister" in _person(seed_entities, "Oleksiy Reznikov").roles


@pytest.mark.parametrize("name", ["Kyiv", "Mariupol", "Belarus", "Breaking News", "Our Picks", "Download", "Max Hunder"])
def test_resolve_seeds_non_persons(seed_entities: dict, name: str) -> None:
    persons = [e for e in seed_entities.values() if e.type == "Person"]
    assert not any(name in e.aliases or e.label == name for e in persons)


@pytest.mark.parametrize(
    ("name", "surname"),
    [("Qasimi", True), ("Al Qasimi", True), ("al-Qasimi", True), ("van Dijk", True), ("bin Zayed", True),
     ("Faisal Al Qasimi", False), ("Marta van Dijk", False), ("Ana Lopes", False)],
)
def test_resolve_is_surname_form(name: str, surname: bool) -> None:
    assert is_surname_form(name) is surname


def test_resolve_surname_with_particle_joins_full_name() -> None:
    ents, lookup = resolve_entities([
        extraction("a1", ("Faisal bin Nasser Al Qasimi", "Person", "foreign minister"), ("Al Qasimi", "Person")),
        extraction("a2", ("Faisal bin Naser Al Qasimi", "Person")),
    ])
    persons = [e for e in ents.values() if e.type == "Person"]
    assert len(persons) == 1
    assert persons[0].aliases == {"Faisal bin Nasser Al Qasimi", "Faisal bin Naser Al Qasimi", "Al Qasimi"}
    assert lookup("Al Qasimi", "a1") == persons[0].key


@pytest.mark.parametrize(
    ("articles", "merged"),
    [
        ((("a1", "Lucia Ramos Ortega"), ("a1", "Ramos Ortega")), True),  # same article: her family names
        ((("a1", "Lucia Ramos Ortega"), ("a2", "Ramos Ortega")), False),  # elsewhere: maybe someone else
    ],
)
def test_resolve_family_names_join_full_name_in_same_article(articles: tuple, merged: bool) -> None:
    by_article: dict[str, list[tuple]] = {}
    for art, name in articles:
        by_article.setdefault(art, []).append((name, "Person"))
    ents, _ = resolve_entities([extraction(a, *ms) for a, ms in by_article.items()])
    assert len([e for e in ents.values() if e.type == "Person"]) == (1 if merged else 2)


@pytest.mark.parametrize(
    "names",
    [
        ["Ana Ruiz Soto", "Ruiz Soto", "Alexei Navalny", "Aleksei Navalnyi", "A. Navalny", "Maria Lopez",
         "Mario Lopes", "Jane Doe", "John Roe", "Recep Erdoğan", "Recep Erdogan", "Zhang Jun", "Li Jun"],
        ["Tom Hale", "Tom Hales", "Tim Hale", "Omar Abdel Rahman", "Omar Abdelrahman", "X Y", "Y"],
        ["Khalil al-Matrudi", "Khalel al-Metroudi", "Jane Doe"],
    ],
)
def test_resolve_candidate_pairs_cover_every_matching_pair(names: list[str]) -> None:
    from kg.resolve_persons import _candidate_pairs, _tail_of, same_person

    names = sorted(names)
    seen = {n: {"a1"} for n in names}
    every = {(a, b) for i, a in enumerate(names) for b in names[i + 1 :] if same_person(a, b) or _tail_of(a, b, seen)}
    assert every <= set(_candidate_pairs(names))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Yusuf Abdel-Karim", "Yousef Abdelkarim", True),  # a hyphenated surname and given-name vowels
        ("Qasim Nurmatov", "Kasim Nurmatov", True),  # q/k
        ("Khalil al-Matrudi", "Khalel al-Metroudi", True),  # surname and given name both with other vowels
        ("Omar Kamal", "Omar Kamil", False),  # a short surname with other vowels: too little to tell
        ("Tomas Berg", "Tamara Berg", False),  # other consonants: another person
        ("Ana Soto", "Ines Soto", False),
    ],
)
def test_resolve_same_person_spelling_variants(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_resolve_phonetic_key_keeps_particles_apart() -> None:
    assert phonetic_key("Abdel-Karim") == phonetic_key("Abdelkarim")
    assert phonetic_key("al-Nasser").split()[-1] == phonetic_key("Nasser")


def test_resolve_first_of_two_family_names_in_same_article() -> None:
    ents, lookup = resolve_entities([
        extraction("a1", ("Rosa Valdivieso Quintero", "Person", "lawmaker"), ("Valdivieso", "Person")),
        extraction("a2", ("Valdivieso", "Person")),
    ])
    key = lookup("Valdivieso", "a1")
    assert key is not None and ents[key].label == "Rosa Valdivieso Quintero"
    assert "Valdivieso" in ents[key].aliases


def test_resolve_lone_word_person_without_full_name_or_role_is_dropped() -> None:
    ents, _ = resolve_entities([
        extraction("a1", ("Vessna Okoro", "Person"), ("Okoro", "Person"), ("Zarbek", "Person")),
        extraction("a2", ("Kelto", "Person", "president")),
    ])
    persons = {e.label for e in ents.values() if e.type == "Person"}
    assert persons == {"Vessna Okoro", "Kelto"}


def test_resolve_given_name_in_capitals_stays_an_organization() -> None:
    ents, _ = resolve_entities([extraction("a1", ("Faris Ali Qasem", "Person"), ("FARIS", "Organization"))])
    person_ = next(e for e in ents.values() if e.type == "Person")
    assert person_.aliases == {"Faris Ali Qasem"}


def test_resolve_lookup_remembers_only_keys_found() -> None:
    _, lookup = resolve_entities([
        extraction("a1", ("Kenya", "Country"), ("Nairobi", "Place"), ("Ana Ruiz Soto", "Person"), ("Ruiz", "Person")),
    ])
    asks = [("Nairobi", "a1", "actor"), ("Ruiz", "a1", "actor"), ("Peru", "a1", "place"), ("Peru", "a1", "actor"),
            ("Peru", "a1", "place"), ("Unknown Body", "a1", "actor")]
    for ask in asks * 2:  # the second round answers from what the first found, as a fresh search would
        assert lookup(*ask) == lookup._lookup(*ask)
    assert lookup.found == {ask: key for ask in asks if (key := lookup._lookup(*ask)) is not None}
    assert lookup("Peru", "a1") == "country/peru" and lookup("Unknown Body", "a1") is None


def test_resolve_head_of_delegation_kept_beside_an_office() -> None:
    ents, _ = resolve_entities([
        extraction("a1", ("Tariq Osmani", "Person", "head of team"), ("Ivo Markan", "Person", "head of delegation")),
        extraction("a2", ("Ivo Markan", "Person", "trade minister")),
    ])
    roles = {e.label: e.roles for e in ents.values() if e.type == "Person"}
    assert roles == {"Tariq Osmani": {"head of team"}, "Ivo Markan": {"head of delegation", "trade minister"}}


def test_resolve_opening_words_of_a_longer_name_in_same_article() -> None:
    ents, _ = resolve_entities([
        extraction("a1", ("Sheikh Karim bin Faleh Al Mansour", "Person", "foreign minister"), ("Sheikh Karim", "Person")),
        extraction("a2", ("Ana Ruiz", "Person"), ("Ana Ruiz Soto", "Person")),
        extraction("a3", ("Sheikh Yasin", "Person", "cleric")),  # named so in another article only: another person
    ])
    persons = sorted(sorted(e.aliases) for e in ents.values() if e.type == "Person")
    assert persons == [["Ana Ruiz", "Ana Ruiz Soto"], ["Sheikh Karim", "Sheikh Karim bin Faleh Al Mansour"], ["Sheikh Yasin"]]


def test_resolve_styled_names_are_aliases() -> None:
    body = "Sir Tomas Brenner spoke. Later Sir Tomas left. Mr Ivo Markan and Mawlawi Abdul Karimi stayed."
    names = ["Tomas Brenner", "Tomas", "Ivo Markan", "Abdul Karimi"]
    starts = [body.index(n, body.index(n) if n != "Tomas" else body.index("Sir Tomas left") + 4) for n in names]
    art = CleanArticle(Article("a1", "a1.txt", body), body=body, title=None)
    ms = tuple(Mention(n, "Person", s, s + len(n), 0) for n, s in zip(names, starts))
    ents, _ = resolve_entities([Extraction(art, ms)])
    aliases = sorted(sorted(e.aliases) for e in ents.values() if e.type == "Person")
    assert aliases == [["Abdul Karimi", "Mawlawi Abdul Karimi"], ["Ivo Markan"],
                       ["Sir Tomas", "Sir Tomas Brenner", "Tomas Brenner"]]


@pytest.mark.parametrize(
    ("mentions", "label", "aliases"),
    [
        # a designation record's family name first, in capitals, and a transliteration of it
        ([("Ilona Maria Varga", "Person"), ("Varga", "Person"), ("VARGA, Ilona Maria", "Person"), ("VARGHA, Ilona", "Person")],
         "Ilona Maria Varga", {"Ilona Maria Varga", "Varga", "VARGA, Ilona Maria", "VARGHA, Ilona"}),
        # a person named only by the record and the surname
        ([("TEMIROV, Timur Ruslanovich", "Person"), ("Temirov", "Person"), ("TEMIROV, Timur Ruslanovich", "Person")],
         "Timur Ruslanovich Temirov", {"TEMIROV, Timur Ruslanovich", "Temirov"}),
    ],
)
def test_resolve_record_name_written_family_name_first(mentions: list, label: str, aliases: set) -> None:
    ents, _ = resolve_entities([extraction("a1", *mentions)])
    persons = [e for e in ents.values() if e.type == "Person"]
    assert [(e.label, set(e.aliases)) for e in persons] == [(label, aliases)]


@pytest.mark.parametrize(("style", "name"), [("Rwot", "Ocen Abwola"), ("Kabaka", "Mutebi Kizza")])
def test_resolve_traditional_rulers_styles_are_aliases(style: str, name: str) -> None:
    body = f"The paramount chief, {style} {name}, spoke on Saturday."
    start = body.index(name)
    art = CleanArticle(Article("a1", "a1.txt", body), body=body, title=None)
    ents, _ = resolve_entities([Extraction(art, (Mention(name, "Person", start, start + len(name), 0, "chief"),))])
    assert [sorted(e.aliases) for e in ents.values() if e.type == "Person"] == [sorted([name, f"{style} {name}"])]
