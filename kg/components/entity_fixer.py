"""``kg_entity_fixer_v1`` (spaCy forbids dots in factory names): repairs the model's entity spans.

It first computes a new list of (start, end, label) token spans, then writes it to ``doc.ents``:
  * spans are cut at line breaks, and lose leading "the"/titles and trailing punctuation/possessives;
  * a span that is wholly a gazetteer place becomes GPE/LOC (the small model tags some cities as PERSON);
    a demonym becomes NORP; an all-caps acronym GPE unknown to the gazetteer becomes ORG ("EU");
  * a PERSON span starting with a place or demonym is split ("Chile Gabriel Boric");
  * lists of places tagged as one span ("Lviv, Odesa,") become one span per place;
  * a span equal to the last two or more words of a longer person's name becomes PERSON, also once context or the
    name's edges made that name a person's ("lawmaker Jane Roe-Doe" tagged ORG, then "Roe-Doe said");
  * a one-token span (or untagged proper noun) equal to the surname of a person named elsewhere in
    the doc becomes PERSON, and so does an untagged run of 2-3 capitalised words where a name goes
    ("his special envoy, Jane Doe");
    a title-case ORG right after a role word ("lawmaker Jane Doe") becomes PERSON;
  * ORG spans made only of title words ("Defense" in "Defense Minister X") are dropped;
  * a PERSON cut short by the model takes the untagged capitalised name word after it
    ("Jane Abdel" + "Doe");
  * an ORG/GPE that looks like a name becomes PERSON also when a role and a comma come before it
    ("its chief engineer, Jane Doe") or a person follows it ("X and Jane Doe");
  * a PERSON that takes a definite article ("the Xs", "on the X", "at the X Pavilion") is no person, nor any other
    mention of it that is not a name part of a person (a group "the Xs" becomes ORG, else LOC); nor is the short
    name of a company named in the doc ("X Y" of "X Y Fuel Co. Ltd."), an ORG; nor a name after a place's possessive
    that a preposition of place opens ("in Xtown's Grand Y"), a LOC;
  * a PERSON right after "<role> of" is a portfolio ("Secretary of Coastal Affairs"), an ORG;
  * the capitalised name words after a courtesy title ("Ms", "Mr.") are one PERSON, whatever the model
    tagged them ("Ms Doe" as GPE, "Ms. Jane" + "Roe Doe" as two persons);
  * honorifics ("Ato", "Mullah", "Tan Sri"; kg/data/name_honorifics.txt) and abbreviated titles leading a PERSON
    are cut;
  * a PERSON in capitals ("JANE DOE", a heading) or opening with a record's field ("Gender Female") is dropped; one
    ending in a company suffix ("Co", "S.A.") or called a body by an apposition (", an umbrella group") is ORG;
  * a one-word PERSON something is said or posted on ("wrote on Zorbl") is a platform, ORG; a PERSON in quotes
    that gives the nickname of the person before it ('Jane Doe, known as "Big Jane",') is dropped;
  * a PERSON takes back an unfamiliar given name the model left after a rank ("Major General | Jane | Doe") or after
    a comma or "and", the words that lead a Balinese name ("I Wayan | Jane Doe"; kg/data/name_prefixes.txt) and the
    words before it that end a longer name in the doc with it ("Van | Dam" after "Jane van Dam"), and
    a one-word unknown place after an untagged given name, where a name goes, is that name's surname;
  * a name with a middle initial ending an ORG ("Export Control Jane Q. Doe") is a PERSON; a place and a
    name in one span are cut at the comma ("Malta, Jane Doe"); a PERSON ending in "Township", "District"… is LOC;
  * a name a designation record writes family name first or last, in capitals, is one PERSON ("1. DOE, Jane Roe;
    DOB", "1. Jane Roe DOE. DOB"), and
    so is a name with a nickname in quotes inside it ('Jane "La Roja" Doe');
  * an untagged word that repeats a one-word place tagged elsewhere in the doc is that place (GPE);
  * an ORG takes back the one-word possessor the model left before it ("the Lord's | Liberation Army") and drops
    the lowercase kind of body after it ("the ruling X party" -> "X");
  * a title that is also a given name right after a lowercase role noun stays in the name ("presidency member
    Emir X"; kg/data/title_given_names.txt); a plural ending a portfolio ("Minister for Foreign Affairs") starts
    no name; a given name the model left after a verb or preposition ("included Jane | Roe Doe") or took for a
    place no gazetteer knows ("Jane (GPE) | Roe Doe") joins the name;
  * a transcript's label names a speaker in capitals after a title ("PRESS SECRETARY JANE ROE:"), a PERSON; a
    group of states written with a plus ("P5+1", "5+5 Joint Military Commission") is an ORG, and so is a body
    "<noun> for/on <field> in <continent>" with its continent;
  * each numbered item under a line announcing people ("The delegation was composed of:") names a PERSON after its
    titles ("2. General (retired) Jane Roe Doe"; ``list_names``), which the chrome filter keeps though its line is
    as short as a byline.

The rules live beside this module: ``span_relabel`` (one span at a time), ``names_in_context`` (persons named
elsewhere in the doc), ``name_edges`` (where a name starts and ends), ``non_persons`` (PERSON spans that are none),
with ``place_labels``, ``person_cues`` and ``roles`` as the words and tests they share.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.components.name_edges import (
    after_courtesy,
    join_split_names,
    name_end,
    quoted_nicknames,
    name_start,
    particle_ends,
    record_names,
    roster_names,
    with_name_prefixes,
    with_name_tails,
    without_honorifics,
)
from kg.components.group_names import plus_groups, regional_bodies, untagged_groups
from kg.components.list_names import list_names
from kg.components.names_in_context import persons_from_context, places_from_context, repeated_names
from kg.components.non_persons import (articled_names, company_short_names, nicknames, places_of_places, platforms,
                                       portfolios, without_headings)
from kg.components.person_cues import Ent, covered
from kg.components.place_labels import comma_pieces
from kg.components.span_relabel import relabel, trimmed
from kg.components.transcript_names import transcript_names

NAME = "kg_entity_fixer_v1"


@Language.factory(NAME)
def make_entity_fixer(nlp: Language, name: str) -> "EntityFixer":
    """Return the entity fixer component."""
    return EntityFixer()


class EntityFixer:
    """Relabels, splits, trims and drops entity spans; see the module docstring."""

    def __call__(self, doc: Doc) -> Doc:
        spans = self.compute(doc)
        doc.ents = filter_spans([Span(doc, s, e, label=lab) for s, e, lab in spans])
        return doc

    def compute(self, doc: Doc) -> list[Ent]:
        """Return the repaired (start token, end token, label) spans for ``doc``."""
        out: list[Ent] = []
        for ent in doc.ents:
            for s, e in comma_pieces(doc, trimmed(doc, ent.start, ent.end), ent.label_):
                out.extend(relabel(doc, s, e, ent.label_))
        out = without_headings(doc, out)
        out = quoted_nicknames(doc, [(s, name_end(doc, s, e) if lab == "PERSON" else e, lab) for s, e, lab in out])
        taken = covered(out)
        out = [(name_start(doc, s, e, taken) if lab == "PERSON" else s, e, lab) for s, e, lab in out]
        out = persons_from_context(doc, out)
        taken = covered(out)
        out = [(s, name_end(doc, s, e) if lab == "PERSON" and e not in taken else e, lab) for s, e, lab in out]
        out = repeated_names(doc, out)
        out = join_split_names(doc, particle_ends(doc, out))
        out = with_name_tails(doc, with_name_prefixes(doc, after_courtesy(doc, out)))
        out = company_short_names(doc, places_of_places(doc, articled_names(doc, platforms(doc, nicknames(doc, out)))))
        out = record_names(doc, roster_names(doc, without_honorifics(doc, out)))
        out = list_names(doc, transcript_names(doc, portfolios(doc, places_from_context(doc, out))))
        return untagged_groups(doc, regional_bodies(doc, plus_groups(doc, out)))
