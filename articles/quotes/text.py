"""Tokens, sentences and language of an article text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import FUNCTION_WORDS, fold, is_role_word

# Words (with inner hyphens/apostrophes: "a-t-il", "l’OTAN", "D’Amelio") or single symbols.
# The separator is mandatory inside the repeat, so matching is linear.
_TOKEN = re.compile(r"[^\W_]+(?:[-‑'’][^\W_]+)*|\S")
_ELISION = re.compile(r"^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|presqu)['’](?=\w)", re.IGNORECASE)
_ABBREV = frozenset({"m", "mr", "mrs", "ms", "dr", "st", "mme", "mlle", "jr", "sr", "pr", "me", "no", "vs", "etc",
                     "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cpl", "supt", "insp", "det",
                     "adm", "hon", "prof", "rev", "cllr", "fr", "coun", "cr", "pte", "maj", "cmdr", "cdr", "dci",
                     "ald", "atty", "cde", "inc", "ltd", "ltée", "ltee", "corp", "bros"})
_FR_WORDS = frozenset("le la les des est et une que qui dans pour du au aux pas sur avec il elle ses son sa ont été cette qu d l".split())
_EN_WORDS = frozenset("the and of to is that in was for he she it with his her on at by has have had said this are".split())


@dataclass(slots=True)
class Token:
    """One word or symbol; ``quote`` is the index of the quote it lies in, or -1."""

    text: str
    start: int
    end: int
    low: str
    is_word: bool
    line: int
    sent: int = 0
    quote: int = -1

    @property
    def cap(self) -> bool:
        """Starts with an upper-case letter (a possible name part)."""
        return self.is_word and self.text[0].isupper()

    @property
    def is_role(self) -> bool:
        """A function noun such as "ministre" or "spokesman"."""
        return self.is_word and is_role_word(self.text)

    @property
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens, cutting French elisions (l’, d’, qu’) and English 's."""
    tokens: list[Token] = []
    line = 0
    last = 0
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        line += text.count("\n", last, s)
        last = s
        word = m.group()
        if not word[0].isalnum() and word[0] != "_":
            tokens.append(Token(word, s, e, word, False, line))
            continue
        el = _ELISION.match(word)
        # "D’Amelio" after a given name is a surname, not the elided preposition.
        keep = el and word[0].isupper() and tokens and tokens[-1].cap and tokens[-1].line == line
        if el and not keep:
            cut = el.end()
            tokens.append(Token(word[:cut], s, s + cut, fold(word[:cut]), True, line))
            word, s = word[cut:], s + cut
        if len(word) > 2 and word[-2:] in ("'s", "’s") and word[0].isupper():
            tokens.append(Token(word[:-2], s, e - 2, fold(word[:-2]), True, line))
            tokens.append(Token(word[-2:], e - 2, e, "'s", True, line))
            continue
        tokens.append(Token(word, s, e, fold(word), True, line))
    _mark_sentences(tokens)
    return tokens


def _mark_sentences(tokens: list[Token]) -> None:
    """Number sentences: a new one starts at a line break or after . ! ? before a capital."""
    sent = 0
    for i, tok in enumerate(tokens):
        if i and tok.line != tokens[i - 1].line:
            sent += 1
        tok.sent = sent
        end = tok.text in ".!?…" or (tok.text in "»”" and i and tokens[i - 1].text in ".!?…")
        if end and i + 1 < len(tokens):
            prev = tokens[i - 1].low if i else ""
            nxt = tokens[i + 1]
            if tok.text == "." and (prev in _ABBREV or (len(prev) == 1 and prev.isalpha())):
                continue
            if tok.text in ".!?…" and nxt.text in "»”" and nxt.line == tok.line:
                continue  # «…?» Le prévenu…: the closing mark ends the same sentence
            if nxt.cap or nxt.text in "«“\"‘'" or not nxt.is_word:
                sent += 1


def detect_language(text: str) -> str:
    """``fr`` or ``en`` by counting very frequent function words."""
    fr = en = 0
    for m in re.finditer(r"[^\W\d_]+", text[:20000].lower()):
        w = m.group()
        fr += w in _FR_WORDS
        en += w in _EN_WORDS
    return "en" if en > fr else "fr"


def is_function_word(low: str) -> bool:
    return low in FUNCTION_WORDS
