"""Write bench/data/given_names.txt and surnames.txt from Faker's per-locale name lists (run once; needs faker).

The lists are general (many locales, none taken from the sample articles): any name that occurs in seeds/
is dropped, so a generated article never repeats a sample article's people.
"""
from __future__ import annotations

import re
from pathlib import Path

from faker import Faker
from unidecode import unidecode

HERE = Path(__file__).resolve().parent
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "sv_SE", "pt_BR", "tr_TR",
           "cs_CZ", "fi_FI", "no_NO", "da_DK", "hu_HU", "ro_RO", "el_GR", "id_ID", "en_IN"]


def main() -> None:
    seeds = " ".join(p.read_text(encoding="utf-8") for p in (HERE.parent / "seeds").glob("*.txt"))
    seen_words = set(re.findall(r"[A-Z][a-z]+", unidecode(seeds)))
    given: set[str] = set()
    surnames: set[str] = set()
    for loc in LOCALES:
        f = Faker(loc)
        f.seed_instance(7)
        for _ in range(400):
            given.add(unidecode(f.first_name()))
            surnames.add(unidecode(f.last_name()))
    ok = re.compile(r"^[A-Z][a-z]{2,11}$")
    given = {n for n in given if ok.match(n) and n not in seen_words}
    surnames = {n for n in surnames if ok.match(n) and n not in seen_words} - given
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "data" / "given_names.txt").write_text("\n".join(sorted(given)) + "\n", encoding="utf-8")
    (HERE / "data" / "surnames.txt").write_text("\n".join(sorted(surnames)) + "\n", encoding="utf-8")
    print(f"{len(given)} given names, {len(surnames)} surnames")


if __name__ == "__main__":
    main()
