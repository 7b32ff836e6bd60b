"""Remote store mode against a real `oxigraph serve`: writes keep one named graph per article, and
`kg serve --store URL` answers like the server itself while its safety rules still hold."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from tests.conftest import free_port, start_server, stop_server
from tests.test_api_sparql import ASK, CONSTRUCT, PROBES, SELECT, _select_rows, listener, sample_quads  # noqa: F401

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory):
    """A real Oxigraph server on 127.0.0.1 with the sample graphs written through kg's RemoteStore."""
    if OXIGRAPH is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    from kg.store import RemoteStore

    tmp = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp / "data"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            httpx.get(base + "/query", params={"query": "ASK {}"}, timeout=1)
            break
        except httpx.HTTPError:
            if time.time() > deadline:
                proc.kill()
                raise AssertionError("oxigraph did not start")
            time.sleep(0.2)
    store = RemoteStore(base + "/query")
    for graph, quads in sample_quads().items():
        store.replace_graph(graph, quads)
    store.replace_graph(graph, quads)  # replacing again keeps exactly one copy
    store.close()
    yield base + "/query"
    stop_server(proc)


@pytest.fixture(scope="module")
def remote_endpoint(oxigraph_url, tmp_path_factory):
    """`kg serve --store URL` pointed at the Oxigraph server; yields its /sparql URL."""
    tmp = tmp_path_factory.mktemp("remote-serve")
    proc, url = start_server(oxigraph_url, tmp, env={"KG_QUERY_TIMEOUT": "5"})
    yield url + "/sparql"
    stop_server(proc)


def test_remote_store_keeps_one_named_graph_per_article(oxigraph_url):
    from kg.store import RemoteStore

    store = RemoteStore(oxigraph_url)
    expected = sample_quads()
    assert store.graphs() == sorted(expected)
    assert {q for q in store.quads()} == {q for quads in expected.values() for q in quads}
    store.remove_graph(sorted(expected)[0])
    assert store.graphs() == sorted(expected)[1:]
    store.replace_graph(sorted(expected)[0], expected[sorted(expected)[0]])


@pytest.mark.parametrize("query", [SELECT, ASK])
def test_remote_store_endpoint_answers_like_the_server(oxigraph_url, remote_endpoint, query):
    direct = httpx.post(oxigraph_url, content=query, headers={"Content-Type": "application/sparql-query",
                                                             "Accept": "application/sparql-results+json"})
    ours = httpx.get(remote_endpoint, params={"query": query})
    assert ours.status_code == 200
    fmt = ox.QueryResultsFormat.JSON
    got, expected = ox.parse_query_results(ours.content, format=fmt), ox.parse_query_results(direct.content, format=fmt)
    if query is ASK:
        assert bool(got) is bool(expected) is True
    else:
        assert _select_rows(got) == _select_rows(expected)


def test_remote_store_construct_and_dataset(remote_endpoint):
    r = httpx.post(remote_endpoint, data={"query": CONSTRUCT}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and len(list(ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES))) > 0
    q = "SELECT DISTINCT ?s WHERE { ?s <http://example.org/name> ?n }"
    r = httpx.get(remote_endpoint, params={"query": q, "default-graph-uri": "http://example.org/article/1"})
    assert [b["s"]["value"] for b in r.json()["results"]["bindings"]] == ["http://example.org/li"]


@pytest.mark.parametrize("probe", list(PROBES))
def test_remote_store_safety_rules_hold(remote_endpoint, oxigraph_url, listener, probe):  # noqa: F811
    url, hits = listener
    r = httpx.post(remote_endpoint, content=PROBES[probe].format(url=url),
                   headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 403
    assert hits == []
    u = httpx.post(remote_endpoint, content="DROP ALL", headers={"Content-Type": "application/sparql-update"})
    assert u.status_code == 403
    ask = httpx.post(oxigraph_url, content=ASK, headers={"Content-Type": "application/sparql-query",
                                                         "Accept": "application/sparql-results+json"})
    assert ask.json()["boolean"] is True
