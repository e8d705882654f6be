"""The editor's round trip through the real admin, with the test client."""
from django import forms
from django.urls import reverse

from articles.models import Article, Person, Quote
from tests.factories import make_article, make_person, make_quote


def change_form_data(client, article):
    """The change form as the browser would post it back (management forms included)."""
    response = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, forms.FileField):
            continue  # an untouched file input posts nothing
        data[name] = "" if value is None else value
    data["tags"] = ", ".join(article.tags.names())
    for formset in response.context["inline_admin_formsets"]:
        fs = formset.formset
        for key, value in fs.management_form.initial.items():
            data[f"{fs.prefix}-{key}"] = value
        for i, inline_form in enumerate(fs.forms):
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value is None or value is False:
                    continue
                data[f"{fs.prefix}-{i}-{name}"] = value.pk if hasattr(value, "pk") else value
    return data


def test_editor_edits_publishes_and_unpublishes(editor_client, client, seed):
    seed.status = Article.Status.DRAFT
    seed.save()
    url = reverse("admin:articles_article_change", args=[seed.pk])
    assert client.get(seed.get_absolute_url()).status_code == 404

    data = change_form_data(editor_client, seed)
    data["headline"] = "L’OTAN active ses plans de défense face à la Russie"
    data["_publish"] = "Enregistrer et publier"
    response = editor_client.post(url, data, follow=True)
    assert response.status_code == 200
    seed.refresh_from_db()
    assert seed.status == Article.Status.PUBLISHED
    assert seed.headline == "L’OTAN active ses plans de défense face à la Russie"
    assert seed.quotes.count() == 12  # the inline round trip keeps every quote
    public = editor_client.get(seed.get_absolute_url())
    assert public.status_code == 200 and "face à la Russie" in public.content.decode()

    changelist = reverse("admin:articles_article_changelist")
    editor_client.post(changelist, {"action": "unpublish_selected", "_selected_action": [seed.pk]})
    seed.refresh_from_db()
    assert seed.status == Article.Status.UNPUBLISHED
    assert client.get(seed.get_absolute_url()).status_code == 404

    editor_client.post(changelist, {"action": "publish_selected", "_selected_action": [seed.pk]})
    assert client.get(seed.get_absolute_url()).status_code == 200


def test_changelist_search_filters_and_french(editor_client, seed):
    changelist = reverse("admin:articles_article_changelist")
    html = editor_client.get(changelist, {"q": "visioconférence"}).content.decode()
    assert seed.headline in html and "Publié" in html and "février 2022" in html
    assert seed.headline not in editor_client.get(changelist, {"q": "introuvable"}).content.decode()
    assert seed.headline in editor_client.get(changelist, {"status__exact": "published"}).content.decode()
    assert seed.headline in editor_client.get(changelist, {"tags__id__exact": seed.tags.get(name="OTAN").pk}).content.decode()
    assert "Rechercher" in html  # the admin speaks French
    change = editor_client.get(reverse("admin:articles_article_change", args=[seed.pk])).content.decode()
    assert "Voir sur le site" in change and "Enregistrer et dépublier" in change


def test_person_admin_lists_quotes_and_quote_search(editor_client, seed):
    person = Person.objects.get()
    html = editor_client.get(reverse("admin:articles_person_change", args=[person.pk])).content.decode()
    assert html.count("Nous avons") >= 3
    quotes = editor_client.get(reverse("admin:articles_quote_changelist"), {"q": "Stoltenberg"}).content.decode()
    assert "Elle doit cesser" in quotes
    auto = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "Stolt", "app_label": "articles", "model_name": "quote", "field_name": "person"},
    )
    assert auto.json()["results"][0]["text"] == "Jens Stoltenberg"


def test_merge_people_action_moves_quotes_and_aliases(editor_client, db):
    article = make_article()
    a = make_person("Jens Stoltenberg", roles=["chef de l’OTAN"])
    b = make_person("J. Stoltenberg", roles=["secrétaire général de l’OTAN"])
    make_quote(article, a, "Un.")
    make_quote(article, a, "Deux.")
    make_quote(article, b, "Trois.")
    editor_client.post(
        reverse("admin:articles_person_changelist"),
        {"action": "merge_selected", "_selected_action": [a.pk, b.pk]},
    )
    (person,) = Person.objects.all()
    assert person.name == "Jens Stoltenberg" and "J. Stoltenberg" in person.aliases
    assert set(person.roles) == {"chef de l’OTAN", "secrétaire général de l’OTAN"}
    assert Quote.objects.filter(person=person).count() == 3


def test_person_aliases_are_edited_one_per_line(editor_client, db):
    response = editor_client.post(
        reverse("admin:articles_person_add"),
        {"name": "Alain Berset", "slug": "alain-berset", "aliases": "M. Berset\nle conseiller fédéral",
         "roles": "président de la Confédération", "quotes-TOTAL_FORMS": 0, "quotes-INITIAL_FORMS": 0},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    person = Person.objects.get()
    assert person.aliases == ["M. Berset", "le conseiller fédéral"]
    assert person.roles == ["président de la Confédération"]
