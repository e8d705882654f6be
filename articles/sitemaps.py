"""sitemap.xml (an index of one sitemap per kind of page) and a Google News sitemap.

Only kinds that have pages are listed: an empty <urlset> is invalid under the sitemaps.org
schema, which the test suite checks (tests/test_standards_sitemaps.py).
"""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Count, Max
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from articles import jsonld
from articles.models import Article, Person, Quote, Section, Tag

NEWS_DAYS = 2
NEWS_LIMIT = 1000


class PagesSitemap(Sitemap):
    changefreq = "hourly"

    def items(self):
        return ["articles:home", "articles:archives"]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return self.get_latest_lastmod()

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(last=Max("published_at"))["last"]


class ArticleSitemap(Sitemap):
    limit = 5000

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(last=Max("updated_at"))["last"]

    def items(self):
        return Article.objects.published().order_by("-published_at", "-pk")

    def lastmod(self, item: Article):
        return max(filter(None, [getattr(item, "date_modified", None), item.published_at, item.updated_at]))


class SectionSitemap(Sitemap):
    def items(self):
        return Section.objects.filter(articles__in=Article.objects.published()).annotate(
            last=Max("articles__published_at")
        ).order_by("position", "name")

    def lastmod(self, item):
        return item.last

    def get_latest_lastmod(self):
        return Article.objects.published().filter(section__isnull=False).aggregate(last=Max("published_at"))["last"]


class TagSitemap(Sitemap):
    def items(self):
        return Tag.objects.filter(tagged_articles__content_object__in=Article.objects.published()).annotate(
            last=Max("tagged_articles__content_object__published_at")
        ).order_by("name")

    def lastmod(self, item):
        return item.last

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(last=Max("published_at"))["last"]


class PersonSitemap(Sitemap):
    def items(self):
        return Person.objects.filter(pk__in=Quote.objects.published().values("person_id")).order_by("name")

    def lastmod(self, item: Person):
        return item.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(last=Max("updated_at"))["last"]


class QuoteSitemap(Sitemap):
    limit = 5000

    def items(self):
        return (
            Quote.objects.published()
            .filter(person__isnull=False)
            .select_related("article")
            .order_by("-article__published_at", "article_id", "position")
        )

    def location(self, item: Quote):
        return item.get_permalink()

    def lastmod(self, item: Quote):
        return item.article.updated_at

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(last=Max("updated_at"))["last"]


class ArchiveSitemap(Sitemap):
    def items(self):
        return list(
            Article.objects.published()
            .annotate(month=TruncMonth("published_at"))
            .values("month")
            .annotate(n=Count("pk"), last=Max("published_at"))
            .order_by("-month")
        )

    def location(self, item):
        month = timezone.localtime(item["month"])
        return reverse("articles:archive_month", args=[month.year, f"{month.month:02d}"])

    def lastmod(self, item):
        return item["last"]

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(last=Max("published_at"))["last"]


SITEMAPS = {
    "pages": PagesSitemap,
    "articles": ArticleSitemap,
    "rubriques": SectionSitemap,
    "mots-cles": TagSitemap,
    "personnes": PersonSitemap,
    "citations": QuoteSitemap,
    "archives": ArchiveSitemap,
}


def _non_empty() -> dict:
    """Instances, so that the index counts each sitemap's items once (the paginator is cached)."""
    sitemaps = {name: cls() for name, cls in SITEMAPS.items()}
    return {name: sitemap for name, sitemap in sitemaps.items() if sitemap.paginator.count}


def index(request):
    return sitemap_views.index(request, _non_empty(), sitemap_url_name="sitemap_section")


def section(request, section: str):
    sitemap = SITEMAPS.get(section)
    if sitemap is None or not sitemap().paginator.count:
        raise Http404("Plan de site inconnu.")
    return sitemap_views.sitemap(request, {section: sitemap}, section=section)


def news(request):
    """Google News: the articles published in the last two days, newest first."""
    since = timezone.now() - dt.timedelta(days=NEWS_DAYS)
    articles = Article.objects.published().filter(published_at__gte=since).order_by("-published_at", "-pk")[:NEWS_LIMIT]
    entries = [
        {
            "loc": jsonld.absolute_url(request, a.get_absolute_url()),
            "title": a.headline,
            "date": timezone.localtime(a.published_at).isoformat(timespec="seconds"),
            "language": a.language or "fr",
        }
        for a in articles
    ]
    return TemplateResponse(
        request,
        "sitemaps/news.xml",
        {"entries": entries, "publication": settings.SITE_NAME},
        content_type="application/xml; charset=utf-8",
    )
