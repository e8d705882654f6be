"""The desk in a real browser (Debian's Chromium through Playwright): write, submit, preview, publish,
collide, restore. Screenshots land in tests/screenshots/ to be looked at, not only asserted."""
import os
import re
from pathlib import Path

import pytest
from articles.models import Article
from tests.factories import make_article
from tests.roles import CHIEF, EDITOR, PASSWORD, REPORTER, make_member

SCREENSHOTS = Path(os.environ.get("NEWSROOM_SCREENSHOTS", Path(__file__).parent / "screenshots"))

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _screenshots_folder():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)


def member(username, group, first, last):
    return make_member(username, group, first_name=first, last_name=last)


def logged_in(browser, live_server, username):
    context = browser.new_context(locale="fr-FR", timezone_id="Europe/Zurich", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    return page


def test_reporter_writes_and_submits_then_editor_previews_and_publishes(browser, live_server):
    member("rene", REPORTER, "René", "Reporter")
    member("edith", EDITOR, "Édith", "Piaf")

    reporter = logged_in(browser, live_server, "rene")
    reporter.goto(f"{live_server.url}/admin/articles/article/add/")
    reporter.fill("#id_kicker", "Climat")
    reporter.fill("#id_headline", "Le glacier du Rhône a perdu un mètre cette année")
    reporter.fill("#id_standfirst", "Les mesures de l’EPFZ confirment une fonte record.")
    reporter.fill("#id_body", "Les glaciologues ont présenté leurs mesures mardi.\n\nLa fonte s’accélère depuis dix ans.")
    assert reporter.input_value("#id_slug") == "le-glacier-du-rhône-a-perdu-un-mètre-cette-année"
    assert reporter.locator("input[name=_publish]").count() == 0  # a reporter cannot publish
    reporter.screenshot(path=SCREENSHOTS / "workflow-1-reporter-writes.png", full_page=True)
    reporter.click("input[name=_submit]")
    reporter.wait_for_selector(".messagelist .success")
    assert "soumis à relecture" in reporter.inner_text(".messagelist")
    assert reporter.inner_text(".desk-status .badge") == "En relecture"
    reporter.screenshot(path=SCREENSHOTS / "workflow-2-reporter-submitted.png", full_page=True)
    article = Article.objects.get()
    assert article.status == Article.Status.REVIEW and article.created_by.username == "rene"
    reporter.context.close()

    editor = logged_in(browser, live_server, "edith")
    review_panel = editor.locator(".desk-review")
    assert "Le glacier du Rhône" in review_panel.inner_text()
    editor.screenshot(path=SCREENSHOTS / "workflow-3-dashboard.png", full_page=True)
    review_panel.locator("a", has_text="Le glacier du Rhône").click()
    with editor.context.expect_page() as preview_info:
        editor.click("a.preview-link")
    preview = preview_info.value
    preview.wait_for_load_state()
    assert preview.inner_text("h1") == "Le glacier du Rhône a perdu un mètre cette année"
    assert "Aperçu" in preview.inner_text(".preview-banner")
    preview.screenshot(path=SCREENSHOTS / "workflow-4-preview.png", full_page=True)
    preview.close()

    editor.click("input[name=_publish]")
    editor.wait_for_selector(".messagelist .success")
    assert "publié" in editor.inner_text(".messagelist")
    editor.screenshot(path=SCREENSHOTS / "workflow-5-published.png", full_page=True)
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED

    reader = browser.new_context(locale="fr-FR").new_page()
    reader.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert reader.inner_text("h1") == "Le glacier du Rhône a perdu un mètre cette année"
    reader.screenshot(path=SCREENSHOTS / "workflow-6-reader.png", full_page=True)


def test_two_editors_collide_and_the_second_keeps_their_text(browser, live_server):
    member("edith", EDITOR, "Édith", "Piaf")
    member("xavier", EDITOR, "Xavier", "Dupont")
    article = make_article(headline="Votation du 9 février : le oui l’emporte", body="Premier jet.")
    url = f"{live_server.url}/admin/articles/article/{article.pk}/change/"

    edith, xavier = logged_in(browser, live_server, "edith"), logged_in(browser, live_server, "xavier")
    edith.goto(url)
    xavier.goto(url)
    assert "Édith Piaf" in xavier.inner_text(".presence-notice")  # told before typing

    edith.fill("#id_headline", "Votation du 9 février : le oui l’emporte nettement")
    edith.click("input[name=_continue]")
    edith.wait_for_selector(".messagelist .success")

    typed = "Xavier a réécrit tout le texte, avec les résultats par canton.\n\nGenève : 61 % de oui."
    xavier.fill("#id_body", typed)
    xavier.click("input[name=_continue]")
    xavier.wait_for_selector(".errornote")
    message = xavier.inner_text(".errorlist.nonfield")
    assert re.search(r"modifié par Édith Piaf à \d\d:\d\d depuis votre ouverture", message), message
    assert xavier.input_value("#id_body") == typed  # nothing typed is lost
    xavier.screenshot(path=SCREENSHOTS / "workflow-7-collision.png", full_page=True)
    article.refresh_from_db()
    assert article.body == "Premier jet." and article.headline.endswith("nettement")

    # Having read the warning, Xavier saves on purpose.
    xavier.click("input[name=_continue]")
    xavier.wait_for_selector(".messagelist .success")
    article.refresh_from_db()
    assert article.body == typed.replace("\n", "\r\n") or article.body == typed


def test_editor_restores_an_older_revision(browser, live_server):
    member("chloe", CHIEF, "Chloé", "Chef")
    article = make_article(headline="Le Conseil fédéral annonce un plan", body="Version correcte du texte.", status=Article.Status.PUBLISHED)
    url = f"{live_server.url}/admin/articles/article/{article.pk}/change/"
    page = logged_in(browser, live_server, "chloe")
    for headline, body in (("Le Conseil fédéral annonce un plan d’aide", "Version correcte du texte, complétée."),
                           ("Le Conseil fédéral annonce un plan d’aide erroné", "Version fautive, à oublier.")):
        page.goto(url)
        page.fill("#id_headline", headline)
        page.fill("#id_body", body)
        page.click("input[name=_continue]")
        page.wait_for_selector(".messagelist .success")

    page.goto(f"{url.removesuffix('change/')}history/")
    rows = page.locator("#revision-list tbody tr")
    assert rows.count() == 4  # current + publication + two saves
    page.screenshot(path=SCREENSHOTS / "workflow-8-history.png", full_page=True)
    # Compare the two saves, then restore the first one.
    page.locator("#revision-list input[name=a]").nth(1).check()
    page.locator("#revision-list input[name=b]").nth(1).check()
    page.click("text=Comparer les versions choisies")
    assert "fautive" in page.inner_text(".revision-diff ins") or "fautive" in page.inner_text(".revision-diff")
    page.screenshot(path=SCREENSHOTS / "workflow-9-compare.png", full_page=True)
    page.go_back()
    page.locator("#revision-list a.restore-link").first.click()
    assert "Restaurer" in page.inner_text("h1")
    page.screenshot(path=SCREENSHOTS / "workflow-10-restore.png", full_page=True)
    page.click("input[value='Restaurer cette version']")
    page.wait_for_selector(".messagelist .success")
    assert page.input_value("#id_headline") == "Le Conseil fédéral annonce un plan d’aide"
    assert page.input_value("#id_body") == "Version correcte du texte, complétée."
    page.screenshot(path=SCREENSHOTS / "workflow-11-restored.png", full_page=True)
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED and article.headline == "Le Conseil fédéral annonce un plan d’aide"


def test_editor_schedules_corrects_and_retracts(browser, live_server):
    import datetime as dt

    from django.utils import timezone

    member("edith", EDITOR, "Édith", "Piaf")
    scheduled = make_article(headline="Résultats de la BNS : bénéfice record", body="Embargo jusqu’à demain.")
    live = make_article(headline="Le Léman a gelé en partie", body="Un phénomène rare.", status=Article.Status.PUBLISHED)
    page = logged_in(browser, live_server, "edith")

    # Schedule: a publish time tomorrow at 07:00, then «Enregistrer et publier».
    due = timezone.localtime(timezone.now() + dt.timedelta(days=1)).replace(hour=7, minute=0, second=0, microsecond=0)
    page.goto(f"{live_server.url}/admin/articles/article/{scheduled.pk}/change/")
    page.fill("#id_published_at_0", due.strftime("%d/%m/%Y"))
    page.fill("#id_published_at_1", "07:00:00")
    page.click("input[name=_publish]")
    page.wait_for_selector(".messagelist .success")
    assert "programmé : en ligne le" in page.inner_text(".messagelist")
    assert "EMBARGO" in page.inner_text(".embargo-banner")
    page.screenshot(path=SCREENSHOTS / "workflow-12-embargo.png", full_page=True)
    reader = browser.new_context(locale="fr-FR").new_page()
    assert reader.goto(f"{live_server.url}{scheduled.get_absolute_url()}").status == 404
    page.goto(f"{live_server.url}/admin/articles/article/programmes/")
    assert "Résultats de la BNS" in page.inner_text(".calendar-day")
    page.screenshot(path=SCREENSHOTS / "workflow-13-calendar.png", full_page=True)
    page.goto(f"{live_server.url}/admin/articles/article/")
    assert "Programmé" in page.inner_text("#result_list")
    page.screenshot(path=SCREENSHOTS / "workflow-14-changelist.png", full_page=True)

    # Correct the live article, then retract it.
    page.goto(f"{live_server.url}/admin/articles/article/{live.pk}/change/")
    page.click("text=Ajouter une correction")
    page.check("input[value=correction]")
    page.fill("#id_text", "Seule la baie de Genève a gelé, et non le lac entier.")
    page.click("input[value='Publier la correction']")
    page.wait_for_selector(".messagelist .success")
    reader.goto(f"{live_server.url}{live.get_absolute_url()}")
    assert "Seule la baie de Genève a gelé" in reader.inner_text(".corrections")
    reader.screenshot(path=SCREENSHOTS / "workflow-15-reader-correction.png", full_page=True)

    page.click("text=Retirer l’article…")
    page.fill("#id_note", "Les photos publiées dataient de 2012 : l’article reposait sur une erreur.")
    page.screenshot(path=SCREENSHOTS / "workflow-16-retract-form.png", full_page=True)
    page.click("input[value='Retirer l’article']")
    page.wait_for_selector(".messagelist .success")
    reader = browser.new_context(locale="fr-FR").new_page()  # a fresh reader: no browser cache (max-age) in the way
    response = reader.goto(f"{live_server.url}{live.get_absolute_url()}")
    assert response.status == 200
    assert "dataient de 2012" in reader.inner_text(".retraction-notice")
    reader.screenshot(path=SCREENSHOTS / "workflow-17-reader-retraction.png", full_page=True)
