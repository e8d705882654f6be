"""Readers see published articles whose time has come, and nothing else, on every page."""
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.services import publish_article, unpublish_article
from tests.factories import make_article, make_person, make_quote


def public_urls(article, person, tag_slug):
    return [article.get_absolute_url(), person.get_absolute_url(), reverse("articles:tag", args=[tag_slug])]


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.REVIEW, "scheduled", Article.Status.UNPUBLISHED])
def test_not_published_is_404_everywhere(client, db, status):
    if status == "scheduled":
        article = make_article(headline="Annonce sous embargo")
        publish_article(article, at=timezone.now() + dt.timedelta(hours=2))
    elif status == Article.Status.UNPUBLISHED:
        article = make_article(headline="Annonce retirée", status=Article.Status.PUBLISHED)
        unpublish_article(article)
    else:
        article = make_article(headline="Annonce en cours", status=status)
    article.tags.add("Embargo")
    person = make_person("Marie Curie")
    make_quote(article, person, "Rien n’est à craindre.")
    for url in public_urls(article, person, "embargo"):
        response = client.get(url)
        if url.startswith("/mots-cles/"):
            assert article.headline not in response.content.decode()
        else:
            assert response.status_code == 404, url
    assert article.headline not in client.get(reverse("articles:home")).content.decode()


def test_published_is_visible_everywhere(client, db):
    article = make_article(headline="Annonce publiée", status=Article.Status.PUBLISHED)
    article.tags.add("Annonces")
    person = make_person("Marie Curie", roles=["physicienne"])
    make_quote(article, person, "Rien n’est à craindre.")
    for url in [*public_urls(article, person, "annonces"), reverse("articles:home")]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Rien n’est à craindre." in client.get(person.get_absolute_url()).content.decode()


def test_home_is_newest_first_and_paginated(client, db):
    now = timezone.now()
    for n in range(25):
        make_article(headline=f"Dépêche {n:02d}", status=Article.Status.PUBLISHED, published_at=now - dt.timedelta(hours=n + 1))
    first = client.get(reverse("articles:home")).content.decode()
    assert first.index("Dépêche 00") < first.index("Dépêche 01")
    assert "Dépêche 24" not in first
    assert "Dépêche 24" in client.get(reverse("articles:home") + "?page=2").content.decode()


def test_person_quotes_newest_first_with_links(client, db):
    person = make_person("Marie Curie")
    old = make_article(headline="Ancienne", status=Article.Status.PUBLISHED, dateline=dt.date(2020, 1, 1))
    new = make_article(headline="Récente", status=Article.Status.PUBLISHED, dateline=dt.date(2024, 1, 1))
    make_quote(old, person, "Première déclaration.")
    make_quote(new, person, "Dernière déclaration.")
    page = client.get(person.get_absolute_url()).content.decode()
    assert page.index("Dernière déclaration.") < page.index("Première déclaration.")
    assert f'href="{new.get_absolute_url()}#citation-0"' in page
