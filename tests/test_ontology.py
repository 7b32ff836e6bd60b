"""The ontology, the SHACL shapes and the JSON-LD context agree with what kg/triples.py emits."""
from __future__ import annotations

import json
import re
import typing
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from kg import model, triples
from kg.model import Article, CleanArticle, Delegation, Entity, Event, Evidence, Resolution
from kg.vocab import ID, KG

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY, SHAPES, CONTEXT = ROOT / "ontology/kg.ttl", ROOT / "ontology/shapes.ttl", ROOT / "ontology/context.jsonld"
K = Namespace(KG)
PROV = Namespace("http://www.w3.org/ns/prov#")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES)


def emitted_terms() -> set[str]:
    """Every kg: local name triples.py can emit: literal kg("…") calls plus the dynamic type names."""
    src = (ROOT / "kg/triples.py").read_text()
    names = set(re.findall(r'\bkg\("([A-Za-z]+)"\)', src))
    for loop in re.findall(r"for \w+ in \(([^)]*)\):\n\s+key = getattr", src):  # kg(role) over a tuple of names
        names |= set(re.findall(r'"(\w+)"', loop))
    names |= set(typing.get_args(model.EntityType)) | set(typing.get_args(model.EventKind))
    return names


# --- a small valid graph, built with the real triples code ----------------------------------------

def build_resolution() -> Resolution:
    """One article with a negotiation (two delegations), a sanction and a statement."""
    art = Article(id="a1", source="tests/a1.txt", raw="…", published=date(2022, 2, 28), outlet="Test Wire", content_hash="abc")
    clean = CleanArticle(article=art, body="…", title="Talks", published=date(2022, 2, 28), date_source="metadata")
    arts = frozenset({"a1"})
    ents = [
        Entity("country/ukraine", "Country", "Ukraine", articles=arts),
        Entity("country/russia", "Country", "Russia", frozenset({"Moscow"}), articles=arts),
        Entity("country/united-kingdom", "Country", "United Kingdom", frozenset({"Britain"}), articles=arts),
        Entity("place/gomel", "Place", "Gomel", articles=arts),
        Entity("person/dmitry-peskov", "Person", "Dmitry Peskov", frozenset({"Peskov"}), frozenset({"Kremlin spokesman"}),
               frozenset({"country/russia"}), arts),
        Entity("person/mykhailo-podoliak", "Person", "Mykhailo Podoliak", frozenset({"Podolyak"}), frozenset({"adviser"}),
               frozenset({"country/ukraine"}), arts),
        Entity("person/vladimir-medinsky", "Person", "Vladimir Medinsky", roles=frozenset({"Presidential Advisor"}),
               affiliations=frozenset({"country/russia"}), articles=arts),
    ]
    ev = lambda s, e, c=0.9: Evidence("a1", "A sentence.", s, e, c)  # noqa: E731
    events = (
        Event("negotiation/ukraine-russia-2022-02-28", "Negotiation", (ev(0, 10),), date(2022, 2, 28), "stated", "place/gomel",
              ("country/ukraine", "country/russia"), round=1, status="held", cameo="046",
              delegations=(Delegation("ukraine-2022-02-28", "country/ukraine", ("person/mykhailo-podoliak",)),
                           Delegation("russia-2022-02-28", "country/russia", ("person/vladimir-medinsky",)))),
        Event("sanction/uk-russia-2022-02-28", "Sanction", (ev(20, 30, 0.7),), date(2022, 2, 28), "stated",
              imposer="country/united-kingdom", target="country/russia", measure="transaction ban", cameo="163"),
        Event("statement/peskov-2022-02-28", "Statement", (ev(40, 55),), date(2022, 2, 28), "article",
              speaker="person/dmitry-peskov", text="Sanctions are heavy.", cameo="010"),
    )
    return Resolution({e.key: e for e in ents}, events, (clean,))


def union_graph(res: Resolution) -> Graph:
    """The union of the article graphs, as rdflib sees it after an N-Quads round trip through Oxigraph."""
    store = ox.Store()
    for _, quads in triples.all_quads(res):
        store.extend(quads)
    ds = Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def conforms(g: Graph, shapes: Graph) -> tuple[bool, str]:
    ok, _, text = validate(g, shacl_graph=shapes, advanced=True)
    return ok, text


# --- ontology -------------------------------------------------------------------------------

def test_ontology_parses_as_owl_with_metadata(onto: Graph) -> None:
    ont = URIRef("https://w3id.org/kg-news/ontology")
    assert (ont, RDF.type, OWL.Ontology) in onto
    for p in (OWL.versionInfo, OWL.versionIRI, RDFS.label, RDFS.comment):
        assert onto.value(ont, p) is not None, p


