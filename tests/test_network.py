"""The actor network: ego networks by alias, kind and date window; edge summaries, hubs and the cap; one edge's
events and sources; centrality; shortest paths; the /ego, /network/edge, /network/central and /network/path
routes and the ego/edge/central/path commands."""
from __future__ import annotations

import json

import httpx
import networkx as nx
import pytest

from tests.conftest import run_kg
from kg import ego as egos, network
from kg.errors import Ambiguous, BadRequest, NotFound
from tests.netgraph import iri, news_server, news_store, news_store_path  # noqa: F401 (fixtures)

PESKOV = iri("person/dmitry-peskov")
RUSSIA, UKRAINE = iri("country/russia"), iri("country/ukraine")


def _keys(g: nx.MultiDiGraph) -> set[str]:
    return {n.rsplit("/", 1)[-1] for n in g}


@pytest.mark.parametrize("name", ["Peskov", "Dmitry Peskov", "dmitri peskov", "DMITRY PESKOV", "person/dmitry-peskov",
                                  PESKOV])
def test_network_ego_finds_person_by_any_alias(news_store, name):
    g = network.ego_network(news_store, name)
    assert g.graph["center"] == PESKOV
    assert g.nodes[PESKOV]["center"] is True and g.nodes[PESKOV]["label"] == "Dmitry Peskov"


@pytest.mark.parametrize("radius, kinds, since, until, expected", [
    (1, None, None, None, {"dmitry-peskov", "ukraine", "united-states", "russia"}),
    (1, "spoke_about", None, None, {"dmitry-peskov", "ukraine", "united-states"}),
    (1, "sanctioned_by", None, None, {"dmitry-peskov", "united-states"}),
    (1, "sanctioned", None, None, {"dmitry-peskov"}),
    (1, "affiliated_with", None, None, {"dmitry-peskov", "russia"}),
    (1, None, None, "2022-03-31", {"dmitry-peskov", "ukraine", "united-states", "russia"}),
    (1, "spoke_about", None, "2022-03-31", {"dmitry-peskov", "ukraine"}),
    (1, "spoke_about", "2022-04-01", None, {"dmitry-peskov", "united-states"}),
    (2, "affiliated_with,has_affiliate", None, None,
     {"dmitry-peskov", "russia", "dmitry-kozak", "vladimir-medinsky"}),
    (2, "sanctioned_by,sanctioned", None, None, {"dmitry-peskov", "united-states", "russia"}),
    (2, None, None, None, {"dmitry-peskov", "ukraine", "united-states", "russia", "turkey", "european-union",
                           "vladimir-medinsky", "david-arakhamia", "mykhailo-podolyak", "dmitry-kozak"}),
])
def test_network_ego_filters_by_radius_kind_and_window(news_store, radius, kinds, since, until, expected):
    g = network.ego_network(news_store, "Peskov", radius=radius, kinds=kinds, since=since, until=until)
    assert _keys(g) == expected
    allowed = {network._BASE[k] for k in network.parse_kinds(kinds)} or set(network.KINDS)
    for _, _, d in g.edges(data=True):
        assert d["kind"] in allowed
        if since or until:
            assert all((since or "") <= e["date"] <= (until or "9999") for e in d["events"])


@pytest.mark.parametrize("name, radius, kinds, since, until", [
    ("Peskov", 1, None, None, None), ("Peskov", 2, None, None, None), ("Peskov", 3, None, None, None),
    ("Podolyak", 2, "negotiated_with,member_of,has_member", None, None), ("Russia", 1, None, "2022-03-01", None),
    ("Medinsky", 2, "affiliated_with,has_affiliate", None, None), ("Kozak", 2, None, None, "2022-03-31"),
])
def test_network_ego_reads_only_the_neighbourhood_and_matches_the_whole_network(news_store, name, radius, kinds,
                                                                                since, until):
    g = network.ego_network(news_store, name, radius=radius, kinds=kinds, since=since, until=until, events=True)
    rows = network.fetch_rows(news_store)
    whole = network.ego_graph(network.build_network(rows, since, until), g.graph["center"], radius,
                              network.parse_kinds(kinds), rows)
    assert {n: (d["label"], d["type"], d["center"]) for n, d in g.nodes(data=True)} == \
        {n: (d["label"], d["type"], d["center"]) for n, d in whole.nodes(data=True)}
    assert sorted(g.edges(keys=True, data=True)) == sorted(whole.edges(keys=True, data=True))
    assert {k: g.graph[k] for k in whole.graph} == whole.graph
    assert (g.graph["truncated"], g.graph["dropped"], g.graph["hubs"], g.graph["events"]) == (False, 0, [], True)


