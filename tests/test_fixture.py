"""fixtures/seed.json is built from the seed text by the importer, and loads cleanly."""
from django.core.management import call_command

from articles.models import Article, Person, Quote, TaggedArticle
from articles.seed import SEED_FIXTURE, build_fixture


def test_committed_fixture_equals_a_fresh_build(db):
    assert build_fixture() == SEED_FIXTURE.read_text(encoding="utf-8")


def test_build_is_deterministic_and_leaves_nothing_behind(db):
    first = build_fixture()
    assert not Article.objects.exists() and not Person.objects.exists()
    assert build_fixture() == first


def test_fixture_loads_into_an_empty_database_twice_without_duplicates(db):
    for _ in range(2):
        call_command("loaddata", str(SEED_FIXTURE), verbosity=0)
    article = Article.objects.get()
    assert article.is_public
    assert article.date_display == "février 2022"
    assert Person.objects.count() == 1
    assert Quote.objects.filter(person__name="Jens Stoltenberg").count() == 12
    assert TaggedArticle.objects.count() == len(set(article.tags.names())) >= 3


def test_load_seed_never_overwrites_an_edited_article(db):
    call_command("load_seed", verbosity=0)
    Article.objects.update(headline="Titre corrigé par la rédaction")
    call_command("load_seed", verbosity=0)
    assert Article.objects.get().headline == "Titre corrigé par la rédaction"
