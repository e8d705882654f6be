"""Feeds as feed readers see them: feedparser reads every feed without a `bozo` error."""
import feedparser
import pytest
from django.urls import reverse



def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content, response_headers={"content-type": response["Content-Type"]})
    assert not feed.bozo, f"{url}: {feed.get('bozo_exception')}"
    return feed


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_site_feed(client, site, kind):
    feed = parse(client, reverse(f"articles:feed_{kind}"))
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    assert feed.feed.title == "Newsroom" and feed.feed.language.startswith("fr") if kind == "rss" else True
    assert [e.title for e in feed.entries] == [
        f"{site.recent.kicker} : {site.recent.headline}", f"{site.seed.kicker} : {site.seed.headline}",
    ]
    entry = feed.entries[0]
    assert entry.link == "http://testserver" + site.recent.get_absolute_url()
    assert {t.term for t in entry.tags} == {"Défense", "Suisse"}
    assert entry.published_parsed is not None
    if kind == "atom":
        assert entry.updated_parsed >= entry.published_parsed  # the correction moved dateModified


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_section_and_tag_feeds(client, site, kind):
    section = parse(client, reverse(f"articles:section_{kind}", args=["suisse"]))
    assert section.feed.title == "Newsroom — Suisse" and len(section.entries) == 1
    tag = parse(client, reverse(f"articles:tag_{kind}", args=["otan"]))
    assert [e.link for e in tag.entries] == ["http://testserver" + site.seed.get_absolute_url()]
    assert client.get(reverse(f"articles:tag_{kind}", args=["inconnu"])).status_code == 404


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_person_quotes_feed(client, site, kind):
    feed = parse(client, reverse(f"articles:person_{kind}", args=[site.stoltenberg.slug]))
    assert feed.feed.title.startswith("Les déclarations de Jens Stoltenberg")
    assert len(feed.entries) == 12
    assert all("/citations/" in e.link for e in feed.entries)
    assert feed.entries[0].title.startswith("«\u202f")


def test_pages_announce_their_feeds(client, site):
    html = client.get(reverse("articles:tag", args=["otan"])).content.decode()
    assert '<link rel="alternate" type="application/rss+xml" title="Newsroom — OTAN (RSS)" href="/mots-cles/otan/rss/">' in html
