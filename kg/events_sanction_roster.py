"""The list of designations a sanctions release ends with: one target a line.

Releases list what they designate in registry form under a line that announces them ("Identifying
information on the entities and individuals designated today:", "The following persons are subject to an
asset freeze:", a heading in capitals "LIST OF DESIGNATIONS"), each item a person ("1. SURNAME, Given Names;
DOB …; POB …") or a firm ("2. FIRM NAME (a.k.a. …), address …", "3. Given Surname, title …"). Each item is a
target of the release's own measure: its imposer and day are those of the first measure the release reports.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from kg.components.roles import role_words
from kg.events_common import MentionIndex
from kg.events_lexicon import state_of
from kg.events_lexicon import words as word_list
from kg.events_sanction_targets import suffixes
from kg.gazetteer import data_words, norm
from kg.mentions_records import ROLE_LABELS
from kg.model import EventDraft

#: A list item: "1. X", "(2) X", "3) X", "- X", "• X".
_ITEM = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|\(\d{1,3}\)|[-•*–])[ \t]+(\S.*)$")
#: A section heading between the announcing line and the items ("ENTITIES", "Individuals:", "A. Persons",
#: "Entities and property").
_HEADING = re.compile(r"^[ \t]*(?:[A-Z][A-Z ]{2,30}|(?:[A-Z]\.[ \t]+)?[A-Z][a-z]+(?: [a-z]+)?(?: and [a-z]+)?:?)[ \t]*$")
#: Words of a line that announces the targets listed after it.
_ANNOUNCES = re.compile(r"\b(?:designat\w*|sanction\w*|listed|list\s+of|subject\s+to|asset\s+freezes?|travel\s+bans?|"
                        r"entry\s+bans?|restrictive\s+measures|identifying\s+information|blocked|frozen|banned|"
                        r"added\s+to\s+(?:the\s+)?(?:list|annex)|annex(?:es)?)\b", re.I)  # a release's "ANNEX" heading
#: "SURNAME, Given Names; …": a person in registry form (the surname in capitals first).
_REGISTRY_PERSON = re.compile(r"^([A-Z][A-Z'’ -]+[A-Z]),[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)[ \t]*(?:[;(,]|$)")


def _registry_person(item: str) -> re.Match[str] | None:
    """The match of an item that gives a person in registry form ("SURNAME, Given Names; …"; not "FIRM LLC, City",
    nor a ship "NAME, Crude Oil Tanker, IMO 1234567")."""
    person = None if _vessel(item) else _REGISTRY_PERSON.match(item)
    firm = suffixes() | word_list("org_words.txt")  # "FIRM LLC, City", "X INTERNATIONAL BANK, City"
    return person if person and not set(re.split(r"[\s-]+", person.group(1).lower())) & firm else None


#: A ship's entry: its IMO number, or its kind in brackets ("…, IMO 9182837, Liberia flag (vessel)").
_VESSEL = re.compile(r"\bIMO(?:\s+(?:No\.?|number))?[:\s]*\d{7}\b|\(vessel\)|^(?:M/[YVT]|MV|MT|SS)\s+[A-Z]")


def _vessel(item: str) -> bool:
    """True for an item that lists a ship (an IMO number, "(vessel)", a prefix "M/Y", "MV"), whose name is a name by
    the form of the entry."""
    return bool(_VESSEL.search(item))


def _firm(name: str) -> bool:
    """True for a capitalized name that ends in a company's legal form or an organization's noun ("Acme-Invest OJSC",
    "ACME LTD.", "NORTHERN TRUST BANK"), or opens with its legal form ("OJSC Acme-Trans", "JSC 558 Repair Plant")."""
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() or w.isdigit() for w in words) and (
        words[-1].lower().replace(".", "") in suffixes() | word_list("org_words.txt")
        or words[0].lower().replace(".", "") in suffixes())  # "OJSC Acme-Trans": the legal form first


#: What a registry entry's closing bracket may say it is ("(vessel)", "(entity)"): no short name.
_KIND_TAGS = {"vessel", "entity", "individual", "aircraft"}
#: The bracketed short names of an item ("(a.k.a. VT BANK; f.k.a. …)", "(FMG)").
_BRACKET = re.compile(r"\(([^()]*)\)")


def roster_lines(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, item text, start of the announcing line) of each line of a list that a line announcing
    designations opens."""
    out: list[tuple[int, int, str, int]] = []
    opener = -1
    count: int | None = None  # the number of the last numbered item
    marked = False  # the list has numbered or bulleted items: a line without a marker ends it ("Notes to editors")
    last = ""  # what the last line with words was in a numbered list: "item", "field" (or "")
    pos = 0
    for line in text.splitlines(keepends=True):
        start, body = pos, line.rstrip("\n")
        pos += len(line)
        item = _ITEM.match(body)
        number = _number(body) if item else None
        if item and body.rstrip().endswith(":") and _ANNOUNCES.search(body):
            opener, marked, last, count = start, False, "", None  # "2. The persons designated today are as
            continue  # follows:" (a numbered paragraph of the release) opens the list below it
        if item and opener >= 0 and number is not None and count is not None and number not in (count + 1, 1):
            opener = -1  # "3. On April 29, ..." after item 6: the release's own numbered paragraphs again (a
            # section may number its items from 1 again: "Persons" 1-4, "Entities" 1-3)
        if item and opener >= 0:
            count = number
            out.append((start, start + len(body), item.group(1).strip(), opener))
            marked, last = True, "item"
        elif not body.strip():
            continue  # blank lines keep the list open
        elif marked and opener >= 0 and last and (_item_field(body) or last == "item" and _item_note(body)):
            # "Date of birth: 12.3.1971", "Function: Deputy Minister …" under an item, or its one-line description
            # ("State enterprise providing air navigation services."), also a paragraph of their own: that item's
            a, _, item_text, o = out[-1]
            out[-1] = (a, start + len(body), f"{item_text.rstrip('.')}. {body.strip()}", o)
            last = "field"
        elif opener >= 0 and _HEADING.match(body):
            last = ""
            continue  # section headings ("ENTITIES") keep the list open
        elif opener >= 0 and not marked and (_BARE_ITEM.match(_ABBREVIATION.sub(r"\1", body))
                                             or _DASH_ITEM.match(body)):
            # a bulleted item the cleaning took the bullet off ("A B", "A B – director of X.")
            out.append((start, start + len(body), body.strip(), opener))
        else:
            opener = start if (_opens(body) or _short_heading(body)) and _ANNOUNCES.search(body) and not item else -1
            marked, count = False, None
    return out


