"""Readers' pages cached whole, HTTP validators for browsers and CDNs, and purges that hit the right pages.

Each cached page carries *cache tags*: `article:<pk>` and `person:<pk>` for the objects it
shows, `lists` for every page listing content (home, sections, tags, archives, people's
timelines, search, feeds, sitemaps). A tag's version is a timestamp kept in the cache; a page
is served from the cache only while all its tags still have the versions they had when it
was stored, so a purge is one cache write per tag, whatever the number of pages.

Writes to content schedule the purge with transaction.on_commit (connect_purges()): an
article published, edited, corrected or retracted purges its own page, its quotes' pages,
the pages of the people it quotes, and every list.

Scheduled articles: a list page is never cached (here, by a CDN or a browser) past the
publish time of the next scheduled article, so it appears at its minute.
"""
from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

LISTS = "lists"
_PREFIX = "newsroom:"
_NEXT_PUBLICATION = _PREFIX + "next-publication"
_LAST_PUBLICATION = _PREFIX + "last-scheduled-publication"


def page_seconds() -> int:
    return int(getattr(settings, "NEWSROOM_PAGE_CACHE_SECONDS", 300))


def shared_seconds() -> int:
    return int(getattr(settings, "NEWSROOM_CDN_SECONDS", 300))


def browser_seconds() -> int:
    return int(getattr(settings, "NEWSROOM_BROWSER_SECONDS", 60))


# --- tags ---------------------------------------------------------------------------------------

def _tag_key(tag: str) -> str:
    return f"{_PREFIX}tag:{tag}"


def tag_versions(tags: Iterable[str]) -> dict[str, int]:
    """The current version (a time in ns) of each tag; a tag never seen starts now."""
    tags = sorted(set(tags))
    found = cache.get_many([_tag_key(t) for t in tags])
    versions, missing = {}, {}
    for tag in tags:
        value = found.get(_tag_key(tag))
        if value is None:
            value = missing[_tag_key(tag)] = time.time_ns()
        versions[tag] = value
    if missing:
        cache.set_many(missing, timeout=None)
    return versions


def purge(tags: Iterable[str]) -> None:
    """Invalidate every cached page carrying one of `tags`."""
    now = time.time_ns()
    cache.set_many({_tag_key(t): now for t in set(tags)}, timeout=None)
    cache.delete(_NEXT_PUBLICATION)


# --- scheduled publication ---------------------------------------------------------------------

def seconds_until_next_publication() -> int | None:
    """Seconds until the next scheduled article goes live, None when none is scheduled."""
    now = time.time()
    at = cache.get(_NEXT_PUBLICATION)
    if at and at <= now:
        # A scheduled article went live without any write: lists changed at that moment.
        cache.set(_LAST_PUBLICATION, at, timeout=None)
    if at is None or (at and at <= now):
        from articles.models import Article

        first = Article.objects.scheduled().values_list("published_at", flat=True).first()
        at = first.timestamp() if first else 0.0
        cache.set(_NEXT_PUBLICATION, at, timeout=max(page_seconds(), 60))
    if not at:
        return None
    return max(0, math.floor(at - now))


# --- the page cache ----------------------------------------------------------------------------

def _page_key(request: HttpRequest) -> str:
    raw = f"{request.get_host()}{request.path}?{request.META.get('QUERY_STRING', '')}"
    return f"{_PREFIX}page:{hashlib.sha256(raw.encode()).hexdigest()}"


def _freshness(follows_schedule: bool) -> int:
    """How long a page may be kept: the configured time, cut at the next scheduled publication."""
    seconds = max(page_seconds(), shared_seconds(), browser_seconds())
    if follows_schedule:
        until = seconds_until_next_publication()
        if until is not None:
            seconds = min(seconds, until)
    return seconds


def _set_http_caching(response: HttpResponse, *, ttl: int, last_modified: float) -> None:
    response["Last-Modified"] = http_date(last_modified)
    if ttl <= 0:
        patch_cache_control(response, public=True, no_cache=True)
        return
    patch_cache_control(
        response,
        public=True,
        max_age=min(browser_seconds(), ttl),
        s_maxage=min(shared_seconds(), ttl),
        stale_if_error=86400,
    )


