"""Extraction quality held to floors: the seed articles and our own articles (other names, places, years).

The floors are set from measured scores (see the closing notes / README "Extraction quality"), a little
below them so noise-free regressions fail. Both corpora are built by the real CLI.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.eval import evaluate
from kg.store import EmbeddedStore
from tests.conftest import ROOT, run_kg

GOLD = ROOT / "tests" / "gold"

FLOORS = {  # measured (seeds / own): see README "How articles become facts" and the issue notes
    "seeds": {"persons": 0.95, "aliases": 0.95, "roles": 0.95, "delegation_members": 0.95, "negotiations": 0.95,
              "sanctions": 0.95, "statements": 0.90, "event_dates": 0.95},
    "own": {"persons": 0.90, "aliases": 0.88, "roles": 0.85, "delegation_members": 0.90, "negotiations": 0.90,
            "sanctions": 0.90, "statements": 0.90, "event_dates": 0.90},
    "heldout": {"persons": 0.90, "aliases": 0.90, "roles": 0.90, "delegation_members": 0.90, "negotiations": 0.90,
                "sanctions": 0.90, "statements": 0.90, "event_dates": 0.90},
}


@pytest.fixture(scope="module")
def own_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("own") / "store"
    run_kg("build", str(GOLD / "articles"), "--store", str(path), "--quiet")
    return path


def _scores(path: Path, gold: str) -> dict[str, dict[str, float]]:
    store = EmbeddedStore(path, read_only=True)
    return evaluate(store, json.loads((GOLD / gold).read_text(encoding="utf-8")))


@pytest.mark.parametrize("category", sorted(FLOORS["seeds"]))
def test_eval_floors_seeds(seed_store_path, category):
    f1 = _scores(seed_store_path, "seeds.json")[category]["f1"]
    assert f1 >= FLOORS["seeds"][category], f"{category}: F1 {f1:.3f} < floor {FLOORS['seeds'][category]}"


@pytest.mark.parametrize("category", sorted(FLOORS["own"]))
def test_eval_floors_own_articles(own_store_path, category):
    f1 = _scores(own_store_path, "own.json")[category]["f1"]
    assert f1 >= FLOORS["own"][category], f"{category}: F1 {f1:.3f} < floor {FLOORS['own'][category]}"


@pytest.fixture(scope="module")
def heldout_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("heldout") / "store"
    run_kg("build", str(GOLD / "heldout"), "--store", str(path), "--quiet")
    return path


@pytest.mark.parametrize("category", sorted(FLOORS["heldout"]))
def test_eval_floors_heldout_articles(heldout_store_path, category):
    f1 = _scores(heldout_store_path, "heldout.json")[category]["f1"]
    assert f1 >= FLOORS["heldout"][category], f"{category}: F1 {f1:.3f} < floor {FLOORS['heldout'][category]}"


#: Micro F1 floors of the development sets (answer keys first written blind, then used for general fixes),
#: a little under the last measured figure: a rule change that loses ground on any of them fails here.
#: The sets kept for measurement only (blind, blind15, blind16, blind18, blind19, blind21, blind25, blind28,
#: blind33, blind35, blind38, blind43, blind45, blind46, blind47) have no floor: they are never tuned on.
DEV_FLOORS = {"blind3": 0.93, "blind4": 0.965, "blind5": 0.97, "blind6": 0.97, "blind7": 0.97, "blind8": 0.965,
              "blind9": 0.915, "blind10": 0.93, "blind11": 0.935, "blind12": 0.915, "blind13": 0.885, "blind14": 0.945,
              "blind17": 0.79, "blind20": 0.90, "blind22": 0.86, "blind23": 0.875, "blind24": 0.885, "blind26": 0.89,
              "blind27": 0.88, "blind29": 0.855, "blind30": 0.88, "blind31": 0.825, "blind32": 0.855,
              "blind34": 0.76, "blind36": 0.755, "blind37": 0.825, "blind39": 0.765, "blind40": 0.795, "blind41": 0.72, "blind42": 0.76,
              "blind44": 0.785}
# measured in session 6: .946 .979 .989 .986 .986 .980 .932 .948 .950 .934 .900 .959
# measured in session 7: .946 .979 .989 .986 .986 .980 .932 .948 .950 .933 .907 .959, blind17 .807
# measured in session 8: .946 .979 .989 .986 .986 .981 .935 .948 .950 .933 .911 .961, blind17 .810, blind20 .921,
# blind22 .873
# measured in session 9: .946 .979 .989 .986 .985 .981 .934 .948 .950 .931 .910 .962, blind17 .812, blind20 .922,
# blind22 .883, blind23 .881, blind24 .907
# measured in session 10: .947 .979 .989 .986 .981 .981 .930 .945 .950 .931 .915 .962, blind17 .813, blind20 .925,
# blind22 .883, blind23 .899, blind24 .910, blind26 .914, blind27 .902, blind29 .883, blind30 .903
# measured in session 11: .947 .979 .989 .986 .981 .981 .930 .945 .950 .933 .915 .962, blind17 .813, blind20 .925,
# blind22 .883, blind23 .899, blind24 .910, blind26 .914, blind27 .902, blind29 .883, blind30 .906, blind31 .846,
# blind32 .875, blind34 .728
# measured in session 12: .947 .979 .989 .986 .981 .981 .930 .945 .950 .933 .915 .962, blind17 .813, blind20 .925,
# blind22 .883, blind23 .899, blind24 .910, blind26 .914, blind27 .902, blind29 .885, blind30 .906, blind31 .846,
# blind32 .875, blind34 .781, blind36 .776, blind37 .846, blind39 .788
# measured in session 13: the same, but blind17 .810, blind23 .900, blind29 .888, blind36 .781; blind40 .815, blind42 .783
# measured in session 14: the same, but blind39 .791, blind40 .816; blind41 .742, blind44 .806


def _micro(scores: dict[str, dict[str, float]]) -> float:
    tp, fp, fn = (sum(int(s[k]) for s in scores.values()) for k in ("tp", "fp", "fn"))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.mark.parametrize("name", sorted(DEV_FLOORS))
def test_eval_floors_development_sets(name: str, tmp_path: Path) -> None:
    path = tmp_path / "store"
    run_kg("build", str(GOLD / name), "--store", str(path), "--quiet")
    micro = _micro(_scores(path, f"{name}.json"))
    assert micro >= DEV_FLOORS[name], f"{name}: micro F1 {micro:.3f} < floor {DEV_FLOORS[name]}"
