"""The reader's pages: home, sections, articles, people, quotes, archives, search, errors."""
import datetime as dt
import io
import json
import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from articles.models import Article
from tests.factories import make_article, make_person, make_quote


def body(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def jsonld_blocks(html: str) -> list[dict]:
    return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def graph_nodes(html: str) -> list[dict]:
    nodes = []
    for block in jsonld_blocks(html):
        nodes += block.get("@graph", [block])
    return nodes


def test_home_shows_the_lead_story_then_the_latest_by_section(client, site):
    older = make_article(
        headline="Le Parlement siège à Berne", status=Article.Status.PUBLISHED, section=site.suisse,
        published_at=timezone.now() - dt.timedelta(days=3),
    )
    html = body(client.get(reverse("articles:home")))
    lead = html[html.index('<article class="lead">'):]
    assert lead.index(site.recent.headline.split(":")[0].rstrip()) < lead.index("</article>")
    assert 'class="lead-title"' in html and 'fetchpriority="high"' in html  # the lead image, above the fold
    suisse = html[html.index('id="rubrique-suisse"'):]
    assert older.headline in suisse.split("</section>")[0]
    assert 'id="rubrique-international"' in html
    assert html.index('id="rubrique-international"') < html.index('id="rubrique-suisse"')  # section order
    assert "Le fil" in html


def test_section_page_and_pagination(client, site):
    for n in range(22):
        make_article(headline=f"Brève suisse {n:02d}", status=Article.Status.PUBLISHED, section=site.suisse,
                     published_at=timezone.now() - dt.timedelta(days=2, hours=n))
    first = body(client.get(site.suisse.get_absolute_url()))
    assert "<h1 class=\"page-title\">Suisse</h1>" in first and "L’actualité suisse." in first
    assert 'rel="next" href="/rubriques/suisse/?page=2"' in first
    second = body(client.get(site.suisse.get_absolute_url() + "?page=2"))
    assert "Brève suisse 21" in second and "Brève suisse 00" not in second
    assert '<link rel="canonical" href="http://testserver/rubriques/suisse/?page=2">' in second
    assert client.get("/rubriques/inconnue/").status_code == 404


def test_article_page_metadata(client, site):
    html = body(client.get(site.recent.get_absolute_url()))
    url = "http://testserver" + site.recent.get_absolute_url()
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/articles/[^"]+/partage-[0-9a-f]{16}\.png">', html)
    assert '<meta property="article:section" content="Suisse">' in html
    # French typography: non-breaking spaces before «!», «:» and inside guillemets.
    assert "défense aérienne\u00a0: «\u202fNous devons agir vite\u202f!\u202f»" in html
    # The visible breadcrumb and the correction notice (the workflow's include).
    assert 'aria-label="Fil d’Ariane"' in html and "Le plan sera soumis au Parlement au printemps, et non en hiver." in html


def test_article_jsonld_is_a_newsarticle_google_accepts(client, site):
    nodes = graph_nodes(body(client.get(site.seed.get_absolute_url())))
    article = next(n for n in nodes if n["@type"] == "NewsArticle" and "datePublished" in n)
    # Google's article properties: headline (≤ 110 characters), image, dates, author with a name, publisher.
    assert article["headline"] == site.seed.headline and len(article["headline"]) <= 110
    assert article["datePublished"] == "2022-02"  # the month it is known to, no invented day
    assert article["dateModified"].startswith("2022-")
    assert article["author"] == [{"@type": "Organization", "name": "AFP"}]
    assert all(url.startswith("http://testserver/") for url in article["image"])
    assert article["keywords"] == ["Europe", "OTAN", "Russie", "Ukraine"]
    assert article["articleSection"] == "International"
    publisher = next(n for n in nodes if n["@id"] == article["publisher"]["@id"])
    assert publisher["name"] == "Newsroom" and publisher["logo"]["url"].endswith("/static/img/logo.png")
    people = {n["@id"]: n for n in nodes if n["@type"] == "Person"}
    quotations = [n for n in nodes if n["@type"] == "Quotation"]
    assert len(quotations) == site.seed.quotes.count()
    assert {q["spokenByCharacter"]["@id"] for q in quotations if "spokenByCharacter" in q} == set(people)
    assert people.popitem()[1]["name"] == "Jens Stoltenberg"
    assert all(q["isPartOf"]["@id"] == article["@id"] for q in quotations)
    crumbs = next(n for n in nodes if n["@type"] == "BreadcrumbList")
    assert [i["name"] for i in crumbs["itemListElement"]] == ["Accueil", "International", site.seed.headline]


def test_article_jsonld_carries_bylines_and_corrections(client, site):
    nodes = graph_nodes(body(client.get(site.recent.get_absolute_url())))
    article = next(n for n in nodes if n["@type"] == "NewsArticle" and "datePublished" in n)
    assert article["author"][:2] == [{"@type": "Person", "name": "Anne Dupont"}, {"@type": "Person", "name": "Marc Favre"}]
    assert article["correction"][0]["@type"] == "CorrectionComment"
    assert "printemps" in article["correction"][0]["text"]
    site.recent.refresh_from_db()
    assert article["dateModified"] == site.recent.date_modified.isoformat()


def test_jsonld_cannot_be_closed_by_text(client, db):
    article = make_article(headline="</script><script>alert(1)</script>", status=Article.Status.PUBLISHED)
    html = body(client.get(article.get_absolute_url()))
    assert "<script>alert(1)" not in html
    assert graph_nodes(html)[0]["headline"] == "</script><script>alert(1)</script>"


def test_lead_image_renditions_webp_and_jpeg(client, site):
    html = body(client.get(site.recent.get_absolute_url()))
    figure = html[html.index('<figure class="lead-figure'):html.index("</figure>")]
    webp = re.search(r'<source type="image/webp" srcset="([^"]+)"', figure).group(1)
    jpeg = re.search(r'<img src="([^"]+)" srcset="([^"]+)"', figure)
    assert [w.split()[-1] for w in webp.split(", ")] == ["480w", "800w", "1200w", "1600w"]
    assert 'width="800" height="480"' in figure and 'fetchpriority="high"' in figure and "loading=" not in figure
    assert "<figcaption>La conseillère fédérale Viola Amherd" in figure and "© Keystone" in figure
    for url, fmt in [(webp.split()[0], "WEBP"), (jpeg.group(1), "JPEG")]:
        response = client.get(url)
        assert response.status_code == 200 and "immutable" in response["Cache-Control"]
        image = Image.open(io.BytesIO(b"".join(response.streaming_content)))
        assert image.format == fmt and image.width in (480, 800)
    # Made once: the second page view reads the same files.
    assert body(client.get(site.recent.get_absolute_url())).count(webp) == 1


def test_caption_without_image_displays_as_text(client, site):
    html = body(client.get(site.seed.get_absolute_url()))
    assert '<figure class="lead-figure caption-only">' in html and "<picture>" not in html


def test_share_cards_are_1200_by_630_and_follow_the_text(client, site):
    html = body(client.get(site.recent.get_absolute_url()))
    card = re.search(r'<meta property="og:image" content="http://testserver([^"]+)">', html).group(1)
    response = client.get(card)
    assert response["Content-Type"] == "image/png" and "immutable" in response["Cache-Control"]
    assert Image.open(io.BytesIO(b"".join(response.streaming_content))).size == (1200, 630)
    Article.objects.filter(pk=site.recent.pk).update(headline="Un autre titre")
    new_card = re.search(r'<meta property="og:image" content="http://testserver([^"]+)">', body(client.get(site.recent.get_absolute_url()))).group(1)
    assert new_card != card
    assert client.get(card).status_code == 301 and client.get(card)["Location"] == new_card
    assert Image.open(io.BytesIO(b"".join(client.get(new_card).streaming_content))).size == (1200, 630)


def test_quote_page_is_a_permalink_with_context_and_card(client, site):
    response = client.get(site.quote.get_permalink())
    html = body(response)
    assert "Nous devons agir vite, car la situation en Europe a changé" in html
    assert '<a href="/personnes/viola-amherd/">Viola Amherd</a>' in html
    assert "<mark>" in html and "a déclaré Viola Amherd" in html  # the paragraph it comes from
    assert f'href="{site.recent.get_absolute_url()}#citation-0"' in html
    card = re.search(r'<meta property="og:image" content="http://testserver([^"]+)">', html).group(1)
    image = Image.open(io.BytesIO(b"".join(client.get(card).streaming_content)))
    assert image.size == (1200, 630)
    nodes = graph_nodes(html)
    assert next(n for n in nodes if n["@type"] == "Quotation")["spokenByCharacter"]["@id"].endswith("/personnes/viola-amherd/#personne")
    assert client.get(reverse("articles:quote", args=[site.recent.slug, 99])).status_code == 404


def test_person_page_timeline_articles_and_jsonld(client, site):
    html = body(client.get(site.stoltenberg.get_absolute_url()))
    assert html.count('class="permalink"') == 12
    assert "Les articles où Jens Stoltenberg apparaît" in html and "12 citations" in html
    person = next(n for n in graph_nodes(html) if n["@type"] == "Person")
    assert person["name"] == "Jens Stoltenberg" and person["nationality"] == "Norvégien"
    quotations = [n for n in graph_nodes(html) if n["@type"] == "Quotation"]
    assert len(quotations) == 12 and {q["spokenByCharacter"]["@id"] for q in quotations} == {person["@id"]}
    assert 'href="/personnes/jens-stoltenberg/citations/rss/"' in html


def test_person_timeline_is_paginated(client, db, media):
    person = make_person("Marie Curie")
    article = make_article(headline="Longue interview", status=Article.Status.PUBLISHED)
    for n in range(25):
        make_quote(article, person, f"Déclaration numéro {n:02d}.", position=n)
    first = body(client.get(person.get_absolute_url()))
    assert first.count("<blockquote") == 20 and 'href="/personnes/marie-curie/?page=2"' in first
    assert body(client.get(person.get_absolute_url() + "?page=2")).count("<blockquote") == 5


def test_monthly_archives(client, site):
    index = body(client.get(reverse("articles:archives")))
    assert 'href="/archives/2022/02/">février 2022</a>' in index and "(1 article)" in index
    month = body(client.get("/archives/2022/02/"))
    assert site.seed.headline in month and site.recent.headline.split(":")[0].rstrip() not in month
    assert client.get("/archives/2022/13/").status_code == 404


@pytest.mark.parametrize("query", ["defense", "DÉFENSE", "défenses"])
def test_search_folds_accents_and_stems(client, site, query):
    html = body(client.get(reverse("articles:search"), {"q": query}))
    assert "Articles (2)" in html
    assert "<mark>défense</mark>" in html or "<mark>Défense</mark>" in html


def test_search_what_did_x_say_about_y(client, site):
    html = body(client.get(reverse("articles:search"), {"q": "Stoltenberg troupes"}))
    assert "Ce qu’a dit Jens Stoltenberg sur «\u202ftroupes\u202f»" in html
    results = html[html.index('class="result-list quotes"'):]
    assert results.count("<blockquote") == 3 and "<mark>troupes</mark>" in results
    assert "Viola Amherd" not in results
    # From the person page's form: the speaker is given.
    html = body(client.get(reverse("articles:search"), {"q": "Europe", "personne": "viola-amherd"}))
    assert "<mark>Europe</mark>" in html and "Ce qu’a dit Viola Amherd" in html


def test_search_people_and_empty_query(client, site):
    html = body(client.get(reverse("articles:search"), {"q": "amherd", "dans": "personnes"}))
    assert '<a href="/personnes/viola-amherd/">Viola <mark>Amherd</mark></a>' in html
    empty = body(client.get(reverse("articles:search")))
    assert "résultat" not in empty and '<meta name="robots"' not in empty


def test_search_escapes_what_it_highlights(client, site):
    make_article(headline="<b>défense</b> & sécurité", status=Article.Status.PUBLISHED)
    html = body(client.get(reverse("articles:search"), {"q": "défense"}))
    assert "&lt;b&gt;<mark>défense</mark>&lt;/b&gt; &amp; sécurité" in html
    assert '<meta name="robots" content="noindex, follow">' in html


def test_french_404_and_500(client, db, settings):
    response = client.get("/nulle-part/")
    assert response.status_code == 404 and "Page introuvable" in response.content.decode()
    assert '<html lang="fr">' in response.content.decode()
    from articles.views import server_error

    page = server_error(None)
    assert page.status_code == 500 and "Erreur du serveur" in page.content.decode()


def test_scheduled_article_is_absent_until_its_minute(client, db):
    article = make_article(headline="Sous embargo", status=Article.Status.PUBLISHED,
                           published_at=timezone.now() + dt.timedelta(minutes=5))
    assert "Sous embargo" not in body(client.get(reverse("articles:home")))
    assert client.get(article.get_absolute_url()).status_code == 404
    with override_settings():
        import time_machine

        with time_machine.travel(timezone.now() + dt.timedelta(minutes=6), tick=False):
            assert "Sous embargo" in body(client.get(reverse("articles:home")))
