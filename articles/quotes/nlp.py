"""Optional spaCy named-entity recogniser, loaded lazily once per process.

Only the model's ``tok2vec`` and ``ner`` weights are loaded, and spaCy's tokenizer is
skipped: the engine hands over its own tokens, which it already splits the French way
(l’, d’, qu’).  Loading spaCy's French tokenizer alone compiles regexes for ~2.6 s,
which would break the "one article in under 3 s" budget.  When spaCy or the model is
missing the engine falls back to its rules, so ``import articles.quotes`` never needs
spaCy.
"""
from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Sequence
from typing import Any

MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
_EXCLUDE = ["tokenizer", "parser", "tagger", "morphologizer", "lemmatizer", "attribute_ruler", "senter"]
_cache: dict[str, Any] = {}
_lock = threading.Lock()
enabled = True  # the benchmark switches this off to measure what spaCy buys


def _model_path(package: str) -> str:
    """Directory holding config.cfg of an installed model package."""
    mod = importlib.import_module(package)
    root = os.path.dirname(mod.__file__ or "")
    for entry in sorted(os.listdir(root)):
        sub = os.path.join(root, entry)
        if os.path.isfile(os.path.join(sub, "config.cfg")):
            return sub
    return root


def _load(language: str) -> Any:
    with _lock:
        if language not in _cache:
            try:
                import spacy

                path = _model_path(MODELS[language])
                # "xx" avoids importing the language class (and its slow tokenizer rules)
                _cache[language] = spacy.load(path, exclude=_EXCLUDE, config={"nlp": {"lang": "xx"}})
            except (ImportError, OSError, ValueError, KeyError):  # missing or incompatible model: rules only
                _cache[language] = None
        return _cache[language]


def available(language: str) -> bool:
    return enabled and _load(language) is not None


def entities(words: Sequence[str], spaces: Sequence[bool], language: str) -> list[tuple[int, int, str]] | None:
    """``(first_word, end_word, label)`` entities over ``words``, or None without a model."""
    if not enabled or not words:
        return None
    nlp = _load(language)
    if nlp is None:
        return None
    from spacy.tokens import Doc

    doc = nlp(Doc(nlp.vocab, words=list(words), spaces=list(spaces)))
    return [(e.start, e.end, e.label_) for e in doc.ents]
