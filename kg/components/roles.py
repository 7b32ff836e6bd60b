"""The words of roles and titles ("minister", "Brig. Gen.", "Ato"): words that lead a person's name without being part of it."""
from __future__ import annotations

from functools import cache

from kg.components import lookups as gz  # kg.gazetteer, memoised

KIN = frozenset("wife husband partner son daughter brother sister mother father widow widower nephew niece cousin uncle "
                "aunt grandson granddaughter child relative".split())  # a relation to another person, no office
_TITLES = frozenset("mr mrs ms dr gen sen rep gov lt col sgt capt maj pres prof sir dame lord lady".split())


@cache
def role_words() -> frozenset[str]:
    """Every single word of the role lexicon, of abbreviated titles ("Brig. Gen.") and honorifics
    ("Ato", "Mullah"), lowercase: words that lead a name without being part of it."""
    lexicon = gz.data_words("roles.txt") | gz.data_words("occupations.txt")
    words = {w for role in lexicon for w in role.replace("-", " ").split()}
    words |= {w for abbr in gz.data_words("role_abbreviations.tsv") for w in abbr.split()}
    honorifics = {w for h in gz.data_words("name_honorifics.txt") for w in h.split() if h != "tan sri"}  # "Tan" is a name
    return frozenset(words | _TITLES | honorifics | {"presidential"})


@cache
def role_heads() -> frozenset[str]:
    """The words that end a role or title ("general" of "major general", "gen" of "Maj. Gen."), lowercase:
    a title's last word, after which the name starts ("Foreign" of "Foreign Affairs" is none)."""
    lexicon = gz.data_words("roles.txt") | gz.data_words("occupations.txt") | set(gz.data_words("role_abbreviations.tsv"))
    return frozenset({r.replace("-", " ").split()[-1] for r in lexicon} | _TITLES | gz.data_words("name_honorifics.txt"))


def singular_role(word: str) -> str:
    """Return ``word`` without a plural "s" when that makes it a role word ("envoys" -> "envoy"), else ``word``."""
    return word[:-1] if word.endswith("s") and word[:-1] in role_words() else word
