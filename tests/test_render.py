"""Network formats: each one read back (networkx readers, XML, image decoding) gives the ego network it came from."""
from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import httpx
import networkx as nx
import pytest
from matplotlib.image import imread

from kg import network
from kg.errors import BadRequest
from kg.render import EDGE_COLOURS, NETWORK_FORMATS, NODE_COLOURS, render
from tests.netgraph import news_server, news_store, news_store_path  # noqa: F401 (fixtures)


@pytest.fixture(scope="module", params=[(1, None, {}), (2, None, {}), (2, "negotiated_with,member_of,has_member", {}),
                                        (2, None, {"max_nodes": 4, "budget": 4, "events": False})],
                ids=["r1", "r2", "r2-talks", "r2-capped-summaries"])
def ego(request, news_store) -> nx.MultiDiGraph:
    radius, kinds, limits = request.param
    return network.ego_network(news_store, "Peskov", radius=radius, kinds=kinds, **limits)


def _edge_set(g) -> set[tuple[str, str, str]]:
    return {(u, v, k) for u, v, k in g.edges(keys=True)}


def test_render_node_link_json_round_trips(ego):
    data = json.loads(render(ego, "json")[0])
    back = nx.node_link_graph(data, edges="links")
    assert data["center"] == ego.graph["center"]
    assert set(back) == set(ego) and _edge_set(back) == _edge_set(ego)
    for u, v, k, d in ego.edges(keys=True, data=True):
        assert back.edges[u, v, k] == d


def test_render_cytoscape_json_has_elements(ego):
    data = json.loads(render(ego, "cytoscape")[0])
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert {n["data"]["id"] for n in nodes} == set(ego)
    assert [n["data"]["id"] for n in nodes if n["data"]["center"]] == [ego.graph["center"]]
    assert {(e["data"]["source"], e["data"]["target"], e["data"]["kind"]) for e in edges} == _edge_set(ego)
    assert len({e["data"]["id"] for e in edges}) == len(edges)
    assert all({"label", "type"} <= set(n["data"]) for n in nodes)
    assert all({"weight", "first", "last", "n_articles"} <= set(e["data"]) for e in edges)
    assert all(("events" in e["data"]) == ego.graph["events"] for e in edges)
    assert {k: v for k, v in data["data"].items()} == ego.graph  # what the limits left out travels with it


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_render_graphml_and_gexf_read_back(ego, fmt, read):
    back = read(io.BytesIO(render(ego, fmt)[0]))
    assert set(back) == set(ego)
    got = {(u, v, d["kind"]): d for u, v, d in back.edges(data=True)}
    assert set(got) == _edge_set(ego)
    for (u, v, k), d in got.items():
        want = ego.edges[u, v, k]
        assert int(d["weight"]) == want["weight"] and int(d["n_articles"]) == want["n_articles"]
        assert d.get("first") == want["first"] and d.get("last") == want["last"]
        assert (d.get("events") or "").split() == [e["id"] for e in want.get("events", [])]
        assert ("events" in d) == ego.graph["events"]
    for n, d in back.nodes(data=True):
        assert (d["label"], d["type"], d["hub"], d["ring"]) == tuple(ego.nodes[n][k] for k in ("label", "type", "hub",
                                                                                              "ring"))
    if fmt == "graphml":  # GEXF keeps no graph attributes
        assert back.graph["truncated"] == ego.graph["truncated"]
        assert back.graph["dropped_by_ring"] == ",".join("" if x is None else str(x)
                                                         for x in ego.graph["dropped_by_ring"])


def test_render_svg_labels_every_node(ego):
    root = ET.fromstring(render(ego, "svg")[0])
    assert root.tag.endswith("svg")
    texts = {"".join(t.itertext()).strip() for t in root.iter() if t.tag.endswith("text")}
    assert {d["label"] for _, d in ego.nodes(data=True)} <= texts
    assert {k.replace("_", " ") for _, _, k in ego.edges(keys=True)} <= texts  # the legend


def _has_colour(pixels, hex_colour: str) -> bool:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    close = (abs(pixels[:, :, :3] - rgb) < 0.02).all(axis=2)
    return int(close.sum()) > 20


def test_render_png_colours_nodes_by_type_and_edges_by_kind(ego):
    data, media = render(ego, "png")
    assert media == "image/png" and data[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = imread(io.BytesIO(data), format="png")
    assert pixels.shape[0] > 300 and pixels.shape[1] > 300
    for typ in {d["type"] for _, d in ego.nodes(data=True)}:
        assert _has_colour(pixels, NODE_COLOURS[typ]), typ
    for kind in {k for _, _, k in ego.edges(keys=True)}:
        assert _has_colour(pixels, EDGE_COLOURS[kind]), kind


def test_render_unknown_format_is_bad_request(ego):
    with pytest.raises(BadRequest, match="choose one of"):
        render(ego, "pdf")


@pytest.mark.parametrize("fmt", list(NETWORK_FORMATS))
def test_render_ego_route_serves_every_format(news_server, news_store, fmt):
    r = httpx.get(f"{news_server}/ego/Peskov", params={"format": fmt, "radius": 2})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(NETWORK_FORMATS[fmt])
    want = network.ego_network(news_store, "Peskov", radius=2)
    if fmt == "json":
        assert set(nx.node_link_graph(r.json(), edges="links")) == set(want)
    elif fmt == "cytoscape":
        assert {n["data"]["id"] for n in r.json()["elements"]["nodes"]} == set(want)
    elif fmt in ("graphml", "gexf"):
        back = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.BytesIO(r.content))
        assert set(back) == set(want) and back.number_of_edges() == want.number_of_edges()
    elif fmt == "svg":
        assert ET.fromstring(r.content).tag.endswith("svg")
    else:
        assert imread(io.BytesIO(r.content), format="png").ndim == 3


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("svg", b"<?xml"), ("graphml", b"<?xml")])
def test_render_cli_writes_file(news_store_path, tmp_path, fmt, magic):
    from tests.conftest import run_kg

    out = tmp_path / f"ego.{fmt}"
    run_kg("ego", "Peskov", "--radius", "2", "-f", fmt, "-o", str(out), "--store", str(news_store_path))
    assert out.read_bytes().startswith(magic)
