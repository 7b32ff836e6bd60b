// kg web page: SPARQL editor with canned queries, entity search and pages, ego-network view.
// Plain JavaScript, no build step; the network picture uses Cytoscape.js when `make web` installed it.
"use strict";

const NODE_COLOURS = {Person: "#1f77b4", Organization: "#2ca02c", Country: "#ff7f0e", Place: "#9467bd", Actor: "#7f7f7f"};
const EDGE_COLOURS = {negotiated_with: "#1f77b4", sanctioned: "#d62728", member_of: "#8c564b",
                      spoke_about: "#17becf", affiliated_with: "#bcbd22"};
const KINDS = ["negotiated_with", "sanctioned", "sanctioned_by", "member_of", "has_member",
               "spoke_about", "spoken_about_by", "affiliated_with", "has_affiliate"];
const $ = (id) => document.getElementById(id);
let lastQuery = null;  // {url, init} of the last query run, reused by the download buttons
let cy = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return node;
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

async function fetchOk(url, init) {
  const resp = await fetch(url, init);
  if (!resp.ok) {
    let message = `${resp.status} ${resp.statusText}`;
    try { message = (await resp.json()).message || message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return resp;
}

function short(iri) {
  return typeof iri === "string" && iri.startsWith("https://w3id.org/kg-news/id/")
    ? iri.slice("https://w3id.org/kg-news/id/".length) : iri;
}

function fillTable(table, headers, rows) {
  table.replaceChildren(el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", {}, h)))),
                        el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", {}, c))))));
}

// ---- SPARQL editor and canned queries ----
async function loadCanned() {
  const queries = await (await fetchOk("/queries")).json();
  $("canned").replaceChildren(...queries.map((q) =>
    el("button", {"data-query": q.name, title: q.description || q.title, onclick: () => pickCanned(q)}, q.title)));
}

async function pickCanned(q) {
  showError("");
  $("sparql").value = await (await fetchOk(`/web/queries/${encodeURIComponent(q.name)}.rq`)).text();
  const box = $("canned-params");
  box.replaceChildren(...q.params.map((p) =>
    el("label", {title: p.help}, `${p.name} `, el("input", {"data-param": p.name, placeholder: p.help}))));
  box.dataset.query = q.name;
  box.dataset.text = $("sparql").value;
  await runCanned(q.name);
}

async function runCanned(name) {
  const params = new URLSearchParams();
  for (const input of $("canned-params").querySelectorAll("input")) {
    if (input.value) params.set(input.dataset.param, input.value);
  }
  await runQuery(`/queries/${encodeURIComponent(name)}?${params}`, {});
}

async function runEditor() {
  const box = $("canned-params");
  if (box.dataset.query && $("sparql").value === box.dataset.text) {
    // the canned query as loaded: run it through /queries so its parameters are bound, never pasted
    return runCanned(box.dataset.query);
  }
  box.replaceChildren();
  delete box.dataset.query;
  await runQuery("/sparql", {method: "POST", body: $("sparql").value,
                             headers: {"Content-Type": "application/sparql-query"}});
}

async function runQuery(url, init) {
  showError("");
  lastQuery = {url, init};
  const headers = {...(init.headers || {}), Accept: "application/sparql-results+json"};
  try {
    const data = await (await fetchOk(url, {...init, headers})).json();
    if ("boolean" in data) {
      fillTable($("results"), ["result"], [[String(data.boolean)]]);
      $("result-count").textContent = "";
    } else {
      const vars = data.head.vars;
      const rows = data.results.bindings.map((b) => vars.map((v) => (b[v] ? short(b[v].value) : "")));
      fillTable($("results"), vars, rows);
      $("result-count").textContent = `${rows.length} row${rows.length === 1 ? "" : "s"}`;
    }
    $("download-csv").disabled = $("download-json").disabled = false;
  } catch (e) {
    showError(e.message);
  }
}

async function download(kind) {
  if (!lastQuery) return;
  const accept = kind === "csv" ? "text/csv" : "application/sparql-results+json";
  const resp = await fetchOk(lastQuery.url, {...lastQuery.init, headers: {...(lastQuery.init.headers || {}), Accept: accept}});
  const link = el("a", {href: URL.createObjectURL(await resp.blob()), download: `results.${kind}`});
  document.body.append(link);
  link.click();
  link.remove();
}

// ---- entity search and entity page ----
async function search(q) {
  showError("");
  const list = $("search-results");
  try {
    const found = await (await fetchOk(`/entities?q=${encodeURIComponent(q)}`)).json();
    list.replaceChildren(...found.map((e) =>
      el("li", {}, el("a", {href: `#/entity/${short(e.id)}`}, e.label), ` (${e.type})`)));
    if (!found.length) list.replaceChildren(el("li", {}, `nothing found for “${q}”`));
  } catch (e) {
    showError(e.message);
  }
}

async function showEntity(id) {
  showError("");
  try {
    const e = await (await fetchOk(`/entities/${id}`)).json();
    $("entity-label").textContent = e.label || e.id;
    const affs = e.affiliations.map((a) => a.label || short(a.id)).join(", ");
    $("entity-meta").textContent = [e.types.join(", "), e.aliases.length ? `also: ${e.aliases.join(", ")}` : "",
      e.roles.join(", "), affs ? `affiliation: ${affs}` : ""].filter(Boolean).join(" · ");
    $("entity-network").href = `#/ego/${short(e.id)}`;
    fillTable($("entity-events"), ["date", "kind", "event", "role", "sources"], e.events.map((ev) => [
      ev.date || "", ev.kind, ev.label || short(ev.id), ev.roles.join(", "),
      el("ul", {class: "sources"}, ...ev.sources.map((s) => el("li", {}, `${short(s.article)}: ${s.sentence}`)))]));
  } catch (err) {
    showError(err.message);
  }
}

// ---- ego network ----
function buildKindBoxes() {
  $("ego-kinds").append(...KINDS.map((k) =>
    el("label", {}, el("input", {type: "checkbox", value: k}), k.replaceAll("_", " "))));
  $("ego-legend").replaceChildren(
    ...Object.entries(NODE_COLOURS).map(([t, c]) => el("span", {}, el("i", {style: `background:${c}`}), t)),
    ...Object.entries(EDGE_COLOURS).map(([k, c]) =>
      el("span", {}, el("i", {style: `background:${c};border-radius:0;height:0.25em`}), k.replaceAll("_", " "))));
}

function egoUrl(name) {
  const params = new URLSearchParams({format: "cytoscape", radius: $("ego-radius").value});
  if ($("ego-since").value) params.set("since", $("ego-since").value);
  if ($("ego-until").value) params.set("until", $("ego-until").value);
  const kinds = [...$("ego-kinds").querySelectorAll("input:checked")].map((i) => i.value);
  if (kinds.length) params.set("kinds", kinds.join(","));
  return `/ego/${name.split("/").map(encodeURIComponent).join("/")}?${params}`;
}

async function showEgo(name) {
  showError("");
  $("ego-name").value = name;
  try {
    const data = await (await fetchOk(egoUrl(name))).json();
    const nodes = data.elements.nodes, edges = data.elements.edges;
    const label = Object.fromEntries(nodes.map((n) => [n.data.id, n.data.label]));
    const center = nodes.find((n) => n.data.center);
    $("ego-status").textContent =
      `${center ? center.data.label : name}: ${nodes.length} actors, ${edges.length} relations`;
    fillTable($("ego-edges"), ["from", "relation", "to", "weight", "articles", "first", "last", "events"],
      edges.map((e) => [label[e.data.source], e.data.kind.replaceAll("_", " "), label[e.data.target],
        String(e.data.weight), String(e.data.n_articles), e.data.first || "", e.data.last || "",
        el("ul", {class: "sources"}, ...(e.data.events || []).map((ev) =>
          el("li", {}, `${ev.date || "?"} ${ev.label || short(ev.id)}`,
            el("ul", {}, ...ev.sources.map((s) => el("li", {}, `${short(s.article)}: ${s.sentence}`))))))]));
    drawNetwork(data);
  } catch (e) {
    showError(e.message);
    $("ego-status").textContent = "";
  }
}

function drawNetwork(data) {
  const box = $("cy");
  if (window.kgNoCytoscape || typeof window.cytoscape !== "function") {
    box.className = "off";
    box.textContent = "The network picture needs the Cytoscape.js library: run `make web` (needs npm) and " +
      "reload. The relations are listed below.";
    return;
  }
  box.className = "";
  box.replaceChildren();
  if (cy) cy.destroy();
  cy = window.cytoscape({
    container: box,
    elements: data.elements,
    style: [
      {selector: "node", style: {"label": "data(label)", "background-color": (n) => NODE_COLOURS[n.data("type")] || "#7f7f7f",
        "font-size": 10, "text-valign": "bottom", "text-margin-y": 3, "width": 20, "height": 20,
        "text-background-color": "#fff", "text-background-opacity": 0.7,
        "border-width": 1, "border-color": "#333"}},
      {selector: "node[?center]", style: {"width": 32, "height": 32, "font-weight": "bold", "border-width": 3}},
      {selector: "edge", style: {"line-color": (e) => EDGE_COLOURS[e.data("kind")] || "#999",
        "target-arrow-color": (e) => EDGE_COLOURS[e.data("kind")] || "#999",
        "target-arrow-shape": (e) => (e.data("kind") === "negotiated_with" ? "none" : "triangle"),
        "curve-style": "bezier", "width": (e) => 1 + Math.min(e.data("weight"), 4), "opacity": 0.8,
        "arrow-scale": 0.8}},
    ],
    layout: {name: "preset"},
  });
  // rings around the ego: the centre, then its neighbours, then the rest (deterministic, readable)
  const centre = cy.nodes("[?center]");
  const near = centre.neighborhood("node");
  cy.layout({name: "concentric", animate: false, padding: 30, minNodeSpacing: 40, startAngle: Math.PI / 6,
             concentric: (n) => (n.same(centre) ? 3 : near.has(n) ? 2 : 1), levelWidth: () => 1}).run();
  cy.on("tap", "node", (evt) => { location.hash = `#/entity/${short(evt.target.id())}`; });
  window.kgCy = cy;
}

// ---- routing: #/query, #/search, #/entity/{id}, #/ego/{name} ----
function show(view) {
  for (const s of document.querySelectorAll(".view")) s.hidden = s.id !== `view-${view}`;
  for (const a of document.querySelectorAll("nav a[data-view]")) {
    a.classList.toggle("active", a.dataset.view === view || (view === "entity" && a.dataset.view === "search"));
  }
}

function route() {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ""));
  const [view, ...rest] = hash.split("/");
  const arg = rest.join("/");
  if (view === "entity" && arg) { show("entity"); showEntity(arg); }
  else if (view === "ego") { show("ego"); if (arg) showEgo(arg); }
  else if (view === "search") { show("search"); if (arg) { $("search-q").value = arg; search(arg); } }
  else show("query");
}

window.addEventListener("hashchange", route);
document.addEventListener("DOMContentLoaded", () => {
  $("run").addEventListener("click", runEditor);
  $("download-csv").addEventListener("click", () => download("csv"));
  $("download-json").addEventListener("click", () => download("json"));
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = `#/search/${encodeURIComponent($("search-q").value)}`;
  });
  $("ego-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const name = $("ego-name").value.trim();
    if (`#/ego/${name}` === decodeURIComponent(location.hash)) showEgo(name); else location.hash = `#/ego/${name}`;
  });
  buildKindBoxes();
  loadCanned().catch((e) => showError(`cannot list the canned queries: ${e.message}`));
  route();
});
