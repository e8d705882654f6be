"""An editor in a real browser: Debian's Chromium driven by Playwright against a live server."""
import os
from pathlib import Path

import pytest

from articles.models import Article

SCREENSHOTS = Path(os.environ.get("NEWSROOM_SCREENSHOTS", Path(__file__).parent / "screenshots"))

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


@pytest.mark.django_db(transaction=True)
def test_editor_logs_in_edits_publishes_and_reader_sees_it(page, live_server, seed, django_user_model):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    django_user_model.objects.create_superuser("editrice", email="", password="motdepasse-solide-42")
    Article.objects.filter(pk=seed.pk).update(status=Article.Status.DRAFT)

    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "editrice")
    page.fill("#id_password", "motdepasse-solide-42")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")

    page.goto(f"{live_server.url}/admin/articles/article/{seed.pk}/change/")
    page.fill("#id_headline", "L’OTAN active ses plans de défense et renforce son flanc est")
    page.screenshot(path=SCREENSHOTS / "admin-article-change.png", full_page=True)
    page.click("input[name=_publish]")
    page.wait_for_selector(".messagelist .success")
    assert "publié" in page.inner_text(".messagelist")

    page.goto(f"{live_server.url}{seed.get_absolute_url()}")
    assert page.inner_text("h1") == "L’OTAN active ses plans de défense et renforce son flanc est"
    assert page.inner_text("article time") == "février 2022"
    assert "Jens Stoltenberg" in page.inner_text(".pull-quote figcaption")
    page.screenshot(path=SCREENSHOTS / "article.png", full_page=True)

    page.click(".quoted h3 a")
    assert page.inner_text("h1") == "Jens Stoltenberg"
    assert page.locator(".timeline blockquote").count() == 12
    page.screenshot(path=SCREENSHOTS / "person.png", full_page=True)
