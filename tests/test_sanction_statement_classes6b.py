"""Statement classes of session 6, second round: a date right after "said" that the parse hung on an open clause
("which said on Saturday it would ..."), a capitalised title with "the" ("the Foreign Secretary said") for the one
person who holds it, "Opening the talks, X said" on the day the story gives the talks, "said the day before the
council met" counted back from the day the story gives that act, and "the mediators" / "the facilitators" / "the
co-chairs" speaking for the bodies the article names in that role.

Every sentence is our own, with invented names (real states and cities only); mentions are made by hand from the
model's entities (``tests.test_events.read``).
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_statement_names import voice
from tests.test_events import MON, nlp, read  # noqa: F401 - nlp is a fixture

__all__ = ["nlp"]


def _statements(nlp, text: str, roles=None) -> dict[str, date]:
    return {d.speaker: d.date for d in read(nlp, text, kind="Statement", roles=roles)}


@pytest.mark.parametrize("text, speaker, when", [
    ("Norway's foreign ministry, which said on Saturday it would \"support any inclusive process\", has not "
     "commented further.", "Norway", date(2022, 2, 26)),
    ("Kenya's foreign ministry, which said on Friday it would \"back the mediation\", declined to go further.",
     "Kenya", date(2022, 2, 25)),
])
def test_date_after_said_hung_on_an_open_clause(nlp, text, speaker, when):
    """"which said on Saturday it would ...": the date right after the verb dates the saying, wherever the parse
    hangs it."""
    assert _statements(nlp, text).get(speaker) == when


@pytest.mark.parametrize("text, roles, speaker, when", [
    ("A delegation of Uganda visited Nairobi yesterday for the second round of talks on border management.\n\n"
     "The Kenyan delegation was led by Foreign Secretary John Mbugua Ndirangu.\n\n"
     "The talks were held against the backdrop of a clash at the Busia crossing on Wednesday night.\n\n"
     "Opening the talks, the Foreign Secretary said that border management was in the interest of both countries.",
     {"John Mbugua Ndirangu": "foreign secretary"}, "John Mbugua Ndirangu", date(2022, 2, 27)),
    ("Envoys of Chad and Sudan met in Doha on Saturday for a first session of talks on the border.\n\n"
     "The Chadian side was headed by Interior Minister Mahamat Saleh Abakar.\n\n"
     "Closing the session, the Interior Minister said both sides had agreed to meet again.",
     {"Mahamat Saleh Abakar": "interior minister"}, "Mahamat Saleh Abakar", date(2022, 2, 26)),
])
def test_title_with_the_opening_the_talks(nlp, text, roles, speaker, when):
    """"the Foreign Secretary said" is the one person named with that title before, though the model takes the
    capitalised title for a name; "Opening the talks" dates the act on the day the story's lead gives the talks,
    not a date of an earlier sentence about something else."""
    assert _statements(nlp, text, roles).get(speaker) == when


@pytest.mark.parametrize("text, speaker, when", [
    ("The African Union's Peace and Security Council on Saturday imposed travel bans on four officials.\n\n"
     "Tanzanian Defence Minister Peter Mwakyusa, who leads the mediation, said in Dodoma the day before the "
     "council met that the dialogue would resume in the coming weeks.",
     "Peter Mwakyusa", date(2022, 2, 25)),
    ("The summit opened in Addis Ababa on Thursday.\n\n"
     "Somali Foreign Minister Amina Warsame Hiloowe told reporters two days before the summit opened that no deal "
     "was possible.",
     "Amina Warsame Hiloowe", date(2022, 2, 22)),
])
def test_said_a_day_before_an_act_the_story_dated(nlp, text, speaker, when):
    """"said the day before the council met": counted back from the date the story gave that act (its verb, else
    its subject: "the council on Saturday imposed ...")."""
    assert _statements(nlp, text).get(speaker) == when


@pytest.mark.parametrize("text, speakers", [
    ("Talks between the government and the rebels, mediated by the Vantaa Peace Foundation, ended on Sunday.\n\n"
     "The two delegations will meet again in Helsinki on March 15, the mediators said.",
     {"Vantaa Peace Foundation"}),
    ("The two delegations will meet again in Helsinki on March 15 to sign it, the Finnish facilitators announced.\n\n"
     "The talks are facilitated by the Nordic Dialogue Centre, a Helsinki-based conflict-resolution group.",
     {"Nordic Dialogue Centre"}),
])
def test_mediators_speak_for_the_mediating_body(nlp, text, speakers):
    """"the mediators said", "the Finnish facilitators announced": the body the article names in that role, before
    or after."""
    assert speakers <= set(_statements(nlp, text))


def test_co_chairs_speak_together(nlp):
    """"the co-chairs said" after "under the co-chairmanship of X, Y and Z": one statement of all three."""
    text = ("The round was held in Geneva yesterday under the co-chairmanship of the European Union, the United "
            "Nations and the OSCE.\n\n"
            "In a joint press communiqué, the co-chairs said the discussions had been \"frank\".")
    drafts = read(nlp, text, kind="Statement")
    assert [set(d.participants) for d in drafts] == [{"European Union", "United Nations", "OSCE"}]


def test_bare_mediators_are_unnamed(nlp):
    """"..., mediators said" without "the": unnamed sources, no statement."""
    text = ("Talks between the government and the rebels, mediated by the Vantaa Peace Foundation, ended on "
            "Sunday with an agreement to extend the truce, mediators said.")
    assert "Vantaa Peace Foundation" not in _statements(nlp, text)


@pytest.mark.parametrize("text, surname", [
    ("\"The leaders have made real progress, but they need more time to reflect,\" the UN secretary-general's "
     "special adviser on Cyprus, Peter Kariuki, told reporters at the hotel.", "Kariuki"),
    ("\"We are not there yet, but the gap is narrowing,\" the African Union's special envoy for the Sahel, Hamisi "
     "Juma, told journalists in Bamako.", "Juma"),
])
def test_quote_then_a_long_title_and_the_name(nlp, text, surname):
    """'"...," the UN's special adviser on X, Eva Lind, told reporters': the name set off before the verb speaks,
    though the parse ran the title into the quoted clause."""
    assert any(s.endswith(surname) for s in _statements(nlp, text))


@pytest.mark.parametrize("text, speaker", [
    ("A spokeswoman for Global Affairs Canada, Julie Tremblay-Roy, told the Monitor in an email on Friday "
     "that Ottawa was \"coordinating closely\" with its partners.", "Tremblay-Roy"),
    ("A spokesman for the Dutch foreign ministry, Pieter van Dijk-Hoekstra, told reporters that the Netherlands "
     "would back the listings.", "Dijk-Hoekstra"),
])
def test_hyphenated_name_set_off_after_a_title(nlp, text, speaker):
    """"A spokeswoman for X, Eva Lind-Moreno, told ...": the hyphenated name set off after the title speaks."""
    assert any(s.endswith(speaker) for s in _statements(nlp, text))


@pytest.mark.parametrize("text, target, when", [
    ("Today, the U.S. Treasury imposed sanctions on two shipping agents in Dubai.\n\n"
     "Today's action builds on OFAC's designation on March 26, 2020 of Harbour Crest Logistics Co., an Iran-based "
     "shipping agent that previously employed the two.", "Harbour Crest Logistics Co.", date(2020, 3, 26)),
    ("Britain on Monday sanctioned three Belarusian officials.\n\n"
     "The move follows the Foreign Office's designation on 4 May 2021 of Blue Delta Trading LLC, a potash broker.",
     "Blue Delta Trading LLC", date(2021, 5, 4)),
])
def test_dated_designation_noun_of_an_earlier_measure(nlp, text, target, when):
    """"X's designation on March 26, 2020 of Y": the earlier listing on its own day, though the model runs the date
    into the name after it."""
    drafts = {d.target: d.date for d in read(nlp, text, kind="Sanction")}
    assert drafts.get(target) == when


@pytest.mark.parametrize("text, voice_", [
    ("Canada on Monday imposed sanctions on six Haitian officials.\n\n"
     "Canada urged the authorities to hold free elections.\n\n"
     "Global Affairs Canada said the measures were taken \"in solidarity with our partners\".", "Canada"),
    ("\"Those who intimidate judges will be held to account,\" the Council of the European Union said in a "
     "statement.\n\n"
     "The European Union urged the authorities in Moldova to release all those detained.", "European Union"),
])
def test_bodies_of_one_state_or_bloc_speak_as_it_on_one_day(nlp, text, voice_):
    """A body that acts for a state or bloc ("Global Affairs Canada", "the Council of the European Union") speaking
    on the day its state or a sister body does: one statement, in the state's or bloc's name."""
    drafts = read(nlp, text, kind="Statement")
    assert len({d.text for d in drafts}) == 1 and len({d.speaker for d in drafts}) == 1
    assert {voice(d.speaker) for d in drafts} == {voice_}


def test_a_state_ministry_keeps_its_own_voice(nlp):
    """"X's Defence Ministry said" beside X's own statement is no body of ``sanction_bodies.tsv``: it keeps its name."""
    text = ("Russia said on Monday it would open humanitarian corridors.\n\n"
            "Separately, shelling continued in the east.\n\n"
            "Russia's Defense Ministry said it had agreed to hold fire near the city.")
    assert "Russia's Defense Ministry" in {d.speaker for d in read(nlp, text, kind="Statement", published=MON)}


@pytest.mark.parametrize("speakers, voice_", [
    (["Foreign Affairs Council", "Council", "Council"], "European Union"),
    (["State Secretariat for Economic Affairs", "Federal Council"], "Switzerland"),
])
def test_bare_body_speaks_with_the_voice_of_its_full_name(speakers, voice_):
    """"the Council" beside "the Foreign Affairs Council" on one day: the bloc the full name acts for; one text."""
    from kg.events_statement_merge import one_per_day
    from kg.model import EventDraft, Evidence

    drafts = [EventDraft(kind="Statement", evidence=Evidence("a1", f"s{i}", i, i + 1), date=MON, date_basis="article",
                         speaker=s, text=f"text {i}", participants=(s,)) for i, s in enumerate(speakers)]
    out = one_per_day(drafts)
    assert {d.speaker for d in out} == {voice_} and len({d.text for d in out}) == 1
