"""Statements in session 9: a name given with its own acronym, and a bare acronym, are not a longer organization
named before; a short name the model took for a place is the organization it shortens; "the same day" in a
sentence without a date is the day of the sentence before; a transcript's label with a courtesy title ("MR LIND:")
names the briefer given in full above; 'called the outcome "solid"' is a statement; "a charge Paris denied" is the
denier's statement."""
from __future__ import annotations

import pytest
import spacy

from tests.test_events import MON
from tests.test_statement8 import FRI, SAT, SUN, nlp, said  # noqa: F401 - nlp is a fixture


def speakers(nlp: spacy.Language, text: str) -> set[str]:
    """The speakers of the statements read from ``text``."""
    return {s for s, _, _ in said(nlp, text)}


@pytest.mark.parametrize("text, speaker, longer", [
    ("Host minister Ana Ribeiro, who chaired the summit on behalf of the Economic Community of Central African States "
     "(ECCAS), said on Saturday that the accord was a victory. The Central African Economic Community (CEMAC) said "
     "in a statement on Sunday that it welcomed the outcome.", "Central African Economic Community",
     "Economic Community of Central African States"),
    ("Talks were chaired by the Organization of American States (OAS). The OAS Special Envoy for Haiti, Pablo Serra, "
     "said on Friday that progress was slow.\n\nThe parties will meet again in March, the OAS said in a statement.",
     "Organization of American States", "OAS Special Envoy"),
    ("The Council of the Baltic Sea States (CBSS) hosted the round. The Baltic Council (BALTCO) said on Sunday that it "
     "backed the deal.", "Baltic Council", "Council of the Baltic Sea States"),
])
def test_statement_name_with_own_acronym_is_not_a_longer_organization(nlp, text, speaker, longer):
    """"The Caribbean Community (CARICOM) said" after "the Community of Latin American and Caribbean States", "the
    OSCE said" after "the OSCE Special Representative": each speaks as itself."""
    got = speakers(nlp, text)
    assert speaker in got and longer not in got


@pytest.mark.parametrize("text, speaker, when", [
    ("The delegations of Morocco and the Polisario Front left Geneva on Friday. The Polisario, for its part, said in "
     "a statement on Saturday that Rabat had come to talk about everything else.", "Polisario Front", SAT),
    ("Negotiators of the government and the Karen National Union met in Yangon on Friday. The Karen, for their part, "
     "said in a statement on Saturday that the army had to withdraw.", "Karen National Union", SAT),
    ("Envoys of Sudan and the Darfur Liberation Movement met in Doha on Friday. The Darfur, for its part, said on "
     "Sunday that the ceasefire had held.", "Darfur Liberation Movement", SUN),
])
def test_statement_short_name_the_model_took_for_a_place_is_the_organization(nlp, text, speaker, when):
    """"The Polisario said" after "the Polisario Front", whatever type the model gave the short name."""
    assert (speaker, when, "stated") in said(nlp, text)


@pytest.mark.parametrize("text, speaker, when", [
    ("The Polisario Front said in a statement on Saturday that Rabat had come to talk. Sidi Ahmed told the Algerian "
     "news agency APS the same day that the front would not accept the plan.", "Sidi Ahmed", SAT),
    ("Kenya's foreign ministry said on Friday that the border would reopen. Ethiopian envoy Dawit Alemu told the state "
     "broadcaster the same day that Addis Ababa agreed.", "Dawit Alemu", FRI),
    ("Serbian President Luka Petrovic rejected the plan on Sunday. Kosovo's prime minister, Arben Krasniqi, told "
     "reporters that day that the plan was dead.", "Arben Krasniqi", SUN),
])
def test_statement_the_same_day_is_the_day_of_the_sentence_before(nlp, text, speaker, when):
    """"... said on Saturday. Y told APS the same day": Saturday, not the article's day."""
    assert (speaker, when, "stated") in said(nlp, text)


@pytest.mark.parametrize("text, speaker", [
    ("Department Press Briefing\n\nEva Lindholm, Deputy Department Spokesperson\n\nMS LINDHOLM: Good afternoon. We "
     "welcome the release of the prisoners.\n\nQUESTION: Any contact with Caracas?\n\nMS LINDHOLM: We remain in "
     "touch with both sides.", "Eva Lindholm"),
    ("Press Briefing\n\nChidi Okafor, Spokesman\n\nMR. OKAFOR: Good morning. The talks in Abuja will resume next "
     "week.\n\nQUESTION: Where?\n\nMR. OKAFOR: In Abuja.", "Chidi Okafor"),
    ("Regular Press Conference\n\nKenji Nakamura, Press Secretary\n\nMR NAKAMURA: Japan condemns the launch. We have "
     "lodged a protest.\n\nQUESTION: Through which channel?\n\nMR NAKAMURA: Through the embassy in Beijing.",
     "Kenji Nakamura"),
])
def test_statement_transcript_label_with_courtesy_title_names_the_briefer(nlp, text, speaker):
    """"MR WHITCOMBE:" below "Daniel Whitcombe, Deputy Department Spokesperson": his answers, though the model
    tagged no person in the heading."""
    assert (speaker, MON, "article") in said(nlp, text)


@pytest.mark.parametrize("text, speaker, when", [
    ("The African Union envoy, Amara Diallo, on Saturday called the agreement \"a turning point\".", "Amara Diallo",
     SAT),
    ("Chilean Foreign Minister Pablo Rojas on Sunday called the ruling “a historic step”.", "Pablo Rojas", SUN),
    ("The UN mediator in Yemen, Lars Holm, on Friday called the outcome \"solid, practical and overdue\".", "Lars Holm",
     FRI),
])
def test_statement_called_the_outcome_a_quote_is_a_statement(nlp, text, speaker, when):
    """'X called the outcome "solid, practical and overdue"': what X called it is a statement."""
    assert (speaker, when, "stated") in said(nlp, text)


def test_statement_calling_a_meeting_is_no_statement(nlp):
    assert said(nlp, "Eva Lind called a meeting on Monday.") == set()


@pytest.mark.parametrize("text, speaker", [
    ("Mali accused Algeria of harbouring the rebels, an accusation Algiers denied.", "Algeria"),
    ("Azerbaijan accused Armenia of shelling its positions, an accusation Yerevan denies.", "Armenia"),
    ("The junta's spokesman, Colonel Amadou Sanogo, accused Algeria of backing the rebels, a charge Algiers denied.",
     "Algeria"),
])
def test_statement_a_charge_the_accused_denied_is_their_statement(nlp, text, speaker):
    """"accused France of backing ECOWAS, a charge Paris denied": France denied it (no day given)."""
    assert speaker in speakers(nlp, text)