def _number(line: str) -> int | None:
    """The number a list item opens with ("3. X", "(3) X"), else None (a bullet)."""
    m = re.match(r"[ \t]*\(?(\d{1,3})[.)]", line)
    return int(m.group(1)) if m else None


#: A field of the item above it ("Date of birth: 12.3.1971", "Function: Deputy Minister …").
_ITEM_FIELD = re.compile(r"^[ \t]*([A-Z][\w/ -]{1,30}):[ \t]+\S")
#: Labels of a record's fields besides kg/data/record_fields.txt ("DOB", "Nationality") and its role fields
#: (``mentions_records.ROLE_LABELS``).
_FIELD_LABELS = frozenset({"date of birth", "place of birth", "born", "address", "registration number", "listed on",
                           "other information"}) | ROLE_LABELS
#: One short sentence right under an item that describes it ("State enterprise providing air navigation services.").
_ITEM_NOTE = re.compile(r"^[ \t]*([A-Z][\w-]*)(?:(?![.!?]\s)[^\n]){0,160}[.)][ \t]*$")


def _item_field(line: str) -> bool:
    """True for a line that gives a labelled field of a designation record ("Date of birth: 12.3.1971")."""
    m = _ITEM_FIELD.match(line)
    return bool(m) and m.group(1).lower() in _FIELD_LABELS | data_words("record_fields.txt")


def _item_note(line: str) -> bool:
    """True for one short sentence that describes the item above it, opening with a content word ("State enterprise
    providing …", "Exporter of potash."), not prose ("As a result of today's action, …", "The measures …")."""
    m = _ITEM_NOTE.match(line)
    return bool(m) and m.group(1).lower() not in STOP_WORDS and not _ITEM_FIELD.match(line)  # "Related action: …"


