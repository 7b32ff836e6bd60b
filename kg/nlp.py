"""The spaCy pipeline kg runs on every article: the configured model plus kg's own components."""
from __future__ import annotations

import spacy
from spacy.language import Language

from kg.components import FACTORIES
from kg.errors import SettingsError
from kg.settings import Settings


def build_nlp(settings: Settings) -> Language:
    """Return ``settings.model`` loaded with kg's components (entity fixer, chrome filter) after its NER.

    Raises SettingsError naming the ``model`` setting when the model is not installed."""
    try:
        nlp = spacy.load(settings.model)
    except OSError as exc:
        raise SettingsError(
            f"spaCy model {settings.model!r} (setting 'model', env KG_MODEL) is not installed: "
            f"install it with `pip install {settings.model.replace('_', '-')}` or "
            f"`python -m spacy download {settings.model}`, or set KG_MODEL to an installed model ({exc})"
        ) from None
    return add_components(nlp)


def add_components(nlp: Language) -> Language:
    """Return ``nlp`` with kg's components appended after its entity recognizer (idempotent)."""
    after = "ner" if "ner" in nlp.pipe_names else None
    for name in FACTORIES:
        if name in nlp.pipe_names:
            continue
        if after:
            nlp.add_pipe(name, after=after)
            after = name
        else:
            nlp.add_pipe(name)
    return nlp


def warm_gazetteers() -> None:
    """Build the gazetteer tables now (they are cached), so worker processes forked later share them
    instead of each building its own (a few seconds of CPU each)."""
    from kg import gazetteer

    gazetteer.lookup_place("Nowhere At All")  # a miss reads every table
    gazetteer.lookup_country("Peru")
    gazetteer.country_of_demonym("Peruvian")
    gazetteer.country_of_metonym("Kremlin")
