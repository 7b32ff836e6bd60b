"""The ``kg`` command line: thin Typer commands that parse, check and call one function each."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.errors import KGError, StoreError
from kg.settings import Settings, settings_table

app = typer.Typer(help="Turn news articles into a knowledge graph and query it.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
out = Console()
err = Console(stderr=True)

StoreOpt = typer.Option(None, "--store", help="Store folder (embedded Oxigraph) or SPARQL server URL [env KG_STORE].")
SinceOpt = typer.Option(None, help="Only events on or after this date (YYYY-MM-DD).")
UntilOpt = typer.Option(None, help="Only events on or before this date (YYYY-MM-DD).")
KindsOpt = typer.Option(None, "--kinds", "-k", help="Comma-separated relation kinds.")


def _settings(**kw: object) -> Settings:
    return Settings.from_env(**kw)


def _reader(store: str | None):  # noqa: ANN202 - a kg.store.Store
    """The store named by --store / KG_STORE, opened for reading (embedded stores read-only)."""
    from kg.store import open_store

    s = _settings(store=store)
    return open_store(s, read_only=not s.remote)


def _fail(exc: KGError) -> None:
    err.print(f"[red]error:[/red] {escape(exc.message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


@app.command()
def build(paths: list[Path] = typer.Argument(..., help="Files or folders of .txt, .html, .jsonl articles."),
          store: Optional[str] = StoreOpt,
          model: Optional[str] = typer.Option(None, help="spaCy pipeline name [env KG_MODEL]."),
          processes: Optional[int] = typer.Option(None, help="NLP worker processes (0 = all cores)."),
          dask: Optional[str] = typer.Option(None, "--dask", help="Run the NLP stage on this Dask scheduler, "
                                             "e.g. tcp://host:8786 [env KG_DASK]."),
          report: Optional[Path] = typer.Option(None, help="Write a JSON report of the build (skipped files too)."),
          quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar.")) -> None:
    """Build (or update) the graph from articles; prints a summary table."""
    from kg.pipeline import build as run_build
    from kg.store import open_store

    try:
        s = _settings(store=store, model=model, processes=processes, dask=dask)
        st = open_store(s)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, disable=quiet) as bar:
            task = bar.add_task("extracting", total=None)
            rep = run_build(paths, s, st, on_article=lambda a: bar.advance(task),
                            on_total=lambda n: bar.update(task, total=n))
        st.close()
    except KGError as exc:
        _fail(exc)
        return
    except OSError as exc:  # disk full, store folder read-only: each article is in the store whole or not at all
        _fail(StoreError(f"the build stopped: {exc}. Articles written so far are kept whole; free disk space "
                         "or fix the permissions, then run the same build again to finish the rest."))
        return
    for f in rep.failed:  # one line per file, whatever the terminal width or the characters in its name
        err.print(f"[yellow]skipped[/yellow] {escape(f.source)}: {escape(f.reason)}", highlight=False, soft_wrap=True)
    table = Table(title="kg build")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles", str(rep.articles))
    table.add_row("read by the NLP stage", str(rep.extracted))
    table.add_row("graphs written", str(rep.written))
    table.add_row("graphs removed", str(rep.removed))
    table.add_row("skipped", str(len(rep.failed)))
    for k, v in sorted(rep.entities.items()):
        table.add_row(f"entities: {k}", str(v))
    for k, v in sorted(rep.events.items()):
        table.add_row(f"events: {k}", str(v))
    table.add_row("triples", str(rep.triples))
    table.add_row("seconds", f"{rep.seconds:.1f}")
    (err if quiet else out).print(table)
    if report:
        report.write_text(json.dumps(rep.to_dict(), indent=2), encoding="utf-8")
    if rep.failed:
        raise typer.Exit(1)


@app.command()
def remove(articles: list[str] = typer.Argument(..., help="Article ids, source paths or IRIs."),
           store: Optional[str] = StoreOpt) -> None:
    """Drop articles' graphs from the store and re-resolve the rest."""
    from kg.pipeline import remove as run_remove
    from kg.store import open_store

    try:
        s = _settings(store=store)
        st = open_store(s)
        rep = run_remove(articles, s, st)
        st.close()
    except KGError as exc:
        _fail(exc)
        return
    out.print(f"removed {rep.removed} article(s); {rep.written} graph(s) rewritten; {rep.articles} left")


@app.command()
def serve(store: Optional[str] = StoreOpt,
          host: Optional[str] = typer.Option(None, help="Interface to bind [env KG_HOST]."),
          port: Optional[int] = typer.Option(None, help="Port [env KG_PORT].")) -> None:
    """Serve the graph over HTTP: SPARQL, canned queries, entities, ego networks, exports."""
    import uvicorn

    from kg.api import create_app

    try:
        s = _settings(store=store, host=host, port=port)
        app_ = create_app(s)
    except KGError as exc:
        _fail(exc)
        return
    uvicorn.run(app_, host=s.host, port=s.port, log_level="info")