@pytest.mark.parametrize("name", sorted(emitted_terms()))
def test_ontology_declares_every_emitted_term(onto: Graph, name: str) -> None:
    term = K[name]
    kinds = set(onto.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, f"kg:{name} is not declared"
    assert onto.value(term, RDFS.label) and onto.value(term, RDFS.comment), f"kg:{name} lacks label or comment"
    if OWL.Class not in kinds:
        assert onto.value(term, RDFS.domain) and onto.value(term, RDFS.range), f"kg:{name} lacks domain or range"


def test_ontology_emitted_terms_cover_the_brief() -> None:
    must = {"Person", "Country", "Delegation", "Negotiation", "Sanction", "Statement", "Article", "Evidence", "memberOf",
            "side", "delegation", "delegationAt", "participant", "speaker", "imposer", "target", "date", "dateBasis",
            "round", "status", "startChar", "endChar", "contentHash"}
    assert must <= emitted_terms()


@pytest.mark.parametrize(("sub", "rel", "sup"), [
    (K.Person, RDFS.subClassOf, URIRef("https://schema.org/Person")),
    (K.Organization, RDFS.subClassOf, URIRef("https://schema.org/Organization")),
    (K.Place, RDFS.subClassOf, URIRef("https://schema.org/Place")),
    (K.Event, RDFS.subClassOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")),
    (K.Article, RDFS.subClassOf, URIRef("https://schema.org/NewsArticle")),
    (K.Actor, RDFS.subClassOf, PROV.Agent),
    (K.Evidence, RDFS.subClassOf, PROV.Entity),
    (K.Country, RDFS.subClassOf, K.Place),
    (K.Country, RDFS.subClassOf, K.Actor),
    (K.speaker, RDFS.subPropertyOf, K.participant),
    (K.imposer, RDFS.subPropertyOf, K.participant),
    (K.participant, RDFS.subPropertyOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")),
    (K.place, RDFS.subPropertyOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace")),
    (K.date, RDFS.subPropertyOf, URIRef("https://schema.org/startDate")),
    (K.article, RDFS.subPropertyOf, PROV.hadPrimarySource),
    (K.date, RDFS.range, XSD.date),
])
def test_ontology_alignment(onto: Graph, sub: URIRef, rel: URIRef, sup: URIRef) -> None:
    assert (sub, rel, sup) in onto


def test_ontology_cameo_notations_are_strings_with_leading_zeros(onto: Graph) -> None:
    for code in ("010", "036", "040", "043", "044", "046", "1056", "163", "172", "01", "04", "16", "10"):
        concept = URIRef(f"{ID}cameo/{code}")
        notation = onto.value(concept, SKOS.notation)
        assert isinstance(notation, Literal) and notation.datatype in (None, XSD.string), code
        assert str(notation) == code
    assert onto.value(URIRef(f"{ID}cameo/010"), SKOS.broader) == URIRef(f"{ID}cameo/01")
    assert onto.value(URIRef(f"{ID}cameo/10"), SKOS.prefLabel) != onto.value(URIRef(f"{ID}cameo/010"), SKOS.prefLabel)


def test_ontology_has_every_code_triples_uses(onto: Graph) -> None:
    for code in set(triples.CAMEO.values()):
        assert (URIRef(triples.cameo_concept(code).value), SKOS.notation, None) in onto, code
    for cat in set(triples.PLOVER.values()):
        concept = URIRef(triples.plover_concept(cat).value)
        schemes = set(onto.objects(concept, SKOS.inScheme))
        assert schemes & {K.PloverScheme, K.PloverExtensionScheme}, cat
        assert str(onto.value(concept, SKOS.notation)).upper() == cat


def test_ontology_statement_is_a_local_plover_extension(onto: Graph) -> None:
    local = URIRef(f"{ID}plover/statement")
    assert (URIRef(f"{ID}cameo/010"), SKOS.closeMatch, local) in onto
    assert (local, SKOS.inScheme, K.PloverExtensionScheme) in onto
    assert (local, SKOS.inScheme, K.PloverScheme) not in onto
    assert "dropped" in str(onto.value(K.PloverExtensionScheme, RDFS.comment))


# --- shapes ---------------------------------------------------------------------------------

def test_shapes_valid_graph_conforms(shapes: Graph) -> None:
    ok, text = conforms(union_graph(build_resolution()), shapes)
    assert ok, text


def _event(g: Graph, kind: str) -> URIRef:
    return next(iter(g.subjects(RDF.type, K[kind])))


def _set(p: URIRef, o: object) -> Callable[[Graph, URIRef], None]:
    return lambda g, s: g.set((s, p, o))


BREAKAGES: dict[str, tuple[str, Callable[[Graph, URIRef], None]]] = {
    "person without label": ("Person", lambda g, s: g.remove((s, RDFS.label, None))),
    "place with two labels": ("Place", lambda g, s: g.add((s, RDFS.label, Literal("Homel")))),
    "two dates": ("Sanction", lambda g, s: g.add((s, K.date, Literal(date(2022, 3, 1))))),
    "date not xsd:date": ("Sanction", _set(K.date, Literal("28 February 2022"))),
    "date basis not allowed": ("Statement", _set(K.dateBasis, Literal("guessed"))),
    "date basis unknown with a date": ("Statement", _set(K.dateBasis, Literal("unknown"))),
    "stated basis without a date": ("Sanction", lambda g, s: g.remove((s, K.date, None))),
    "statement with no speaker": ("Statement", lambda g, s: g.remove((s, K.speaker, None))),
    "sanction with no imposer": ("Sanction", lambda g, s: g.remove((s, K.imposer, None))),
    "event with two types": ("Sanction", lambda g, s: g.add((s, RDF.type, K.Statement))),
    "event without evidence": ("Statement", lambda g, s: g.remove((s, PROV.wasDerivedFrom, None))),
    "status not allowed": ("Negotiation", _set(K.status, Literal("cancelled"))),
    "round zero": ("Negotiation", _set(K.round, Literal(0))),
    "participant not an actor": ("Negotiation", lambda g, s: g.add((s, K.participant, URIRef(ID + "place/gomel")))),
    "delegation without members": ("Delegation", lambda g, s: g.remove((None, K.memberOf, s))),
    "delegation with two sides": ("Delegation", lambda g, s: g.add((s, K.side, URIRef(ID + "country/united-kingdom")))),
    "evidence start after end": ("Evidence", _set(K.startChar, Literal(999))),
    "evidence confidence above 1": ("Evidence", _set(K.confidence, Literal("1.5", datatype=XSD.decimal))),
    "evidence without article": ("Evidence", lambda g, s: g.remove((s, K.article, None))),
    "event confidence below 0": ("Negotiation", _set(K.confidence, Literal("-0.1", datatype=XSD.decimal))),
    "cameo not a cameo IRI": ("Negotiation", _set(K.cameo, URIRef("https://example.org/046"))),
}


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_shapes_catch_broken_graph(shapes: Graph, case: str) -> None:
    kind, breakage = BREAKAGES[case]
    g = union_graph(build_resolution())
    subjects = sorted(g.subjects(RDF.type, K[kind]))
    assert subjects, kind
    breakage(g, subjects[0])
    ok, _ = conforms(g, shapes)
    assert not ok, f"shapes accepted: {case}"


def test_shapes_catch_untyped_event_without_any_event_class(shapes: Graph) -> None:
    g = union_graph(build_resolution())
    bogus = URIRef(ID + "event/bogus")
    g.add((bogus, RDF.type, K.Event))
    g.add((bogus, K.dateBasis, Literal("unknown")))
    g.add((bogus, K.confidence, Literal("0.5", datatype=XSD.decimal)))
    g.add((bogus, PROV.wasDerivedFrom, next(iter(g.subjects(RDF.type, K.Evidence)))))
    assert not conforms(g, shapes)[0]


# --- JSON-LD context ------------------------------------------------------------------------

def test_context_compacts_and_round_trips() -> None:
    ctx = json.loads(CONTEXT.read_text())
    g = union_graph(build_resolution())
    doc = json.loads(g.serialize(format="json-ld", context=ctx["@context"]))
    nodes = {n["id"]: n for n in doc["graph"]}
    stmt = nodes[ID + "event/statement/peskov-2022-02-28"]
    assert stmt["type"] == "Statement" and stmt["date"] == "2022-02-28" and stmt["speaker"] == ID + "person/dmitry-peskov"
    neg = nodes[ID + "event/negotiation/ukraine-russia-2022-02-28"]
    assert neg["round"] == "1" and isinstance(neg["participant"], list)
    peskov = nodes[ID + "person/dmitry-peskov"]
    assert peskov["label"] == "Dmitry Peskov" and peskov["aliases"] == ["Peskov"]
    assert "@value" not in json.dumps(doc["graph"]), "every typed literal should compact to a plain value"
    back = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert len(back) == len(g)
    assert set(back) == set(g)


def test_context_keys_cover_emitted_terms() -> None:
    ctx = json.loads(CONTEXT.read_text())["@context"]
    iris = {v if isinstance(v, str) else v["@id"] for v in ctx.values() if isinstance(v, (str, dict))}
    for name in emitted_terms():
        assert f"kg:{name}" in iris, name
