"""sitemap.xml, its sections and the Google News sitemap, validated against the sitemaps.org schemas; robots.txt."""
import datetime as dt
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone
from lxml import etree

from articles.models import Article

SCHEMAS = Path(__file__).parent / "schemas"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "n": "http://www.google.com/schemas/sitemap-news/0.9"}


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def valid(client, url: str, xsd: str) -> etree._Element:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    document = etree.fromstring(response.content)
    validator = schema(xsd)
    assert validator.validate(document), f"{url}: {validator.error_log}"
    return document


def test_schemas_reject_what_they_should():
    bad = etree.fromstring(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc><priority>2</priority></url></urlset>')
    assert not schema("sitemap.xsd").validate(bad)


def test_sitemap_index_and_every_section(client, site):
    index = valid(client, reverse("sitemap"), "siteindex.xsd")
    locations = index.xpath("//s:sitemap/s:loc/text()", namespaces=NS)
    names = {loc.rsplit("/", 1)[-1] for loc in locations}
    assert names == {f"sitemap-{n}.xml" for n in ["pages", "articles", "rubriques", "mots-cles", "personnes", "citations", "archives"]}
    urls = set()
    for location in locations:
        document = valid(client, location.removeprefix("http://testserver"), "sitemap.xsd")
        urls |= set(document.xpath("//s:url/s:loc/text()", namespaces=NS))
    for path in [site.seed.get_absolute_url(), site.recent.get_absolute_url(), site.stoltenberg.get_absolute_url(),
                 site.quote.get_permalink(), site.suisse.get_absolute_url(), "/mots-cles/otan/", "/archives/2022/02/", "/"]:
        assert "http://testserver" + path in urls, path


def test_drafts_are_not_in_sitemaps(client, site):
    Article.objects.filter(pk=site.recent.pk).update(status=Article.Status.DRAFT)
    document = valid(client, "/sitemap-articles.xml", "sitemap.xsd")
    assert document.xpath("//s:url/s:loc/text()", namespaces=NS) == ["http://testserver" + site.seed.get_absolute_url()]
    assert client.get("/sitemap-inconnu.xml").status_code == 404


def test_google_news_sitemap_has_the_last_two_days(client, site):
    Article.objects.filter(pk=site.seed.pk).update(published_at=timezone.now() - dt.timedelta(days=3))
    document = valid(client, reverse("sitemap_news"), "news-sitemap.xsd")
    entries = document.xpath("//s:url", namespaces=NS)
    assert len(entries) == 1
    assert entries[0].xpath("s:loc/text()", namespaces=NS) == ["http://testserver" + site.recent.get_absolute_url()]
    assert entries[0].xpath("n:news/n:publication/n:name/text()", namespaces=NS) == ["Newsroom"]
    assert entries[0].xpath("n:news/n:publication/n:language/text()", namespaces=NS) == ["fr"]
    assert entries[0].xpath("n:news/n:title/text()", namespaces=NS) == [site.recent.headline]


def test_robots_txt(client, db):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "User-agent: *" in text and "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text and "Sitemap: http://testserver/sitemap-news.xml" in text


@pytest.mark.parametrize("setting", ["https://www.example.ch"])
def test_canonical_urls_use_the_public_origin(client, site, settings, setting):
    settings.NEWSROOM_SITE_URL = setting
    html = client.get(site.seed.get_absolute_url()).content.decode()
    assert f'<link rel="canonical" href="{setting}{site.seed.get_absolute_url()}">' in html
    assert f"Sitemap: {setting}/sitemap.xml" in client.get("/robots.txt").content.decode()
