"""Negotiations of session 13: a session the text says the sides "last" held ("the delegations last met on 2 May in
Minsk") is a session before the news, which the article's undated reports of today's talks do not join. Sentences
and names of our own, read by the full pipeline."""
from __future__ import annotations

from datetime import date

from tests.test_statement12 import _read, nlp  # noqa: F401 - nlp is a fixture

_REPORT = date(2023, 6, 20)


def test_negotiation_last_session_is_not_the_news(nlp) -> None:  # noqa: ANN001
    text = ("Ruritanian and Zemblan negotiators hold talks in Valletta\n\nThe delegations have arrived at the Auberge "
            "de Castille. The two delegations last met on 2 May in Minsk, in the fourth of their rounds there. "
            "Ruritania's team is led by Ivo Maric and includes Lena Horvat.\n\nThe talks broke up after three hours, "
            "officials said.\n")
    held = [d for d in _read(nlp, text, "Negotiation", _REPORT) if d.status == "held"]
    assert any(d.date == _REPORT for d in held)
    assert all(d.date == date(2023, 5, 2) for d in held if d.place == "Minsk")
    assert not any(d.date == date(2023, 5, 2) and d.members for d in held)
