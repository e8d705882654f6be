"""The editorial workflow through its services and the real admin: transitions, audit, locking, revisions."""
import datetime as dt
import json
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.models import Article, Correction, SlugRedirect, Transition
from articles.services import (
    EditConflict, add_correction, publish_article, restore_article_revision, retract_article, save_article,
    submit_article, transition_article, unpublish_article,
)
from tests.factories import make_article, make_person, make_quote
from tests.roles import chief, client_for, desk_editor, reporter, second_editor  # noqa: F401 (fixtures)
from tests.test_admin import change_form_data as raw_change_form_data

S = Article.Status


def change_form_data(client, article):
    """The change form as a browser posts it: the publish time in its two inputs (date, time)."""
    data = raw_change_form_data(client, article)
    value = data.pop("published_at", "")
    if value:
        local = timezone.localtime(value)
        data["published_at_0"], data["published_at_1"] = local.strftime("%d/%m/%Y"), local.strftime("%H:%M:%S")
    return data


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


# Transitions -----------------------------------------------------------------------------------

def test_reporter_submits_own_draft_but_cannot_publish(reporter, desk_editor):
    article = make_article(created_by=reporter)
    submit_article(article, by=reporter)
    assert article.status == S.REVIEW
    with pytest.raises(PermissionDenied):
        publish_article(article, by=reporter)
    publish_article(article, by=desk_editor)
    article.refresh_from_db()
    assert article.status == S.PUBLISHED and article.is_public
    trail = list(Transition.objects.filter(article=article).order_by("at", "pk").values_list("by__username", "from_status", "to_status"))
    assert trail == [("rene", "draft", "review"), ("edith", "review", "published")]


def test_reporter_cannot_submit_someone_elses_draft(reporter, desk_editor):
    article = make_article(created_by=desk_editor)
    with pytest.raises(PermissionDenied):
        submit_article(article, by=reporter)
    assert not Transition.objects.exists()


@pytest.mark.parametrize(("start", "to"), [
    (S.DRAFT, S.UNPUBLISHED), (S.DRAFT, S.RETRACTED), (S.REVIEW, S.RETRACTED), (S.UNPUBLISHED, S.RETRACTED),
])
def test_impossible_transitions_are_refused(desk_editor, start, to):
    article = make_article(status=start)
    with pytest.raises(ValidationError):
        transition_article(article, to=to, by=desk_editor, note="raison")
    article.refresh_from_db()
    assert article.status == start and not Transition.objects.exists()


def test_retraction_keeps_the_page_with_a_notice_and_drops_the_quotes(client, desk_editor, django_capture_on_commit_callbacks):
    article = make_article(headline="Une enquête contestée", status=S.PUBLISHED)
    person = make_person("Marie Curie")
    make_quote(article, person, "Tout est faux.")
    make_quote(make_article(status=S.PUBLISHED), person, "Autre chose.")
    with pytest.raises(ValidationError):
        retract_article(article, by=desk_editor, note="  ")
    retract_article(article, by=desk_editor, note="Les sources de cet article n’ont pas pu être vérifiées.")
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "Article retiré" in html and "n’ont pas pu être vérifiées" in html
    assert "Tout est faux." not in client.get(person.get_absolute_url()).content.decode()
    assert Transition.objects.filter(article=article).first().to_status == S.RETRACTED
    with django_capture_on_commit_callbacks(execute=True):  # as at commit: the readers' cache is purged
        unpublish_article(article, by=desk_editor)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_every_transition_makes_a_revision_with_its_author(desk_editor):
    article = make_article()
    publish_article(article, by=desk_editor)
    (version,) = Version.objects.get_for_object(article)
    assert version.revision.user == desk_editor and "Brouillon → Publié" in version.revision.comment


# Corrections and slugs -------------------------------------------------------------------------

