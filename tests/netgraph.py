"""A hand-built news graph for the network, render, export and web tests (no NLP needed).

2022-style talks between Russia and Ukraine, with Turkey as host, EU and US sanctions, and statements;
"Dmitry" names two people (an ambiguous name), one statement has no date.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.model import Article, CleanArticle, Delegation, Entity, Event, Evidence, Resolution
from kg.store import EmbeddedStore
from kg.triples import all_quads
from kg.vocab import ID


def _article(i: int, published: date, title: str) -> CleanArticle:
    return CleanArticle(Article(f"n{i}", f"n{i}.txt", "raw", url=f"https://news.example/{i}"), body="…",
                        title=title, published=published, date_source="byline")


def _ent(key: str, typ: str, label: str, aliases=(), roles=(), affiliations=(), articles=("n1",)) -> Entity:
    return Entity(key, typ, label, frozenset(aliases), frozenset(roles), frozenset(affiliations), frozenset(articles))


def news_resolution() -> Resolution:
    """The resolution the network tests load: 12 actors, 2 negotiations, 3 sanctions, 4 statements."""
    arts = (_article(1, date(2022, 2, 28), "Talks open at the border"),
            _article(2, date(2022, 3, 30), "Istanbul round ends"),
            _article(3, date(2022, 4, 5), "Kremlin on Istanbul"),
            _article(4, date(2022, 3, 11), "US sanctions widen"),
            _article(5, date(2022, 3, 1), "Kyiv responds"))
    every = ("n1", "n2", "n3", "n4", "n5")
    ents = [
        _ent("person/dmitry-peskov", "Person", "Dmitry Peskov", {"Peskov", "Dmitri Peskov"}, {"Kremlin spokesman"},
             {"country/russia"}, ("n2", "n3", "n4")),
        _ent("person/dmitry-kozak", "Person", "Dmitry Kozak", {"Kozak"}, {"deputy chief of staff"},
             {"country/russia"}, ("n5",)),
        _ent("person/vladimir-medinsky", "Person", "Vladimir Medinsky", {"Medinsky"}, {"presidential aide"},
             {"country/russia"}, ("n1", "n2")),
        _ent("person/mykhailo-podolyak", "Person", "Mykhailo Podolyak", {"Podolyak", "Mykhailo Podolyak"},
             {"adviser"}, {"country/ukraine"}, ("n1", "n5")),
        _ent("person/david-arakhamia", "Person", "David Arakhamia", {"Arakhamia"}, {"negotiator"},
             {"country/ukraine"}, ("n1", "n2")),
        _ent("country/russia", "Country", "Russia", {"Russian Federation", "Moscow"}, articles=every),
        _ent("country/ukraine", "Country", "Ukraine", {"Kyiv"}, articles=every),
        _ent("country/turkey", "Country", "Turkey", {"Türkiye"}, articles=("n2",)),
        _ent("country/united-states", "Country", "United States", {"US", "Washington"}, articles=("n3", "n4")),
        _ent("organization/european-union", "Organization", "European Union", {"EU"}, articles=("n1",)),
        _ent("place/istanbul", "Place", "Istanbul", articles=("n2",)),
        _ent("place/gomel", "Place", "Gomel", articles=("n1",)),
    ]

    def ev(article: str, sentence: str, conf: float = 0.8) -> Evidence:
        return Evidence(article, sentence, 0, len(sentence), conf)

    events = (
        Event("negotiation/russia-ukraine-round-1", "Negotiation",
              (ev("n1", "Russian and Ukrainian delegations met near Gomel on Monday."),),
              date(2022, 2, 28), "stated", "place/gomel", ("country/russia", "country/ukraine"), 1, "held",
              delegations=(Delegation("r1-russia", "country/russia", ("person/vladimir-medinsky",)),
                           Delegation("r1-ukraine", "country/ukraine",
                                      ("person/david-arakhamia", "person/mykhailo-podolyak"))),
              cameo="046", label="Russia–Ukraine talks, round 1"),
        Event("negotiation/russia-ukraine-istanbul", "Negotiation",
              (ev("n2", "Talks in Istanbul hosted by Turkey ended on Tuesday."),
               ev("n3", "The Istanbul talks of March 29 brought no breakthrough, Peskov said.", 0.6)),
              date(2022, 3, 29), "stated", "place/istanbul", ("country/russia", "country/turkey", "country/ukraine"),
              4, "held",
              delegations=(Delegation("ist-russia", "country/russia", ("person/vladimir-medinsky",)),
                           Delegation("ist-ukraine", "country/ukraine", ("person/david-arakhamia",))),
              cameo="046", label="Russia–Ukraine talks in Istanbul"),
        Event("sanction/eu-russia", "Sanction", (ev("n1", "The EU imposed sanctions on Russia on February 23."),),
              date(2022, 2, 23), "stated", imposer="organization/european-union", target="country/russia",
              measure="asset freeze", cameo="163", label="EU sanctions on Russia"),
        Event("sanction/us-russia", "Sanction", (ev("n4", "Washington banned Russian oil imports on March 8."),),
              date(2022, 3, 8), "stated", imposer="country/united-states", target="country/russia",
              measure="oil import ban", cameo="163", label="US oil ban"),
        Event("sanction/us-peskov", "Sanction", (ev("n4", "The US also sanctioned Kremlin spokesman Dmitry Peskov."),),
              date(2022, 3, 11), "article", imposer="country/united-states", target="person/dmitry-peskov",
              measure="asset freeze", cameo="163", label="US sanctions on Peskov"),
        Event("statement/n2-0", "Statement", (ev("n2", "Peskov said Ukraine had shown readiness to talk."),),
              date(2022, 3, 30), "article", speaker="person/dmitry-peskov", addressee="country/ukraine",
              text="Ukraine had shown readiness to talk", cameo="010"),
        Event("statement/n3-0", "Statement", (ev("n3", "Peskov accused Washington of stoking the war."),),
              date(2022, 4, 5), "article", speaker="person/dmitry-peskov", addressee="country/united-states",
              text="Washington is stoking the war", cameo="010"),
        Event("statement/n5-0", "Statement", (ev("n5", "Podolyak said Russia must withdraw first."),),
              date(2022, 3, 1), "article", speaker="person/mykhailo-podolyak", addressee="country/russia",
              text="Russia must withdraw first", cameo="010"),
        Event("statement/n5-1", "Statement", (ev("n5", "Kozak once said Ukraine would not join NATO."),),
              None, "unknown", speaker="person/dmitry-kozak", addressee="country/ukraine",
              text="Ukraine would not join NATO", cameo="010"),
    )
    return Resolution({e.key: e for e in ents}, events, arts)


def load_store(path: Path, resolution: Resolution | None = None) -> EmbeddedStore:
    """An on-disk store at ``path`` holding ``resolution`` (default: news_resolution()), one graph per article."""
    store = EmbeddedStore(path)
    for graph, quads in all_quads(resolution or news_resolution()):
        store.replace_graph(graph, quads)
    return store


def iri(key: str) -> str:
    """The IRI of entity or event ``key``."""
    return ID + key


# ---- fixtures shared by the network, render, export and web tests (import them into the test module) ----
import shutil  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def news_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """news_resolution() written to an on-disk store, closed (open it read-only, or copy it)."""
    path = tmp_path_factory.mktemp("news") / "store"
    load_store(path).close()
    return path


@pytest.fixture(scope="session")
def news_store(news_store_path: Path):
    """The news graph opened read-only in this process."""
    store = EmbeddedStore(news_store_path, read_only=True)
    yield store
    del store  # EmbeddedStore.close() flushes, which a read-only Oxigraph store refuses


@pytest.fixture(scope="session")
def news_server(news_store_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """``kg serve`` on 127.0.0.1 over a copy of the news graph; yields its base URL."""

    from tests.conftest import start_server, stop_server

    tmp = tmp_path_factory.mktemp("news-server")
    shutil.copytree(news_store_path, tmp / "store")
    proc, url = start_server(str(tmp / "store"), tmp)
    yield url
    stop_server(proc)
