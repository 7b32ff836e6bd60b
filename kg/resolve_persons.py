"""Person names across articles: spelling-tolerant keys, when two names are one person, and the clusters of names
(:class:`PersonIndex`) that :mod:`kg.resolve` groups person mentions by.

Full names are clustered by a phonetic key (Navalny/Navalnyi, Yıldızoğlu/Yildizoglu, Abdel-Latif/Abdellatif), by a strict
rapidfuzz match of surname and given name, by a surname and a given name written with other vowels (Yusuf/Yousef,
Matrudi/Metroudi), or as the end or start of a longer name in the same article ("Ruiz Soto", "Ana Ruiz" of "Ana Ruiz
Soto"), or as a Ukrainian h for a Russian g ("Hnatenko"/"Gnatenko"); a lone family name stands for a full name
ending in it, also without its particle ("Sabbagh" for "Rami al-Sabbagh"), of two
relatives in one article the one it names first; a record's "DOE, Jane" (family name first,
in capitals) is read as "Jane Doe"; a name written right after another in one sentence ("Jane Petrovna Roe (Yana
Piatrouna Rou)") that spells it otherwise is that name."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from rapidfuzz import fuzz
from unidecode import unidecode

from kg.model import Mention

_FUZZ = 90
# words that lead a family name ("Al Qasimi", "van Dijk"): a name of only these and one more word is a surname
_SURNAME_PARTICLES = frozenset("al el bin ibn van von der den de da del di du dos das le la ter".split())

def natural_order(name: str) -> str:
    """A name in reading order: a record's "DOE, Jane Roe" (family name first, in capitals) -> "Jane Roe Doe"."""
    family, comma, given = name.partition(",")
    return f"{given.strip()} {family.strip().title()}" if comma and given.strip() else name


def is_surname_form(name: str) -> bool:
    """True for a name that is a family name alone: one word, or particles and one word ("Al Qasimi")."""
    words = name.split()
    return len(words) == 1 or all(w.lower() in _SURNAME_PARTICLES for w in words[:-1])


@cache
def phonetic_key(name: str) -> str:
    """A spelling-tolerant key: ASCII, lowercase, letters only, dzh/dj/j, y/i, j/i, w/v, kh/h, x/ks, q/k folded,
    doubled letters collapsed ("Navalnyi" and "Navalny" -> "navalni"), hyphenated parts joined unless the
    first is a particle ("Abdel-Latif" -> "abdellatif", "al-Nasser" -> "al naser")."""
    t = unidecode(name).lower()
    t = re.sub(r"\b(\w+)-", lambda m: m.group(1) + (" " if m.group(1) in _SURNAME_PARTICLES else ""), t)
    t = re.sub(r"[^a-z ]+", "", t)  # "Abdel-Latif" = "Abdellatif", "al-Nasser" = "al Nasser"
    for a, b in (("dzh", "j"), ("dj", "j"), ("kh", "h"), ("ph", "f"), ("x", "ks"), ("w", "v"), ("y", "i"), ("j", "i"),
                 ("ck", "k"), ("q", "k")):
        t = t.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", " ".join(t.split()))


def surname_key(word: str) -> str:
    """The phonetic key of a family name without its particle: "al-Sabbagh", "Sabbagh" -> "sabagh" (a lone
    "Sabbagh said" is "Rami al-Sabbagh")."""
    parts = phonetic_key(word).split()
    return parts[-1] if parts else ""