@pytest.mark.parametrize("name, radius, kinds", [
    ("Peskov", 1, None), ("Peskov", 2, None), ("Medinsky", 2, "negotiated_with,member_of,has_member"),
    ("Russia", 1, None), ("Ukraine", 2, None), ("Gryzlov", 2, "negotiated_with,member_of,has_member"),
])
def test_network_ego_matches_the_whole_network_on_the_seed_graph(seed_store, name, radius, kinds):
    """With the default cap and budget: the seed graph is far below both, so nothing is left out."""
    g = network.ego_network(seed_store, name, radius=radius, kinds=kinds, events=True)
    rows = network.fetch_rows(seed_store)
    whole = network.ego_graph(network.build_network(rows), g.graph["center"], radius, network.parse_kinds(kinds), rows)
    assert set(g) == set(whole) and len(g) > 1
    assert sorted(g.edges(keys=True, data=True)) == sorted(whole.edges(keys=True, data=True))
    assert (g.graph["truncated"], g.graph["unexpanded"]) == (False, [])


def test_network_ego_seated_participant_counts_by_its_seat(tmp_path):
    """A meeting whose participants are people who also sit in delegations, plus a host without one: each person
    is on their delegation's side (never facing it), the host on its own, as build_network has it."""
    from datetime import date

    from kg.model import Delegation, Event, Evidence, Resolution
    from tests.netgraph import _article, _ent, load_store

    ents = [_ent("person/ana-lima", "Person", "Ana Lima"), _ent("person/bo-berg", "Person", "Bo Berg"),
            _ent("country/aland", "Country", "Aland"), _ent("country/bergia", "Country", "Bergia"),
            _ent("country/hostia", "Country", "Hostia")]
    meet = Event("negotiation/meeting", "Negotiation", (Evidence("n1", "Lima met Berg in Hostia.", 0, 24, 0.8),),
                 date(2023, 1, 2), "stated", None, ("person/ana-lima", "person/bo-berg", "country/hostia"), None,
                 "held",
                 delegations=(Delegation("m-aland", "country/aland", ("person/ana-lima",)),
                              Delegation("m-bergia", "country/bergia", ("person/bo-berg",))), cameo="044")
    store = load_store(tmp_path / "store", Resolution({e.key: e for e in ents}, (meet,),
                                                      (_article(1, date(2023, 1, 2), "Meeting"),)))
    g = network.ego_network(store, "Ana Lima", radius=2, events=True)
    rows = network.fetch_rows(store)
    whole = network.ego_graph(network.build_network(rows), g.graph["center"], 2, (), rows)
    assert sorted(g.edges(keys=True, data=True)) == sorted(whole.edges(keys=True, data=True))
    ana, aland = iri("person/ana-lima"), iri("country/aland")
    assert g.has_edge(ana, aland, "member_of") and not g.has_edge(ana, aland, "negotiated_with")
    assert g.has_edge(ana, iri("person/bo-berg"), "negotiated_with")  # negotiated_with: in IRI order
    assert g.has_edge(iri("country/hostia"), ana, "negotiated_with")
    store.close()


def _summary(d: dict) -> tuple:
    return tuple(d[k] for k in ("kind", "weight", "n_events", "n_articles", "first", "last"))


@pytest.mark.parametrize("name, radius, kinds, since", [
    ("Peskov", 2, None, None), ("Russia", 1, None, "2022-03-01"), ("Podolyak", 2, "negotiated_with,member_of", None),
])
def test_network_ego_summaries_are_aggregated_in_the_store(news_store, name, radius, kinds, since):
    g = network.ego_network(news_store, name, radius=radius, kinds=kinds, since=since, events=False)
    full = network.ego_network(news_store, name, radius=radius, kinds=kinds, since=since, events=True)
    assert g.graph["events"] is False and full.graph["events"] is True
    assert all("events" not in d and "articles" not in d for _, _, d in g.edges(data=True))
    assert {(u, v, k): _summary(d) for u, v, k, d in g.edges(keys=True, data=True)} == \
        {(u, v, k): _summary(d) for u, v, k, d in full.edges(keys=True, data=True)}
    assert network.ego_network(news_store, name, radius=radius, kinds=kinds, since=since,
                               auto_events=0).graph["events"] is False  # more events than the threshold: summaries


