"""RSS 2.0 and Atom feeds: the site, each section, each tag, and each person's quotes.

Each feed is one class with an Atom twin; items() runs per request (never frozen at import)
and reads a constant number of queries whatever the number of tags.
"""
from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from articles.models import Article, Person, Quote, Section, Tag

ITEMS = 30


class ArticleFeed(Feed):
    """The latest published articles, newest first."""

    feed_type = Rss201rev2Feed
    language = "fr"

    def title(self, obj=None):
        return settings.SITE_NAME

    def description(self, obj=None):
        return f"Les derniers articles de {settings.SITE_NAME}."

    subtitle = description

    def link(self, obj=None):
        return reverse("articles:home")

    def author_name(self, obj=None):
        return settings.SITE_NAME

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj=None):
        return self.articles(obj).for_listing()[:ITEMS]

    def item_title(self, item: Article):
        return f"{item.kicker} : {item.headline}" if item.kicker else item.headline

    def item_description(self, item: Article):
        return item.standfirst or item.headline

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        return getattr(item, "date_modified", None) or item.published_at

    def item_author_name(self, item: Article):
        return item.bylines or item.credit or settings.SITE_NAME

    def item_categories(self, item: Article):
        return [t.name for t in item.tags.all()]


class LatestRss(ArticleFeed):
    pass


class LatestAtom(ArticleFeed):
    feed_type = Atom1Feed


class SectionRss(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Section, slug=slug)

    def title(self, obj=None):
        return f"{settings.SITE_NAME} — {obj.name}"

    def description(self, obj=None):
        return obj.description or f"Les derniers articles de la rubrique {obj.name}."

    subtitle = description

    def link(self, obj=None):
        return obj.get_absolute_url()

    def articles(self, obj):
        return Article.objects.published().filter(section=obj)


class SectionAtom(SectionRss):
    feed_type = Atom1Feed


class TagRss(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def title(self, obj=None):
        return f"{settings.SITE_NAME} — {obj.name}"

    def description(self, obj=None):
        return f"Les derniers articles sur «\u202f{obj.name}\u202f»."

    subtitle = description

    def link(self, obj=None):
        return obj.get_absolute_url()

    def articles(self, obj):
        return Article.objects.published().filter(tags=obj)


class TagAtom(TagRss):
    feed_type = Atom1Feed


class PersonQuotesRss(Feed):
    """A person's quotes, newest first, each linking to its own page."""

    feed_type = Rss201rev2Feed
    language = "fr"

    def get_object(self, request, slug):
        return get_object_or_404(Person.objects.filter(pk__in=Quote.objects.published().values("person_id")), slug=slug)

    def title(self, obj):
        return f"Les déclarations de {obj.name} — {settings.SITE_NAME}"

    def description(self, obj):
        role = f", {obj.roles[-1]}" if obj.roles else ""
        return f"Tout ce que {obj.name}{role} a déclaré dans les articles de {settings.SITE_NAME}."

    subtitle = description

    def link(self, obj):
        return obj.get_absolute_url()

    def author_name(self, obj):
        return obj.name

    def items(self, obj):
        return Quote.objects.published().filter(person=obj).select_related("article", "person").newest_first()[:ITEMS]

    def item_title(self, item: Quote):
        text = item.text if len(item.text) <= 100 else item.text[:99] + "…"
        return f"«\u202f{text}\u202f»"

    def item_description(self, item: Quote):
        return f"«\u202f{item.text}\u202f» — {item.person.name}, dans «\u202f{item.article.headline}\u202f»"

    def item_link(self, item: Quote):
        return item.get_permalink()

    def item_pubdate(self, item: Quote):
        return item.article.published_at

    def item_updateddate(self, item: Quote):
        return item.article.published_at

    def item_author_name(self, item: Quote):
        return item.person.name


class PersonQuotesAtom(PersonQuotesRss):
    feed_type = Atom1Feed
