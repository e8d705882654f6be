"""The seed article, imported by the real command, field by field."""
import datetime as dt
import json

import pytest
from django.core.management import call_command

from articles.models import Article, Person, Quote
from articles.seed import SEED_SOURCES

SEED = SEED_SOURCES[0]
QUOTES = [
    ("Nous avons des milliers de soldats et nous enverrons encore plus de forces.", False, "standfirst"),
    ("n’a pas de troupes en Ukraine et n’a aucun plan et aucune intention d’y déployer des troupes", True, "caption"),
    ("ses plans de défense", True, "body"),
    ("L’OTAN n’a pas de troupes en Ukraine et n’a aucun plan et aucune intention de déployer des troupes dans ce pays", False, "body"),
    ("Nous avons convoqué un sommet en visioconférence, vendredi, pour analyser la marche à suivre et nous avons activé les plans de défense, afin de pouvoir déployer la capacité de la force de réaction là où ce sera nécessaire", False, "body"),
    ("Nous avons augmenté notre présence dans l’est de l’Europe depuis des semaines. Nous avons des milliers de soldats et nous allons envoyer encore plus de forces dans les jours à venir.", False, "body"),
    ("l’envoi d’éléments", True, "body"),
    ("La Russie mène une invasion délibérée, de sang-froid et planifiée depuis longtemps, malgré un cortège de démentis et de mensonges.", False, "body"),
    ("Ce déploiement est destiné à prévenir une attaque. La mission de l’OTAN est défensive et nous avertissons que toute attaque contre un allié sera considérée comme une attaque contre tous", False, "body"),
    ("Le moment est grave pour la sécurité en Europe. La Russie mène un acte de guerre brutal contre l’Ukraine. Nous avons une guerre en Europe!", False, "body"),
    ("La Russie mène une invasion délibérée, de sang-froid et planifiée depuis longtemps, malgré un cortège de démentis et de mensonges", False, "body"),
    ("Elle doit cesser immédiatement et retirer ses troupes.", False, "body"),
]


@pytest.fixture
def imported(db) -> Article:
    call_command("import_articles", str(SEED), verbosity=0)
    return Article.objects.get()


def test_headline_kicker_and_month_precision_date(imported):
    assert imported.kicker == "Guerre en Ukraine"
    assert imported.headline == "L’OTAN active ses plans de défense un jour avant de se réunir"
    assert imported.dateline == dt.date(2022, 2, 1)
    assert imported.date_precision == Article.Precision.MONTH
    assert imported.date_iso == "2022-02"
    assert imported.date_display == "février 2022"
    assert imported.language == "fr"
    assert imported.status == Article.Status.DRAFT and imported.published_at is None


def test_standfirst_caption_credit_and_body(imported):
    assert imported.standfirst.startswith("«Nous avons des milliers de soldats")
    assert imported.image_caption.startswith("Le secrétaire général de l’OTAN, le Norvégien Jens Stoltenberg")
    assert imported.image_caption.endswith("déployer des troupes».")
    assert imported.image_credit == "AFP"
    assert imported.credit == "AFP"
    paragraphs = imported.paragraphs
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Après l’attaque de la Russie")
    assert paragraphs[-1].startswith("«La Russie mène une invasion délibérée")
    # Neither the caption nor the pull quote is a body paragraph.
    assert not any("AFP" in p or p.endswith("secrétaire général de l’OTAN") for p in paragraphs)


def test_all_twelve_quotes_by_stoltenberg(imported):
    quotes = list(imported.quotes.order_by("position"))
    assert [(q.text, q.is_fragment, q.location) for q in quotes] == QUOTES
    assert {q.person.name for q in quotes} == {"Jens Stoltenberg"}
    by_text = {q.text: q for q in quotes}
    assert by_text[QUOTES[4][0]].attribution == Quote.Attribution.PRONOUN  # «a-t-il expliqué»
    assert by_text[QUOTES[5][0]].attribution == Quote.Attribution.CONTINUATION


def test_pull_quote_with_its_attribution(imported):
    pull = imported.quotes.get(is_pull_quote=True)
    assert pull.text == QUOTES[7][0]
    assert pull.person.name == "Jens Stoltenberg"
    assert pull.speaker_role == "secrétaire général de l’OTAN"
    # Set apart before the paragraph it preceded in the copy.
    assert imported.paragraphs[pull.paragraph].startswith("«Ce déploiement est destiné")


def test_one_person_with_both_roles_and_nationality(imported):
    person = Person.objects.get()
    assert person.name == "Jens Stoltenberg"
    assert set(person.roles) == {"chef de l’OTAN", "secrétaire général de l’OTAN"}
    assert person.nationality == "Norvégien"
    assert person.quotes.count() == 12


def test_sensible_tags(imported):
    assert {"Ukraine", "OTAN", "Russie"} <= set(imported.tags.names())
    assert "Stoltenberg" not in imported.tags.names()


def test_importing_again_creates_nothing(imported):
    call_command("import_articles", str(SEED), verbosity=0)
    assert Article.objects.count() == 1
    assert Person.objects.count() == 1
    assert Quote.objects.count() == 12


def test_dry_run_json_writes_nothing(db, capsys):
    call_command("import_articles", str(SEED), "--dry-run", "--json")
    out = json.loads(capsys.readouterr().out)
    assert not Article.objects.exists() and not Person.objects.exists()
    (article,) = out["articles"]
    assert article["source"] == str(SEED)
    assert article["date"] == "2022-02"
    assert article["headline"] == "L’OTAN active ses plans de défense un jour avant de se réunir"
    assert [(q["text"], q["speaker"], q["partial"]) for q in article["quotes"]] == [
        (text, "Jens Stoltenberg", partial) for text, partial, _ in QUOTES
    ]
    text = SEED.read_text(encoding="utf-8")
    assert all(text[q["start"]:q["end"]] == q["text"] for q in article["quotes"])
    assert article["people"][0]["name"] == "Jens Stoltenberg"