def _strength(whole: nx.MultiDiGraph, center: str) -> dict[str, int]:
    """Each neighbour's summed edge weight to ``center`` in the whole network (the cap's ranking, as an oracle)."""
    out: dict[str, int] = {}
    for u, v, d in [*whole.out_edges(center, data=True), *whole.in_edges(center, data=True)]:
        other = v if u == center else u
        out[other] = out.get(other, 0) + d["weight"]
    return out


@pytest.mark.parametrize("name, max_nodes", [("Russia", 4), ("Russia", 2), ("Peskov", 3), ("Ukraine", 6)])
def test_network_ego_cap_keeps_the_strongest_and_says_it_truncated(news_store, name, max_nodes):
    g = network.ego_network(news_store, name, radius=2, max_nodes=max_nodes, budget=0)
    center = g.graph["center"]
    strength = _strength(network.build_network(network.fetch_rows(news_store)), center)
    ranked = sorted(strength, key=lambda a: (-strength[a], a))
    assert set(g) == {center, *ranked[:max_nodes - 1]}
    assert min(strength[n] for n in g if n != center) >= max(strength[n] for n in ranked[max_nodes - 1:])
    assert g.graph["truncated"] is True and g.graph["max_nodes"] == max_nodes
    assert g.graph["dropped_by_ring"] == [len(ranked) - (max_nodes - 1), None]  # ring 2 not read: no room left
    assert g.graph["dropped"] == len(ranked) - (max_nodes - 1)
    assert {d["ring"] for n, d in g.nodes(data=True) if n != center} == {1}


def test_network_ego_hub_is_shown_but_not_expanded(news_store):
    """Budget 4 articles: Russia and Ukraine (in all 5 articles) are hubs; the United States (2) is expanded."""
    g = network.ego_network(news_store, "Peskov", radius=2, budget=4, events=True)
    assert set(g) == {PESKOV, RUSSIA, UKRAINE, iri("country/united-states")}  # Turkey, EU, delegates: via hubs only
    assert g.graph["hubs"] == g.graph["unexpanded"] == [RUSSIA, UKRAINE]
    assert [n for n, d in g.nodes(data=True) if d["hub"]] == [RUSSIA, UKRAINE]
    assert not g.has_edge(RUSSIA, UKRAINE, "negotiated_with")  # between two hubs: not read
    assert g.graph["truncated"] is False
    rows = network.fetch_rows(news_store)
    whole = network.build_network(rows).subgraph(g).copy()
    expected = {(u, v, k) for u, v, k in whole.edges(keys=True) if not {u, v} <= {RUSSIA, UKRAINE}}
    assert {(u, v, k) for u, v, k in g.edges(keys=True)} == expected
    for u, v, k, d in g.edges(keys=True, data=True):
        assert d == whole.edges[u, v, k]
    unlimited = network.ego_network(news_store, "Peskov", radius=2, budget=0)
    assert unlimited.has_edge(RUSSIA, UKRAINE, "negotiated_with") and len(unlimited) == 10


@pytest.mark.parametrize("source, target, kinds, expected", [
    ("Russia", "Ukraine", None, [("country/russia", "negotiated_with", "country/ukraine", 2)]),
    ("Ukraine", "Russia", None, [("country/russia", "negotiated_with", "country/ukraine", 2)]),
    ("Peskov", "United States", None, [("country/united-states", "sanctioned", "person/dmitry-peskov", 1),
                                       ("person/dmitry-peskov", "spoke_about", "country/united-states", 1)]),
    ("Peskov", "United States", "sanctioned_by", [("country/united-states", "sanctioned", "person/dmitry-peskov", 1)]),
    ("Medinsky", "Russia", None, [("person/vladimir-medinsky", "affiliated_with", "country/russia", 2),
                                  ("person/vladimir-medinsky", "member_of", "country/russia", 2)]),
])
def test_network_edge_detail_lists_events_with_sources(news_store, source, target, kinds, expected):
    d = egos.edge_detail(news_store, source, target, kinds=kinds)
    assert [(e["source"].split("/id/")[1], e["kind"], e["target"].split("/id/")[1], e["weight"]) for e in d["edges"]] \
        == expected
    whole = network.build_network(network.fetch_rows(news_store))
    for e in d["edges"]:
        want = whole.edges[e["source"], e["target"], e["kind"]]
        assert e["events"] == want["events"] and e["articles"] == want["articles"]
        assert all(ev["sources"] for ev in e["events"])


