"""Events read from articles: per-article drafts (``find_events``) and the cross-article merge (``merge_events``).

Negotiations (rounds of talks, meetings, with delegations), sanctions and statements are read from the
parse with lexicons in ``kg/data``; ``merge_events`` maps surface forms to entity keys and merges the
drafts that report the same event.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.events_common import MentionIndex
from kg.events_merge import Lookup, merge_events
from kg.events_negotiation import find_negotiations
from kg.events_sanction import find_sanctions
from kg.events_statement import find_statements
from kg.model import CleanArticle, EventDraft, Mention


def find_events(doc: Doc, mentions: Sequence[Mention], article: CleanArticle) -> list[EventDraft]:
    """Every event draft one article reports: negotiations, sanctions and statements, in that order."""
    index = MentionIndex(doc, mentions)
    return find_negotiations(doc, index, article) + find_sanctions(doc, index, article) + find_statements(
        doc, index, article)


__all__ = ["Lookup", "find_events", "merge_events"]