#: An item without its marker: a short line with no closing punctuation ("Head of the X Department A B").
_BARE_ITEM = re.compile(r"^[ \t]*[A-Z][^.!?:\n]{2,160}[^.!?:\s][ \t]*$")
#: An item without its marker that sets its description off with a spaced dash ("A B SURNAME – director of X.").
_DASH_ITEM = re.compile(r"^[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[\w'’.&-]+){0,6}[ \t]+[–—][ \t]+\S")
#: The period of an initial or a company's abbreviated form, which closes no sentence ("Acme S.A., a firm …").
_ABBREVIATION = re.compile(r"\b([A-Z]|Ltd|Inc|Co|Corp|Jr|Sr|St)\.")


#: A heading in capitals ("LIST OF DESIGNATIONS (pursuant to …)"), which may announce a list without a colon.
_CAPS_HEADING = re.compile(r"^[ \t]*[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){2,}\b.*[^.\s]$")


def _short_heading(line: str) -> bool:
    """True for a heading of a few words without closing punctuation ("Designations", "List of designations")."""
    return bool(re.match(r"^[ \t]*[A-Z][\w-]*(?:[ \t]+[\w-]+){0,3}[ \t]*$", line))


def _opens(line: str) -> bool:
    """True for a line that may open a list: one ending in a colon, or a heading in capitals."""
    return line.rstrip().endswith(":") or bool(_CAPS_HEADING.match(line))


def item_names(item: str) -> list[str]:
    """The names an item goes by, the main one first: "SURNAME, Given" as "Given Surname" (not "FIRM LLC, City"),
    else the words before its first comma, bracket, semicolon or spaced dash (also without the titles before a name), then the
    short names in the brackets that close its name ("FIRM (a.k.a. F BANK)", "Firm, Mining and Gas (FMG)"; not
    "A, Director of the Tax Office (TO)": a title's), or another name set off after it (", also known as A C,")."""
    if person := _registry_person(item):
        return [f"{person.group(2)} {person.group(1).title()}"]
    head = re.split(r"[,;(]|\s[-–—]\s", item, maxsplit=1)[0]  # "A B - Aide to the President": A B
    head = _FIELD_END.split(head, maxsplit=1)[0].strip()
    head = _untitled_caps(head)
    words = head.split()
    while len(words) > 2 and words[0].lower().strip(".") in role_words():
        words.pop(0)  # "Lieutenant General A B": A B
    names = list(dict.fromkeys([head, " ".join(words)])) if head else []
    if head and (alias := _ALIAS.match(item[len(item) - len(item.lstrip()) + len(head):])):
        names.append(alias.group(1).strip())  # "A B, also known as A C, deputy minister"
    name_part = item.split(";")[0].split("(")[0]
    if "(" in item.split(";")[0] and not _TITLE.search(name_part):
        for part in _BRACKET.search(item).group(1).split(";"):
            short = re.sub(r"^\s*(?:a\.k\.a\.|aka|also known as)\s*", "", part, flags=re.I).strip()
            if short and not re.match(r"\s*f\.?k\.?a\b", part, re.I) and short.lower() not in _KIND_TAGS:
                names.append(short)  # not a former name ("f.k.a. …")
    return names


#: The period that ends an item's first field ("A B SURNAME. DOB: …", "FIRM BANK. Address: …"), not an initial's.
_FIELD_END = re.compile(r"(?<!\b[A-Z])(?<!\bLtd)(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bJr)(?<!\bSr)(?<!\bSt)\.(?=\s|$)")


def _untitled_caps(name: str) -> str:
    """A person's name that gives the surname in capitals ("Ivan Petrovich SIDOROV") as "Ivan Petrovich Sidorov";
    other names (a firm's "Baltic Timber LLC") as they are."""
    words = name.split()
    caps = [w for w in words if len(w) > 1 and w.isupper()]
    firm = suffixes() | word_list("org_words.txt")  # "Baltic Timber LLC": a legal form, no surname
    if not caps or len(caps) == len(words) or not all(w[:1].isupper() for w in words) \
            or {w.lower().strip(".,") for w in words} & firm:
        return name
    return " ".join(w.title() if w in caps else w for w in words)


#: Another name set off by commas right after an item's name: ", also known as A C," / ", a.k.a. A C;".
_ALIAS = re.compile(r"^\s*,\s*(?:also\s+known\s+as|a\.k\.a\.?|aka)\s+([^,;()]+)", re.I)
#: A title after an item's name ("…, Director-General of the …"): its brackets are the office's.
_TITLE = re.compile(r",\s*[\w-]+(?:\s+[\w-]+){0,2}\s+of\b")


