"""The seed article as a reader sees it."""
from django.urls import reverse

from articles.models import Person


def test_article_page_shows_everything_a_reader_needs(client, seed):
    html = client.get(seed.get_absolute_url()).content.decode()
    assert "<article" in html and '<time datetime="2022-02">février 2022</time>' in html
    assert "Guerre en Ukraine" in html
    assert "L’OTAN active ses plans de défense" in html
    assert 'class="standfirst"' in html
    assert "<figcaption>Le secrétaire général de l’OTAN" in html and "© AFP" in html
    assert '<figure class="pull-quote">' in html and "<cite>" in html
    assert 'rel="tag"' in html and ">OTAN<" in html
    person = Person.objects.get()
    assert f'href="{person.get_absolute_url()}"' in html
    assert "\u202f»" in html  # narrow no-break space before the closing guillemet
    # No day invented for a month-precision date.
    assert "1 février" not in html and "1er février" not in html


def test_person_page_lists_every_quote_with_its_article(client, seed):
    person = Person.objects.get()
    response = client.get(person.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Jens Stoltenberg</h1>" in html
    assert "secrétaire général de l’OTAN" in html and "Norvégien" in html
    assert html.count("<blockquote") == 12
    assert html.count(f'href="{seed.get_absolute_url()}#citation-') == 12


def test_tag_page_and_home(client, seed):
    assert seed.headline in client.get(reverse("articles:tag", args=["otan"])).content.decode()
    assert seed.headline in client.get(reverse("articles:home")).content.decode()
    assert client.get(reverse("articles:tag", args=["inconnu"])).status_code == 404


def test_text_is_escaped_not_rendered(client, db):
    from articles.models import Article
    from tests.factories import make_article

    article = make_article(headline="<script>alert(1)</script> {{ secret }}", status=Article.Status.PUBLISHED)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html and "{{ secret }}" in html


def test_paragraphs_survive_a_browser_round_trip(client, seed):
    """Textareas post CRLF line ends; paragraphs must still be paragraphs."""
    seed.body = seed.body.replace("\n", "\r\n")
    seed.save()
    html = client.get(seed.get_absolute_url()).content.decode()
    body = html[html.index('<div class="body">'):html.index("</div>", html.index('<div class="body">'))]
    assert len(seed.paragraphs) == 5 and body.count("<p>") == 5 + 1  # five paragraphs and the pull quote's
    assert body.index('class="pull-quote"') < body.index("Ce déploiement est destiné à prévenir")


def test_dates_read_the_french_way():
    import datetime as dt

    from articles.models import Article

    assert Article(dateline=dt.date(2024, 3, 1), date_precision="day").date_display == "1er mars 2024"
    assert Article(dateline=dt.date(2024, 3, 2), date_precision="day").date_display == "2 mars 2024"
    assert Article(dateline=dt.date(2022, 2, 1), date_precision="month").date_display == "février 2022"
    assert Article(dateline=dt.date(2022, 2, 1), date_precision="year").date_display == "2022"


def test_pages_do_not_vary_on_the_readers_language(client, seed):
    """A French-only site: one cached copy per URL for a CDN, not one per Accept-Language."""
    response = client.get(seed.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de-CH")
    assert "Accept-Language" not in response.get("Vary", "")
    assert "février 2022" in response.content.decode()


def test_the_web_server_refuses_to_start_without_a_secret_key():
    """DEBUG off and no DJANGO_SECRET_KEY: wsgi fails loudly; manage.py commands still run on a checkout."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    served = subprocess.run([sys.executable, "-c", "import newsroom.wsgi"], cwd=root, env=env, capture_output=True, text=True)
    assert served.returncode != 0 and "DJANGO_SECRET_KEY must be set" in served.stderr
    checked = subprocess.run([sys.executable, "manage.py", "check"], cwd=root, env=env, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
