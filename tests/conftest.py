import pytest
from django.core.management import call_command

from articles.models import Article
from articles.seed import SEED_FIXTURE


@pytest.fixture
def seed(db) -> Article:
    """The seed article as `make run` loads it: from the committed fixture."""
    call_command("loaddata", str(SEED_FIXTURE), verbosity=0)
    return Article.objects.get()


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_superuser("editrice", email="", password="motdepasse-solide-42")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def _static_files_from_finders(settings):
    """Serve static files from the source tree: the suite does not run collectstatic."""
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Readers' pages uncached (tests in a transaction never run on_commit purges); test_site_cache turns it on."""
    from django.core.cache import cache

    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    cache.clear()


@pytest.fixture
def browser():
    """Debian's Chromium driven by Playwright: skipped on a laptop without it, required in CI."""
    from tests.sitedata import CHROMIUM, CHROMIUM_ARGS, need_chromium

    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