@app.command()
def query(text: str = typer.Argument(..., help="SPARQL text, a .rq file, or a canned query's name."),
          store: Optional[str] = StoreOpt,
          param: list[str] = typer.Option([], "--param", "-p", help="NAME=VALUE for a canned query's parameter."),
          format: str = typer.Option("table", "--format", "-f", help="table, csv, json (SPARQL 1.1 JSON results).")) -> None:
    """Run a SPARQL query and print the result."""
    from kg.safety import check_query
    from kg.entities import find_entity
    from kg.queries import bind_params, canned_queries, get_query
    from kg.results import rows, serialize_result, serialize_rows

    try:
        st = _reader(store)
        subs = None
        if text in canned_queries():
            cq = get_query(text)
            values = dict(p.split("=", 1) for p in param if "=" in p)
            subs = bind_params(cq, values, lambda t: find_entity(st, t))
            sparql = cq.sparql
        elif text.endswith(".rq") and Path(text).is_file():
            sparql = Path(text).read_text(encoding="utf-8")
        else:
            sparql = text
        form = check_query(sparql)
        result = st.query(sparql, subs)
        if form in ("CONSTRUCT", "DESCRIBE"):
            import pyoxigraph as ox
            sys.stdout.buffer.write(ox.serialize(result, format=ox.RdfFormat.TURTLE))
            return
        if format == "json":
            sys.stdout.buffer.write(serialize_result(result, "json") + b"\n")
            return
        if form == "ASK":
            out.print("true" if bool(result) else "false")
            return
        variables, data = rows(result)
        if format == "csv":
            sys.stdout.write(serialize_rows(variables, data, "csv"))
            return
        table = Table(*variables)
        for r in data:
            table.add_row(*["" if r[v] is None else r[v] for v in variables])
        out.print(table)
    except KGError as exc:
        _fail(exc)


@app.command()
def export(format: str = typer.Option("turtle", "--format", "-f", help="turtle, jsonld, ntriples, nquads, trig, rdfxml."),
           store: Optional[str] = StoreOpt,
           out_file: Optional[Path] = typer.Option(None, "--out", "-o", help="Output file (default: standard output).")) -> None:
    """Export the graph (N-Quads and TriG keep one named graph per article)."""
    from kg.export import export as run_export

    try:
        st = _reader(store)
        if out_file:
            tmp = out_file.with_name(out_file.name + ".part")
            with tmp.open("wb") as fh:
                run_export(st, format, fh)
            tmp.replace(out_file)
        else:
            run_export(st, format, sys.stdout.buffer)
    except KGError as exc:
        _fail(exc)


@app.command()
def ego(name: str = typer.Argument(..., help="An actor's name, any alias, id (person/jane-doe) or IRI."),
        store: Optional[str] = StoreOpt,
        radius: int = typer.Option(1, min=1, max=3, help="Hops from the actor (1-3)."),
        kinds: Optional[str] = typer.Option(None, "--kinds", "-k", help="Comma-separated relation kinds: "
                                            "negotiated_with, sanctioned, sanctioned_by, member_of, spoke_about, "
                                            "affiliated_with (and has_member, spoken_about_by, has_affiliate)."),
        since: Optional[str] = SinceOpt,
        until: Optional[str] = UntilOpt,
        format: str = typer.Option("json", "--format", "-f", help="json, cytoscape, graphml, gexf, svg, png."),
        out_file: Optional[Path] = typer.Option(None, "--out", "-o", help="Output file (default: standard output)."),
        max_nodes: Optional[int] = typer.Option(None, "--max-nodes", min=0, help="Most actors, nearest and strongest "
                                                "first (0 = all; default KG_EGO_MAX_NODES)."),
        budget: Optional[int] = typer.Option(None, min=0, help="Articles per ring whose actors are expanded; an actor "
                                             "in more is a hub (0 = all; default KG_EGO_BUDGET)."),
        events: Optional[bool] = typer.Option(None, "--events/--no-events", help="List each edge's events and "
                                              "sources (default: if the edges carry at most KG_EGO_EVENTS).")) -> None:
    """An actor's ego network: who they dealt with, how, when, in which events and articles."""
    from kg.ego import ego_network
    from kg.render import render

    try:
        s = _settings(store=store)
        g = ego_network(_reader(store), name, radius=radius, kinds=kinds, since=since, until=until,
                        max_nodes=s.ego_max_nodes if max_nodes is None else max_nodes,
                        budget=s.ego_budget if budget is None else budget, events=events, auto_events=s.ego_events)
        data, _ = render(g, format)
    except KGError as exc:
        _fail(exc)
        return
    if out_file:
        out_file.write_bytes(data)
    else:
        sys.stdout.buffer.write(data + (b"\n" if format not in ("png",) else b""))