@pytest.mark.parametrize("source, target, kw, error", [
    ("Kozak", "Turkey", {}, NotFound), ("Peskov", "Ukraine", {"since": "2022-04-01"}, NotFound),
    ("Peskoff", "Russia", {}, NotFound), ("Peskov", "Russia", {"kinds": "friends"}, BadRequest),
])
def test_network_edge_detail_errors(news_store, source, target, kw, error):
    with pytest.raises(error):
        egos.edge_detail(news_store, source, target, **kw)


@pytest.mark.parametrize("source, kind, target, weight, articles, first, last, events", [
    ("country/russia", "negotiated_with", "country/ukraine", 2, 3, "2022-02-28", "2022-03-29",
     ["negotiation/russia-ukraine-round-1", "negotiation/russia-ukraine-istanbul"]),
    ("person/vladimir-medinsky", "member_of", "country/russia", 2, 3, "2022-02-28", "2022-03-29",
     ["negotiation/russia-ukraine-round-1", "negotiation/russia-ukraine-istanbul"]),
    ("country/united-states", "sanctioned", "person/dmitry-peskov", 1, 1, "2022-03-11", "2022-03-11",
     ["sanction/us-peskov"]),
    ("person/dmitry-peskov", "spoke_about", "country/ukraine", 1, 1, "2022-03-30", "2022-03-30", ["statement/n2-0"]),
    ("person/dmitry-peskov", "affiliated_with", "country/russia", 3, 3, None, None, []),
])
def test_network_edge_carries_kind_weight_dates_and_sourced_events(news_store, source, kind, target, weight,
                                                                   articles, first, last, events):
    g = network.build_network(network.fetch_rows(news_store))
    d = g.edges[iri(source), iri(target), kind]
    assert (d["kind"], d["weight"], d["n_articles"], d["first"], d["last"]) == (kind, weight, articles, first, last)
    assert [e["id"] for e in d["events"]] == [iri("event/" + e) for e in events]
    for e in d["events"]:
        assert e["sources"] and all(s["article"] in d["articles"] and s["sentence"] for s in e["sources"])


def test_network_window_leaves_out_undated_events(news_store):
    rows = network.fetch_rows(news_store)
    assert g_has(network.build_network(rows), "person/dmitry-kozak", "country/ukraine", "spoke_about")
    assert not g_has(network.build_network(rows, since="2000-01-01"), "person/dmitry-kozak", "country/ukraine",
                     "spoke_about")


def g_has(g: nx.MultiDiGraph, a: str, b: str, kind: str) -> bool:
    return g.has_edge(iri(a), iri(b), kind)


@pytest.mark.parametrize("name, error, hint", [
    ("Peskoff", NotFound, "dmitry peskov"),
    ("Dmitry", Ambiguous, "person/dmitry-kozak"),
    ("person/nobody-at-all", NotFound, "no actor"),
])
def test_network_ego_unknown_or_ambiguous_name_lists_matches(news_store, name, error, hint):
    with pytest.raises(error) as info:
        network.ego_network(news_store, name)
    assert hint in info.value.message.lower()


@pytest.mark.parametrize("kw, text", [
    ({"radius": 4}, "radius"), ({"radius": 0}, "radius"), ({"kinds": "friends"}, "negotiated_with"),
    ({"since": "March"}, "YYYY-MM-DD"), ({"since": "2022-04-01", "until": "2022-03-01"}, "after"),
    ({"max_nodes": -1}, "max_nodes"), ({"budget": -5}, "budget"),
])
def test_network_ego_rejects_bad_arguments(news_store, kw, text):
    with pytest.raises(BadRequest) as info:
        network.ego_network(news_store, "Peskov", **kw)
    assert text in info.value.message


