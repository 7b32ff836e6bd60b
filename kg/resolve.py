"""Mentions of all articles -> entities with deterministic keys, and a surface-form lookup.

* Persons: full names are clustered by :class:`kg.resolve_persons.PersonIndex` (spelling variants, names that end
  or open a longer one, a record's "DOE, Jane"); a lone surname ("Qasimi", also with its particles: "Al Qasimi")
  goes to the full name of the same article (also as the first of two family names: "Ruiz" of "Ana Ruiz Soto"),
  else to the only full name with that surname across articles. A person only ever named by one word that no full
  name explains and no role introduces is dropped.
* Organizations: grouped by normalised name; acronyms join the full name whose initials they are
  (EU / European Union, U.N. / United Nations), also as a leading word ("U.N. General Assembly").
* Countries: any name, alias, demonym or seat of government the gazetteer maps to a state.
* Places: the gazetteer's canonical entry (Bombay and Mumbai are one city), else the normalised text.
Keys are ``type/slug(canonical name)``; canonical names are the gazetteer's, or the most frequent
full form (ties broken alphabetically), so keys never depend on article order.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from kg import gazetteer as gz
from kg.model import Entity, EntityType, Extraction, Mention
from kg.resolve_persons import PersonIndex, is_surname_form, natural_order, phonetic_key, same_person
from kg.vocab import slug

Lookup = Callable[..., "str | None"]
_PREFIX = {"Person": "person", "Organization": "organization", "Country": "country", "Place": "place"}
_STOP = frozenset({"of", "the", "for", "and", "on", "in", "to", "&"})
_LOCAL_ROLES = frozenset({"mayor", "governor"})  # their affiliation is the city/region itself


@dataclass
class _Group:
    type: EntityType
    canonical: str | None = None  # gazetteer name, when there is one
    forms: Counter = field(default_factory=Counter)
    full_forms: Counter = field(default_factory=Counter)
    roles: set[str] = field(default_factory=set)
    affiliations: list[tuple[str, str]] = field(default_factory=list)  # (surface, article id)
    articles: set[str] = field(default_factory=set)
    styled: set[str] = field(default_factory=set)  # "Sir Jane Doe": the name after a style, an alias

    def add(self, m: Mention, article: str, full: bool = True, style: str | None = None) -> None:
        if style and is_surname_form(m.text):  # "Sir Nigel": the styled form is the name as written
            self.forms[f"{style} {m.text}"] += 1
        else:
            self.forms[m.text] += 1
        if style:
            self.styled.add(f"{style} {m.text}")
        if full:
            self.full_forms[natural_order(m.text)] += 1
        if m.role:
            self.roles.add(m.role)
        if m.affiliation:
            self.affiliations.append((m.affiliation, article))
        self.articles.add(article)

    def label(self) -> str:
        if self.canonical:
            return self.canonical
        pool = self.full_forms or self.forms
        return min(pool, key=lambda s: (-pool[s], -len(s), s))


def resolve_entities(extractions: Sequence[Extraction]) -> tuple[dict[str, Entity], Lookup]:
    """Return the entity table (key -> Entity) and ``lookup(surface, article_id, kind="actor")``,
    which maps a surface form to an entity key (kind="place" keeps capitals as cities)."""
    mentions = _placed_names([(x.article.id, _retype(m)) for x in extractions for m in x.mentions])
    persons = PersonIndex([(a, m) for a, m in mentions if m.type == "Person"])
    mentions = [(a, _retype_single(m, persons)) for a, m in mentions]
    groups: dict[str, _Group] = {}
    where: dict[tuple[str, str], str] = {}  # (article, norm surface) -> key
    expansions = _expansions(m.text for _, m in mentions if m.type == "Organization")
    styles = {(x.article.id, m.start): s for x in extractions for m in x.mentions
              if m.type == "Person" and (s := gz.style_before(x.article.body, m.start))}
    for article, m in mentions:
        key, group, full = _group_for(m, article, persons, expansions)
        g = groups.setdefault(key, group)
        g.add(m, article, full, styles.get((article, m.start)) if m.type == "Person" else None)
        where[(article, gz.norm(m.text))] = key
    groups, rename = _rekey(groups, where)
    entities: dict[str, Entity] = {}
    lookup = _Lookup(entities, where, persons, rename)
    for key, g in sorted(groups.items()):
        if not _keep(g):
            continue
        entities[key] = Entity(key, g.type, g.label(), frozenset(g.forms) | g.styled, frozenset(g.roles), frozenset(),
                               frozenset(g.articles))
    for key, g in sorted(groups.items()):
        if key in entities:
            local = bool(g.roles & _LOCAL_ROLES)
            affs = {k for s, a in g.affiliations if (k := lookup(s, a, "place" if local else "actor")) and k != key}
            e = entities[key]
            entities[key] = Entity(e.key, e.type, e.label, e.aliases, e.roles, frozenset(affs), e.articles)
    return entities, lookup


def _keep(g: _Group) -> bool:
    """Drop groups only ever seen as single lowercase words or without any letter, and persons only ever
    named by one word that no full name in the corpus explains and no role introduces (news introduce a person
    by full name or title; a lone capitalised word is most often a place or a body the model took for one)."""
    if not any(any(ch.isupper() for ch in f) for f in g.forms):
        return False
    return g.type != "Person" or bool(g.roles) or any(not is_surname_form(f) for f in g.forms)


def _as(m: Mention, kind: EntityType) -> Mention:
    return m if m.type == kind else Mention(m.text, kind, m.start, m.end, m.sentence, m.role, m.affiliation)


def _retype(m: Mention) -> Mention:
    """The mention typed Country when it is an organization-tagged state or seat of government."""
    if m.type == "Organization" and (gz.lookup_country(m.text) or gz.country_of_metonym(m.text)):
        return _as(m, "Country")
    return m


def _placed_names(mentions: list[tuple[str, Mention]]) -> list[tuple[str, Mention]]:
    """Person mentions of a name of two or more words that the corpus also tags a place, when no mention of it as a
    person carries a role, as that place: the model takes an unfamiliar place ("in X Y, in the Z region") for a person
    where nothing in the sentence says which it is."""
    kinds: dict[str, EntityType] = {gz.norm(m.text): m.type for _, m in mentions if m.type in ("Place", "Country")}
    cued = {gz.norm(m.text) for _, m in mentions if m.type == "Person" and m.role}
    return [(a, _as(m, kinds[k]) if m.type == "Person" and " " in m.text and (k := gz.norm(m.text)) in kinds
             and k not in cued else m) for a, m in mentions]


def _retype_single(m: Mention, persons: "PersonIndex") -> Mention:
    """A one-word mention typed by corpus evidence: a surname of a named person is a Person, a
    one-word "person" the gazetteer knows as a place (and nobody's surname) is a Country/Place."""
    words = m.text.split()
    if len(words) != 1 or not m.text[:1].isupper():
        return m
    surname = phonetic_key(m.text) in persons.surnames or phonetic_key(m.text) in persons.given
    if m.type in ("Organization", "Place") and surname and not gz.state_for(m.text) and not m.text.isupper():
        return _as(m, "Person")
    if m.type == "Person" and not surname:
        if gz.lookup_country(m.text) or gz.country_of_demonym(m.text):
            return _as(m, "Country")
        if gz.lookup_place(m.text):
            return _as(m, "Place")
    return m


def _group_for(m: Mention, article: str, persons: PersonIndex, expansions: dict[str, str]) -> tuple[str, _Group, bool]:
    """Return (provisional key, new group, is full form) for one mention."""
    if m.type == "Person":
        surname = is_surname_form(m.text)
        root = persons.surname(m.text.split()[-1], article) if surname else persons.full(m.text)
        return f"person/{phonetic_key(root or natural_order(m.text))}", _Group("Person"), not surname
    if m.type == "Country":
        info = gz.state_for(m.text)
        if info:
            return f"country/{slug(info.name)}", _Group("Country", info.name), True
        return f"country/{slug(gz.norm(m.text))}", _Group("Country"), True
    if m.type == "Place":
        info = gz.lookup_place(m.text)
        if info:
            return f"place/{slug(info.name)}-{(info.country or '').lower()}", _Group("Place"), True
        return f"place/{slug(gz.norm(m.text))}", _Group("Place"), True
    if community := gz.community_of(m.text):  # "Ruritanian Zemblan", "Ruritanian Zemblans": one community
        return f"organization/{slug(gz.norm(community))}", _Group("Organization", community), True
    return f"organization/{_org_key(m.text, expansions)}", _Group("Organization"), not _is_acronym(m.text)


def _is_acronym(text: str) -> bool:
    t = re.sub(r"[.\s]", "", text)
    return t.isupper() and 2 <= len(t) <= 6 and t.isalpha()


def _initials(text: str) -> str:
    """The initials of a multi-word name, lowercase function words left out in any language
    ("Movimiento Popular del Sur" -> "mps", "International Court of Justice" -> "icj")."""
    words = [w for w in gz.norm(text).split() if w not in _STOP]
    capital = [w for w in text.split() if w[:1].isupper()]
    if len(capital) > 1 and len(capital) < len(words):
        words = [gz.norm(w) for w in capital]
    return "".join(w[0] for w in words if w) if len(words) > 1 else ""


def _org_key(text: str, expansions: dict[str, str]) -> str:
    """Normalised organization name with acronyms expanded when one full name in the corpus fits."""
    words = text.split()
    if _is_acronym(text) and gz.norm(text).replace(" ", "") in expansions:
        return slug(expansions[gz.norm(text).replace(" ", "")])
    if len(words) > 1 and _is_acronym(words[0]) and gz.norm(words[0]) in expansions:
        return slug(expansions[gz.norm(words[0])] + " " + " ".join(words[1:]))
    return slug(gz.norm(text))


def _expansions(orgs: Iterable[str]) -> dict[str, str]:
    """initials -> the single full organization name with those initials (eu -> european union)."""
    found: dict[str, set[str]] = defaultdict(set)
    for o in set(orgs):
        if not _is_acronym(o) and (ini := _initials(o)):
            found[ini].add(gz.norm(o))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _rekey(groups: dict[str, _Group], where: dict[tuple[str, str], str]) -> tuple[dict[str, _Group], dict[str, str]]:
    """Return groups under ``type/slug(label)`` keys (merging groups whose keys meet) and the
    provisional -> final key map; ``where`` is updated in place."""
    final: dict[str, _Group] = {}
    rename: dict[str, str] = {}
    for old, g in sorted(groups.items()):
        # organizations keep their normalised, acronym-expanded key ("U.N. X" -> united-nations-x)
        new = old if g.type == "Organization" else f"{_PREFIX[g.type]}/{slug(g.label())}"
        rename[old] = new
        if new in final:
            h = final[new]
            h.forms.update(g.forms), h.full_forms.update(g.full_forms), h.roles.update(g.roles)
            h.affiliations.extend(g.affiliations), h.articles.update(g.articles), h.styled.update(g.styled)
        else:
            final[new] = g
    for k, v in list(where.items()):
        where[k] = rename[v]
    return final, rename


_ARTICLE = re.compile(r"^(the|a|an)\s+", re.I)


def _without_article(surface: str) -> str:
    """``surface`` stripped, without a leading article ("the Zemblan opposition" -> "Zemblan opposition")."""
    return _ARTICLE.sub("", surface.strip())


class _Lookup:
    """``(surface, article_id, kind="actor") -> key | None`` over a finished entity table."""

    def __init__(self, entities: dict[str, Entity], where: dict, persons: PersonIndex, rename: dict[str, str]) -> None:
        self.entities, self.where, self.persons, self.rename = entities, where, persons, rename
        self.global_: dict[str, set[str]] = defaultdict(set)
        for (_, n), key in where.items():
            self.global_[n].add(key)
        # (surface, article, kind) -> key found. Only keys are kept: which branch answers never depends on the
        # entity table, which only grows (``_state`` adds countries), so a key found stays the answer, but a
        # None may become a key once a country is added.
        self.found: dict[tuple[str, str, str], str] = {}

    def person(self, root: str) -> str | None:
        """The final key of a person cluster given its root name."""
        return self._known(self.rename.get(f"person/{phonetic_key(root)}"))

    def __call__(self, surface: str, article_id: str, kind: str = "actor") -> str | None:
        known = self.found.get((surface, article_id, kind))
        if known is None:
            known = self._lookup(surface, article_id, "actor") or self._group(surface, article_id) \
                if kind == "side" else self._lookup(surface, article_id, kind)
            if known is not None:
                self.found[(surface, article_id, kind)] = known
        return known

    def _lookup(self, surface: str, article_id: str, kind: str) -> str | None:
        text = _without_article(surface)
        text = re.sub(r"['’]s?$", "", text).strip(" ,.;:\"“”")
        if not text:
            return None
        words = text.split()
        for n in (3, 2):  # "Ruritanian Zemblan negotiators": the community, never the state of "Ruritanian"
            if len(words) >= n and (community := gz.community_of(" ".join(words[:n]))):
                return self._known(f"organization/{slug(gz.norm(community))}")
        key = self._find(text, article_id, kind)
        if key is None and len(words) > 1 and not gz.non_state_actor(text):  # "Kenyan negotiators", "Chile's team"
            head = words[0]  # but not "the Kenyan opposition", "Kenyan rebels"
            key = self._state(head, article_id) if head[:1].isupper() else None
        return key

    def _find(self, text: str, article: str, kind: str) -> str | None:
        n = gz.norm(text)
        local = self.where.get((article, n))
        if local and local.startswith("person/"):
            return self._known(local)
        if kind == "actor" and (state := self._state(text, article)):
            return state
        if local:
            return self._known(local)
        keys = self.global_.get(n, set())
        if len(keys) == 1:
            return self._known(next(iter(keys)))
        if text[:1].isupper() and is_surname_form(text):
            root = self.persons.surname(text.split()[-1], article)
            if root:
                return self.person(root)
        root = self.persons.full(text)
        if root is None and len(text.split()) > 1:
            root = next((r for r in set(self.persons.root.values()) if same_person(r, text)), None)
        if root:
            return self.person(root)
        if kind == "place" and (info := gz.lookup_place(text)):
            return self._place(info)
        return self._state(text, article)

    def _group(self, surface: str, article: str) -> str | None:
        """An organization for a side of talks no mention names ("Maoist rebels", "the armed opposition groups"),
        created as a country is: never a person's name, a place or a lone lowercase word."""
        text = _without_article(surface).strip(" ,.;:\"“”")
        words = text.split()
        if not words or (len(words) == 1 and not text[:1].isupper()) or gz.lookup_place(text) \
                or self.persons.full(text) or (text[:1].isupper() and is_surname_form(text)
                                               and self.persons.surname(words[-1], article)):
            return None
        key = f"organization/{slug(gz.norm(text))}"
        if key not in self.entities:
            self.entities[key] = Entity(key, "Organization", text, frozenset({text}), articles=frozenset({article}))
        return key

    def _known(self, key: str | None) -> str | None:
        return key if key in self.entities else None

    def _place(self, info: gz.PlaceInfo) -> str | None:
        for key, e in self.entities.items():
            if e.type == "Place" and any(gz.lookup_place(a) == info for a in e.aliases):
                return key
        return None

    def _state(self, text: str, article: str) -> str | None:
        """The country entity for a state name, demonym, metonym or capital (created if missing)."""
        info = gz.state_for(text)
        if info is None:
            return None
        key = f"country/{slug(info.name)}"
        e = self.entities.get(key)
        if e is None:
            e = Entity(key, "Country", info.name, frozenset({text}), articles=frozenset({article}))
            self.entities[key] = e
        return key
