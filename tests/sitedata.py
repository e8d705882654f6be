"""A small reader's site for the site and standards tests: the seed, sections, a recent illustrated article.

Loaded as a pytest plugin (pyproject: `-p tests.sitedata`), before Django is set up: the
fixtures import models when they run. Also the tools' paths and the skip-or-fail rule.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image

if TYPE_CHECKING:
    from articles.models import Article, Person, Quote, Section

REQUIRE_TOOLS = os.environ.get("NEWSROOM_REQUIRE_BROWSER") == "1"
ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"


def need(condition: bool, reason: str) -> None:
    """Skip when a tool is missing on a laptop; fail in CI (NEWSROOM_REQUIRE_BROWSER=1), where it must be there."""
    if condition:
        return
    if REQUIRE_TOOLS:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


def need_chromium():
    need(bool(shutil.which(CHROMIUM)), f"Chromium not installed at {CHROMIUM} (apt-get install chromium; .ci/run does it)")


def need_node_tool(path: Path):
    need(bool(shutil.which("node")), "Node.js missing (apt-get install nodejs npm)")
    need(path.exists(), f"{path.relative_to(ROOT)} missing: run `npm ci` (make test does)")


def need_java():
    need(bool(shutil.which("java")), "Java missing for the Nu HTML Checker (apt-get install default-jre-headless)")
    need(VNU_JAR.exists(), "node_modules/vnu-jar missing: run `npm ci` (make test does)")


def jpeg(width: int = 2000, height: int = 1200) -> bytes:
    """A photograph-like test image: a gradient with a few shapes."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


@dataclass
class Site:
    seed: "Article"
    recent: "Article"
    international: "Section"
    suisse: "Section"
    stoltenberg: "Person"
    amherd: "Person"
    quote: "Quote"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def site(db, media) -> Site:
    """The seed article in «International», and a recent illustrated article in «Suisse» with a correction."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from django.core.management import call_command
    from django.utils import timezone

    from articles.models import Article, Person, Section
    from articles.seed import SEED_FIXTURE
    from articles.services import add_correction
    from tests.factories import make_article, make_person, make_quote

    call_command("loaddata", str(SEED_FIXTURE), verbosity=0)
    seed = Article.objects.get()
    international = Section.objects.create(name="International", slug="international", position=1)
    suisse = Section.objects.create(name="Suisse", slug="suisse", position=2, description="L’actualité suisse.")
    Article.objects.filter(pk=seed.pk).update(section=international)
    seed.refresh_from_db()
    image = default_storage.save("articles/2026/11/conseil-federal.jpg", ContentFile(jpeg()))
    recent = make_article(
        kicker="Sécurité",
        headline="Le Conseil fédéral renforce la défense aérienne : «Nous devons agir vite !»",
        standfirst="La ministre de la Défense a présenté mardi un plan de modernisation de l’armée.",
        body=(
            "Berne a dévoilé mardi son plan pour la défense aérienne du pays.\n\n"
            "«Nous devons agir vite, car la situation en Europe a changé», a déclaré Viola Amherd.\n\n"
            "Le plan sera soumis au Parlement au printemps."
        ),
        credit="ATS",
        bylines="Anne Dupont, Marc Favre",
        dateline=timezone.localdate() - dt.timedelta(days=1),
        section=suisse,
        image=image,
        image_caption="La conseillère fédérale Viola Amherd devant la presse à Berne.",
        image_credit="Keystone",
        status=Article.Status.PUBLISHED,
        published_at=timezone.now() - dt.timedelta(hours=3),
    )
    recent.tags.add("Défense", "Suisse")
    amherd = make_person("Viola Amherd", roles=["conseillère fédérale", "cheffe du DDPS"], nationality="Suisse")
    quote = make_quote(
        recent, amherd, "Nous devons agir vite, car la situation en Europe a changé", paragraph=1, position=0
    )
    add_correction(recent, kind="correction", text="Le plan sera soumis au Parlement au printemps, et non en hiver.")
    return Site(
        seed=seed,
        recent=recent,
        international=international,
        suisse=suisse,
        stoltenberg=Person.objects.get(slug="jens-stoltenberg"),
        amherd=amherd,
        quote=quote,
    )


def public_urls(site: Site) -> dict[str, str]:
    """Every kind of public HTML page, by a name for reports and screenshots."""
    from django.urls import reverse

    seed_quote = site.seed.quotes.filter(person__isnull=False).order_by("position").first()
    return {
        "home": reverse("articles:home"),
        "article": site.seed.get_absolute_url(),
        "article-illustre": site.recent.get_absolute_url(),
        "personne": site.stoltenberg.get_absolute_url(),
        "citation": seed_quote.get_permalink(),
        "citation-2": site.quote.get_permalink(),
        "rubrique": site.suisse.get_absolute_url(),
        "mot-cle": reverse("articles:tag", args=["otan"]),
        "archives": reverse("articles:archives"),
        "archives-mois": reverse("articles:archive_month", args=[2022, "02"]),
        "recherche": reverse("articles:search") + "?q=defense",
        "recherche-personne": reverse("articles:search") + "?q=Stoltenberg+troupes",
        "recherche-vide": reverse("articles:search"),
        "introuvable": "/cette-page-n-existe-pas/",
    }
