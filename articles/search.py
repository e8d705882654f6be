"""Readers' search: articles, quotes and people, French stemming, accents folded.

PostgreSQL does the matching and ranking with its full-text engine (the `french_unaccent`
configuration made by migration 0005: the `french` snowball stemmer behind `unaccent`).
Other databases (SQLite in development and tests) fall back to folded substring matching
on light French stems, through a `newsroom_fold()` SQL function registered on each
connection (articles/apps.py). Highlighting is done here in Python for both, on the same
stems, so a reader sees the same marks whatever the database.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Func, Q, QuerySet, TextField
from django.db.models.functions import Cast
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article, Person, Quote, fold

SEARCH_CONFIG = "french_unaccent"
MIN_TERM = 2
# Words that carry no meaning for a search («ce qu’a dit X sur Y»): dropped from the terms.
STOPWORDS = {
    "a", "au", "aux", "ce", "ces", "dans", "de", "des", "du", "en", "est", "et", "il", "elle", "la", "le",
    "les", "l", "d", "qu", "que", "qui", "quoi", "sur", "un", "une", "pour", "par", "dit", "dire", "ont",
    "son", "sa", "ses", "se", "ne", "pas", "ou", "avec", "propos",
}
_SUFFIXES = ("ements", "ement", "ations", "ation", "euses", "euse", "ees", "ee", "es", "er", "ez", "e", "s", "x")
_WORD = re.compile(r"[\w’']+", re.UNICODE)


def fold_char(c: str) -> str:
    """One character without its accent, lower-cased, keeping the text's length (for highlighting)."""
    base = unicodedata.normalize("NFKD", c)[:1] or c
    return base.lower() if len(base.lower()) == 1 else c.lower()[:1] or c


def fold_text(value) -> str:
    """Accent- and case-folded text, the same length as the original (SQLite's newsroom_fold)."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith("[") and text.endswith("]"):
        # A JSON list (aliases, roles): SQLite stores it with \\u escapes; fold the words, not the escapes.
        try:
            text = " ".join(str(v) for v in json.loads(text))
        except ValueError:
            pass
    return "".join(fold_char(c) for c in text).replace("’", "'")


def stem(word: str) -> str:
    """A light French stem of a folded word («défenses» → «defens»), never shorter than four letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def terms_of(query: str) -> list[str]:
    """The stems a query looks for, stop words out, each once, in order."""
    seen: list[str] = []
    for word in _WORD.findall(fold_text(query)):
        word = word.split("'")[-1]
        if len(word) < MIN_TERM or word in STOPWORDS:
            continue
        s = stem(word)
        if s not in seen:
            seen.append(s)
    return seen


class Fold(Func):
    """Accent- and case-folded text in SQL: lower(unaccent()) on PostgreSQL, newsroom_fold() elsewhere."""

    function = "newsroom_fold"
    output_field = TextField()

    def as_postgresql(self, compiler, conn, **extra):
        return self.as_sql(compiler, conn, function="lower", template="%(function)s(unaccent(%(expressions)s::text))")


def uses_full_text() -> bool:
    return connection.vendor == "postgresql"


def _folded_match(fields: list[str], terms: list[str]) -> Q:
    """Every term found in at least one of the fields (folded): the SQLite fallback."""
    per_term = [reduce(or_, [Q(**{f"_fold_{name}__contains": term}) for name in fields]) for term in terms]
    return reduce(and_, per_term)


def _annotate_folds(qs: QuerySet, fields: list[str]) -> QuerySet:
    return qs.annotate(**{f"_fold_{name}": Fold(Cast(F(name), TextField())) for name in fields})


def _full_text(qs: QuerySet, weighted: list[tuple[str, str]], query: str) -> QuerySet:
    """PostgreSQL: match against a weighted tsvector and rank (no stored column: computed per query)."""
    vector = reduce(
        lambda a, b: a + b, [SearchVector(name, weight=weight, config=SEARCH_CONFIG) for name, weight in weighted]
    )
    search = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
    return qs.annotate(_document=vector, rank=SearchRank(vector, search)).filter(_document=search)


def search_articles(query: str) -> QuerySet:
    """Published articles whose headline, standfirst or body matches, best first on PostgreSQL."""
    base = Article.objects.published().select_related("section").prefetch_related("tags")
    terms = terms_of(query)
    if not terms:
        return base.none()
    if uses_full_text():
        return _full_text(base, [("headline", "A"), ("kicker", "B"), ("standfirst", "B"), ("body", "C")], " ".join(terms_for_pg(query))).order_by(
            "-rank", "-published_at", "-pk"
        )
    fields = ["headline", "kicker", "standfirst", "body"]
    return _annotate_folds(base, fields).filter(_folded_match(fields, terms)).order_by("-published_at", "-pk")


