"""Sanction classes found on blind44 (session 14): a bloc's release that lists its targets as "Name – description"
lines under "Among those listed today are:" (the cleaning having taken the bullets off) and speaks of its issuer as
"the Council"; a firm "involved in the re-export of sanctioned goods" to a state, which is no measure of the state
its address names.

Every sentence is our own, with invented names (real states, cities and bodies only); drafts are read by the full
pipeline.
"""
from __future__ import annotations

import pytest

from tests.test_sanction11 import _read, nlp  # noqa: F401 - the module's spaCy fixture

_RELEASE = """Council of the European Union

Press release

{state}: EU lists further persons and entities

The Council today adopted restrictive measures against {state} over its support for the war.

In addition, the Council decided to impose restrictive measures on 12 individuals and 9 entities. The listed persons are subject to an asset freeze. Among those listed today are:

{p1} – deputy director of the state arms export agency, responsible for deliveries of drones.

{p2} – general director of {f1}, a supplier of machine parts to the army.

{f1} – company supplying machine tools to the military-industrial complex.

{f2} – company based in the United Arab Emirates involved in the re-export of sanctioned goods to {state}.

The relevant legal acts have been published in the Official Journal of the EU.
"""


@pytest.mark.parametrize("state, p1, p2, f1, f2", [
    ("Belarus", "Anton Sergeyevich KORZUN", "Marina Petrovna LOBACH", "Minskprompribor JSC", "Gulf Crest Freight FZE"),
    ("Iran", "Reza Ali MORADI", "Shirin Hassan TAVAKOLI", "Parsian Machine Tools PJSC", "Desert Line Trading FZE"),
])
def test_sanction_dash_list_of_a_council_release(nlp, state, p1, p2, f1, f2) -> None:
    """Each "Name – description" line is a target of the Council's measure, the EU's (the header names it); the
    state a listed firm is based in imposes nothing."""
    drafts = _read(nlp, _RELEASE.format(state=state, p1=p1, p2=p2, f1=f1, f2=f2))
    assert {d.imposer for d in drafts} == {"European Union"}
    targets = {d.target for d in drafts}
    assert {p1, p2, f1, f2} <= targets, targets
