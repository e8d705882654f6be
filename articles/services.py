"""The write paths: admin, management commands and tests all come through here."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

import reversion
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from reversion.models import Version

from articles.importing import ParsedArticle
from articles.models import (
    Article, ArticleOpening, Correction, Person, Quote, SlugRedirect, Tag, TaggedArticle, Transition, fold,
)
from articles.quotes import FoundPerson


def unique_slug(model, text: str, *, max_length: int = 180, exclude_pk=None) -> str:
    """A slug for `text` not yet used by `model` («otan», «otan-2», …)."""
    base = slugify(text, allow_unicode=True)[:max_length].strip("-") or "sans-titre"
    taken = set(
        model.objects.filter(slug__startswith=base).exclude(pk=exclude_pk).values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _check_perm(user, perm: str, message: str) -> None:
    if user is not None and not user.has_perm(perm):
        raise PermissionDenied(message)


# ---------------------------------------------------------------------------
# Editorial workflow: who may do what, one write path per action, each audited.

S = Article.Status

# Target status -> (statuses it may be reached from, permission needed; None = may edit this article).
TRANSITION_RULES: dict[str, tuple[frozenset[str], str | None]] = {
    S.REVIEW: (frozenset({S.DRAFT, S.UNPUBLISHED}), None),
    S.DRAFT: (frozenset({S.REVIEW, S.UNPUBLISHED}), "articles.publish_article"),
    S.PUBLISHED: (frozenset({S.DRAFT, S.REVIEW, S.UNPUBLISHED, S.PUBLISHED}), "articles.publish_article"),
    S.UNPUBLISHED: (frozenset({S.PUBLISHED, S.RETRACTED}), "articles.publish_article"),
    S.RETRACTED: (frozenset({S.PUBLISHED}), "articles.retract_article"),
}


def can_edit_article(user, article: Article | None) -> bool:
    """Editors change any article; a reporter changes only their own drafts."""
    if not user.has_perm("articles.change_article"):
        return False
    if article is None or user.has_perm("articles.change_any_article"):
        return True
    return article.created_by_id == user.pk and article.status == S.DRAFT


def can_transition(user, article: Article, to: str) -> bool:
    """Whether `user` may move `article` to status `to` now (the admin shows only these buttons)."""
    sources, perm = TRANSITION_RULES[to]
    if article.status not in sources:
        return False
    if to == S.RETRACTED and not article.is_public:
        return False
    return user.has_perm(perm) if perm else can_edit_article(user, article)


def _display_name(user) -> str:
    if user is None:
        return "un traitement automatique"
    return user.get_full_name() or user.get_username()


def _bump_version(article: Article) -> None:
    Article.objects.filter(pk=article.pk).update(version=F("version") + 1)
    article.refresh_from_db(fields=["version"])


@transaction.atomic
def transition_article(
    article: Article, *, to: str, by=None, at: dt.datetime | None = None, note: str = ""
) -> Article:
    """Move an article to another status: the one write path for every workflow step, audited.

    The row is locked and re-read first, so the check is made against the status in the
    database, not a stale copy; only status and publish time are written. `by=None` is a
    trusted caller (command, importer, test) and skips the permission check.
    """
    Article.objects.select_for_update().filter(pk=article.pk).exists()
    article.refresh_from_db()
    if to not in TRANSITION_RULES:
        raise ValidationError(f"Statut inconnu : {to}.")
    sources, perm = TRANSITION_RULES[to]
    source = article.status
    if source not in sources:
        raise ValidationError(
            f"Impossible de passer de «{S(source).label}» à «{S(to).label}» pour «{article}»."
        )
    if by is not None and not (by.has_perm(perm) if perm else can_edit_article(by, article)):
        raise PermissionDenied(f"Vous n’avez pas le droit de passer «{article}» à «{S(to).label}».")
    if to == S.RETRACTED:
        if not article.is_public:
            raise ValidationError("Seul un article en ligne peut être retiré ; un article programmé se dépublie.")
        if not note.strip():
            raise ValidationError("Une rétractation doit dire aux lecteurs pourquoi l’article est retiré.")
    if to == S.PUBLISHED:
        # Keep an earlier publish time on republication; `at` (re)schedules.
        article.published_at = at or article.published_at or timezone.now()
    article.status = to
    article.full_clean()
    with reversion.create_revision():
        reversion.set_user(by)
        reversion.set_comment(f"{S(source).label} → {S(to).label}" + (f" : {note}" if note else ""))
        article.save(update_fields=["status", "published_at", "updated_at"])
    _bump_version(article)
    Transition.objects.create(
        article=article, by=by, from_status=source, to_status=to,
        published_at=article.published_at if to == S.PUBLISHED else None, note=note,
    )
    if to == S.RETRACTED:
        _add_correction(article, kind=Correction.Kind.RETRACTION, text=note, by=by)
    return article


def publish_article(article: Article, *, by=None, at: dt.datetime | None = None) -> Article:
    """Publish now, or schedule for `at`; keep an earlier publish time on republication."""
    return transition_article(article, to=S.PUBLISHED, by=by, at=at)


def unpublish_article(article: Article, *, by=None) -> Article:
    """Withdraw an article from readers; it keeps its publish time for a later republication."""
    if article.status not in {S.PUBLISHED, S.RETRACTED}:
        raise ValidationError("Seul un article publié peut être dépublié.")
    return transition_article(article, to=S.UNPUBLISHED, by=by)


def submit_article(article: Article, *, by=None) -> Article:
    """Send a draft to the desk for review."""
    if article.status not in {S.DRAFT, S.UNPUBLISHED}:
        raise ValidationError("Seul un brouillon peut être soumis à relecture.")
    return transition_article(article, to=S.REVIEW, by=by)


def retract_article(article: Article, *, by=None, note: str) -> Article:
    """Retract a published story: its page stays, with the notice readers are owed."""
    return transition_article(article, to=S.RETRACTED, by=by, note=note)


class EditConflict(Exception):
    """Someone saved the article after this editor opened it: their save would overwrite it."""

    def __init__(self, article: Article):
        last = Version.objects.get_for_object(article).select_related("revision__user").first()
        self.user = last.revision.user if last else None
        self.at = last.revision.date_created if last else article.updated_at
        when = date_format(timezone.localtime(self.at), "H:i")
        super().__init__(f"Cet article a été modifié par {_display_name(self.user)} à {when} depuis votre ouverture.")


@transaction.atomic
def save_article(
    article: Article, *, by=None, expected_version: int | None = None, previous_slug: str | None = None
) -> Article:
    """Write an editor's changes, unless someone saved since they opened it (EditConflict).

    The lock is optimistic and lives in the UPDATE itself (`WHERE version = expected`), so it
    holds on SQLite and PostgreSQL alike and costs nothing while nobody collides. A published
    article whose slug changes keeps its old address as a redirect.
    """
    if by is not None and not (can_edit_article(by, article) if article.pk else by.has_perm("articles.add_article")):
        raise PermissionDenied("Vous n’avez pas le droit de modifier cet article.")
    article.full_clean()
    if article.pk is None:
        article.created_by = article.created_by or by
        with reversion.create_revision():
            reversion.set_user(by)
            article.save()
        return article
    lookup = {"pk": article.pk} if expected_version is None else {"pk": article.pk, "version": expected_version}
    if not Article.objects.filter(**lookup).update(version=F("version") + 1):
        raise EditConflict(article)
    article.version = Article.objects.filter(pk=article.pk).values_list("version", flat=True).get()
    with reversion.create_revision():  # inside the admin's own revision block, this joins it
        reversion.set_user(by)
        article.save()
    if previous_slug and previous_slug != article.slug and article.published_at is not None:
        SlugRedirect.objects.filter(old_slug=article.slug).delete()
        SlugRedirect.objects.update_or_create(old_slug=previous_slug, defaults={"article": article})
    return article


def _add_correction(article: Article, *, kind: str, text: str, by) -> Correction:
    correction = Correction(article=article, kind=kind, text=text.strip(), created_by=by)
    correction.full_clean()
    correction.save()
    article.corrected_at = correction.created_at
    article.save(update_fields=["corrected_at", "updated_at"])
    return correction


@transaction.atomic
def add_correction(article: Article, *, kind: str, text: str, by=None) -> Correction:
    """Add a dated public note («Correction :», «Mise à jour :»); it moves the article's dateModified."""
    _check_perm(by, "articles.correct_article", "Vous n’avez pas le droit d’ajouter une correction.")
    if kind not in {Correction.Kind.CORRECTION, Correction.Kind.UPDATE}:
        raise ValidationError("Une correction est une «Correction» ou une «Mise à jour».")
    if article.status not in Article.PUBLIC_STATUSES:
        raise ValidationError("Seul un article publié reçoit une correction publique ; un brouillon se corrige directement.")
    with reversion.create_revision():
        reversion.set_user(by)
        reversion.set_comment(f"{Correction.Kind(kind).label} : {text.strip()}")
        correction = _add_correction(article, kind=kind, text=text, by=by)
    return correction