@app.command()
def central(store: Optional[str] = StoreOpt,
            measure: str = typer.Option("degree", "--by", help="degree or betweenness."),
            limit: int = typer.Option(20, min=1, max=1000, help="How many actors to list."),
            since: Optional[str] = SinceOpt,
            until: Optional[str] = UntilOpt,
            kinds: Optional[str] = KindsOpt,
            types: Optional[str] = typer.Option(None, help="Comma-separated actor types (Person, Country, ...)."),
            format: str = typer.Option("table", "--format", "-f", help="table or json.")) -> None:
    """The most central actors (degree, betweenness) of the actor network in a date window."""
    from kg.network import central_actors

    try:
        rows = central_actors(_reader(store), measure, limit, since, until, kinds, types)
    except KGError as exc:
        _fail(exc)
        return
    if format == "json":
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    table = Table("actor", "type", "degree", "weighted degree", "betweenness", "id", title=f"most central by {measure}")
    for r in rows:
        table.add_row(r["label"], r["type"], str(r["degree"]), str(r["weighted_degree"]), f"{r['betweenness']:.3f}",
                      r["id"])
    out.print(table)


@app.command()
def path(source: str = typer.Argument(..., help="One actor (any alias, id or IRI)."),
         target: str = typer.Argument(..., help="The other actor."),
         store: Optional[str] = StoreOpt,
         since: Optional[str] = SinceOpt,
         until: Optional[str] = UntilOpt,
         kinds: Optional[str] = KindsOpt,
         format: str = typer.Option("text", "--format", "-f", help="text or json.")) -> None:
    """The shortest path between two actors, with the events behind each hop."""
    from kg.network import actor_path

    try:
        p = actor_path(_reader(store), source, target, since, until, kinds)
    except KGError as exc:
        _fail(exc)
        return
    if format == "json":
        sys.stdout.write(json.dumps(p, indent=2, ensure_ascii=False) + "\n")
        return
    out.print(" -> ".join(n["label"] for n in p["nodes"]) + f"  ({p['length']} hops)", highlight=False)
    for hop in p["hops"]:
        _print_edges(hop["edges"], p["nodes"], indent="  ")


@app.command()
def edge(source: str = typer.Argument(..., help="One actor (any alias, id or IRI)."),
         target: str = typer.Argument(..., help="The other actor."),
         store: Optional[str] = StoreOpt,
         since: Optional[str] = SinceOpt,
         until: Optional[str] = UntilOpt,
         kinds: Optional[str] = KindsOpt,
         format: str = typer.Option("text", "--format", "-f", help="text or json.")) -> None:
    """The relations between two actors (one edge of an ego network), with their events and sources."""
    from kg.ego import edge_detail

    try:
        d = edge_detail(_reader(store), source, target, kinds, since, until)
    except KGError as exc:
        _fail(exc)
        return
    if format == "json":
        sys.stdout.write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")
        return
    _print_edges(d["edges"], d["nodes"])


def _print_edges(edges: list[dict[str, Any]], nodes: list[dict[str, Any]], indent: str = "") -> None:
    """Each edge (kind, weight, dates) with its events and their source sentences, as indented text."""
    labels = {n["id"]: n["label"] for n in nodes}
    for e in edges:
        out.print(f"{indent}{labels[e['source']]} {e['kind'].replace('_', ' ')} {labels[e['target']]}"
                  f"  [{e['weight']}; {e['first'] or '?'} .. {e['last'] or '?'}]", highlight=False)
        for ev in e["events"]:
            out.print(f"{indent}  {ev['date'] or '?'} {ev['label'] or ev['id']}", highlight=False)
            for src in ev["sources"]:
                out.print(f"{indent}    {src['article']}: {src['sentence']}", highlight=False)


@app.command()
def validate(store: Optional[str] = StoreOpt) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl."""
    from kg.validate import validate_store

    try:
        conforms, text = validate_store(_reader(store))
    except KGError as exc:
        _fail(exc)
        return
    if conforms:
        out.print("[green]conforms[/green]: the graph passes every SHACL shape")
        return
    out.print(text, highlight=False)
    raise typer.Exit(1)


@app.command("eval")
def eval_(gold: Path = typer.Argument(..., help="An answer key (JSON, see tests/gold/README.md)."),
          store: Optional[str] = StoreOpt,
          show_errors: bool = typer.Option(False, "--errors", help="Also list each missed gold item and each extra prediction.")) -> None:
    """Score the built graph against an answer key: precision, recall, F1 per category."""
    from kg.eval import evaluate_with_errors, format_errors, format_report

    try:
        st = _reader(store)
        key = json.loads(gold.read_text(encoding="utf-8"))
        scores, errs = evaluate_with_errors(st, key)
    except KGError as exc:
        _fail(exc)
        return
    out.print(format_report(scores), highlight=False)
    if show_errors:
        typer.echo(format_errors(errs))


@app.command("settings")
def show_settings() -> None:
    """List every setting with its default and environment variable."""
    table = Table("setting", "env", "default", "help")
    for name, default, help_ in settings_table():
        table.add_row(name, f"KG_{name.upper()}", repr(default), help_)
    out.print(table)


if __name__ == "__main__":
    app()
