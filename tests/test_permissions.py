"""Every desk URL and action × anonymous, reporter, editor, chief editor: the server decides, not the buttons."""
import datetime as dt

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.models import Article, Correction, Person, Tag
from articles.services import publish_article, save_article
from tests.factories import make_article, make_person, make_quote
from tests.roles import CHIEF, EDITOR, REPORTER, make_member

S = Article.Status
ROLES = ["anonymous", "reporter", "editor", "chief"]


@pytest.fixture
def desk(db, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed only: logins are forced
    reporter = make_member("rene", REPORTER)
    editor = make_member("edith", EDITOR)
    chief = make_member("chloe", CHIEF)
    own = make_article(headline="Brouillon de René", created_by=reporter)
    other = make_article(headline="Brouillon d’Édith", created_by=editor)
    save_article(other, by=editor, expected_version=other.version)  # gives it a revision to restore
    live = make_article(headline="Article en ligne", status=S.PUBLISHED, created_by=editor)
    a, b = make_person("Jens Stoltenberg"), make_person("J. Stoltenberg")
    make_quote(live, a, "Un.")
    make_quote(live, b, "Deux.")
    return {
        "users": {"anonymous": None, "reporter": reporter, "editor": editor, "chief": chief},
        "own": own, "other": other, "live": live, "people": (a, b), "tag": Tag.objects.create(name="Climat", slug="climat"),
    }


def client_as(desk, role):
    client = Client()
    if desk["users"][role] is not None:
        client.force_login(desk["users"][role])
    return client


def art(name, view):
    return lambda d: reverse(f"admin:articles_article_{view}", args=[d[name].pk])


def version_of(name):
    return lambda d: reverse("admin:articles_article_restore", args=[d[name].pk, Version.objects.get_for_object(d[name]).first().pk])


L, OK, NO, GONE = 302, 200, 403, 302  # login redirect, page, refused, done-and-redirected

# (label, url(desk), expected for anonymous, reporter, editor, chief) — all GET.
PAGES = [
    ("tableau de bord", lambda d: reverse("admin:index"), (L, OK, OK, OK)),
    ("liste des articles", lambda d: reverse("admin:articles_article_changelist"), (L, OK, OK, OK)),
    ("programmés", lambda d: reverse("admin:articles_article_scheduled"), (L, OK, OK, OK)),
    ("nouvel article", lambda d: reverse("admin:articles_article_add"), (L, OK, OK, OK)),
    ("son brouillon", art("own", "change"), (L, OK, OK, OK)),
    ("brouillon d’un autre (lecture seule)", art("other", "change"), (L, OK, OK, OK)),
    ("article en ligne", art("live", "change"), (L, OK, OK, OK)),
    ("supprimer son brouillon", art("own", "delete"), (L, OK, OK, OK)),
    ("supprimer le brouillon d’un autre", art("other", "delete"), (L, NO, OK, OK)),
    ("supprimer un article en ligne", art("live", "delete"), (L, NO, OK, OK)),
    ("historique", art("other", "history"), (L, OK, OK, OK)),
    ("comparer", art("other", "compare"), (L, OK, OK, OK)),
    ("restaurer (brouillon d’un autre)", version_of("other"), (L, NO, OK, OK)),
    ("aperçu", art("other", "preview"), (L, OK, OK, OK)),
    ("corriger", art("live", "correct"), (L, NO, OK, OK)),
    ("retirer", art("live", "retract"), (L, NO, OK, OK)),
    ("journal des statuts", lambda d: reverse("admin:articles_transition_changelist"), (L, NO, OK, OK)),
    ("corrections", lambda d: reverse("admin:articles_correction_changelist"), (L, NO, OK, OK)),
    ("anciennes adresses", lambda d: reverse("admin:articles_slugredirect_changelist"), (L, NO, NO, OK)),
    ("personnes", lambda d: reverse("admin:articles_person_changelist"), (L, OK, OK, OK)),
    ("fiche personne", lambda d: reverse("admin:articles_person_change", args=[d["people"][0].pk]), (L, OK, OK, OK)),
    ("supprimer une personne", lambda d: reverse("admin:articles_person_delete", args=[d["people"][0].pk]), (L, NO, NO, OK)),
    ("citations", lambda d: reverse("admin:articles_quote_changelist"), (L, OK, OK, OK)),
    ("mots-clés", lambda d: reverse("admin:articles_tag_changelist"), (L, OK, OK, OK)),
    ("supprimer un mot-clé", lambda d: reverse("admin:articles_tag_delete", args=[d["tag"].pk]), (L, NO, NO, OK)),
    ("utilisateurs", lambda d: reverse("admin:auth_user_changelist"), (L, NO, NO, OK)),
    ("nouvel utilisateur", lambda d: reverse("admin:auth_user_add"), (L, NO, NO, OK)),
    ("groupes", lambda d: reverse("admin:auth_group_changelist"), (L, NO, NO, OK)),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("label", "url", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_page_matrix(desk, role, label, url, expected):
    response = client_as(desk, role).get(url(desk))
    assert response.status_code == expected[ROLES.index(role)], f"{label} as {role}"
    if response.status_code == L:
        assert response["Location"].startswith("/admin/login/")


def change_post(article, **changes):
    data = {
        "kicker": article.kicker, "headline": article.headline, "slug": article.slug, "standfirst": "",
        "body": article.body, "dateline": article.dateline.strftime("%d/%m/%Y") if article.dateline else "",
        "date_precision": article.date_precision, "credit": "", "bylines": "", "language": "fr",
        "image_caption": "", "image_credit": "", "lock_version": article.version,
        "quotes-TOTAL_FORMS": 0, "quotes-INITIAL_FORMS": 0,
        "tagged_items-TOTAL_FORMS": 0, "tagged_items-INITIAL_FORMS": 0,
    }
    if article.published_at:
        local = timezone.localtime(article.published_at)
        data["published_at_0"], data["published_at_1"] = local.strftime("%d/%m/%Y"), local.strftime("%H:%M:%S")
    data.update(changes)
    return data


def action(name, *articles):
    return {"action": name, "_selected_action": [a.pk for a in articles], "index": 0}


# Forged POSTs: (label, role, post(desk) -> (url, data), expected status, check(desk) -> bool that must hold afterwards)
def forged_cases():
    later = timezone.now() + dt.timedelta(days=3)
    return [
        ("reporter edits another's draft", "reporter",
         lambda d: (art("other", "change")(d), change_post(d["other"], headline="Piraté")), NO,
         lambda d: Article.objects.get(pk=d["other"].pk).headline == "Brouillon d’Édith"),
        ("reporter edits a published article", "reporter",
         lambda d: (art("live", "change")(d), change_post(d["live"], headline="Piraté")), NO,
         lambda d: Article.objects.get(pk=d["live"].pk).headline == "Article en ligne"),
        ("reporter forges «publish» on own draft", "reporter",
         lambda d: (art("own", "change")(d), change_post(d["own"], _publish="Enregistrer et publier")), GONE,
         lambda d: Article.objects.get(pk=d["own"].pk).status == S.DRAFT),
        ("reporter forges a publish time", "reporter",
         lambda d: (art("own", "change")(d), change_post(d["own"], published_at_0=later.strftime("%d/%m/%Y"), published_at_1="14:00:00")), GONE,
         lambda d: Article.objects.get(pk=d["own"].pk).published_at is None),
        ("reporter submits own draft", "reporter",
         lambda d: (art("own", "change")(d), change_post(d["own"], _submit="Soumettre")), GONE,
         lambda d: Article.objects.get(pk=d["own"].pk).status == S.REVIEW),
        ("reporter bulk-publishes", "reporter",
         lambda d: (reverse("admin:articles_article_changelist"), action("publish_selected", d["own"], d["other"])), GONE,
         lambda d: not Article.objects.filter(pk__in=[d["own"].pk, d["other"].pk], status=S.PUBLISHED).exists()),
        ("reporter bulk-unpublishes", "reporter",
         lambda d: (reverse("admin:articles_article_changelist"), action("unpublish_selected", d["live"])), GONE,
         lambda d: Article.objects.get(pk=d["live"].pk).status == S.PUBLISHED),
        ("reporter bulk-submits another's draft", "reporter",
         lambda d: (reverse("admin:articles_article_changelist"), action("submit_selected", d["other"])), GONE,
         lambda d: Article.objects.get(pk=d["other"].pk).status == S.DRAFT),
        ("reporter deletes another's draft", "reporter",
         lambda d: (art("other", "delete")(d), {"post": "yes"}), NO,
         lambda d: Article.objects.filter(pk=d["other"].pk).exists()),
        ("reporter retracts", "reporter",
         lambda d: (art("live", "retract")(d), {"note": "Faux."}), NO,
         lambda d: Article.objects.get(pk=d["live"].pk).status == S.PUBLISHED),
        ("reporter adds a correction", "reporter",
         lambda d: (art("live", "correct")(d), {"kind": "correction", "text": "Faux."}), NO,
         lambda d: not Correction.objects.exists()),
        ("reporter shares a preview link", "reporter",
         lambda d: (art("own", "share")(d), {"hours": "24"}), NO, lambda d: True),
        ("reporter restores another's article", "reporter",
         lambda d: (version_of("other")(d), {"lock_version": d["other"].version}), NO, lambda d: True),
        ("reporter merges people", "reporter",
         lambda d: (reverse("admin:articles_person_changelist"), action("merge_selected", *d["people"])), OK,
         lambda d: Person.objects.count() == 2),
        ("editor bulk-publishes", "editor",
         lambda d: (reverse("admin:articles_article_changelist"), action("publish_selected", d["own"], d["other"])), GONE,
         lambda d: Article.objects.filter(pk__in=[d["own"].pk, d["other"].pk], status=S.PUBLISHED).count() == 2),
        ("editor edits a reporter's draft", "editor",
         lambda d: (art("own", "change")(d), change_post(d["own"], headline="Relu par Édith")), GONE,
         lambda d: Article.objects.get(pk=d["own"].pk).headline == "Relu par Édith"),
        ("editor merges people", "editor",
         lambda d: (reverse("admin:articles_person_changelist"), action("merge_selected", *d["people"])), GONE,
         lambda d: Person.objects.count() == 1),
        ("editor deletes a person", "editor",
         lambda d: (reverse("admin:articles_person_delete", args=[d["people"][0].pk]), {"post": "yes"}), NO,
         lambda d: Person.objects.count() == 2),
        ("editor creates a user", "editor",
         lambda d: (reverse("admin:auth_user_add"), {"username": "pirate", "password1": "x8!Lm#2qPz", "password2": "x8!Lm#2qPz"}), NO,
         lambda d: not User.objects.filter(username="pirate").exists()),
        ("editor retracts", "editor",
         lambda d: (art("live", "retract")(d), {"note": "Sources non vérifiées."}), GONE,
         lambda d: Article.objects.get(pk=d["live"].pk).status == S.RETRACTED),
        ("chief cannot make a superuser", "chief",
         lambda d: (reverse("admin:auth_user_change", args=[d["users"]["reporter"].pk]),
                    {"username": "rene", "is_active": "on", "is_staff": "on", "is_superuser": "on",
                     "groups": [Group.objects.get(name=REPORTER).pk], "date_joined_0": "01/01/2026", "date_joined_1": "10:00:00"}), GONE,
         lambda d: not User.objects.get(username="rene").is_superuser),
        ("chief deletes a person", "chief",
         lambda d: (reverse("admin:articles_person_delete", args=[d["people"][1].pk]), {"post": "yes"}), GONE,
         lambda d: Person.objects.count() == 1),
        ("anonymous publishes", "anonymous",
         lambda d: (reverse("admin:articles_article_changelist"), action("publish_selected", d["own"])), L,
         lambda d: Article.objects.get(pk=d["own"].pk).status == S.DRAFT),
        ("anonymous retracts", "anonymous",
         lambda d: (art("live", "retract")(d), {"note": "x"}), L,
         lambda d: Article.objects.get(pk=d["live"].pk).status == S.PUBLISHED),
    ]


FORGED = forged_cases()


@pytest.mark.parametrize(("label", "role", "post", "expected", "check"), FORGED, ids=[c[0] for c in FORGED])
def test_forged_posts(desk, label, role, post, expected, check):
    url, data = post(desk)
    response = client_as(desk, role).post(url, data)
    assert response.status_code == expected, f"{label}: {response.status_code}"
    assert check(desk), label


def test_reporter_does_not_see_buttons_they_may_not_use(desk):
    html = client_as(desk, "reporter").get(art("own", "change")(desk)).content.decode()
    assert "_submit" in html and "_publish" not in html and "Retirer" not in html
    html = client_as(desk, "editor").get(art("live", "change")(desk)).content.decode()
    assert "_unpublish" in html and "Retirer l’article" in html and "Ajouter une correction" in html


def test_reporter_own_draft_becomes_read_only_once_submitted(desk):
    client = client_as(desk, "reporter")
    client.post(art("own", "change")(desk), change_post(desk["own"], _submit="Soumettre"))
    desk["own"].refresh_from_db()
    response = client.post(art("own", "change")(desk), change_post(desk["own"], headline="Après coup"))
    assert response.status_code == NO
    assert Article.objects.get(pk=desk["own"].pk).headline == "Brouillon de René"


def test_publish_service_refuses_a_reporter_even_when_called_directly(desk):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        publish_article(desk["own"], by=desk["users"]["reporter"])


def test_sections_are_managed_by_the_chief_editor_only(client, db):
    from django.urls import reverse

    from tests.roles import CHIEF, EDITOR, REPORTER, make_member

    add = reverse("admin:articles_section_add")
    for username, group, expected in (("r", REPORTER, 403), ("e", EDITOR, 403), ("c", CHIEF, 200)):
        client.force_login(make_member(username, group))
        assert client.get(add).status_code == expected, group
    assert client.get(reverse("admin:articles_section_changelist")).status_code == 200