@pytest.mark.parametrize("name", ["https://w3id.org/kg-news/id/x> } UNION { ?s ?p ?o", "http://a b/c"])
def test_network_ego_never_writes_a_bad_iri_into_a_query(news_store, name):
    with pytest.raises(BadRequest, match="not a valid IRI"):
        network.ego_network(news_store, name)


@pytest.mark.parametrize("kw, first", [
    ({"measure": "degree"}, "Russia"),
    ({"measure": "betweenness"}, "Russia"),
    ({"measure": "degree", "types": "Person"}, "Vladimir Medinsky"),
    ({"measure": "degree", "kinds": "sanctioned"}, "Russia"),
    ({"measure": "degree", "since": "2022-03-30", "until": "2022-04-30", "kinds": "spoke_about,sanctioned"},
     "Dmitry Peskov"),
])
def test_network_central_ranks_actors(news_store, kw, first):
    rows = network.central_actors(news_store, limit=5, **kw)
    assert rows[0]["label"] == first
    key = "betweenness" if kw["measure"] == "betweenness" else "degree"
    assert [r[key] for r in rows] == sorted((r[key] for r in rows), reverse=True)
    assert len(rows) <= 5 and all(0 <= r["betweenness"] <= 1 for r in rows)


@pytest.mark.parametrize("source, target, length, via, kinds_first_hop", [
    ("Podolyak", "EU", 2, ["Mykhailo Podolyak", "Russia", "European Union"], ["negotiated_with", "spoke_about"]),
    ("Peskov", "United States", 1, ["Dmitry Peskov", "United States"], ["sanctioned", "spoke_about"]),
    ("Kozak", "Turkey", 2, ["Dmitry Kozak", "Russia", "Turkey"], ["affiliated_with"]),
])
def test_network_path_shortest_with_events(news_store, source, target, length, via, kinds_first_hop):
    p = network.actor_path(news_store, source, target)
    assert p["length"] == length == len(p["hops"])
    if via:
        assert [n["label"] for n in p["nodes"]] == via
        assert [e["kind"] for e in p["hops"][0]["edges"]] == kinds_first_hop
    for hop in p["hops"]:
        assert hop["edges"]
        for e in hop["edges"]:
            assert {e["source"], e["target"]} == {hop["source"], hop["target"]}
            assert all(ev["sources"] for ev in e["events"])


@pytest.mark.parametrize("kw", [{"since": "2022-03-01"}, {"kinds": "spoke_about"}])
def test_network_path_none_in_window_is_not_found(news_store, kw):
    with pytest.raises(NotFound):
        network.actor_path(news_store, "Podolyak", "EU", **kw)


# ---- over HTTP (the real server) ----

@pytest.mark.parametrize("path, params, check", [
    ("/ego/Peskov", {}, lambda d: d["center"] == PESKOV and len(d["nodes"]) == 4),
    ("/ego/person/dmitry-peskov", {"radius": 2, "kinds": "spoke_about,sanctioned_by"},
     lambda d: {n["id"] for n in d["nodes"]} == {PESKOV, iri("country/ukraine"), iri("country/united-states")}),
    ("/ego/Dmitri Peskov", {"until": "2022-03-31", "kinds": "spoke_about"},
     lambda d: [link["target"] for link in d["links"]] == [iri("country/ukraine")]),
    ("/network/central", {"measure": "betweenness", "limit": 3},
     lambda d: len(d) == 3 and d[0]["label"] == "Russia"),
    ("/network/central", {"types": "Person", "since": "2022-03-01"},
     lambda d: {r["type"] for r in d} == {"Person"}),
    ("/network/path", {"from": "Podolyak", "to": "European Union"},
     lambda d: d["length"] == 2 and d["nodes"][1]["label"] == "Russia"),
    ("/ego/Russia", {"radius": 2, "max_nodes": 4},
     lambda d: len(d["nodes"]) == 4 and d["graph"]["truncated"] and d["graph"]["dropped_by_ring"] == [6, None]),
    ("/ego/Peskov", {"radius": 2, "budget": 4},
     lambda d: d["graph"]["hubs"] == [RUSSIA, UKRAINE] and len(d["nodes"]) == 4),
    ("/ego/Peskov", {"events": "false"}, lambda d: all("events" not in link for link in d["links"])),
    ("/ego/Peskov", {}, lambda d: all(link["events"] for link in d["links"] if link["kind"] != "affiliated_with")),
    ("/network/edge", {"from": "Russia", "to": "Ukraine"},
     lambda d: [e["kind"] for e in d["edges"]] == ["negotiated_with"] and len(d["edges"][0]["events"]) == 2
     and all(ev["sources"] for ev in d["edges"][0]["events"])),
])
def test_network_routes_answer(news_server, path, params, check):
    r = httpx.get(news_server + path, params=params)
    assert r.status_code == 200, r.text
    assert check(r.json())