# Fields an editor writes; restoring a revision brings these back, never the workflow state or the URL.
RESTORED_FIELDS = [
    "kicker", "headline", "standfirst", "body", "credit", "bylines", "dateline", "date_precision",
    "language", "image", "image_caption", "image_credit",
]


@transaction.atomic
def restore_article_revision(
    article: Article, *, version: Version, by=None, expected_version: int | None = None
) -> Article:
    """Bring back the text, quotes and tags of an earlier revision as a new revision.

    Status, publish time and slug stay as they are: going back in the text must not
    unpublish or move the article behind the desk's back.
    """
    if by is not None and not can_edit_article(by, article):
        raise PermissionDenied("Vous n’avez pas le droit de modifier cet article.")
    if version.object_id != str(article.pk) or version.content_type.model_class() is not Article:
        raise ValidationError("Cette version n’appartient pas à cet article.")
    fields = version.field_dict
    for name in RESTORED_FIELDS:
        setattr(article, name, fields[name])
    article.full_clean()
    lookup = {"pk": article.pk} if expected_version is None else {"pk": article.pk, "version": expected_version}
    if not Article.objects.filter(**lookup).update(version=F("version") + 1):
        raise EditConflict(article)
    article.version = Article.objects.filter(pk=article.pk).values_list("version", flat=True).get()
    related = list(version.revision.version_set.select_related("content_type"))
    with reversion.create_revision():
        reversion.set_user(by)
        when = date_format(timezone.localtime(version.revision.date_created), "j F Y à H:i")
        reversion.set_comment(f"Version du {when} restaurée")
        article.save()
        article.quotes.all().delete()
        article.tagged_items.all().delete()
        people = set(Person.objects.values_list("pk", flat=True))
        tags = set(Tag.objects.values_list("pk", flat=True))
        for other in related:
            model = other.content_type.model_class()
            if model is Quote:
                quote = other._object_version.object
                if quote.person_id not in people:
                    quote.person_id = None  # merged or deleted since: keep the words, drop the link
                quote.pk = None
                quote.full_clean(exclude=["article"])
                quote.save()
            elif model is TaggedArticle:
                tagged = other._object_version.object
                if tagged.tag_id in tags:
                    TaggedArticle.objects.create(content_object=article, tag_id=tagged.tag_id)
        reversion.add_to_revision(article)
    return article


