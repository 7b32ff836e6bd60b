"""Network serialisations: node-link JSON, Cytoscape.js JSON, GraphML, GEXF, and SVG/PNG pictures (matplotlib Agg)."""
from __future__ import annotations

import io
import json
from typing import Any

import networkx as nx

from kg.errors import BadRequest

# name -> media type
NETWORK_FORMATS: dict[str, str] = {
    "json": "application/json",
    "cytoscape": "application/json",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "svg": "image/svg+xml",
    "png": "image/png",
}
NODE_COLOURS = {"Person": "#1f77b4", "Organization": "#2ca02c", "Country": "#ff7f0e", "Place": "#9467bd",
                "Actor": "#7f7f7f"}
EDGE_COLOURS = {"negotiated_with": "#1f77b4", "sanctioned": "#d62728", "member_of": "#8c564b",
                "spoke_about": "#17becf", "affiliated_with": "#bcbd22"}


def node_link(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link JSON (networkx's ``node_link_data`` with ``links``) with the centre named at the top."""
    data = nx.node_link_data(g, edges="links")
    data["center"] = g.graph.get("center")
    return data


def cytoscape(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Cytoscape.js elements JSON: ``{"data": graph attributes, "elements": {"nodes": [...], "edges": [...]}}``."""
    nodes = [{"data": {"id": n, **d}} for n, d in sorted(g.nodes(data=True))]
    edges = [{"data": {"id": f"{u} {k} {v}", "source": u, "target": v, **d}}
             for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])]
    return {"data": dict(g.graph), "elements": {"nodes": nodes, "edges": edges}}


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes (for GraphML and GEXF): graph lists become comma-separated (an empty
    item for None), an edge's events and articles space-separated IRIs (when the network lists them), None dropped."""
    out = nx.MultiDiGraph()
    out.graph.update({k: v if not isinstance(v, list) else ",".join("" if x is None else str(x) for x in v)
                      for k, v in g.graph.items() if v is not None})
    for n, d in g.nodes(data=True):
        out.add_node(n, **{k: v for k, v in d.items() if v is not None})
    for u, v, k, d in g.edges(keys=True, data=True):
        attrs = {key: val for key, val in d.items() if val is not None and key not in ("events", "articles")}
        if "events" in d:
            attrs["events"] = " ".join(e["id"] for e in d["events"])
            attrs["articles"] = " ".join(d.get("articles", []))
        out.add_edge(u, v, key=k, **attrs)
    return out


def render(g: nx.MultiDiGraph, fmt: str) -> tuple[bytes, str]:
    """(bytes, media type) of ``g`` in one of NETWORK_FORMATS."""
    if fmt not in NETWORK_FORMATS:
        raise BadRequest(f"unknown network format {fmt!r}; choose one of: {', '.join(NETWORK_FORMATS)}")
    media = NETWORK_FORMATS[fmt]
    if fmt == "json":
        return json.dumps(node_link(g), ensure_ascii=False).encode("utf-8"), media
    if fmt == "cytoscape":
        return json.dumps(cytoscape(g), ensure_ascii=False).encode("utf-8"), media
    if fmt in ("svg", "png"):
        return picture(g, fmt), media
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat(g), buf)
    else:
        nx.write_gexf(flat(g), buf)
    return buf.getvalue(), media


def picture(g: nx.MultiDiGraph, fmt: str = "svg") -> bytes:
    """An SVG or PNG drawing: labelled nodes coloured by type, edges coloured by kind, a legend of both."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    fig = Figure(figsize=(9, 7), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axis_off()
    center = g.graph.get("center")
    title = g.nodes[center]["label"] if center in g else "actor network"
    window = " – ".join(x or "…" for x in (g.graph.get("since"), g.graph.get("until"))) \
        if g.graph.get("since") or g.graph.get("until") else ""
    ax.set_title(f"{title}{' (' + window + ')' if window else ''}", fontsize=12)
    if len(g):
        pos = nx.spring_layout(nx.Graph(g.to_undirected()), seed=7, k=1.2 / max(len(g), 1) ** 0.5) \
            if len(g) > 1 else {n: (0.0, 0.0) for n in g}
        kinds = sorted({k for _, _, k in g.edges(keys=True)})
        for kind in kinds:
            edges = [(u, v) for u, v, k in g.edges(keys=True) if k == kind]
            widths = [1 + min(g.edges[u, v, kind]["weight"], 6) for u, v in edges]
            nx.draw_networkx_edges(g, pos, edgelist=edges, ax=ax, edge_color=EDGE_COLOURS.get(kind, "#999999"),
                                   width=widths, alpha=0.8, arrows=True, arrowsize=12, node_size=600,
                                   arrowstyle="-" if kind == "negotiated_with" else "-|>",
                                   connectionstyle=f"arc3,rad={0.08 * (kinds.index(kind) % 3)}")
        types = sorted({d["type"] for _, d in g.nodes(data=True)})
        for typ in types:
            nodes = [n for n, d in g.nodes(data=True) if d["type"] == typ]
            sizes = [900 if n == center else 450 for n in nodes]
            nx.draw_networkx_nodes(g, pos, nodelist=nodes, ax=ax, node_color=NODE_COLOURS.get(typ, "#7f7f7f"),
                                   node_size=sizes, edgecolors="black", linewidths=0.6)
        nx.draw_networkx_labels(g, pos, labels={n: d["label"] for n, d in g.nodes(data=True)}, ax=ax, font_size=9)
        handles = [Line2D([], [], marker="o", linestyle="", color=NODE_COLOURS.get(t, "#7f7f7f"), label=t)
                   for t in types]
        handles += [Line2D([], [], color=EDGE_COLOURS.get(k, "#999999"), label=k.replace("_", " ")) for k in kinds]
        ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    buf = io.BytesIO()
    with rc_context({"svg.fonttype": "none"}):  # SVG labels stay text (searchable, selectable)
        fig.savefig(buf, format=fmt, bbox_inches="tight", metadata={"Date": None} if fmt == "svg" else None)
    return buf.getvalue()