def cached_page(view: Callable | None = None, *, follows_schedule: bool = True, tags: Iterable[str] = (LISTS,)):
    """Cache a readers' view's 200 responses whole, with ETag, Last-Modified and Cache-Control.

    The view may set `response.cache_tags` (a set) to say what it shows; `tags` is the
    default. `follows_schedule=False` for pages that a scheduled article does not change
    (an article's own page, a quote's page). ConditionalGetMiddleware answers 304s.
    """

    def decorator(func):
        @wraps(func)
        def wrapper(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD"):
                return func(request, *args, **kwargs)
            key = _page_key(request)
            entry = cache.get(key) if page_seconds() > 0 else None
            if entry is not None and tag_versions(entry["tags"]) == entry["versions"]:
                remaining = math.floor(entry["expires"] - time.time())
                if remaining > 0:
                    response = HttpResponse(entry["content"], content_type=entry["content_type"])
                    response["ETag"] = entry["etag"]
                    response["X-Cache"] = "hit"
                    _set_http_caching(response, ttl=remaining, last_modified=entry["last_modified"])
                    return response
            response = func(request, *args, **kwargs)
            if response.status_code != 200 or response.streaming:
                return response
            if hasattr(response, "render") and callable(response.render):
                response.render()
            page_tags = set(getattr(response, "cache_tags", None) or tags)
            versions = tag_versions(page_tags)
            modified = max(
                [v / 1e9 for v in versions.values()] + [getattr(response, "content_modified", 0) or 0]
            )
            ttl = _freshness(follows_schedule)
            if follows_schedule:
                modified = max(modified, cache.get(_LAST_PUBLICATION) or 0)
            etag = '"%s"' % hashlib.md5(response.content, usedforsecurity=False).hexdigest()
            response["ETag"] = etag
            response["X-Cache"] = "miss"
            _set_http_caching(response, ttl=ttl, last_modified=modified)
            if ttl > 0 and page_seconds() > 0:
                cache.set(
                    key,
                    {
                        "content": response.content,
                        "content_type": response["Content-Type"],
                        "etag": etag,
                        "tags": sorted(page_tags),
                        "versions": versions,
                        "last_modified": modified,
                        "expires": time.time() + min(ttl, page_seconds()),
                    },
                    timeout=min(ttl, page_seconds()),
                )
            return response

        return wrapper

    return decorator(view) if view is not None else decorator


def immutable(response: HttpResponse) -> HttpResponse:
    """For files whose URL changes with their content (share cards, image renditions)."""
    patch_cache_control(response, public=True, max_age=31536000, immutable=True)
    return response


# --- purges on writes --------------------------------------------------------------------------

def tags_for_article(article_id: int) -> set[str]:
    """An article's page, its quotes' pages, its people's pages, every list."""
    from articles.models import Quote

    people = Quote.objects.filter(article_id=article_id, person__isnull=False).values_list("person_id", flat=True)
    return {LISTS, f"article:{article_id}", *(f"person:{pk}" for pk in people)}


def _schedule(tags_or_callable) -> None:
    def run():
        tags = tags_or_callable() if callable(tags_or_callable) else tags_or_callable
        purge(tags)

    transaction.on_commit(run, robust=True)


# What readers see. Editors' bookkeeping (revisions, status log, who opened what) purges nothing.
PUBLIC_MODELS = {"article", "quote", "person", "section", "tag", "taggedarticle", "correction"}


def _on_save(sender, instance, raw=False, **kwargs):
    from articles.models import Article, Person, Quote, Section

    if sender._meta.app_label != "articles" or sender._meta.model_name not in PUBLIC_MODELS:
        return
    if sender is Section:
        _schedule({LISTS, f"section:{instance.pk}"})
    elif sender is Article:
        pk = instance.pk
        _schedule(lambda: tags_for_article(pk))
    elif sender is Person:
        _schedule({LISTS, f"person:{instance.pk}"})
    elif sender is Quote:
        tags = {LISTS, f"article:{instance.article_id}"}
        for person_id in {instance.person_id, getattr(instance, "_person_before", None)} - {None}:
            tags.add(f"person:{person_id}")
        _schedule(tags)
    elif getattr(instance, "article_id", None):
        # Corrections, tags of an article, anything else that belongs to an article.
        article_id = instance.article_id
        _schedule(lambda: tags_for_article(article_id))
    elif getattr(instance, "content_object_id", None):
        article_id = instance.content_object_id
        _schedule(lambda: tags_for_article(article_id))
    else:
        _schedule({LISTS})


def _remember_speaker(sender, instance, raw=False, **kwargs):
    """A quote moved to another person must purge the first person's page too."""
    if instance.pk and not raw:
        instance._person_before = type(instance).objects.filter(pk=instance.pk).values_list("person_id", flat=True).first()


def _on_tags_changed(sender, instance, action, pk_set=None, **kwargs):
    from articles.models import Article

    if action.startswith("post_") and isinstance(instance, Article):
        pk = instance.pk
        _schedule(lambda: tags_for_article(pk))


def connect_purges() -> None:
    from articles.models import Article, Quote

    post_save.connect(_on_save, dispatch_uid="newsroom_purge_save")
    post_delete.connect(_on_save, dispatch_uid="newsroom_purge_delete")
    pre_save.connect(_remember_speaker, sender=Quote, dispatch_uid="newsroom_purge_speaker")
    m2m_changed.connect(_on_tags_changed, sender=Article.tags.through, dispatch_uid="newsroom_purge_tags")
