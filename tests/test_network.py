"""The actor network: ego networks by alias, kind and date window; edge weights and sources; centrality;
shortest paths; the /ego, /network/central and /network/path routes and the ego/central/path commands."""
from __future__ import annotations

import json

import httpx
import networkx as nx
import pytest

from tests.conftest import run_kg
from kg import network
from kg.errors import Ambiguous, BadRequest, NotFound
from tests.netgraph import iri, news_server, news_store, news_store_path  # noqa: F401 (fixtures)

PESKOV = iri("person/dmitry-peskov")


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
    g = network.ego_network(news_store, name, radius=radius, kinds=kinds, since=since, until=until)
    rows = network.fetch_rows(news_store)
    whole = network.ego_graph(network.build_network(rows, since, until), g.graph["center"], radius,
                              network.parse_kinds(kinds), rows)
    assert dict(g.nodes(data=True)) == dict(whole.nodes(data=True))
    assert sorted(g.edges(keys=True, data=True)) == sorted(whole.edges(keys=True, data=True))
    assert g.graph == whole.graph


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
])
def test_network_ego_rejects_bad_arguments(news_store, kw, text):
    with pytest.raises(BadRequest) as info:
        network.ego_network(news_store, "Peskov", **kw)
    assert text in info.value.message


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
])
def test_network_cli_commands(news_store_path, args, check):
    proc = run_kg(*args, "--store", str(news_store_path))
    assert check(json.loads(proc.stdout))


@pytest.mark.parametrize("args, hint", [
    (["ego", "Peskoff"], "dmitry peskov"),
    (["path", "Peskov", "Nobody At All"], "no entity"),
    (["central", "--by", "pagerank"], "measure"),
])
def test_network_cli_errors_exit_2_with_message(news_store_path, args, hint):
    proc = run_kg(*args, "--store", str(news_store_path), check=False)
    assert proc.returncode == 2
    assert hint in proc.stderr.lower()


def test_network_cli_path_text_lists_events_and_sources(news_store_path):
    out = run_kg("path", "Podolyak", "EU", "--store", str(news_store_path)).stdout
    assert "Mykhailo Podolyak -> Russia -> European Union" in out
    assert "EU sanctions on Russia" in out and "The EU imposed sanctions on Russia" in out
