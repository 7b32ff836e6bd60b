"""``kg_chrome_filter_v1``: removes entities that belong to the page rather than the news.

Computed first, then written: dropped spans go to ``doc.spans["kg_chrome"]``, the rest stay in
``doc.ents``. A span is chrome when it
  * contains a slash, "@" or a URL ("Jane Roe/AFP", "Photo Agency/Telegram");
  * sits in a parenthesis that holds a slash or a credit word (not a questioner's label: "QUESTION (Jane Roe,
    Reuters):"), or after "Photo:", "Map:", … on its line;
  * sits on a footer line ("©", "All rights reserved"), whatever its label;
  * is alone on its line (menu items, logos, name boxes), or is a PERSON on a byline line ("by Jane Roe ...",
    "Live coverage by Jane Roe", "Jane Roe · Outlet · Posted: <date>"), on a line of names and places only ("Jane
    Roe in Lima and John Doe"), on a menu line of short "|"-separated items, or on a short line without a sentence
    end (name boxes, menu items), unless a parliamentarian's style marks it ("The Hon. Jane Doe MP" heading a release);
  * is a PERSON described with a press role ("Jane Roe is a reporter at ...", "reporter Jane Roe"),
    together with every other mention of that name.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.list_names import list_names
from kg.components.person_cues import POST_NOMINALS

NAME = "kg_chrome_filter_v1"
SPAN_KEY = "kg_chrome"
_CREDIT_MARK = re.compile(r"\b(photo|photos|photograph|image|images|credit|credits|map|data|source|graphic|video)s?\s*:", re.I)
_CREDIT_WORDS = re.compile(r"/|\b(photo|getty|images|credit|afp|reuters|ap|file)\b", re.I)
_SHORT_LINE = 5
_FIELD_SEP = re.compile(r"\s+[·|•]\s+")
_POSTED = re.compile(r"\b(posted|published|updated)\b", re.I)
_FOOTER = re.compile(r"©|\(c\)\s*\d{4}|\ball rights reserved\b", re.I)
_MENU_ITEM_WORDS = 4
_QUESTIONER = re.compile(r"^\s*(?:question|q|questioner|reporter|journalist|correspondent)\s*$", re.I)
_STYLES = frozenset({"hon", "honourable", "honorable"})  # "The Hon. Jane Doe": a parliamentarian's style
_BYLINE_GLUE = frozenset({"in", "and", "by", "with", "from", ",", "&", "reporting", "additional"})
_BY_NAMES = re.compile(r"^\s*(?i:by)\s+(?:[A-Z][\w.'’-]*,?\s+|and\s+|&\s+)*$")  # "By Jane Roe, Ann Poe and "
_CREDITED_BY = re.compile(r"\b(coverage|reporting|reported|written|words|story|text|edited|editing|compiled|produced)\s+by\b", re.I)


@Language.factory(NAME)
def make_chrome_filter(nlp: Language, name: str) -> "ChromeFilter":
    """Return the chrome filter component."""
    return ChromeFilter()


class ChromeFilter:
    """Moves page-chrome entity spans from ``doc.ents`` to ``doc.spans["kg_chrome"]``."""

    def __call__(self, doc: Doc) -> Doc:
        drop = self.compute(doc)
        doc.spans[SPAN_KEY] = [e for e in doc.ents if (e.start, e.end) in drop]
        doc.ents = [e for e in doc.ents if (e.start, e.end) not in drop]
        return doc

    def compute(self, doc: Doc) -> set[tuple[int, int]]:
        """Return the (start, end) token offsets of the chrome entity spans in ``doc``."""
        text = doc.text
        drop: set[tuple[int, int]] = set()
        press_names: set[str] = set()
        offsets: list[int] = doc.to_array(IDX).tolist() if len(doc) else []  # each token's start, ascending
        listed = {(s, e) for s, e, _ in list_names(doc, [])}  # "2. General Jane Roe": a short line, no byline
        for ent in doc.ents:
            if (ent.start, ent.end) in listed:
                continue
            line_start = text.rfind("\n", 0, ent.start_char) + 1
            line_end = text.find("\n", ent.end_char)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            before = text[line_start : ent.start_char]
            if _is_credit(ent, before, text) or _FOOTER.search(line) or (ent.label_ == "PERSON" and not _styled(ent) and (
                    _is_byline(line, before) or _names_line(doc, offsets, line_start, line_start + len(line)))):
                drop.add((ent.start, ent.end))
            elif line.strip() == ent.text.strip():
                drop.add((ent.start, ent.end))  # a line that is only a name: menu, name box, logo
            elif ent.label_ == "PERSON" and _has_press_role(ent):
                press_names.add(gz.norm(ent.text))
        for ent in doc.ents:
            if ent.label_ == "PERSON" and gz.norm(ent.text) in press_names:
                drop.add((ent.start, ent.end))
        return drop


def _styled(ent: Span) -> bool:
    """True for a name written with a parliamentarian's style, as a minister's release heads it ("The Hon. Jane Doe
    MP", "Hon Jane Doe"): the person the release speaks for, no byline."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return before in _STYLES or (after in POST_NOMINALS and doc[ent.end].is_upper)


def _is_credit(ent: Span, before: str, text: str) -> bool:
    if re.search(r"/|@|https?:|www\.", ent.text):
        return True
    if _CREDIT_MARK.search(before):
        return True
    open_ = before.rfind("(")
    if open_ >= 0 and ")" not in before[open_:]:
        close = text.find(")", ent.end_char)
        if ent.label_ == "PERSON" and _QUESTIONER.match(before[:open_]) and text[close + 1 : close + 2] == ":":
            return False  # "QUESTION (Jane Roe, Reuters): ...": a transcript's questioner, no credit
        inside = before[open_ + 1 :] + ent.text + (text[ent.end_char : close] if close >= 0 else "")
        if "\n" not in inside and _CREDIT_WORDS.search(inside):
            return True
    return False


def _names_line(doc: Doc, offsets: list[int], start: int, end: int) -> bool:
    """True for a line of names and places only, no sentence: "Jane Roe in Lima and John Doe" (``offsets``: where
    each token of ``doc`` starts, so only the line's tokens are looked at)."""
    lo, hi = bisect_left(offsets, start), bisect_left(offsets, end)
    tokens = [t for t in doc[lo:hi] if not t.is_space]
    if not tokens or tokens[-1].text in (".", "!", "?", '"', "”"):
        return False
    return any(t.ent_type_ == "PERSON" for t in tokens) and all(
        t.ent_type_ in ("PERSON", "GPE", "LOC") or t.lower_ in _BYLINE_GLUE for t in tokens)


def _is_byline(line: str, before: str) -> bool:
    """True for a name on a "by ..." line ("Live coverage by Jane Roe", also when a sentence follows on the line) or on
    a short line that is no sentence."""
    if re.match(r"^\s*by\b", line, re.I) and (len(before.split()) <= 1 or _BY_NAMES.match(before)):
        return True  # "By Jane Roe and John Doe | Outlet"
    if _credited(line, before):
        return True
    fields = _FIELD_SEP.split(line)
    if len(fields) >= 3 and len(before.split()) <= 1 and _POSTED.search(line):
        return True  # "Jane Roe · Outlet · Posted: Nov 04, 2022"
    if len(fields) >= 3 and all(len(f.split()) <= _MENU_ITEM_WORDS for f in fields):
        return True  # "Home | Jane Roe | Contact": a menu
    words = re.findall(r"[^\W\d_]+", line)
    return len(words) <= _SHORT_LINE and not re.search(r"[.!?\"”:]\s*$", line.strip())


def _credited(line: str, before: str) -> bool:
    """True for a name the sentence credits with the story ("Live coverage by Jane Roe (Lima) and John Doe (Quito).
    All times local.", "Reporting by A. Editing by Jane Roe."): a credit opens the sentence, or the line is no
    sentence."""
    credit = next(reversed(list(_CREDITED_BY.finditer(before))), None)
    if credit is None or re.search(r"[.!?]\s", before[credit.end() :]):
        return False
    opens = len(re.split(r"[.!?]\s", before[: credit.start()])[-1].split()) <= 1
    return opens or not re.search(r"[.!?\"”]\s*$", line.strip())


def _has_press_role(ent: Span) -> bool:
    """True if the person is introduced as a reporter, editor, photographer, …"""
    press = gz.data_words("press_roles.txt")
    doc = ent.doc
    prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if prev in press:
        return True
    sent_end = ent.sent.end if doc.has_annotation("SENT_START") else len(doc)
    window = [t for t in doc[ent.end : min(ent.end + 8, sent_end)]]
    if window and (window[0].lower_ in ("is", "was", ",")):
        for t in window[1:]:
            if t.lower_ in press:
                return True
            if t.is_punct or t.lower_ in ("who", "which", "said", "says"):
                break
    return False
