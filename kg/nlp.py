"""The spaCy pipeline kg runs on every article: the configured model plus kg's own components."""
from __future__ import annotations

import spacy
from spacy.language import Language

from kg import lemma_memo
from kg.attribute_matcher import speed_up
from kg.components import BEFORE_PARSER, FACTORIES
from kg.errors import SettingsError
from kg.settings import Settings


def build_nlp(settings: Settings) -> Language:
    """Return ``settings.model`` loaded with kg's components: paragraph breaks before its parser,
    entity fixer and chrome filter after its NER.

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
    """Return ``nlp`` with kg's components added (idempotent): ``BEFORE_PARSER`` ones before its parser
    (or sentence recognizer; first when it has neither), ``FACTORIES`` after its entity recognizer; its
    attribute ruler taught kg's lemma fixes and matching with arrays (same annotations, see kg.attribute_matcher),
    its lemmatizer its answers remembered (same lemmas, see kg.lemma_memo)."""
    add_abbreviations(nlp)
    add_lemma_fixes(nlp)
    speed_up(nlp)
    lemma_memo.speed_up(nlp)
    sentencer = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
    for name in BEFORE_PARSER:
        if name in nlp.pipe_names:
            continue
        if sentencer:
            nlp.add_pipe(name, before=sentencer)
        else:
            nlp.add_pipe(name, first=True)
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


def add_abbreviations(nlp: Language) -> None:
    """Keep every one-word abbreviated title of ``kg/data/role_abbreviations.tsv`` one token with its dot
    ("Brig." rather than "Brig" + "."), so no sentence ends inside "Brig. Gen. Jane Doe"."""
    from spacy.symbols import ORTH

    from kg import gazetteer

    for abbr in [*gazetteer.data_table("role_abbreviations.tsv"), "hon"]:  # "Hon. Jane Doe", the Honourable
        if " " not in abbr:
            form = abbr.capitalize() + "."
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def add_lemma_fixes(nlp: Language) -> None:
    """Give the model's attribute ruler the lemmas of ``kg/data/lemma_fixes.tsv`` ("hoped" is "hope", not "hop"):
    the lemmatizer keeps a lemma the ruler set. Idempotent; nothing without an attribute ruler."""
    from kg import gazetteer

    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    have = {(str(p["patterns"][0][0].get("LOWER")), p["attrs"].get("LEMMA")) for p in ruler.patterns}
    for form, lemma in gazetteer.data_table("lemma_fixes.tsv").items():
        if (form, lemma) not in have:
            ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})


def warm_gazetteers() -> None:
    """Build the gazetteer tables now (they are cached), so worker processes forked later share them
    instead of each building its own (a few seconds of CPU each)."""
    from kg import gazetteer

    gazetteer.lookup_place("Nowhere At All")  # a miss reads every table
    gazetteer.lookup_country("Peru")
    gazetteer.country_of_demonym("Peruvian")
    gazetteer.country_of_metonym("Kremlin")