class PersonIndex:
    """Clusters of person names across articles (union-find over distinct full names)."""

    def __init__(self, mentions: Iterable[tuple[str, Mention]]) -> None:
        names = sorted({natural_order(m.text) for _, m in mentions if not is_surname_form(m.text)})
        parent = {n: n for n in names}

        def find(n: str) -> str:
            while parent[n] != n:
                parent[n] = parent[parent[n]]
                n = parent[n]
            return n

        seen_in: dict[str, set[str]] = defaultdict(set)
        for article, m in mentions:
            seen_in[natural_order(m.text)].add(article)
        pairs = [(a, b) for a, b in _candidate_pairs(names) if same_person(a, b) or _tail_of(a, b, seen_in)]
        pairs += [(a, b) for a, b in _respelled(mentions) if _other_spelling(a, b)]
        pairs += [(a, b) for a, b in _addressed(seen_in) if a in parent and b in parent]
        for a, b in pairs:
            ra, rb = find(a), find(b)
            parent[max(ra, rb)] = min(ra, rb)
        self.root = {n: find(n) for n in names}
        self.by_article: dict[str, set[str]] = defaultdict(set)
        self.first_at: dict[tuple[str, str], int] = {}  # (article, cluster) -> where the article first names it
        for article, m in mentions:
            if natural_order(m.text) in self.root:
                root = self.root[natural_order(m.text)]
                self.by_article[article].add(root)
                self.first_at[article, root] = min(m.start, self.first_at.get((article, root), m.start))
        self.surnames: dict[str, set[str]] = defaultdict(set)
        self.first_surnames: dict[str, set[str]] = defaultdict(set)  # "Ruiz" of "Ana Ruiz Soto"
        self.given: set[str] = set()
        for n in names:
            words = n.split()
            self.surnames[surname_key(words[-1])].add(self.root[n])
            self.given.add(phonetic_key(words[0]))
            if len(words) >= 3 and words[-2][:1].isupper():
                self.first_surnames[surname_key(words[-2])].add(self.root[n])
                self.given.add(phonetic_key(words[-2]))  # a name word too: "Ruiz" alone is no town
        self._near: dict[str, frozenset[str]] = {}  # surname key -> its bearers (``_bearers``)

    def _bearers(self, key: str) -> frozenset[str]:
        """The clusters whose surname key is ``key``, else those whose key is close to it; worked out once per key
        (resolution asks for the same lone names thousands of times, and the close ones are a scan of all keys)."""
        found = self._near.get(key)
        if found is None:
            exact = self.surnames.get(key)
            found = self._near[key] = frozenset(exact) if exact else \
                frozenset(r for k, rs in self.surnames.items() if _close(k, key) for r in rs)
        return found

    def full(self, text: str) -> str | None:
        """The cluster of a full name (a record's "DOE, Jane" too), or None."""
        return self.root.get(natural_order(text))

    def surname(self, token: str, article: str | None) -> str | None:
        """The cluster a lone name refers to: same article first (of two there, the one it names first), else the only
        one anywhere."""
        key = surname_key(token)
        found = self._bearers(key)
        if article is not None:
            local = found & self.by_article.get(article, set())
            if not local:  # "Ruiz" for "Ana Ruiz Soto": the first of two family names, same article only
                local = self.first_surnames.get(key, set()) & self.by_article.get(article, set())
            if not local:  # "Liu" for "Liu Pengfei": a family name written first, same article only
                local = {r for r in self.by_article.get(article, ()) if phonetic_key(r.split()[0]) == key}
            if len(local) == 1:
                return next(iter(local))
            if local:  # "Jane Doe ... her son, John Doe ... Doe said": the one the article named first
                return min(local, key=lambda r: (self.first_at.get((article, r), 0), r))
        return next(iter(found)) if len(found) == 1 else None