def record_opening(article: Article, *, by) -> list[ArticleOpening]:
    """Note that `by` opened the article; return the colleagues who opened it in the last 30 minutes."""
    now = timezone.now()
    ArticleOpening.objects.update_or_create(article=article, user=by, defaults={"opened_at": now})
    return list(
        ArticleOpening.objects.filter(article=article, opened_at__gte=now - dt.timedelta(minutes=30))
        .exclude(user=by).select_related("user").order_by("-opened_at")
    )


def find_person(found: FoundPerson) -> Person | None:
    """The Person already known under this name or one of its aliases, if exactly one matches.

    A bare surname («Stoltenberg») matches a known full name ending with it, but only
    when that is unambiguous: two Müllers stay apart rather than being merged wrongly.
    """
    words = found.name.split()
    if not words:
        return None
    forms = {fold(n) for n in [found.name, *found.aliases] if n}
    pool = list(Person.objects.filter(Q(name__icontains=words[-1]) | Q(aliases__icontains=words[-1])))
    same = [p for p in pool if forms & p.name_forms()]
    if not same and len(words) == 1:
        same = [p for p in pool if fold(p.name).split()[-1] == fold(words[-1])]
    return same[0] if len(same) == 1 else None


def upsert_person(found: FoundPerson) -> Person:
    """Find the person this article quotes, or create them; add what the article teaches about them."""
    person = find_person(found)
    before = None
    if person is None:
        person = Person(name=found.name, slug=unique_slug(Person, found.name))
    else:
        before = (person.name, list(person.aliases), list(person.roles), person.nationality, person.organisation)
    if before is not None and len(found.name.split()) > len(person.name.split()):
        # The fuller form wins («Stoltenberg» then «Jens Stoltenberg»).
        person.aliases = [*person.aliases, person.name]
        person.name = found.name
    known = person.name_forms()
    for alias in found.aliases:
        if fold(alias) not in known:
            person.aliases = [*person.aliases, alias]
            known.add(fold(alias))
    for role in found.roles:
        if fold(role) not in {fold(r) for r in person.roles}:
            person.roles = [*person.roles, role]
    if found.nationality and not person.nationality:
        person.nationality = found.nationality
    if found.organisation and not person.organisation:
        person.organisation = found.organisation
    if before == (person.name, person.aliases, person.roles, person.nationality, person.organisation):
        return person  # known already, nothing new learnt: no write, no cache purge
    person.full_clean()
    person.save()
    return person


