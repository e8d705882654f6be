"""Test data made through the same services editors and importers use."""
import datetime as dt
import itertools

from django.utils import timezone

from articles.models import Article, Person, Quote
from articles.services import publish_article, unique_slug

_counter = itertools.count(1)


def make_article(*, headline: str | None = None, status: str = Article.Status.DRAFT, published_at=None, **fields) -> Article:
    n = next(_counter)
    headline = headline or f"Article numéro {n}"
    article = Article(
        headline=headline,
        slug=unique_slug(Article, headline),
        body=fields.pop("body", "Premier paragraphe.\n\nSecond paragraphe."),
        dateline=fields.pop("dateline", dt.date(2024, 3, 1)),
        **fields,
    )
    article.full_clean()
    article.save()
    if status == Article.Status.PUBLISHED:
        publish_article(article, at=published_at or timezone.now() - dt.timedelta(minutes=1))
    elif status != Article.Status.DRAFT:
        article.status = status
        article.published_at = published_at
        article.save()
    return article


def make_person(name: str = "Ada Lovelace", **fields) -> Person:
    person = Person(name=name, slug=unique_slug(Person, name), **fields)
    person.full_clean()
    person.save()
    return person


def make_quote(article: Article, person: Person | None, text: str = "Nous verrons.", **fields) -> Quote:
    position = fields.pop("position", article.quotes.count())
    quote = Quote(article=article, person=person, text=text, position=position, **fields)
    quote.full_clean()
    quote.save()
    return quote
