"""Score a built graph against a gold answer key (tests/gold/*.json; format in tests/gold/README.md).

Everything is read with SPARQL through ``select(query) -> list[dict[str, str]]``, so the same code
scores an embedded pyoxigraph Store (queried with the default graph as the union of the article
graphs), an rdflib graph or a remote endpoint. Each category is a set of keys; ``score`` compares
two sets. How each category builds its keys:

- names: case, accents and punctuation are folded ("Ayşegül Çağlayan" = "aysegul caglayan"); two
  names also match when their transliteration keys (y/i, ya/ia, kh/h, doubled letters…) are equal
  or 90% similar. A predicted entity matches a gold actor if any of its names (rdfs:label,
  skos:altLabel) matches any gold variant; a person also matches by surname when that surname is
  unique among gold persons and the predicted name is the bare surname or has the same initial.
- persons: the gold person names. A predicted kg:Person counts once for the gold person it matches;
  a second entity matching the same gold person is a false positive (an unmerged duplicate).
  Persons in ``ignore_persons`` are neither rewarded nor penalised.
- aliases: (person, folded name) for every name of a person, canonical included; exact after folding.
- roles: (person, role); a predicted role fills a gold role when the word set of one alternative
  contains the other ("spokesman" fills "Kremlin spokesman"), after folding adviser→advisor,
  defence→defense and dropping function words.
- delegation_members: (side, member, date of the negotiation the delegation was at).
- negotiations / sanctions / statements: a predicted event fills a gold event when it has evidence in
  one of the gold event's articles and agrees on everything the gold records: sides (each gold side
  is among the event's participants, delegation sides, or their kg:affiliation), round (when gold
  has one), status, place (when both have one: one name contains the other), date; imposer and
  target; speaker and date. A gold date of null accepts no date or a date whose kg:dateBasis is
  "article" or "unknown". Each gold event is filled at most once; extra events are false positives.
- event_dates: (event, date) for every gold event with a date. Predicted events are paired with gold
  events as above but ignoring the date; a paired event's date claim is right, wrong (a false
  positive and a false negative) or absent (a false negative).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from kg.eval_graph import article_key, GraphEvent, read_graph, select_for

__all__ = ["CATEGORIES", "evaluate", "evaluate_with_errors", "format_errors", "format_report", "load_gold",
           "names_match", "role_match", "score", "select_for"]

CATEGORIES = ("persons", "aliases", "roles", "delegation_members", "negotiations", "sanctions", "statements", "event_dates")
KG_NS = "https://w3id.org/kg-news/ontology#"
_STOP = {"the", "of", "a", "an", "to", "for", "s", "and"}


# --- scoring -------------------------------------------------------------------------------

def score(predicted: set, gold: set) -> dict[str, float | int]:
    """Precision, recall, F1 and counts of a predicted set against a gold set (both empty → 1.0)."""
    return _prf(len(predicted & gold), len(predicted - gold), len(gold - predicted))


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if not fp else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def format_report(scores: dict[str, dict[str, float | int]]) -> str:
    """A fixed-width table: one row per category, then the micro average over all categories."""
    lines = [f"{'category':<20}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}", "-" * 59]
    tot = {"tp": 0, "fp": 0, "fn": 0}
    for cat, s in scores.items():
        lines.append(f"{cat:<20}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
        for k in tot:
            tot[k] += int(s[k])
    micro = _prf(tot["tp"], tot["fp"], tot["fn"])
    lines += ["-" * 59, f"{'micro':<20}{micro['precision']:>7.3f}{micro['recall']:>7.3f}{micro['f1']:>7.3f}{tot['tp']:>6}{tot['fp']:>6}{tot['fn']:>6}"]
    return "\n".join(lines)


# --- names ---------------------------------------------------------------------------------

def fold(text: str) -> str:
    """Lowercase ASCII words: accents folded, possessives and punctuation dropped, leading "the" removed."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"['’]s\b", "", t.replace("’", "'"))
    t = re.sub(r"[.']", "", t)
    t = " ".join(re.sub(r"[^a-z0-9]+", " ", t).split())
    return t[4:] if t.startswith("the ") else t


def translit_key(text: str) -> str:
    """A spelling-tolerant key: doubled letters (-yy/-y), -iak/-yak, Sergei/Sergey collapse."""
    t = fold(text)
    for a, b in (("kh", "h"), ("zh", "j"), ("ya", "ia"), ("yu", "iu"), ("yo", "io"), ("ie", "e"), ("y", "i"), ("w", "v"), ("ck", "k")):
        t = t.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", t)


def names_match(a: str, b: str) -> bool:
    """Whether two names denote the same string up to case, accents, punctuation and transliteration."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    ka, kb = translit_key(a), translit_key(b)
    return ka == kb or (min(len(ka), len(kb)) >= 5 and fuzz.ratio(ka, kb) >= 90)


def _role_words(role: str) -> frozenset[str]:
    t = fold(role).replace("adviser", "advisor").replace("defence", "defense")
    return frozenset(w for w in t.split() if w not in _STOP)


def role_match(a: str, b: str) -> bool:
    """Whether one role's word set contains the other's ("spokesman" ⊆ "Kremlin spokesman")."""
    wa, wb = _role_words(a), _role_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


@dataclass
class _Actor:
    name: str
    variants: list[str]
    person: bool = False
    roles: list[list[str]] = field(default_factory=list)


class _Lexicon:
    """The gold actors (persons and others) and how predicted names map onto them."""

    def __init__(self, gold: dict) -> None:
        self.actors: dict[str, _Actor] = {}
        for p in gold.get("persons", []):
            roles = [[r] if isinstance(r, str) else list(r) for r in p.get("roles", [])]
            self.actors[p["name"]] = _Actor(p["name"], [p["name"], *p.get("aliases", [])], True, roles)
        for group in gold.get("actors", []):
            self.actors.setdefault(group[0], _Actor(group[0], list(group)))
        last = defaultdict(list)
        for a in self.actors.values():
            if a.person:
                last[translit_key(a.name).split()[-1]].append(a.name)
        self.surnames = {k: v[0] for k, v in last.items() if len(v) == 1}
        self.ignored = [n for n in gold.get("ignore_persons", [])]

    def ref(self, ref: str | list[str]) -> _Actor:
        """The gold actor a gold field names: a list is inline variants, a string a known actor."""
        if isinstance(ref, list):
            hit = self.match(ref)
            return self.actors[hit] if hit else _Actor(ref[0], list(ref))
        if ref in self.actors:
            return self.actors[ref]
        hit = self.match([ref])
        return self.actors[hit] if hit else _Actor(ref, [ref])

    def match(self, names: Iterable[str], persons_only: bool = False) -> str | None:
        """The canonical gold name the given names denote, or None."""
        names = [n for n in names if n]
        best, best_rank = None, 0
        for a in self.actors.values():
            if persons_only and not a.person:
                continue
            rank = 0
            for n in names:
                for v in a.variants:
                    if fold(n) == fold(v):
                        rank = max(rank, 3)
                    elif names_match(n, v):
                        rank = max(rank, 2)
                if a.person and rank < 1 and self._surname(n) == a.name:
                    rank = 1
            if rank > best_rank:
                best, best_rank = a.name, rank
        return best

    def _surname(self, name: str) -> str | None:
        words = translit_key(name).split()
        if not words or words[-1] not in self.surnames:
            return None
        hit = self.surnames[words[-1]]
        first = translit_key(hit).split()[0]
        return hit if len(words) == 1 or words[0][0] == first[0] else None

    def is_ignored(self, names: Iterable[str]) -> bool:
        return any(names_match(n, i) for n in names for i in self.ignored)


def _side_names(lex: _Lexicon, side: str | list[str]) -> tuple[str, frozenset[str]]:
    """A gold delegation side's name and every name it accepts (each actor of an inline list)."""
    names = [lex.ref(v).name for v in side] if isinstance(side, list) else [lex.ref(side).name]
    return names[0], frozenset(names)


def _in_scope(g: dict, gold: dict) -> dict:
    """Only what the gold's articles say: persons they mention and events they report (a folder may hold
    more articles than the key covers). A key without an article list scores everything."""
    keys = {article_key(a) for a in gold.get("articles", {})}
    if not keys:
        return g
    events = [e for e in g["events"] if e.articles & keys]
    iris = {e.iri for e in events}
    return {**g, "persons": [p for p in g["persons"] if g["mentioned"].get(p, set()) & keys], "events": events,
            "delegations": [r for r in g["delegations"] if r.get("n") in iris]}


# --- categories ------------------------------------------------------------------------------

def _person_keys(g: dict, lex: _Lexicon) -> dict[str, tuple[object, str | None]]:
    """Predicted person IRI -> (persons key, gold name or None). The key is the gold name, or
    ("duplicate", iri) for a second entity of an already matched gold person, or ("unmatched", label)."""
    out: dict[str, tuple[object, str | None]] = {}
    claimed: set[str] = set()
    # entities whose canonical label matches come first, so they claim the gold person
    ranked = sorted(g["persons"], key=lambda p: (lex.match(g["names"].get(p, [])[:1], persons_only=True) is None, p))
    for p in ranked:
        ns = g["names"].get(p, [])
        if lex.is_ignored(ns):
            continue
        hit = lex.match(ns, persons_only=True)
        if hit is None:
            out[p] = (("unmatched", fold(ns[0]) if ns else p), None)
        else:
            out[p] = (("duplicate", p) if hit in claimed else hit, hit)
            claimed.add(hit)
    return out


def _canon(lex: _Lexicon, g: dict, iri: str) -> str:
    return lex.match(g["names"].get(iri, [])) or "?" + fold((g["names"].get(iri) or [iri])[0])


def _pair(preds: list[GraphEvent], golds: list[dict], ident: Callable, full: Callable) -> tuple[dict[int, GraphEvent], dict[int, GraphEvent]]:
    """Greedy one-to-one pairing: first on full agreement, then on identity alone among the rest."""
    order = sorted(range(len(golds)), key=lambda i: golds[i].get("date") is None)
    full_pairs: dict[int, GraphEvent] = {}
    used: set[str] = set()
    for i in order:
        for p in preds:
            if p.iri not in used and ident(p, golds[i]) and full(p, golds[i]):
                full_pairs[i] = p
                used.add(p.iri)
                break
    pairs = dict(full_pairs)
    for i in order:
        if i in pairs:
            continue
        for p in preds:
            if p.iri not in used and ident(p, golds[i]):
                pairs[i] = p
                used.add(p.iri)
                break
    return full_pairs, pairs


def evaluate(store_or_graph: object, gold: dict) -> dict[str, dict[str, float | int]]:
    """Per-category precision/recall/F1 of a built graph (Store, rdflib graph, URL or select callable)."""
    return evaluate_with_errors(store_or_graph, gold)[0]


def format_errors(errs: dict[str, list[str]]) -> str:
    """The error lines under a heading per category (categories without errors left out)."""
    return "\n".join(f"\n{cat}\n" + "\n".join(f"  {line}" for line in lines) for cat, lines in errs.items() if lines)


def _key_text(key: object) -> str:
    return " / ".join(map(str, key)) if isinstance(key, tuple) else str(key)


def _set_errors(predicted: set, gold: set, show: Callable[[object], str] = _key_text,
                order: Callable[[object], object] | None = str) -> list[str]:
    """One line per gold key missed and per predicted key the gold does not hold, in ``order`` (keys of mixed
    types sort by their text)."""
    return [f"missed: {show(k)}" for k in sorted(gold - predicted, key=order)] + \
        [f"extra: {show(k)}" for k in sorted(predicted - gold, key=order)]


def evaluate_with_errors(store_or_graph: object, gold: dict) -> tuple[dict[str, dict[str, float | int]], dict[str, list[str]]]:
    """The scores, and per category one line per gold item missed ("missed: …", with the nearest
    prediction when one agrees on identity but not on everything) and per prediction that fills
    nothing ("extra: …")."""
    g = _in_scope(read_graph(select_for(store_or_graph)), gold)
    lex = _Lexicon(gold)
    res: dict[str, dict[str, float | int]] = {}
    errs: dict[str, list[str]] = {}

    def scored(cat: str, predicted: set, gold_keys: set, show: Callable[[object], str] = _key_text,
               order: Callable[[object], object] | None = str) -> None:
        res[cat] = score(predicted, gold_keys)
        errs[cat] = _set_errors(predicted, gold_keys, show, order)

    pkeys = _person_keys(g, lex)
    scored("persons", {k for k, _ in pkeys.values()}, {p["name"] for p in gold.get("persons", [])})
    pred_alias = {(hit or ("?", p), fold(n)) for p, (_, hit) in pkeys.items() for n in g["names"].get(p, [])}
    gold_alias = {(p["name"], fold(n)) for p in gold.get("persons", []) for n in [p["name"], *p.get("aliases", [])]}
    scored("aliases", pred_alias, gold_alias)

    pred_roles: set = set()
    for p, (_, hit) in pkeys.items():
        for r in g["roles"].get(p, ()):
            if hit:
                slots = [j for j, alts in enumerate(lex.actors[hit].roles) if any(role_match(r, a) for a in alts)]
                pred_roles.add((hit, slots[0]) if slots else (hit, fold(r)))
            else:
                pred_roles.add((("?", p), fold(r)))
    scored("roles", pred_roles, {(p["name"], j) for p in gold.get("persons", []) for j in range(len(p.get("roles", [])))})

    # a gold side given as an inline list accepts any of its names: (representative, accepted names) per member
    gold_sides = {(lex.ref(m).name, d.get("date")): _side_names(lex, d["side"])
                  for d in gold.get("delegations", []) for m in d["members"]}
    pred_del = set()
    for r in g["delegations"]:
        member = lex.match(g["names"].get(r["member"], []), persons_only=True) or "?" + r["member"]
        side = _canon(lex, g, r["side"])
        first, accepted = gold_sides.get((member, r.get("date")), (side, ()))
        pred_del.add((first if side in accepted else side, member, r.get("date")))
    gold_del = {(side[0], member, when) for (member, when), side in gold_sides.items()}
    scored("delegation_members", pred_del, gold_del)

    def actors(ev: GraphEvent, *roles: str) -> set[str]:
        iris = set().union(*(ev.actors.get(r, set()) for r in roles))
        iris |= {a for i in iris for a in g["affiliations"].get(i, ())} if "participant" in roles else set()
        return {_canon(lex, g, i) for i in iris}

    def place_ok(ev: GraphEvent, alts: list[str] | None) -> bool:
        pn = [fold(n) for i in ev.actors.get("place", ()) for n in g["names"].get(i, [])]
        return not alts or not pn or any(a and (a in b or b in a) for b in pn for a in map(fold, alts))

    def in_articles(ev: GraphEvent, gd: dict) -> bool:
        return bool(ev.articles & {article_key(a) for a in gd.get("articles", [gd.get("article", "")])})

    def date_ok(ev: GraphEvent, gd: dict) -> bool:
        return ev.date_claim(gd.get("date")) == gd.get("date")

    def keys(actor: _Actor) -> set[str]:
        """How ``actors`` writes a predicted actor that is ``actor``: its canonical name when the key lists it,
        else "?" and a folded name (as ``_canon`` writes an actor the key does not know)."""
        return {actor.name} if actor.name in lex.actors else {"?" + fold(v) for v in actor.variants}

    def names(ref: str | list[str]) -> set[str]:
        """Every gold actor a field accepts: an inline list accepts any of its names."""
        if isinstance(ref, list):
            return keys(lex.ref(ref)).union(*(keys(lex.ref(r)) for r in ref))
        return keys(lex.ref(ref))

    def fills(ref: str | list[str] | None, ev: GraphEvent, *roles: str) -> bool:
        return ref is None or bool(names(ref) & actors(ev, *roles))

    idents = {
        "negotiations": lambda ev, gd: in_articles(ev, gd)
        and all(fills(s, ev, "participant", "side", "speaker", "addressee") for s in gd["sides"])
        and (gd.get("round") is None or not ev.rounds or ev.rounds == {str(gd["round"])}),
        "sanctions": lambda ev, gd: in_articles(ev, gd) and fills(gd["imposer"], ev, "imposer")
        and fills(gd.get("target"), ev, "target"),
        "statements": lambda ev, gd: in_articles(ev, gd) and fills(gd["speaker"], ev, "speaker"),
    }
    fulls = {
        "negotiations": lambda ev, gd: date_ok(ev, gd) and ev.status == gd.get("status", "held")
        and (gd.get("round") is None or ev.rounds == {str(gd["round"])}) and place_ok(ev, gd.get("place")),
        "sanctions": date_ok,
        "statements": date_ok,
    }
    pred_dates, gold_dates = set(), set()
    show = lambda ev: _show_event(ev, lambda i: _canon(lex, g, i))  # noqa: E731
    for cat in ("negotiations", "sanctions", "statements"):
        golds = gold.get(cat, [])
        preds = [e for e in g["events"] if e.kind == cat]
        full_pairs, pairs = _pair(preds, golds, idents[cat], fulls[cat])
        used = {p.iri for p in full_pairs.values()}
        res[cat] = score({(cat, i) for i in full_pairs} | {(cat, p.iri) for p in preds if p.iri not in used},
                         {(cat, i) for i in range(len(golds))})
        errs[cat] = [f"missed: {_show_gold(golds[i])}" + (f"  | nearest: {show(pairs[i])}" if i in pairs else "")
                     for i in range(len(golds)) if i not in full_pairs]
        near = {p.iri for p in pairs.values()}
        errs[cat] += [f"extra: {show(p)}" for p in preds if p.iri not in used and p.iri not in near]
        gold_dates |= {(cat, i, gd["date"]) for i, gd in enumerate(golds) if gd.get("date")}
        pred_dates |= {(cat, i, c) for i, p in pairs.items() if (c := p.date_claim(golds[i].get("date")))}
    scored("event_dates", pred_dates, gold_dates, lambda k: f"{k[2]} for {k[0]} item: {_show_gold(gold[k[0]][k[1]])}",
           order=None)  # (category, item, date): in item order
    return {c: res[c] for c in CATEGORIES}, {c: errs[c] for c in CATEGORIES}


def _show_gold(gd: dict) -> str:
    """One line for a gold event: its fields except notes and measures."""
    return ", ".join(f"{k}={v}" for k, v in gd.items() if k not in ("note", "measure") and v not in (None, []))


def _show_event(ev: GraphEvent, name: Callable[[str], str]) -> str:
    """One line for a predicted event: date (basis), status, round, actors by role, articles."""
    parts = [f"date={'|'.join(sorted(ev.dates)) or None} ({ev.basis})"]
    parts += [f"status={ev.status}"] if ev.status else []
    parts += [f"round={'|'.join(sorted(ev.rounds))}"] if ev.rounds else []
    parts += [f"{role}={sorted(name(i) for i in iris)}" for role, iris in sorted(ev.actors.items())]
    return ", ".join(parts + [f"articles={sorted(ev.articles)[:1]}"])


def load_gold(path: str | Path) -> dict:
    """A gold answer key read from JSON."""
    return json.loads(Path(path).read_text(encoding="utf-8"))