@dataclass
class ImportOutcome:
    article: Article
    action: str  # "created" | "updated" | "unchanged"
    message: str = ""


class ImportConflict(Exception):
    """A newer wire version arrived for an article the desk has edited since: never overwritten silently."""


def _publish_time(parsed: ParsedArticle) -> dt.datetime:
    """Agency copy was published on its own date; without one, it is published now."""
    if parsed.dateline is None:
        return timezone.now()
    return timezone.make_aware(dt.datetime.combine(parsed.dateline, dt.time()))


def _fill_article(article: Article, parsed: ParsedArticle) -> None:
    article.kicker = parsed.kicker
    article.headline = parsed.headline
    article.standfirst = parsed.standfirst
    article.body = "\n\n".join(parsed.body)
    article.credit = parsed.credit
    article.bylines = ", ".join(parsed.bylines)
    article.dateline = parsed.dateline
    article.date_precision = parsed.date_precision
    article.language = parsed.language
    article.image_caption = parsed.image_caption
    article.image_credit = parsed.image_credit
    article.source_key = parsed.source_key
    article.source_version = parsed.source_version
    article.import_fingerprint = article.content_fingerprint()
    try:
        article.full_clean()
    except ValidationError as exc:
        raise ValidationError([f"{parsed.source}: {field}: {'; '.join(errors)}" for field, errors in exc.message_dict.items()]) from exc


HONORIFIC_RE = re.compile(r"^(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Mgr|Dr\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Sir|Dame)\s+(?=\w)")


def _without_honorific(found: FoundPerson) -> FoundPerson:
    """A Person is named «Stoltenberg», never «M. Stoltenberg»: the civility is kept as an alias."""
    bare = HONORIFIC_RE.sub("", found.name).strip()
    if not bare or bare == found.name:
        return found
    aliases = found.aliases if found.name in found.aliases else [found.name, *found.aliases]
    return dataclasses.replace(found, name=bare, aliases=aliases)


