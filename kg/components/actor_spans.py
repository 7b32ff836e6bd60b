"""``kg_actor_spans_v1``: widens a demonym into the non-state actor it begins.

Runs after the entity fixer. It first computes the new (start, end, label) spans, then writes ``doc.ents``:
  * a demonym followed by another state's demonym ("Ruritanian" + "Zemblans"; kg.gazetteer.community_of)
    becomes one NORP span, a community, which kg.mentions types as an organization (also when the model took
    the pair for a person: "Ruritanian Zemblans");
  * a demonym followed by non-state nouns ("Ruritanian opposition", "Ruritanian rebels", "the Ruritanian
    opposition coalition"; kg/data/non_state_words.txt) becomes one ORG span over them, so the actor is not
    taken for the state ("Ruritanian negotiators" keeps its NORP span and stays the state).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.components import lookups as gz  # kg.gazetteer, memoised

NAME = "kg_actor_spans_v1"
_WIDENED = frozenset({"NORP", "GPE"})


@Language.factory(NAME)
def make_actor_spans(nlp: Language, name: str) -> "ActorSpans":
    """Return the actor spans component."""
    return ActorSpans()


class ActorSpans:
    """Widens demonym spans into community and non-state actor spans; see the module docstring."""

    def __call__(self, doc: Doc) -> Doc:
        spans = self.compute(doc)
        doc.ents = filter_spans([Span(doc, s, e, label=lab) for s, e, lab in spans])
        return doc

    def compute(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Return the (start token, end token, label) spans of ``doc`` with the actors widened."""
        spans = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
        wide = [w for s, e, lab in spans if (lab in _WIDENED or gz.community_of(doc[s:e].text)) and (w := widen(doc, s, e))]
        covered = {i for a, b, _ in wide for i in range(a, b)}
        kept = [(s, e, lab) for s, e, lab in spans if not covered & set(range(s, e))]
        return sorted(kept + wide)


def widen(doc: Doc, s: int, e: int) -> tuple[int, int, str] | None:
    """The community or non-state actor span the demonym ``doc[s:e]`` begins, or None."""
    if e < len(doc) and doc[e].is_title and gz.community_of(doc[s : e + 1].text):
        e += 1  # "Ruritanian" + "Zemblan"
    community = gz.community_of(doc[s:e].text)
    if not community and not gz.country_of_demonym(doc[s:e].text):
        return None
    nouns = gz.data_words("non_state_words.txt")
    end = e
    while end < len(doc) and doc[end].lower_ in nouns and doc[end].pos_ not in ("VERB", "AUX"):
        end += 1  # "opposition", "opposition coalition", "militias"
    if end > e:
        return (s, end, "ORG")
    return (s, e, "NORP") if community else None