def search_quotes(query: str, *, person: Person | None = None) -> QuerySet:
    """Published quotes whose words match; only `person`'s when given («ce qu’a dit X sur Y»)."""
    base = Quote.objects.published().select_related("article", "person")
    if person is not None:
        base = base.filter(person=person)
    terms = terms_of(query)
    if not terms:
        return base.newest_first() if person is not None else base.none()
    if uses_full_text():
        return _full_text(base, [("text", "A")], " ".join(terms_for_pg(query))).order_by(
            "-rank", "-article__published_at", "position"
        )
    return _annotate_folds(base, ["text"]).filter(_folded_match(["text"], terms)).newest_first()


def search_people(query: str) -> QuerySet:
    """People with a published quote whose name, aliases or roles contain every term."""
    terms = terms_of(query)
    if not terms:
        return Person.objects.none()
    fields = ["name", "aliases", "roles"]
    ids = Quote.objects.published().filter(person__isnull=False).values("person_id")
    return _annotate_folds(Person.objects.filter(pk__in=ids), fields).filter(_folded_match(fields, terms)).order_by("name")


def terms_for_pg(query: str) -> list[str]:
    """The query's words for websearch_to_tsquery, stop words out (PostgreSQL stems them itself)."""
    words = [w.split("'")[-1].split("’")[-1] for w in _WORD.findall(query)]
    return [w for w in words if len(w) >= MIN_TERM and fold_text(w) not in STOPWORDS]


def find_speaker(query: str) -> tuple[Person | None, str]:
    """The person a query names, if one («Stoltenberg troupes»), and the rest of the query.

    A word names a person when it is one of the words of their name or an alias (folded),
    and only one published speaker answers to the words found.
    """
    words = [w for w in _WORD.findall(query)]
    folded = [fold_text(w) for w in words]
    candidates = [w for w in folded if len(w) >= 3 and w not in STOPWORDS]
    if not candidates:
        return None, query
    ids = Quote.objects.published().filter(person__isnull=False).values("person_id")
    pool = _annotate_folds(Person.objects.filter(pk__in=ids), ["name", "aliases"]).filter(
        reduce(or_, [Q(_fold_name__contains=w) | Q(_fold_aliases__contains=w) for w in candidates])
    )[:20]
    best: tuple[int, Person | None, set[str]] = (0, None, set())
    tie = False
    for person in pool:
        name_words = set(fold(" ".join([person.name, *person.aliases])).split())
        used = {w for w in candidates if w in name_words}
        if len(used) > best[0]:
            best, tie = (len(used), person, used), False
        elif used and len(used) == best[0]:
            tie = True
    if best[1] is None or tie:
        return None, query
    rest = " ".join(w for w, f in zip(words, folded) if f not in best[2])
    return best[1], rest


@dataclass
class Results:
    query: str
    speaker: Person | None = None
    about: str = ""
    articles: QuerySet | None = None
    quotes: QuerySet | None = None
    people: QuerySet | None = None
    terms: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"articles": self.articles.count(), "citations": self.quotes.count(), "personnes": self.people.count()}

    def of_kind(self, kind: str) -> QuerySet:
        return {"articles": self.articles, "citations": self.quotes, "personnes": self.people}[kind]

    def highlighted(self, kind: str, objects) -> list[dict]:
        """Rows for a page of results, the matches marked: a quote on what was said about, the rest on every word."""
        every = terms_of(self.query)
        if kind == "articles":
            return [
                {
                    "article": a,
                    "headline": highlight(a.headline, every),
                    "excerpt": highlight(" ".join([a.standfirst, *a.paragraphs]), every, around=140),
                }
                for a in objects
            ]
        if kind == "citations":
            return [{"quote": q, "text": highlight(q.text, self.terms)} for q in objects]
        return [{"person": p, "name": highlight(p.name, every)} for p in objects]


def search(query: str, *, speaker: Person | None = None) -> Results:
    """Everything a query finds. A query naming a speaker also asks what they said about the rest."""
    query = query.strip()[:200]
    about = query
    if speaker is None:
        speaker, about = find_speaker(query)
    results = Results(query=query, speaker=speaker, about=about, terms=terms_of(about if speaker else query))
    results.articles = search_articles(query)
    results.people = search_people(query)
    results.quotes = search_quotes(about, person=speaker) if speaker else search_quotes(query)
    return results


def highlight(text: str, terms: list[str], *, around: int | None = None) -> SafeString:
    """Escape `text` and wrap the words starting with one of the stems in <mark>.

    With `around`, keep only an excerpt of about that many characters on each side of the
    first match (the whole text when it is short or nothing matches).
    """
    folded = fold_text(text)
    spans = []
    if terms:
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\w*")
        spans = [m.span() for m in pattern.finditer(folded)]
    start, end, prefix, suffix = 0, len(text), "", ""
    if around is not None and len(text) > 2 * around:
        centre = spans[0][0] if spans else 0
        start = max(0, centre - around)
        end = min(len(text), centre + around)
        if start > 0:
            start = text.find(" ", start) + 1 or start
            prefix = "…"
        if end < len(text):
            end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
            suffix = "…"
    out, pos = [prefix], start
    for a, b in spans:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        out.append(escape(text[pos:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        pos = b
    out.append(escape(text[pos:end]))
    out.append(suffix)
    return mark_safe("".join(out))