@pytest.mark.parametrize("path, params, status, hint", [
    ("/ego/Peskoff", {}, 404, "dmitry peskov"),
    ("/ego/Dmitry", {}, 409, "person/dmitry-peskov"),
    ("/ego/Peskov", {"radius": 4}, 400, "radius"),
    ("/ego/Peskov", {"kinds": "likes"}, 400, "negotiated_with"),
    ("/ego/Peskov", {"since": "yesterday"}, 400, "yyyy-mm-dd"),
    ("/ego/Peskov", {"format": "pdf"}, 400, "format"),
    ("/network/central", {"measure": "pagerank"}, 400, "measure"),
    ("/network/path", {"from": "Podolyak", "to": "EU", "since": "2022-03-01"}, 404, "no path"),
    ("/network/path", {"from": "Podolyak"}, 400, "to"),
    ("/ego/Peskov", {"max_nodes": -1}, 400, "max_nodes"),
    ("/network/edge", {"from": "Kozak", "to": "Turkey"}, 404, "no relation"),
    ("/network/edge", {"from": "Kozak"}, 400, "to"),
])
def test_network_routes_errors_have_one_shape(news_server, path, params, status, hint):
    r = httpx.get(news_server + path, params=params)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error", "status", "message"} and body["status"] == status
    assert hint in body["message"].lower()


# ---- on the command line ----

@pytest.mark.parametrize("args, check", [
    (["ego", "Peskov", "--radius", "1", "-f", "json"], lambda d: d["center"] == PESKOV),
    (["ego", "Peskov", "-k", "spoke_about", "--since", "2022-04-01"],
     lambda d: [link["target"] for link in d["links"]] == [iri("country/united-states")]),
    (["central", "--by", "betweenness", "--limit", "2", "-f", "json"], lambda d: d[0]["label"] == "Russia"),
    (["path", "Podolyak", "EU", "-f", "json"], lambda d: d["length"] == 2),
    (["ego", "Russia", "--radius", "2", "--max-nodes", "4", "--no-events"],
     lambda d: len(d["nodes"]) == 4 and d["graph"]["truncated"] and "events" not in d["links"][0]),
    (["edge", "Peskov", "United States", "-f", "json"],
     lambda d: [e["kind"] for e in d["edges"]] == ["sanctioned", "spoke_about"]),
])
def test_network_cli_commands(news_store_path, args, check):
    proc = run_kg(*args, "--store", str(news_store_path))
    assert check(json.loads(proc.stdout))


@pytest.mark.parametrize("args, hint", [
    (["ego", "Peskoff"], "dmitry peskov"),
    (["path", "Peskov", "Nobody At All"], "no entity"),
    (["central", "--by", "pagerank"], "measure"),
    (["edge", "Kozak", "Turkey"], "no relation"),
])
def test_network_cli_errors_exit_2_with_message(news_store_path, args, hint):
    proc = run_kg(*args, "--store", str(news_store_path), check=False)
    assert proc.returncode == 2
    assert hint in proc.stderr.lower()


def test_network_cli_path_text_lists_events_and_sources(news_store_path):
    out = run_kg("path", "Podolyak", "EU", "--store", str(news_store_path)).stdout
    assert "Mykhailo Podolyak -> Russia -> European Union" in out
    assert "EU sanctions on Russia" in out and "The EU imposed sanctions on Russia" in out


def test_network_cli_edge_text_lists_events_and_sources(news_store_path):
    out = run_kg("edge", "Russia", "Ukraine", "--store", str(news_store_path)).stdout
    assert "Russia negotiated with Ukraine  [2; 2022-02-28 .. 2022-03-29]" in out
    assert "Russia–Ukraine talks in Istanbul" in out and "Talks in Istanbul hosted by Turkey" in out