def _candidate_pairs(names: Sequence[str]) -> Iterator[tuple[str, str]]:
    """The pairs of distinct names that can be one person: those whose surname keys are equal or
    close or differ only in vowels or in h for g (what ``same_person`` needs) and those where one name ends the other
    (``_tail_of``).

    Equivalent to trying every pair, without the quadratic cost: names are bucketed by surname key,
    and only buckets whose keys are close are crossed."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for n in names:
        words = phonetic_key(n).split()
        if words:
            buckets[words[-1]].append(n)
    keys = sorted(buckets)
    pairs: set[tuple[str, str]] = set()
    by_gh: dict[str, list[str]] = defaultdict(list)  # "hrihorenko" and "grigorenko" (``_h_for_g``)
    for k in keys:
        if len(k) >= _GH_LEAST and ("h" in k or "g" in k):
            by_gh[_gh(k)].append(k)
    for same in by_gh.values():
        pairs.update((a, b) for i, k in enumerate(same) for o in same[i + 1 :] for a in buckets[k] for b in buckets[o])
    for k, others in _near_keys(keys).items():
        group = buckets[k]
        pairs.update((a, b) for i, a in enumerate(group) for b in group[i + 1 :])
        for other in others:  # same_person decides
            pairs.update((a, b) for a in group for b in buckets[other])
    known = set(names)
    for long in names:
        for i, ch in enumerate(long):
            if ch == " " and long[i + 1 :] in known:
                pairs.add((long, long[i + 1 :]))
            if ch == " " and long[:i] in known:  # "Ana Ruiz" of "Ana Ruiz Soto"
                pairs.add((long, long[:i]))
    yield from sorted(tuple(sorted(p)) for p in pairs)


def _near_keys(keys: Sequence[str]) -> dict[str, list[str]]:
    """Each of the sorted ``keys`` -> the later keys close to it (``_close``) or differing only in vowels
    (``_vowel_variants`` of one consonant), in order: looked up by initial and length, and by initial and consonants,
    instead of trying every key with the same initial."""
    by_length: dict[tuple[str, int], list[str]] = defaultdict(list)
    by_consonants: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in keys:
        by_length[k[0], len(k)].append(k)
        by_consonants[k[0], _consonants(k)].append(k)
    out: dict[str, list[str]] = {}
    for k in keys:
        near = {o for n in range(len(k) - 2, len(k) + 3) for o in by_length.get((k[0], n), ())
                if o > k and _close(k, o)}
        if _consonants(k):
            near.update(o for o in by_consonants[k[0], _consonants(k)] if o > k)
        out[k] = sorted(near)
    return out


_RESPELLED_GAP = 2  # " (" between a name and its other spelling
_RESPELLED_FUZZ = 80


def _respelled(mentions: Iterable[tuple[str, Mention]]) -> Iterator[tuple[str, str]]:
    """The pairs of full names written one right after the other in a sentence ("A (B)"), candidates for
    :func:`_other_spelling`."""
    people = sorted(((a, m) for a, m in mentions if m.type == "Person"), key=lambda x: (x[0], x[1].start, x[1].end))
    for (a1, m1), (a2, m2) in zip(people, people[1:]):
        if a1 == a2 and m1.sentence == m2.sentence and m2.start - m1.end == _RESPELLED_GAP \
                and not is_surname_form(m1.text) and not is_surname_form(m2.text):
            yield natural_order(m1.text), natural_order(m2.text)


_PATRONYMIC = re.compile(r"[a-z](?:ovich|evich|ovych|evych|ich|ovna|evna|ivna|ichna)$")


def _addressed(seen_in: dict[str, set[str]]) -> Iterator[tuple[str, str]]:
    """(given name and patronymic, full name) for a person addressed as Russians address one ("Ivan Petrovich")
    where the article names one full name with that given name ("Ivan Zarubin")."""
    for short, articles in seen_in.items():
        words = short.split()
        if len(words) != 2 or not _PATRONYMIC.search(words[1]):
            continue
        for article in articles:
            named = {n for n, at in seen_in.items() if article in at and n != short and len(n.split()) >= 2
                     and n.split()[0] == words[0] and not _PATRONYMIC.search(n.split()[-1])}
            if len(named) == 1:
                yield short, next(iter(named))


def _other_spelling(a: str, b: str) -> bool:
    """True for two names of as many words, family names opening alike and the whole close: one name transliterated
    two ways ("Ales Piatrovich Zubrau", "Aleksei Petrovich Zubrov"). Read only for names written one
    right after the other (:func:`_respelled`)."""
    ka, kb = phonetic_key(a).split(), phonetic_key(b).split()
    return len(ka) == len(kb) >= 2 and ka[-1][:1] == kb[-1][:1] and a != b \
        and fuzz.ratio(" ".join(ka), " ".join(kb)) >= _RESPELLED_FUZZ


def _tail_of(a: str, b: str, seen_in: dict[str, set[str]]) -> bool:
    """True when one name ends with the other, a two-word family name, or opens it, a name of two words or more,
    and an article names both ("Ruiz Soto" or "Ana Ruiz" for "Ana Ruiz Soto", "Sheikh Latif" for "Sheikh Latif bin
    Faleh")."""
    short, long = sorted((a, b), key=len)
    return (long.endswith(" " + short) or long.startswith(short + " ")) and bool(seen_in[short] & seen_in[long])


def _close(a: str, b: str) -> bool:
    return a[:1] == b[:1] and abs(len(a) - len(b)) <= 2 and fuzz.ratio(a, b) >= _FUZZ


def same_person(a: str, b: str) -> bool:
    """True if two full names are spellings of one person (same surname and compatible given name)."""
    ka, kb = phonetic_key(a).split(), phonetic_key(b).split()
    if not ka or not kb:
        return False
    vowels = _vowel_variants(ka[-1], kb[-1], 3)  # "Matrudi"/"Metroudi": one surname written with other vowels
    vowels = vowels or (_middle_alike(ka, kb) and _vowel_variants(ka[-1], kb[-1], 1))  # "Jane Ana Dubré"/"Jane Ann Dubray"
    if not (ka[-1] == kb[-1] or _close(ka[-1], kb[-1]) or vowels or _h_for_g(ka[-1], kb[-1])):
        return False
    fa, fb = ka[0], kb[0]
    if fa == fb or _close(fa, fb) or (min(len(fa), len(fb)) == 1 and fa[0] == fb[0]) or _soft_initial(fa) == _soft_initial(fb):
        return True
    if _vowel_initial(_gh(fa), _gh(fb)) or (len(fa) > 1 and _gh(fa) == _gh(fb)):  # "Oleksandr"/"Aleksandr"
        return True
    # the same surname and a given name spelled with other vowels ("Yusuf"/"Yousef", "Mariam"/"Maryam", "Yakub"/"Yekub")
    return (ka[-1] == kb[-1] or vowels) and (_vowel_variants(fa, fb, 2) or _inner_vowels(fa, fb))


_INNER_VOWELS = 5  # letters at least of a given name spelled with other vowels inside ("Dina"/"Dana" are two names)


def _inner_vowels(a: str, b: str) -> bool:
    """True for two keys of a given name of five letters or more, as long, alike but for the vowels inside ("iakub"/
    "iekub" of "Yakub"/"Yekub", "laila"/"leila"): one name transliterated two ways."""
    return len(a) == len(b) >= _INNER_VOWELS and a[0] == b[0] and a[-1] == b[-1] and bool(_consonants(a)) \
        and _consonants(a) == _consonants(b)


def _middle_alike(ka: list[str], kb: list[str]) -> bool:
    """True for two keys of three words or more whose second words are one name, the one opening the other ("anna"/
    "ann"): a surname then need share only its consonants ("Dubré"/"Dubray", as French and English write it)."""
    if min(len(ka), len(kb)) < 3:
        return False
    a, b = sorted((ka[1], kb[1]), key=len)
    return len(a) >= 3 and b.startswith(a)


_GH_LEAST = 7  # letters at least of a family name whose h may be another spelling's g ("Hill" and "Gill" are two names)


def _gh(word: str) -> str:
    return word.replace("h", "g")


def _h_for_g(a: str, b: str) -> bool:
    """True for two family-name keys of seven letters or more that differ only where one writes h and the other g:
    Ukrainian and Belarusian h is Russian g ("Hnatenko"/"Gnatenko", "Hnatyuk"/"Gnatyuk")."""
    return a != b and min(len(a), len(b)) >= _GH_LEAST and _gh(a) == _gh(b)


def _vowel_initial(a: str, b: str) -> bool:
    """True for two given-name keys that open with a vowel and share three consonants or more, in order, and
    nothing else but vowels: "Oleksandr"/"Aleksandr", "Yevgeny"/"Evgeny" (y is folded to i)."""
    return a[0] in "aeiou" and b[0] in "aeiou" and len(_consonants(a)) >= 3 and _consonants(a) == _consonants(b)


def _soft_initial(word: str) -> str:
    """A given name's key without a leading g or h, which transliterations of one letter write g, h or y (folded to i):
    "Giorgos"/"Yiorgos", "Halina"/"Galina"."""
    return re.sub(r"^[gh](?=[aeiou])", "", word)


def _vowel_variants(a: str, b: str, least: int) -> bool:
    """True for two words with the first letter and at least ``least`` later consonants in common, in order, and
    only vowels differing ("Yusuf"/"Yousef", "Matrudi"/"Metroudi")."""
    return a[0] == b[0] and len(_consonants(a)) >= least and _consonants(a) == _consonants(b)


_VOWEL = re.compile(r"[aeiou]")


@cache
def _consonants(word: str) -> str:
    """``word`` without its first letter and its vowels (asked for the same few thousand keys again and again)."""
    return _VOWEL.sub("", word[1:])
