"""Result types of the quote engine (plain dataclasses, no Django)."""
from __future__ import annotations

from dataclasses import dataclass, field

ATTRIBUTIONS = (
    "named", "role", "pronoun", "continuation", "pull_quote",
    "context", "unnamed", "organization", "none",
)


@dataclass(frozen=True)
class FoundQuote:
    """One quoted span; ``text == source[start:end]`` (marks and inner spaces excluded)."""

    text: str
    start: int
    end: int
    speaker: str | None
    partial: bool
    attribution: str
    speaker_role: str | None = None
    pull_quote: bool = False


@dataclass
class FoundPerson:
    """A person of the article; ``name`` is the fullest form the text uses."""

    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    nationality: str | None = None
    gender: str | None = None
    organisation: str | None = None


@dataclass
class ExtractionResult:
    """What :func:`articles.quotes.extract` returns for one text."""

    language: str
    quotes: list[FoundQuote]
    people: list[FoundPerson]
    mentioned: list[FoundPerson] = field(default_factory=list)
