"""Every list page and the article page run a constant number of SQL queries, whatever the content."""
import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Section
from articles.services import add_correction
from tests.factories import make_article, make_person, make_quote

# The most each page may run, cold (no page cache): pinned so that a missing prefetch fails here.
LIMITS = {
    "home": 8,
    "article": 4,
    "quote": 2,
    "person": 6,
    "section": 5,
    "tag": 5,
    "archives": 2,
    "archive_month": 4,
    "search": 8,
    "search_quotes": 8,
    "feed_rss": 3,
    "feed_atom": 3,
    "section_rss": 4,
    "tag_atom": 4,
    "person_rss": 3,
    "sitemap": 20,  # per kind of page: a count to leave out empty ones, its count and latest date
    "sitemap_articles": 4,
    "sitemap_news": 2,
}


def build(size: int, batch: str) -> dict:
    """`size` articles per section, each with `size` tags, quotes by `size` people and a correction."""
    sections = [Section.objects.create(name=f"Rubrique {batch}{n}", slug=f"rubrique-{batch}{n}", position=n) for n in range(2)]
    people = [make_person(f"Personne {batch} Numéro{n}", roles=["ministre"]) for n in range(size)]
    first = None
    for s in sections:
        for n in range(size):
            article = make_article(
                headline=f"Défense {s.slug} {n}", status=Article.Status.PUBLISHED, section=s,
                published_at=timezone.now() - dt.timedelta(hours=n + 1), dateline=dt.date(2024, 3, 1),
            )
            article.tags.add(*[f"Mot {k}" for k in range(size)])
            for k, person in enumerate(people):
                make_quote(article, person, f"Nous parlons de défense, point {k}.", position=k)
            add_correction(article, kind="correction", text=f"Correction {n}.")
            first = first or article
    return {"article": first, "person": people[0], "section": sections[0]}


def urls(objects) -> dict[str, str]:
    article, person, section = objects["article"], objects["person"], objects["section"]
    quote = article.quotes.first()
    return {
        "home": reverse("articles:home"),
        "article": article.get_absolute_url(),
        "quote": quote.get_permalink(),
        "person": person.get_absolute_url(),
        "section": section.get_absolute_url(),
        "tag": reverse("articles:tag", args=["mot-0"]),
        "archives": reverse("articles:archives"),
        "archive_month": timezone.localtime(article.published_at).strftime("/archives/%Y/%m/"),
        "search": reverse("articles:search") + "?q=defense",
        "search_quotes": reverse("articles:search") + "?q=defense&dans=citations",
        "feed_rss": reverse("articles:feed_rss"),
        "feed_atom": reverse("articles:feed_atom"),
        "section_rss": reverse("articles:section_rss", args=[section.slug]),
        "tag_atom": reverse("articles:tag_atom", args=["mot-0"]),
        "person_rss": reverse("articles:person_rss", args=[person.slug]),
        "sitemap": reverse("sitemap"),
        "sitemap_articles": "/sitemap-articles.xml",
        "sitemap_news": reverse("sitemap_news"),
    }


def count_queries(client, url) -> int:
    cache.clear()  # cold: the next scheduled publication time is read again
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


@pytest.mark.parametrize("page", list(LIMITS))
def test_queries_are_pinned_and_do_not_grow(client, db, media, page, django_assert_max_num_queries):
    small = urls(build(2, "a"))
    small_count = count_queries(client, small[page])
    more = urls(build(6, "b"))
    cache.clear()
    with django_assert_max_num_queries(LIMITS[page]):
        assert client.get(more[page]).status_code == 200
    assert count_queries(client, more[page]) == small_count, page