def test_correction_shows_on_the_article_and_moves_date_modified(client, desk_editor, reporter):
    article = make_article(headline="Budget voté", status=S.PUBLISHED, published_at=timezone.now() - dt.timedelta(days=1))
    with pytest.raises(PermissionDenied):
        add_correction(article, kind=Correction.Kind.CORRECTION, text="x", by=reporter)
    before = article.date_modified
    add_correction(article, kind=Correction.Kind.CORRECTION, text="Le budget s’élève à 3 milliards, non 3 millions.", by=desk_editor)
    add_correction(article, kind=Correction.Kind.UPDATE, text="Le Conseil des États a confirmé le vote.", by=desk_editor)
    article.refresh_from_db()
    assert article.date_modified > before
    html = client.get(article.get_absolute_url()).content.decode()
    assert re.search(r"Correction\s*(&nbsp;|\xa0)?:\s*</strong> Le budget s’élève", html)
    assert re.search(r"Mise à jour\s*(&nbsp;|\xa0)?:\s*</strong> Le Conseil", html)
    graphs = [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    modified = [n.get("dateModified") for g in graphs for n in g.get("@graph", [g]) if n.get("@type") == "NewsArticle"]
    assert modified and all(m == article.date_modified.isoformat() for m in modified)
    assert "Mise à jour" in Version.objects.get_for_object(article).first().revision.comment


def test_draft_gets_no_public_correction(desk_editor):
    with pytest.raises(ValidationError):
        add_correction(make_article(), kind=Correction.Kind.CORRECTION, text="x", by=desk_editor)


def test_slug_change_of_published_article_redirects_permanently(client, editor_client, django_capture_on_commit_callbacks):
    article = make_article(headline="Ancien titre", status=S.PUBLISHED)
    old_url = article.get_absolute_url()
    data = change_form_data(editor_client, article)
    data["slug"] = "nouveau-titre"
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == "/articles/nouveau-titre/"
    assert client.get(response["Location"]).status_code == 200
    quote = make_quote(article, make_person("Ada Lovelace"), "Une citation.")
    moved = client.get(f"{old_url}citations/{quote.position}/")
    assert moved.status_code == 301 and moved["Location"] == f"/articles/nouveau-titre/citations/{quote.position}/"
    assert client.get("/personnes/inconnu/").status_code == 404  # other routes are left alone
    # A second rename keeps both former addresses pointing at the current one.
    data = change_form_data(editor_client, article)
    data["slug"] = "titre-final"
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(change_url(article), data)
    assert client.get(old_url)["Location"] == client.get("/articles/nouveau-titre/")["Location"] == "/articles/titre-final/"
    # Unpublished: the old address is a 404 like the new one, nothing leaks.
    with django_capture_on_commit_callbacks(execute=True):
        unpublish_article(article)
    assert client.get(old_url).status_code == 404
    assert SlugRedirect.objects.count() == 2


def test_draft_slug_change_leaves_no_redirect(editor_client):
    article = make_article(headline="Brouillon")
    data = change_form_data(editor_client, article)
    data["slug"] = "autre"
    editor_client.post(change_url(article), data)
    assert not SlugRedirect.objects.exists()


# Optimistic locking ----------------------------------------------------------------------------

def test_stale_version_is_refused_in_the_update(desk_editor, second_editor):
    article = make_article()
    first, second = Article.objects.get(pk=article.pk), Article.objects.get(pk=article.pk)
    first.headline = "Version d’Édith"
    save_article(first, by=desk_editor, expected_version=first.version)
    second.headline = "Version de Xavier"
    with pytest.raises(EditConflict, match=r"modifié par Édith Piaf à \d\d:\d\d depuis votre ouverture"):
        save_article(second, by=second_editor, expected_version=second.version)
    article.refresh_from_db()
    assert article.headline == "Version d’Édith" and article.version == 2


def test_second_editor_is_refused_and_keeps_their_text(desk_editor, second_editor):
    article = make_article(headline="Titre de départ", body="Texte de départ.")
    edith, xavier = client_for(desk_editor), client_for(second_editor)
    edith_data = change_form_data(edith, article)
    xavier_data = change_form_data(xavier, article)

    edith_data["headline"] = "Titre corrigé par Édith"
    assert edith.post(change_url(article), edith_data).status_code == 302

    xavier_data["body"] = "Un paragraphe entier que Xavier ne veut pas perdre."
    response = xavier.post(change_url(article), xavier_data)
    assert response.status_code == 200
    html = response.content.decode()
    when = timezone.localtime(Version.objects.get_for_object(article).first().revision.date_created).strftime("%H:%M")
    assert f"modifié par Édith Piaf à {when} depuis votre ouverture" in html
    assert "Un paragraphe entier que Xavier ne veut pas perdre." in html  # nothing typed is lost
    article.refresh_from_db()
    assert article.headline == "Titre corrigé par Édith" and article.body == "Texte de départ."

    # Warned, Xavier saves again on purpose: the form now carries the current version.
    form = response.context["adminform"].form
    xavier_data["lock_version"] = form["lock_version"].value()
    assert xavier.post(change_url(article), xavier_data).status_code == 302
    article.refresh_from_db()
    assert article.body == "Un paragraphe entier que Xavier ne veut pas perdre."


def test_change_form_says_who_else_opened_it(desk_editor, second_editor):
    article = make_article()
    client_for(desk_editor).get(change_url(article))
    html = client_for(second_editor).get(change_url(article)).content.decode()
    assert "Également ouvert récemment par" in html and "Édith Piaf" in html
    alone = client_for(desk_editor).get(change_url(article)).content.decode()
    assert "Xavier Dupont" in alone and "Édith Piaf</strong>" not in alone


@pytest.mark.django_db(transaction=True)
def test_concurrent_saves_only_one_wins(desk_editor, second_editor):
    """Two threads race with the same opened version: the WHERE on version lets exactly one through."""
    import threading

    from django.db import connection, connections

    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith(("file:memorydb", ":memory:")):
        pytest.skip("threads need a shared database; the PostgreSQL run covers this")
    article = make_article()
    barrier, outcomes = threading.Barrier(2), []

    def save(user, headline):
        try:
            copy = Article.objects.get(pk=article.pk)
            copy.headline = headline
            barrier.wait()
            save_article(copy, by=user, expected_version=1)
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("conflict")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=(u, h)) for u, h in ((desk_editor, "A"), (second_editor, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "saved"]
    assert Article.objects.get(pk=article.pk).version == 2


# Revisions -------------------------------------------------------------------------------------

def test_history_diff_and_restore(editor_client, editor, client):
    article = make_article(headline="Le Conseil fédéral hésite", body="Premier jet du texte.", status=S.PUBLISHED)
    person = make_person("Alain Berset")
    make_quote(article, person, "Nous verrons.")
    for headline, body in (("Le Conseil fédéral tranche", "Deuxième version du texte."),
                           ("Le Conseil fédéral renonce", "Troisième version, fautive.")):
        data = change_form_data(editor_client, article)
        data.update(headline=headline, body=body)
        assert editor_client.post(change_url(article), data).status_code == 302
    versions = list(Version.objects.get_for_object(article))
    assert len(versions) == 3  # the publication, then one per admin save
    history = editor_client.get(reverse("admin:articles_article_history", args=[article.pk])).content.decode()
    assert "Versions enregistrées" in history and "Restaurer…" in history

    earlier, newest = versions[1], versions[0]
    compare = editor_client.get(reverse("admin:articles_article_compare", args=[article.pk]), {"a": earlier.pk, "b": newest.pk})
    html = compare.content.decode()
    assert "<del>tranche</del><ins>renonce</ins>" in html
    assert "<del>Deuxième</del><ins>Troisième</ins> version" in html

    restore_url = reverse("admin:articles_article_restore", args=[article.pk, earlier.pk])
    preview = editor_client.get(restore_url).content.decode()
    assert "<del>renonce</del><ins>tranche</ins>" in preview
    article.refresh_from_db()
    response = editor_client.post(restore_url, {"lock_version": article.version})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.headline == "Le Conseil fédéral tranche" and article.body == "Deuxième version du texte."
    assert article.status == S.PUBLISHED  # going back in the text does not unpublish
    assert list(article.quotes.values_list("text", "person__name")) == [("Nous verrons.", "Alain Berset")]
    assert "restaurée" in Version.objects.get_for_object(article).first().revision.comment
    assert client.get(article.get_absolute_url()).status_code == 200


def test_restore_with_a_stale_version_is_refused(editor, desk_editor):
    article = make_article(headline="Un")
    article.headline = "Deux"
    save_article(article, by=editor, expected_version=1)
    import reversion
    with reversion.create_revision():
        reversion.add_to_revision(article)
    version = Version.objects.get_for_object(article).first()
    with pytest.raises(EditConflict):
        restore_article_revision(article, version=version, by=desk_editor, expected_version=1)


# Preview and share links -----------------------------------------------------------------------

def test_admin_preview_renders_the_public_template(editor_client, client):
    article = make_article(headline="Exclusif : la fusion des deux banques", body="Un texte encore secret.")
    response = editor_client.get(reverse("admin:articles_article_preview", args=[article.pk]))
    html = response.content.decode()
    assert response.status_code == 200 and "Aperçu" in html and "Un texte encore secret." in html
    assert response["X-Robots-Tag"] == "noindex, nofollow" and "no-store" in response["Cache-Control"]
    assert 'class="site-header' in html  # the readers' layout, not the admin's
    from django.test import Client

    assert Client().get(reverse("admin:articles_article_preview", args=[article.pk])).status_code == 302  # login


def test_share_link_works_until_it_expires_or_the_article_is_published(editor_client, client):
    import time_machine

    article = make_article(headline="Sous embargo", body="Réservé aux relecteurs externes.")
    response = editor_client.post(reverse("admin:articles_article_share", args=[article.pk]), {"hours": "24"}, follow=True)
    link = re.search(r'class="share-link" href="http://testserver(/apercu/[^"]+)"', response.content.decode()).group(1)
    page = client.get(link)
    assert page.status_code == 200 and "Réservé aux relecteurs externes." in page.content.decode()
    assert "Aperçu confidentiel" in page.content.decode()
    assert client.get(link[:-3] + "abc/").status_code == 404  # tampered
    with time_machine.travel(timezone.now() + dt.timedelta(hours=24, minutes=1)):
        assert client.get(link).status_code == 404
    publish_article(article)
    assert client.get(link).status_code == 404


# Admin usability -------------------------------------------------------------------------------

def test_dashboard_lists_review_scheduled_published_corrected(editor_client, desk_editor):
    make_article(headline="Attend la relecture", status=S.REVIEW)
    scheduled = make_article(headline="Sortira demain")
    publish_article(scheduled, at=timezone.now() + dt.timedelta(days=1))
    make_article(headline="Vient de sortir", status=S.PUBLISHED)
    corrected = make_article(headline="A été corrigé", status=S.PUBLISHED)
    add_correction(corrected, kind=Correction.Kind.CORRECTION, text="Une coquille.", by=desk_editor)
    html = client_for(desk_editor).get(reverse("admin:index")).content.decode()
    for panel, headline in (("review", "Attend la relecture"), ("scheduled", "Sortira demain"),
                            ("published", "Vient de sortir"), ("corrected", "A été corrigé")):
        section = re.search(rf'desk-{panel}">(.*?)</section>', html, re.S).group(1)
        assert headline in section, panel
    calendar = editor_client.get(reverse("admin:articles_article_scheduled")).content.decode()
    assert "Sortira demain" in calendar and "Vient de sortir" not in calendar


def test_change_form_shows_embargo_and_audits_a_new_one(editor_client, editor):
    article = make_article(headline="Résultats trimestriels")
    at = timezone.now() + dt.timedelta(hours=5)
    publish_article(article, at=at)
    html = editor_client.get(change_url(article)).content.decode()
    assert "EMBARGO" in html and "Programmé" in html
    changelist = editor_client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "badge-scheduled" in changelist
    data = change_form_data(editor_client, article)
    later = timezone.localtime(at + dt.timedelta(hours=1))
    data["published_at_0"], data["published_at_1"] = later.strftime("%d/%m/%Y"), later.strftime("%H:%M:%S")
    data.pop("published_at", None)
    assert editor_client.post(change_url(article), data).status_code == 302
    last = Transition.objects.filter(article=article).first()
    assert (last.from_status, last.to_status, last.by) == (S.PUBLISHED, S.PUBLISHED, editor)
    assert abs((last.published_at - later).total_seconds()) < 1


def test_search_finds_a_phrase_of_the_body_typed_with_a_straight_apostrophe(editor_client):
    make_article(headline="Sans rapport", body="Rien à voir.")
    make_article(headline="La bonne", body="Selon elle, l’accord n’est pas signé.\n\nSuite.")
    changelist = reverse("admin:articles_article_changelist")
    html = editor_client.get(changelist, {"q": '"l\'accord n\'est pas signé"'}).content.decode()
    assert "La bonne" in html and "Sans rapport" not in html


def test_tags_and_people_autocomplete(editor_client, desk_editor):
    article = make_article()
    article.tags.add("Climat", "Culture")
    make_person("Greta Thunberg")
    client = client_for(desk_editor)
    tags = client.get(reverse("admin:autocomplete"), {"term": "Cli", "app_label": "articles", "model_name": "taggedarticle", "field_name": "tag"})
    assert [r["text"] for r in tags.json()["results"]] == ["Climat"]
    people = client.get(reverse("admin:autocomplete"), {"term": "Gret", "app_label": "articles", "model_name": "quote", "field_name": "person"})
    assert [r["text"] for r in people.json()["results"]] == ["Greta Thunberg"]


def test_quote_inline_is_ordered_and_merge_is_at_hand(desk_editor):
    article = make_article()
    a, b = make_person("Jens Stoltenberg"), make_person("J. Stoltenberg")
    make_quote(article, a, "Deuxième.", position=1)
    make_quote(article, b, "Première.", position=0)
    response = client_for(desk_editor).get(change_url(article))
    html = response.content.decode()
    assert html.index("Première.") < html.index("Deuxième.")
    link = re.search(r'href="(/admin/articles/person/\?id__in=[\d,]+)"', html).group(1)
    people = client_for(desk_editor).get(link).content.decode()
    assert "Jens Stoltenberg" in people and "J. Stoltenberg" in people and "merge_selected" in people


# Costs -----------------------------------------------------------------------------------------

def test_dashboard_queries_do_not_grow_with_articles(desk_editor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(desk_editor)

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse("admin:index")).status_code == 200
        return len(ctx)

    make_article(status=S.REVIEW)
    few = count()
    for n in range(12):
        make_article(status=S.REVIEW)
        publish_article(make_article(), at=timezone.now() + dt.timedelta(hours=n + 1))
        make_article(status=S.PUBLISHED)
    assert count() == few


def test_redirect_fallback_costs_nothing_on_a_live_page(client, db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    article = make_article(status=S.PUBLISHED)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(article.get_absolute_url()).status_code == 200
    assert not any("slugredirect" in q["sql"] for q in ctx.captured_queries)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/articles/inconnu/").status_code == 404
    assert sum("slugredirect" in q["sql"] for q in ctx.captured_queries) == 1
