"""Build the seed fixture from the project's own copy of the seed text, by the real importer."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.db import transaction

from articles.importing import parse_article, read_source
from articles.models import Article, Person, Quote, Tag, TaggedArticle
from articles.services import save_parsed_article

SEED_SOURCES = sorted((settings.BASE_DIR / "fixtures" / "source").glob("*.txt"))
SEED_FIXTURE = settings.BASE_DIR / "fixtures" / "seed.json"


class FixtureBuildError(RuntimeError):
    pass


def build_fixture(paths: list[Path] | None = None) -> str:
    """Import `paths` as published articles and serialise them by natural keys; leave the database as it was.

    Timestamps are set to each article's publish time so that the same text always gives
    byte-identical output; natural keys (slugs, tag names) keep row ids out of the file so it
    loads into any database, and loading it twice creates nothing twice.
    """
    paths = SEED_SOURCES if paths is None else paths
    if Article.objects.exists():
        raise FixtureBuildError("build the fixture in an empty database (make fixture uses a temporary one)")
    with transaction.atomic():
        for path in paths:
            source = path.relative_to(settings.BASE_DIR).as_posix() if path.is_relative_to(settings.BASE_DIR) else str(path)
            save_parsed_article(parse_article(read_source(path, source), source), status=Article.Status.PUBLISHED)
        articles = list(Article.objects.order_by("slug"))
        people = list(Person.objects.order_by("slug"))
        for article in articles:
            article.created_at = article.updated_at = article.published_at
        first_quoted = {}
        for quote in Quote.objects.select_related("article").order_by("article__published_at"):
            if quote.person_id:
                first_quoted.setdefault(quote.person_id, quote.article.published_at)
        for person in people:
            person.created_at = person.updated_at = first_quoted.get(person.pk, articles[0].published_at)
        objects = [
            *Tag.objects.order_by("name"),
            *people,
            *articles,
            *TaggedArticle.objects.select_related("content_object", "tag").order_by("content_object__slug", "tag__name"),
            *Quote.objects.select_related("article").order_by("article__slug", "position"),
        ]
        data = serializers.serialize(
            "json", objects, indent=2, use_natural_foreign_keys=True, use_natural_primary_keys=True
        )
        transaction.set_rollback(True)
    return data + "\n"
