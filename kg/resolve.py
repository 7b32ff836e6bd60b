"""Mentions of all articles -> entities with deterministic keys, and a surface-form lookup.

* Persons: full names are grouped by a phonetic key (transliteration variants such as
  Navalny/Navalnyi, Erdoğan/Erdogan or Abdel-Karim/Abdelkarim share it) and, failing that, by a strict
  rapidfuzz match of surname and given name (or a surname and a given name written with other vowels:
  Yusuf/Yousef, Khalil al-Matrudi/Khalel al-Metroudi), or as the end or start of a longer name in the same
  article ("Ruiz Soto", "Ana Ruiz" of "Ana Ruiz Soto"); a lone surname ("Qasimi", also with its particles:
  "Al Qasimi") goes to the full name of the same article (also as
  the first of two family names: "Ruiz" of "Ana Ruiz Soto"), else to the only full name with that surname
  across articles. A person only ever named by one word that no full name explains and no role introduces
  is dropped. "head of delegation", read from a delegation the person led, is kept only when no other role
  names the person.
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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz
from unidecode import unidecode

from kg import gazetteer as gz
from kg.model import Entity, EntityType, Extraction, Mention
from kg.vocab import slug

Lookup = Callable[..., "str | None"]
_PREFIX = {"Person": "person", "Organization": "organization", "Country": "country", "Place": "place"}
_STOP = frozenset({"of", "the", "for", "and", "on", "in", "to", "&"})
_FUZZ = 90
_LOCAL_ROLES = frozenset({"mayor", "governor"})  # their affiliation is the city/region itself
# read from the delegation a person led (kg.mentions.delegation_head): kept only when no other role names the person
_FALLBACK_ROLES = frozenset({"head of delegation", "head of team", "head of panel"})
# words that lead a family name ("Al Qasimi", "van Dijk"): a name of only these and one more word is a surname
_SURNAME_PARTICLES = frozenset("al el bin ibn van von der den de da del di du dos das le la ter".split())


def is_surname_form(name: str) -> bool:
    """True for a name that is a family name alone: one word, or particles and one word ("Al Qasimi")."""
    words = name.split()
    return len(words) == 1 or all(w.lower() in _SURNAME_PARTICLES for w in words[:-1])


@cache
def phonetic_key(name: str) -> str:
    """A spelling-tolerant key: ASCII, lowercase, letters only, y/i, j/i, w/v, kh/h, x/ks, q/k folded,
    doubled letters collapsed ("Navalnyi" and "Navalny" -> "navalni"), hyphenated parts joined unless the
    first is a particle ("Abdel-Karim" -> "abdelkarim", "al-Nasser" -> "al naser")."""
    t = unidecode(name).lower()
    t = re.sub(r"\b(\w+)-", lambda m: m.group(1) + (" " if m.group(1) in _SURNAME_PARTICLES else ""), t)
    t = re.sub(r"[^a-z ]+", "", t)  # "Abdel-Karim" = "Abdelkarim", "al-Nasser" = "al Nasser"
    for a, b in (("kh", "h"), ("ph", "f"), ("x", "ks"), ("w", "v"), ("y", "i"), ("j", "i"), ("ck", "k"), ("q", "k")):
        t = t.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", " ".join(t.split()))


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
        if style and is_surname_form(m.text):  # "Sir Geoffrey": the styled form is the name as written
            self.forms[f"{style} {m.text}"] += 1
        else:
            self.forms[m.text] += 1
        if style:
            self.styled.add(f"{style} {m.text}")
        if full:
            self.full_forms[m.text] += 1
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
    mentions = [(x.article.id, _retype(m)) for x in extractions for m in x.mentions]
    persons = _PersonIndex([(a, m) for a, m in mentions if m.type == "Person"])
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
        roles = g.roles - _FALLBACK_ROLES or g.roles
        entities[key] = Entity(key, g.type, g.label(), frozenset(g.forms) | g.styled, frozenset(roles), frozenset(), frozenset(g.articles))
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


def _retype_single(m: Mention, persons: "_PersonIndex") -> Mention:
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


class _PersonIndex:
    """Clusters of person names across articles (union-find over distinct full names)."""

    def __init__(self, mentions: Iterable[tuple[str, Mention]]) -> None:
        names = sorted({m.text for _, m in mentions if not is_surname_form(m.text)})
        parent = {n: n for n in names}

        def find(n: str) -> str:
            while parent[n] != n:
                parent[n] = parent[parent[n]]
                n = parent[n]
            return n

        seen_in: dict[str, set[str]] = defaultdict(set)
        for article, m in mentions:
            seen_in[m.text].add(article)
        for a, b in _candidate_pairs(names):
            if same_person(a, b) or _tail_of(a, b, seen_in):
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
        self.root = {n: find(n) for n in names}
        self.by_article: dict[str, set[str]] = defaultdict(set)
        for article, m in mentions:
            if m.text in self.root:
                self.by_article[article].add(self.root[m.text])
        self.surnames: dict[str, set[str]] = defaultdict(set)
        self.first_surnames: dict[str, set[str]] = defaultdict(set)  # "Ruiz" of "Ana Ruiz Soto"
        self.given: set[str] = set()
        for n in names:
            words = n.split()
            self.surnames[phonetic_key(words[-1])].add(self.root[n])
            self.given.add(phonetic_key(words[0]))
            if len(words) >= 3 and words[-2][:1].isupper():
                self.first_surnames[phonetic_key(words[-2])].add(self.root[n])

    def full(self, text: str) -> str | None:
        """The cluster of a full name, or None."""
        return self.root.get(text)

    def surname(self, token: str, article: str | None) -> str | None:
        """The cluster a lone name refers to: same article first, else the only one anywhere."""
        key = phonetic_key(token)
        found = set(self.surnames.get(key, ()))
        if not found:
            found = {r for k, rs in self.surnames.items() if _close(k, key) for r in rs}
        if article is not None:
            local = found & self.by_article.get(article, set())
            if not local:  # "Ruiz" for "Ana Ruiz Soto": the first of two family names, same article only
                local = self.first_surnames.get(key, set()) & self.by_article.get(article, set())
            if not local:  # "Liu" for "Liu Pengfei": a family name written first, same article only
                local = {r for r in self.by_article.get(article, ()) if phonetic_key(r.split()[0]) == key}
            if len(local) == 1:
                return next(iter(local))
            if local:
                return None
        return next(iter(found)) if len(found) == 1 else None


def _candidate_pairs(names: Sequence[str]) -> Iterator[tuple[str, str]]:
    """The pairs of distinct names that can be one person: those whose surname keys are equal or
    close or differ only in vowels (what ``same_person`` needs) and those where one name ends the other (``_tail_of``).

    Equivalent to trying every pair, without the quadratic cost: names are bucketed by surname key,
    and only buckets whose keys are close are crossed."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for n in names:
        words = phonetic_key(n).split()
        if words:
            buckets[words[-1]].append(n)
    keys = sorted(buckets)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        by_initial[k[0]].append(k)
    pairs: set[tuple[str, str]] = set()
    for k in keys:
        group = buckets[k]
        pairs.update((a, b) for i, a in enumerate(group) for b in group[i + 1 :])
        for other in by_initial[k[0]]:
            if other > k and (_close(k, other) or _vowel_variants(k, other, 3)):
                pairs.update((a, b) for a in group for b in buckets[other])
    known = set(names)
    for long in names:
        for i, ch in enumerate(long):
            if ch == " " and long[i + 1 :] in known:
                pairs.add((long, long[i + 1 :]))
            if ch == " " and long[:i] in known:  # "Ana Ruiz" of "Ana Ruiz Soto"
                pairs.add((long, long[:i]))
    yield from sorted(tuple(sorted(p)) for p in pairs)


