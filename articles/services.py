"""The write paths: admin, management commands and tests all come through here."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from articles.importing import ParsedArticle
from articles.models import Article, Person, Quote, fold
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


@transaction.atomic
def publish_article(article: Article, *, by=None, at: dt.datetime | None = None) -> Article:
    """Publish now, or schedule for `at`; keep an earlier publish time on republication."""
    _check_perm(by, "articles.publish_article", "Vous n’avez pas le droit de publier des articles.")
    article.status = Article.Status.PUBLISHED
    article.published_at = at or article.published_at or timezone.now()
    article.full_clean()
    article.save()
    return article


@transaction.atomic
def unpublish_article(article: Article, *, by=None) -> Article:
    """Withdraw an article from readers; it keeps its publish time for a later republication."""
    _check_perm(by, "articles.publish_article", "Vous n’avez pas le droit de dépublier des articles.")
    if article.status != Article.Status.PUBLISHED:
        raise ValidationError("Seul un article publié peut être dépublié.")
    article.status = Article.Status.UNPUBLISHED
    article.full_clean()
    article.save()
    return article


@transaction.atomic
def submit_article(article: Article, *, by=None) -> Article:
    """Send a draft to the desk for review."""
    _check_perm(by, "articles.change_article", "Vous n’avez pas le droit de modifier cet article.")
    if article.status not in {Article.Status.DRAFT, Article.Status.UNPUBLISHED}:
        raise ValidationError("Seul un brouillon peut être soumis à relecture.")
    article.status = Article.Status.REVIEW
    article.save()
    return article


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
    if person is None:
        person = Person(name=found.name, slug=unique_slug(Person, found.name))
    elif len(found.name.split()) > len(person.name.split()):
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


def _save_quotes(article: Article, parsed: ParsedArticle) -> None:
    people = {found.name: upsert_person(found) for found in parsed.people}
    quotes = []
    for placed in parsed.quotes:
        found = placed.quote
        quote = Quote(
            article=article,
            person=people.get(found.speaker) if found.speaker else None,
            text=found.text,
            position=placed.position,
            location=placed.location,
            paragraph=placed.paragraph,
            is_fragment=found.partial,
            is_pull_quote=found.pull_quote,
            speaker_role=(found.speaker_role or "")[:300],
            attribution=found.attribution,
        )
        quote.full_clean(exclude=["article"])
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
