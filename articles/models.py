"""What news is made of: articles, the people in them, and what those people said."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

import reversion
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase


def fold(value: str) -> str:
    """Case- and accent-insensitive form of a name, for matching people across articles."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("’", "'").replace("-", " ").split())


class PersonQuerySet(models.QuerySet):
    def quoted_in_published(self):
        """People with at least one quote a reader may see."""
        return self.filter(
            quotes__article__in=Article.objects.published()
        ).distinct()


class PersonManager(models.Manager.from_queryset(PersonQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Person(models.Model):
    name = models.CharField("nom", max_length=200)
    slug = models.SlugField("identifiant d’URL", max_length=200, unique=True, allow_unicode=True)
    aliases = models.JSONField(
        "autres noms", default=list, blank=True,
        help_text="Autres formes du nom dans les articles («M. Stoltenberg», «le Norvégien»).",
    )
    roles = models.JSONField(
        "fonctions", default=list, blank=True,
        help_text="Titres et fonctions donnés par les articles («secrétaire général de l’OTAN»).",
    )
    nationality = models.CharField("nationalité", max_length=100, blank=True)
    organisation = models.CharField("organisation", max_length=200, blank=True)
    bio = models.TextField("biographie courte", blank=True)
    photo = models.ImageField("photo", upload_to="people/%Y/", blank=True)
    created_at = models.DateTimeField("créé le", default=timezone.now, editable=False)
    updated_at = models.DateTimeField("modifié le", default=timezone.now, editable=False)

    objects = PersonManager()

    class Meta:
        verbose_name = "personne"
        verbose_name_plural = "personnes"
        ordering = ["name"]
        permissions = [("merge_person", "Peut fusionner des personnes en double")]
        indexes = [models.Index(fields=["name"])]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.updated_at = timezone.now()
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("articles:person", kwargs={"slug": self.slug})

    def name_forms(self) -> set[str]:
        """Folded forms this person is known by: the name and every alias."""
        return {fold(n) for n in [self.name, *self.aliases] if n}


class Tag(TagBase):
    """A taggit tag: an own model so fixtures carry tags by name, never by row id."""

    class Meta:
        verbose_name = "mot-clé"
        verbose_name_plural = "mots-clés"
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


class TaggedArticleManager(models.Manager):
    def get_by_natural_key(self, article_slug, tag_name):
        return self.get(content_object__slug=article_slug, tag__name=tag_name)


class TaggedArticle(TaggedItemBase):
    """Article ↔ tag link with real foreign keys (not a generic relation) so it serialises by natural key."""

    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_articles")
    content_object = models.ForeignKey("Article", on_delete=models.CASCADE, related_name="tagged_items")

    objects = TaggedArticleManager()

    class Meta:
        verbose_name = "mot-clé d’article"
        verbose_name_plural = "mots-clés d’articles"
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_article_tag"),
        ]

    def natural_key(self):
        return (self.content_object.slug, self.tag.name)

    natural_key.dependencies = ["articles.article", "articles.tag"]


class SectionManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Section(models.Model):
    """A rubrique of the site («International», «Suisse»…): the home page groups the latest by it."""

    name = models.CharField("nom", max_length=100)
    slug = models.SlugField("identifiant d’URL", max_length=100, unique=True, allow_unicode=True)
    description = models.TextField("description", blank=True)
    position = models.PositiveIntegerField("ordre", default=0, help_text="Ordre d’affichage en page d’accueil.")

    objects = SectionManager()

    class Meta:
        verbose_name = "rubrique"
        verbose_name_plural = "rubriques"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What a reader may see: published (or retracted, whose page stays), its publish time come."""
        return self.filter(status__in=Article.PUBLIC_STATUSES, published_at__lte=timezone.now())

    def for_listing(self):
        return self.select_related("section").prefetch_related("tags").order_by("-published_at", "-pk")

    def in_review(self):
        return self.filter(status=Article.Status.REVIEW).order_by("updated_at")

    def scheduled(self):
        """Published but not yet due: what goes live when, soonest first."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now()).order_by("published_at")

    def recently_published(self, days: int = 7):
        now = timezone.now()
        return self.published().filter(published_at__gt=now - dt.timedelta(days=days)).order_by("-published_at")

    def recently_corrected(self, days: int = 30):
        since = timezone.now() - dt.timedelta(days=days)
        return self.filter(corrected_at__gt=since).order_by("-corrected_at")


class ArticleManager(models.Manager.from_queryset(ArticleQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Brouillon"
        REVIEW = "review", "En relecture"
        PUBLISHED = "published", "Publié"
        UNPUBLISHED = "unpublished", "Dépublié"
        RETRACTED = "retracted", "Retiré (rétractation)"

    PUBLIC_STATUSES = [Status.PUBLISHED, Status.RETRACTED]

    class Precision(models.TextChoices):
        YEAR = "year", "année"
        MONTH = "month", "mois"
        DAY = "day", "jour"

    kicker = models.CharField("surtitre", max_length=120, blank=True)
    headline = models.CharField("titre", max_length=300)
    slug = models.SlugField("identifiant d’URL", max_length=200, unique=True, allow_unicode=True)
    section = models.ForeignKey(
        Section, verbose_name="rubrique", on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    standfirst = models.TextField("chapeau", blank=True)
    body = models.TextField("texte", blank=True, help_text="Paragraphes séparés par une ligne vide.")
    credit = models.CharField("agence / crédit", max_length=120, blank=True)
    bylines = models.CharField(
        "signatures", max_length=300, blank=True,
        help_text="Auteurs, séparés par des virgules (en plus du crédit d’agence).",
    )
    dateline = models.DateField("date de l’article", null=True, blank=True)
    date_precision = models.CharField(
        "précision de la date", max_length=8, choices=Precision, default=Precision.DAY
    )
    status = models.CharField("statut", max_length=16, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField("publication", null=True, blank=True)
    language = models.CharField("langue", max_length=8, default="fr")
    image = models.ImageField("image principale", upload_to="articles/%Y/%m/", blank=True)
    image_caption = models.TextField("légende", blank=True)
    image_credit = models.CharField("crédit de l’image", max_length=120, blank=True)
    source_key = models.CharField(
        "clé de la source", max_length=128, null=True, blank=True, unique=True, editable=False,
        help_text="Identifiant de la dépêche, sinon empreinte du texte importé.",
    )
    source_version = models.CharField("version de la dépêche", max_length=32, blank=True, editable=False)
    import_fingerprint = models.CharField(
        "empreinte à l’import", max_length=80, blank=True, editable=False,
        help_text="Empreinte du texte tel qu’importé : une différence signale une modification par la rédaction.",
    )
    created_at = models.DateTimeField("créé le", default=timezone.now, editable=False)
    updated_at = models.DateTimeField("modifié le", default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="créé par", on_delete=models.SET_NULL,
        null=True, blank=True, editable=False, related_name="+",
    )
    corrected_at = models.DateTimeField(
        "dernière correction publique", null=True, blank=True, editable=False,
        help_text="Date de la dernière correction ou mise à jour signalée aux lecteurs (dateModified).",
    )
    version = models.PositiveIntegerField(
        "version", default=1, editable=False,
        help_text="Incrémentée à chaque enregistrement : deux rédacteurs ne s’écrasent pas.",
    )

    tags = TaggableManager("mots-clés", through=TaggedArticle, blank=True)

    objects = ArticleManager()

    class Meta:
        verbose_name = "article"
        verbose_name_plural = "articles"
        ordering = ["-published_at", "-created_at"]
        permissions = [
            ("publish_article", "Peut publier, programmer et dépublier des articles"),
            ("retract_article", "Peut retirer un article publié (rétractation)"),
            ("correct_article", "Peut ajouter une correction publique"),
            ("change_any_article", "Peut modifier les articles des autres"),
        ]
        indexes = [models.Index(fields=["status", "published_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=["published", "retracted"]) | Q(published_at__isnull=False),
                name="published_article_has_publish_time",
            ),
            models.CheckConstraint(
                condition=Q(dateline__isnull=False) | Q(date_precision="day"),
                name="date_precision_needs_a_date",
            ),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        self.updated_at = timezone.now()
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return (
            self.status in self.PUBLIC_STATUSES
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_scheduled(self) -> bool:
        """Published with a publish time still to come: under embargo until then."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def date_modified(self):
        """What readers are told changed last (schema.org dateModified): the latest public correction."""
        if self.corrected_at and (self.published_at is None or self.corrected_at > self.published_at):
            return self.corrected_at
        return self.published_at

    def content_fingerprint(self) -> str:
        """Hash of what an editor can change in the text, to tell an edited article from the imported one."""
        fields = [self.kicker, self.headline, self.standfirst, self.body, self.image_caption, self.credit]
        return "sha256:" + hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()

    @property
    def paragraphs(self) -> list[str]:
        # Browsers post textareas with CRLF line ends: split on any blank line.
        return [p.strip() for p in re.split(r"\r?\n[ \t\r]*\n", self.body) if p.strip()]

    @property
    def date_iso(self) -> str:
        """The article's date to the precision it is known: «2022», «2022-02» or «2022-02-24»."""
        if self.dateline is None:
            return ""
        return self.dateline.isoformat()[: {"year": 4, "month": 7}.get(self.date_precision, 10)]

    @property
    def date_display(self) -> str:
        """The date in French, never more precise than the source («février 2022»)."""
        if self.dateline is None:
            return ""
        fmt = {"year": "Y", "month": "F Y"}.get(self.date_precision, "j F Y")
        if fmt == "j F Y" and self.dateline.day == 1:
            fmt = r"j\e\r F Y"  # French writes the first of the month as an ordinal: «1er mars 2024»
        return date_format(self.dateline, fmt)


class QuoteQuerySet(models.QuerySet):
    def published(self):
        """Quotes whose article a reader may see; a retracted story's quotes are no longer on record."""
        return self.filter(article__in=Article.objects.published().exclude(status=Article.Status.RETRACTED))

    def newest_first(self):
        return self.order_by("-article__dateline", "-article__published_at", "article_id", "position")


class QuoteManager(models.Manager.from_queryset(QuoteQuerySet)):
    def get_by_natural_key(self, article_slug, position):
        return self.get(article__slug=article_slug, position=position)


class Quote(models.Model):
    class Location(models.TextChoices):
        HEADLINE = "headline", "titre"
        STANDFIRST = "standfirst", "chapeau"
        CAPTION = "caption", "légende"
        BODY = "body", "texte"

    class Attribution(models.TextChoices):
        NAMED = "named", "nommé"
        ROLE = "role", "fonction"
        PRONOUN = "pronoun", "pronom"
        CONTINUATION = "continuation", "suite"
        PULL_QUOTE = "pull_quote", "exergue"
        CONTEXT = "context", "contexte"
        UNNAMED = "unnamed", "anonyme"
        ORGANIZATION = "organization", "organisation"
        NONE = "none", "inconnu"
        EDITOR = "editor", "saisie"

    article = models.ForeignKey(Article, verbose_name="article", on_delete=models.CASCADE, related_name="quotes")
    person = models.ForeignKey(
        Person, verbose_name="personne", on_delete=models.SET_NULL, null=True, blank=True, related_name="quotes"
    )
    text = models.TextField("citation", help_text="Texte exact, sans les guillemets.")
    position = models.PositiveIntegerField("ordre", default=0)
    location = models.CharField("emplacement", max_length=16, choices=Location, default=Location.BODY)
    paragraph = models.PositiveIntegerField(
        "paragraphe", null=True, blank=True,
        help_text="Numéro du paragraphe du texte (à partir de 0) ; pour une exergue, celui qu’elle précède.",
    )
    is_fragment = models.BooleanField("fragment", default=False, help_text="Citation insérée dans une phrase.")
    is_pull_quote = models.BooleanField("exergue", default=False)
    speaker_role = models.CharField("fonction citée", max_length=300, blank=True)
    attribution = models.CharField("attribution", max_length=16, choices=Attribution, default=Attribution.EDITOR)

    objects = QuoteManager()

    class Meta:
        verbose_name = "citation"
        verbose_name_plural = "citations"
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="unique_quote_position"),
            models.CheckConstraint(condition=~Q(text=""), name="quote_text_not_empty"),
        ]

    def __str__(self):
        short = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return f"« {short} »" + (f" — {self.person}" if self.person_id else "")

    def natural_key(self):
        return (self.article.slug, self.position)

    natural_key.dependencies = ["articles.article", "articles.person"]

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#citation-{self.position}"

    def get_permalink(self):
        """The quote's own page, with its context and share card: the link people pass around."""
        return reverse("articles:quote", kwargs={"slug": self.article.slug, "position": self.position})


class Correction(models.Model):
    """A dated public note on a published article: readers see it, it is never edited away."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Mise à jour"
        RETRACTION = "retraction", "Rétractation"

    article = models.ForeignKey(Article, verbose_name="article", on_delete=models.CASCADE, related_name="corrections")
    kind = models.CharField("type", max_length=16, choices=Kind, default=Kind.CORRECTION)
    text = models.TextField("texte", help_text="Ce qui a été corrigé ou ajouté, tel que les lecteurs le liront.")
    created_at = models.DateTimeField("date", default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="par", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "correction"
        verbose_name_plural = "corrections"
        ordering = ["created_at", "pk"]
        constraints = [models.CheckConstraint(condition=~Q(text=""), name="correction_text_not_empty")]

    def __str__(self):
        return f"{self.get_kind_display()} : {self.text[:60]}"


class Transition(models.Model):
    """Audit trail of the workflow: who moved an article from which status to which, and when."""

    article = models.ForeignKey(Article, verbose_name="article", on_delete=models.CASCADE, related_name="transitions")
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="par", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField("le", default=timezone.now, db_index=True)
    from_status = models.CharField("de", max_length=16, choices=Article.Status)
    to_status = models.CharField("à", max_length=16, choices=Article.Status)
    published_at = models.DateTimeField("publication prévue", null=True, blank=True)
    note = models.TextField("note", blank=True)

    class Meta:
        verbose_name = "changement de statut"
        verbose_name_plural = "journal des statuts"
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.article} : {self.get_from_status_display()} → {self.get_to_status_display()}"


class SlugRedirect(models.Model):
    """An URL a published article used to have: readers and links following it get a 301."""

    old_slug = models.SlugField("ancien identifiant", max_length=200, unique=True, allow_unicode=True)
    article = models.ForeignKey(Article, verbose_name="article", on_delete=models.CASCADE, related_name="slug_redirects")
    created_at = models.DateTimeField("depuis le", default=timezone.now)

    class Meta:
        verbose_name = "ancienne adresse"
        verbose_name_plural = "anciennes adresses"

    def __str__(self):
        return f"{self.old_slug} → {self.article.slug}"


class ArticleOpening(models.Model):
    """Who last opened an article's change form, to warn a colleague before they collide."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="openings")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    opened_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "ouverture"
        verbose_name_plural = "ouvertures"
        constraints = [models.UniqueConstraint(fields=["article", "user"], name="one_opening_per_user")]


# Revisions: an article is kept with its quotes and tags; the lock counter is not content.
reversion.register(Quote)
reversion.register(TaggedArticle)
reversion.register(Article, follow=["quotes", "tagged_items"], exclude=["version"])