def _tail_of(a: str, b: str, seen_in: dict[str, set[str]]) -> bool:
    """True when one name ends with the other, a two-word family name, or opens it, a name of two words or more,
    and an article names both ("Ruiz Soto" or "Ana Ruiz" for "Ana Ruiz Soto", "Sheikh Karim" for "Sheikh Karim bin
    Faleh")."""
    short, long = sorted((a, b), key=len)
    return (long.endswith(" " + short) or long.startswith(short + " ")) and bool(seen_in[short] & seen_in[long])


def _close(a: str, b: str) -> bool:
    return a[:1] == b[:1] and abs(len(a) - len(b)) <= 2 and fuzz.ratio(a, b) >= _FUZZ


def same_person(a: str, b: str) -> bool:
    """True if two full names are spellings of one person (same surname and compatible given name)."""
    ka, kb = phonetic_key(a).split(), phonetic_key(b).split()
    if not ka or not kb:
        return False
    vowels = _vowel_variants(ka[-1], kb[-1], 3)  # "Matrudi"/"Metroudi": one surname written with other vowels
    if not (ka[-1] == kb[-1] or _close(ka[-1], kb[-1]) or vowels):
        return False
    fa, fb = ka[0], kb[0]
    if fa == fb or _close(fa, fb) or (min(len(fa), len(fb)) == 1 and fa[0] == fb[0]):
        return True
    # the same surname and a given name spelled with other vowels ("Yusuf"/"Yousef", "Mariam"/"Maryam")
    return (ka[-1] == kb[-1] or vowels) and _vowel_variants(fa, fb, 2)


def _vowel_variants(a: str, b: str, least: int) -> bool:
    """True for two words with the first letter and at least ``least`` later consonants in common, in order, and
    only vowels differing ("Yusuf"/"Yousef", "Matrudi"/"Metroudi")."""
    return a[0] == b[0] and len(_consonants(a)) >= least and _consonants(a) == _consonants(b)


def _consonants(word: str) -> str:
    return re.sub(r"[aeiou]", "", word[1:])


def _group_for(m: Mention, article: str, persons: _PersonIndex, expansions: dict[str, str]) -> tuple[str, _Group, bool]:
    """Return (provisional key, new group, is full form) for one mention."""
    if m.type == "Person":
        surname = is_surname_form(m.text)
        root = persons.surname(m.text.split()[-1], article) if surname else persons.full(m.text)
        return f"person/{phonetic_key(root or m.text)}", _Group("Person"), not surname
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


class _Lookup:
    """``(surface, article_id, kind="actor") -> key | None`` over a finished entity table."""

    def __init__(self, entities: dict[str, Entity], where: dict, persons: _PersonIndex, rename: dict[str, str]) -> None:
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
            known = self._lookup(surface, article_id, kind)
            if known is not None:
                self.found[(surface, article_id, kind)] = known
        return known

    def _lookup(self, surface: str, article_id: str, kind: str) -> str | None:
        text = re.sub(r"^(the|a|an)\s+", "", surface.strip(), flags=re.I)
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