def _named(item: str, index: MentionIndex, prose: str) -> str | None:
    """The first name of ``item`` the article names as a person or organization, in the article's words; else
    the main name as its ``prose`` writes it outside the list, though untagged ("Acme Holding JSC", a yacht); else
    the name of a person in registry form ("SURNAME, Given; DOB …") or with a birth date ("A B, born …"), of a firm
    with its legal form ("A-Invest OJSC") or one an apposition calls a firm, or of a ship with its IMO number, which
    is a name by its form alone."""
    names = item_names(item)
    by_norm = {norm(m.text): m.text for m in index.mentions if m.type in {"Person", "Organization"}}
    if found := next((by_norm[norm(n)] for n in names if norm(n) in by_norm), None):
        return found
    if names and (titled := _titled(names[0], index)):
        return titled
    if names and (_registry_person(item) or _variant_named(names) or _born(item, names[0]) or _firm(names[0])
                  or _vessel(item) or _called_firm(item, names[0]) or _dash_titled(item, names[0])):
        return names[0]
    words = names[0].split() if names else []
    proper = len(words) > 1 and all(w[:1].isupper() or w in _CONNECTORS for w in words)  # a name, not a sentence
    found = re.search(re.escape(names[0]), prose, re.I) if proper else None
    return found.group(0) if found else None


def _titled(head: str, index: MentionIndex) -> str | None:
    """The person an item's name part ends with after a title ("Deputy Minister of Internal Affairs A B",
    "Tbilisi police chief A B"), in the article's words, else ``None``."""
    key = norm(head)
    return next((m.text for m in index.mentions if m.type == "Person" and len(m.text.split()) > 1
                 and key.endswith(" " + norm(m.text))), None)


#: A birth date or place in an item (", born 12.03.1968", ", b. 1961", "; DOB 4 May 1970", ". DOB: 14/02/1961").
_BIRTH = re.compile(r"[,;.]\s*(?:born|b\.|DOB|date\s+of\s+birth)\b", re.I)


def _born(item: str, name: str) -> bool:
    """True for an item that opens with a proper name and gives a birth date ("A B, born 12.03.1968, deputy minister",
    "A B, Commissioner; DOB 2 Nov 1966"): a person by the form of the entry, though the model tags no one."""
    return bool(_PROPER.match(name)) and norm(item).startswith(norm(name)) and bool(_BIRTH.search(item[len(name):]))


#: An item's name set off by an apposition or a description that calls it a firm or body (", the state-owned weapons
#: trading company", ". State enterprise providing …").
_CALLED = re.compile(r"^\s*[,.]\s*(?:(?:a|an|the)\s+)?((?:[\w-]+\s+){0,5}[\w-]+)")


def _called_firm(item: str, name: str) -> bool:
    """True for an item whose capitalized name an apposition calls a company or another body ("Acmeexport, the
    state-owned weapons trading company", "Nordlys, a shipping firm", "Aeronav. State enterprise providing …"): an
    organization by the form of the entry."""
    called = _CALLED.match(item[len(name):]) if name[:1].isupper() and item.startswith(name) else None
    return bool(called) and bool({w.lower() for w in called.group(1).split()} & (word_list("org_words.txt") | _FIRMS))


#: A role after a spaced dash or a comma closing an item's name: "A B - Deputy Prime Minister of X", "A B – former
#: Chief of Staff", "A B, deputy interior minister", "A B, a member of the State Duma": up to its first "of".
_DASH_ROLE = re.compile(r"^(?:\s+[-–—]|\s*,)\s+(?:(?:a|an|the|former|acting|self-proclaimed)\s+)*[\"“]?"
                        r"((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+of\b|\s*[,;.(]|\s*$)")


def _dash_titled(item: str, name: str) -> bool:
    """True for an item that gives a proper name, a spaced dash or a comma and a role ("A B - Aide to the President",
    "A B, deputy interior minister"): a person by the form of the entry, though the model tags no one."""
    m = _DASH_ROLE.match(item[len(name):]) if _PROPER.match(name) and item.startswith(name) else None
    return bool(m) and bool({w.lower() for w in m.group(1).split()} & _role_nouns())


@cache
def _role_nouns() -> frozenset[str]:
    """The one-word roles and occupations ("minister", "commander", "oligarch")."""
    return frozenset(w for w in data_words("roles.txt") | data_words("occupations.txt") if " " not in w)