def _person_for(speaker: str, people: dict[str, Person]) -> Person | None:
    """The Person behind a quote's speaker, whichever name form the engine used for it."""
    if speaker in people:
        return people[speaker]
    wanted = fold(HONORIFIC_RE.sub("", speaker))
    matches = {p.pk: p for p in people.values() if wanted in p.name_forms() or fold(p.name).split()[-1:] == wanted.split()[-1:]}
    return next(iter(matches.values())) if len(matches) == 1 else None


def _save_quotes(article: Article, parsed: ParsedArticle) -> None:
    people = {found.name: upsert_person(_without_honorific(found)) for found in parsed.people}
    quotes = []
    for placed in parsed.quotes:
        found = placed.quote
        quote = Quote(
            article=article,
            person=_person_for(found.speaker, people) if found.speaker else None,
            text=found.text,
            position=placed.position,
            location=placed.location,
            paragraph=placed.paragraph,
            is_fragment=found.partial,
            is_pull_quote=found.pull_quote,
            speaker_role=(found.speaker_role or "")[:300],
            attribution=found.attribution,
        )
        # Field validation only: positions are unique by construction here, and the
        # database enforces the constraints anyway (one query per constraint and foreign key per quote otherwise).
        quote.full_clean(exclude=["article", "person"], validate_unique=False, validate_constraints=False)
        quotes.append(quote)
    Quote.objects.bulk_create(quotes)
    if parsed.tags:
        article.tags.add(*parsed.tags)


@transaction.atomic
def save_parsed_article(
    parsed: ParsedArticle, *, status: str = Article.Status.DRAFT, update: bool = False
) -> ImportOutcome:
    """Write one parsed article with its people, quotes and tags; all or nothing.

    The natural key is the agency's item id, else a hash of the text: the same story
    imported again creates nothing. With `update`, a new wire version replaces the
    imported text, unless an editor has changed the article since (ImportConflict).
    """
    existing = Article.objects.select_for_update().filter(source_key=parsed.source_key).first()
    if existing is None:
        article = Article(
            slug=unique_slug(Article, parsed.headline),
            status=status,
            published_at=_publish_time(parsed) if status == Article.Status.PUBLISHED else None,
        )
        _fill_article(article, parsed)
        article.save()
        _save_quotes(article, parsed)
        return ImportOutcome(article, "created")
    if existing.source_version == parsed.source_version:
        return ImportOutcome(existing, "unchanged")
    if not update:
        return ImportOutcome(
            existing, "unchanged",
            f"version {parsed.source_version or '?'} reçue, {existing.source_version or '?'} en base: relancer avec --update",
        )
    if existing.content_fingerprint() != existing.import_fingerprint:
        raise ImportConflict(
            f"«{existing.headline}» a été modifié par la rédaction depuis l’import: "
            f"la version {parsed.source_version or '?'} n’est pas appliquée (à reprendre à la main)"
        )
    _fill_article(existing, parsed)
    existing.save()
    existing.quotes.all().delete()
    _save_quotes(existing, parsed)
    return ImportOutcome(existing, "updated", f"version {parsed.source_version} appliquée")


@transaction.atomic
def merge_people(target: Person, others: list[Person]) -> Person:
    """Fold duplicates into `target`: their quotes, names, aliases and roles move over."""
    known = target.name_forms()
    for other in others:
        if other.pk == target.pk:
            continue
        other.quotes.update(person=target)
        for alias in [other.name, *other.aliases]:
            if fold(alias) not in known:
                target.aliases = [*target.aliases, alias]
                known.add(fold(alias))
        for role in other.roles:
            if role not in target.roles:
                target.roles = [*target.roles, role]
        for attr in ("nationality", "organisation", "bio"):
            if not getattr(target, attr) and getattr(other, attr):
                setattr(target, attr, getattr(other, attr))
        if not target.photo and other.photo:
            target.photo = other.photo
        other.delete()
    target.full_clean()
    target.save()
    return target
