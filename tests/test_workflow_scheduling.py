"""Scheduling with controlled time: due at 14:00, a 404 at 13:59 and a 200 at 14:00, on every public surface.

No cron job: visibility is decided by the query at each request. The readers' page cache
must neither hide the article at 14:00 nor leak it at 13:59, so each surface is read at
13:59 first (filling the cache) and again at 14:00.
"""
import datetime as dt
import zoneinfo

import pytest
import time_machine
from django.core.cache import cache
from django.urls import NoReverseMatch, reverse

from articles.models import Article
from articles.services import publish_article
from tests.factories import make_article, make_person, make_quote

ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
DUE = dt.datetime(2026, 3, 10, 14, 0, tzinfo=ZURICH)
HEADLINE = "Fusion des deux grandes banques zurichoises"

# (name, url builder, kind): "page" answers 404 then 200; "list" leaves the article out, then lists it.
SURFACES = [
    ("article", lambda a, p: reverse("articles:detail", args=[a.slug]), "page"),
    ("citation", lambda a, p: reverse("articles:quote", args=[a.slug, 0]), "page"),
    ("personne", lambda a, p: reverse("articles:person", args=[p.slug]), "page"),
    ("personne-rss", lambda a, p: reverse("articles:person_rss", args=[p.slug]), "page"),
    ("personne-atom", lambda a, p: reverse("articles:person_atom", args=[p.slug]), "page"),
    ("accueil", lambda a, p: reverse("articles:home"), "list"),
    ("mot-clé", lambda a, p: reverse("articles:tag", args=["banques"]), "list"),
    ("mot-clé-rss", lambda a, p: reverse("articles:tag_rss", args=["banques"]), "list"),
    ("mot-clé-atom", lambda a, p: reverse("articles:tag_atom", args=["banques"]), "list"),
    ("flux-rss", lambda a, p: reverse("articles:feed_rss"), "list"),
    ("flux-atom", lambda a, p: reverse("articles:feed_atom"), "list"),
    ("recherche", lambda a, p: reverse("articles:search") + "?q=zurichoises", "list"),
    ("archives-du-mois", lambda a, p: reverse("articles:archive_month", args=[2026, 3]), "list"),
    ("plan-du-site", lambda a, p: reverse("sitemap_section", args=["articles"]), "list"),
    ("plan-actualités", lambda a, p: reverse("sitemap_news"), "list"),
]


@pytest.fixture
def due_at_two(db):
    """An article scheduled at 14:00 by the one publish service, with its quote, speaker and tag."""
    cache.clear()
    with time_machine.travel(DUE - dt.timedelta(hours=3), tick=False):
        make_article(headline="Une autre nouvelle du matin", status=Article.Status.PUBLISHED)
        article = make_article(headline=HEADLINE, body="Les deux banques zurichoises fusionnent.\n\nSuite.")
        article.tags.add("Banques")
        person = make_person("Karin Keller-Sutter")
        make_quote(article, person, "Cette fusion est la meilleure solution.")
        publish_article(article, at=DUE)
    return article, person


def shows(response, article) -> bool:
    body = response.content.decode()
    return article.slug in body or HEADLINE in body


@pytest.mark.parametrize(("name", "url", "kind"), SURFACES, ids=[s[0] for s in SURFACES])
def test_scheduled_article_appears_at_its_minute(client, due_at_two, name, url, kind):
    article, person = due_at_two
    try:
        path = url(article, person)
    except NoReverseMatch:
        pytest.skip(f"{name}: no such public surface in this build")
    with time_machine.travel(DUE - dt.timedelta(minutes=1), tick=False):
        before = client.get(path)
        if kind == "page":
            assert before.status_code == 404, f"{name} leaks at 13:59"
        else:
            assert before.status_code == 200 and not shows(before, article), f"{name} leaks at 13:59"
    with time_machine.travel(DUE, tick=False):
        after = client.get(path)
        assert after.status_code == 200, f"{name} still hidden at 14:00"
        if kind == "list":
            assert shows(after, article), f"{name} does not list it at 14:00"


def test_scheduled_list_in_admin_orders_by_time(editor_client, db):
    with time_machine.travel(DUE - dt.timedelta(hours=3), tick=False):
        later = make_article(headline="Programmé à 16 h")
        sooner = make_article(headline="Programmé à 14 h")
        publish_article(later, at=DUE + dt.timedelta(hours=2))
        publish_article(sooner, at=DUE)
        html = editor_client.get(reverse("admin:articles_article_scheduled")).content.decode()
        assert html.index("Programmé à 14 h") < html.index("Programmé à 16 h")
        assert "mardi 10 mars 2026" in html
    with time_machine.travel(DUE + dt.timedelta(minutes=1), tick=False):
        html = editor_client.get(reverse("admin:articles_article_scheduled")).content.decode()
        assert "Programmé à 14 h" not in html and "Programmé à 16 h" in html
