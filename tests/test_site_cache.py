"""HTTP caching and the page cache: validators, 304s, CDN headers, purges on publish/edit/correct, schedules."""
import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django.utils.http import parse_http_date

from articles import cache as page_cache
from articles.models import Article
from articles.services import add_correction, publish_article, unpublish_article
from tests.factories import make_article, make_person, make_quote


@pytest.fixture
def cached(settings):
    """The page cache as in production (the suite runs without it, see conftest)."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300
    settings.NEWSROOM_CDN_SECONDS = 300
    settings.NEWSROOM_BROWSER_SECONDS = 60


def test_etag_and_last_modified_answer_304(client, site):
    url = site.seed.get_absolute_url()
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"autre"').status_code == 200


def test_cache_control_fits_a_cdn(client, site):
    response = client.get(reverse("articles:home"))
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "s-maxage=300"} <= directives
    assert "Cookie" not in response.get("Vary", "")


def test_csp_header_is_strict_on_public_pages(client, site):
    policy = client.get(reverse("articles:home"))["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy and "unsafe-inline" not in policy
    assert "Content-Security-Policy" not in client.get("/admin/login/")


def test_page_cache_serves_then_purges_on_edit(client, site, cached, django_capture_on_commit_callbacks):
    url = site.seed.get_absolute_url()
    assert client.get(url)["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"
    other = client.get(site.recent.get_absolute_url())
    assert client.get(site.recent.get_absolute_url())["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        site.seed.headline = "Titre corrigé par la rédaction"
        site.seed.save()
    response = client.get(url)
    assert response["X-Cache"] == "miss" and "Titre corrigé par la rédaction" in response.content.decode()
    # The other article's page was not purged; the home page (a list) was.
    assert client.get(site.recent.get_absolute_url())["X-Cache"] == "hit"
    assert other.status_code == 200


def test_publish_purges_lists_and_people(client, site, cached, django_capture_on_commit_callbacks):
    home = reverse("articles:home")
    person_url = site.amherd.get_absolute_url()
    client.get(home), client.get(person_url)
    assert client.get(home)["X-Cache"] == "hit" and client.get(person_url)["X-Cache"] == "hit"
    draft = make_article(headline="Nouvelle annonce de la ministre")
    make_quote(draft, site.amherd, "Nous tiendrons nos engagements.")
    with django_capture_on_commit_callbacks(execute=True):
        publish_article(draft, at=timezone.now() - dt.timedelta(seconds=1))
    assert "Nouvelle annonce de la ministre" in client.get(home).content.decode()
    assert "Nous tiendrons nos engagements." in client.get(person_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        unpublish_article(draft)
    assert "Nouvelle annonce de la ministre" not in client.get(home).content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_correction_purges_the_article(client, site, cached, django_capture_on_commit_callbacks):
    url = site.recent.get_absolute_url()
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        add_correction(site.recent, kind="update", text="Le Parlement a fixé la date du débat.")
    assert "Le Parlement a fixé la date du débat." in client.get(url).content.decode()


def test_person_edit_purges_the_articles_that_quote_them(client, site, cached, django_capture_on_commit_callbacks):
    url = site.recent.get_absolute_url()
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        site.amherd.roles = [*site.amherd.roles, "présidente de la Confédération"]
        site.amherd.save()
    assert "présidente de la Confédération" in client.get(url).content.decode()


def test_scheduled_article_appears_at_its_minute_despite_caches(client, site, cached, django_capture_on_commit_callbacks):
    home = reverse("articles:home")
    start = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(headline="Annonce programmée", status=Article.Status.PUBLISHED,
                               published_at=start + dt.timedelta(seconds=90))
    with time_machine.travel(start, tick=False):
        response = client.get(home)
        assert "Annonce programmée" not in response.content.decode()
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        # Neither we, nor a CDN, nor a browser keep the page past the publish time.
        assert "s-maxage=89" in directives or "s-maxage=90" in directives
        assert client.get(home)["X-Cache"] == "hit"
    with time_machine.travel(start + dt.timedelta(seconds=91), tick=False):
        response = client.get(home)
        assert response["X-Cache"] == "miss" and "Annonce programmée" in response.content.decode()
        # Last-Modified moved to the publish time: a conditional GET from before it gets the new page.
        assert parse_http_date(response["Last-Modified"]) >= int(article.published_at.timestamp())
        assert client.get(article.get_absolute_url()).status_code == 200


def test_not_found_is_not_cached(client, db, cached):
    article = make_article(headline="Pas encore")
    assert client.get(article.get_absolute_url()).status_code == 404
    Article.objects.filter(pk=article.pk).update(status=Article.Status.PUBLISHED, published_at=timezone.now())
    assert client.get(article.get_absolute_url()).status_code == 200


def test_purge_by_tag_is_targeted(db, cached):
    before = page_cache.tag_versions(["article:1", "article:2", "lists"])
    page_cache.purge(["article:1"])
    after = page_cache.tag_versions(["article:1", "article:2", "lists"])
    assert after["article:1"] > before["article:1"]
    assert after["article:2"] == before["article:2"] and after["lists"] == before["lists"]
    person = make_person("Personne Test")
    assert f"person:{person.pk}" not in page_cache.tags_for_article(0)


def test_section_rename_purges_its_articles(client, site, cached, django_capture_on_commit_callbacks):
    url = site.recent.get_absolute_url()
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        site.suisse.name = "Confédération"
        site.suisse.save()
    assert "Confédération" in client.get(url).content.decode()


def test_editors_bookkeeping_purges_nothing(client, site, cached, django_capture_on_commit_callbacks, editor):
    from articles.models import ArticleOpening

    url = site.recent.get_absolute_url()
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        ArticleOpening.objects.create(article=site.recent, user=editor)
    assert callbacks == [] and client.get(url)["X-Cache"] == "hit"