_FIRMS = frozenset({"firm", "manufacturer", "enterprise", "exporter", "importer", "producer", "operator", "holding",
                    "conglomerate", "subsidiary", "shipowner", "carrier", "airline", "refinery", "trader"})
#: A proper name of two to five capitalized words ("Ivo Marek Dran", "Ivo Marek-Dran").
_PROPER = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4}$")


def _variant_named(names: list[str]) -> bool:
    """True for an item whose main name goes by another of the same form, a transliteration or an alias in
    brackets ("A B C (A B D), deputy minister"): a name by its form, though the model tags neither."""
    return len(names) > 1 and all(_PROPER.match(n) for n in (names[0], names[-1]))


#: Lower-case words a name in capitals may keep ("Bank of X", "Oil and Gas").
_CONNECTORS = {"of", "and", "the", "for", "de", "del", "la", "y", "&"}


def _announcing(opener: int, drafts: list[EventDraft], leads: list[EventDraft]) -> EventDraft | None:
    """The draft whose sentence announces the list at ``opener``; for a measure there that named no target ("OFAC is
    designating the following persons:"), a draft of its imposer and day, else that measure; else ``None``."""
    if held := next((d for d in drafts if d.evidence.start <= opener < d.evidence.end), None):
        return held
    told = next((d for d in leads if d.evidence.start <= opener < d.evidence.end), None)
    if told is None:
        return None
    return next((d for d in drafts if (d.imposer, d.date) == (told.imposer, told.date)), told)


def roster_targets(text: str, index: MentionIndex, drafts: list[EventDraft],
                   leads: list[EventDraft] = ()) -> list[EventDraft]:
    """``drafts`` without those read inside a designation list's entries ("…; SWIFT/BIC …" is no SWIFT removal) or
    naming a piece of one, plus one draft per entry the article names elsewhere too (a mention, or the entry's name
    in its prose though untagged), for the imposer and day of the measure its announcing sentence reports (though
    that measure named no target of its own), else of the release's first dated measure unless a measure of the
    prose already counted it. An item that names no one is prose. ``leads`` are measures that named no target of their own ("designated 158 persons"): with no
    ``drafts``, the list's items are theirs."""
    lines = roster_lines(text)
    prose = text[: lines[0][3]] if lines else text
    entries = [(a, b, name, opener) for a, b, item, opener in lines if (name := _named(item, index, prose))]
    lent = not drafts  # a measure without a target lends the items its imposer and day, and is no draft itself
    if lent:
        drafts = [d for d in leads if entries and not any(a <= d.evidence.start < b for a, b, _, _ in entries)]
    names = {n for _, _, n, _ in entries}
    # not a draft read inside an entry, nor one naming a piece of an entry ("SURNAME", its place of registry; a
    # state named there may be the measure's target too)
    # (but "X froze the assets of Doe" in prose names a listed person by the surname: a target of its own)
    kept = [] if lent else [d for d in drafts if not any(a <= d.evidence.start < b for a, b, _, _ in entries)
                            and not (d.target and d.target not in names and not state_of(d.target)
                                     and not any(n.endswith(" " + d.target) for n in names)
                                     and any(d.target in text[a:b] for a, b, _, _ in entries))]
    first = next((d for d in drafts if d.date_basis == "stated"), drafts[0] if drafts else None)
    # a release that opens with its own measure on people it only counts ("imposed restrictive measures on a further
    # 78 individuals"), then recalls earlier measures: the list is that opening measure's
    opening = next((d for d in leads if d.date_basis == "stated"), None) if not lent else None
    if opening and first and opening.evidence.start < first.evidence.start:
        first = opening
    if first is None:
        return drafts
    pairs = {(d.imposer, d.target) for d in kept}
    claimed = {d.target for d in kept}  # entries a measure of the prose already counted ("on eight individuals")
    out = list(kept)
    for _, _, name, opener in entries:
        lead = _announcing(opener, drafts, [] if lent else leads)
        if lead is None and name in claimed:
            continue  # not also the release's first dated measure's (another body's, recalled)
        lead = lead or first
        if (lead.imposer, name) not in pairs:
            pairs.add((lead.imposer, name))
            out.append(replace(lead, target=name, participants=(lead.imposer, name)))
    return out


__all__ = ["item_names", "roster_lines", "roster_targets"]
