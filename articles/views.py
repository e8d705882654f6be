"""Readers' pages. Every query starts from what a reader may see: published, its time come.

Views read through the QuerySets and build the page's metadata (canonical URL, Open Graph,
JSON-LD from articles/jsonld.py); the page cache and HTTP validators are put on in
articles/urls.py (articles/cache.py), so a subclass such as the desk's preview is never cached.
"""
from __future__ import annotations

import calendar
import datetime as dt
import mimetypes

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.db.models import Count, F, Prefetch, Window
from django.db.models.functions import RowNumber, TruncMonth
from django.http import FileResponse, Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import uri_to_iri
from django.utils.formats import date_format
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView, TemplateView

from articles import images, jsonld
from articles.cache import LISTS, immutable
from articles.models import Article, Person, Quote, Section, Tag
from articles.search import search

PER_PAGE = 20
SECTION_BLOCK = 4


def site_feeds(request) -> list[dict]:
    return [
        {"title": f"{settings.SITE_NAME} (RSS)", "type": "application/rss+xml", "url": reverse("articles:feed_rss")},
        {"title": f"{settings.SITE_NAME} (Atom)", "type": "application/atom+xml", "url": reverse("articles:feed_atom")},
    ]


def feed_links(title: str, rss: str, atom: str) -> list[dict]:
    return [
        {"title": f"{title} (RSS)", "type": "application/rss+xml", "url": rss},
        {"title": f"{title} (Atom)", "type": "application/atom+xml", "url": atom},
    ]


def social_meta(request, *, title: str, description: str, url: str, image: str, image_alt: str, kind: str = "website", extra=()) -> list[tuple[str, str, str]]:
    """Open Graph and Twitter card tags as (attribute, name, content)."""
    tags = [
        ("property", "og:site_name", settings.SITE_NAME),
        ("property", "og:locale", "fr_FR"),
        ("property", "og:type", kind),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", url),
        ("property", "og:image", image),
        ("property", "og:image:type", "image/png"),
        ("property", "og:image:width", str(images.CARD_SIZE[0])),
        ("property", "og:image:height", str(images.CARD_SIZE[1])),
        ("property", "og:image:alt", image_alt),
        *extra,
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
        ("name", "twitter:image", image),
        ("name", "twitter:image:alt", image_alt),
    ]
    return tags


def modified_of(objects) -> float:
    stamps = [o.updated_at.timestamp() for o in objects if getattr(o, "updated_at", None)]
    return max(stamps, default=0)


class ReaderPageMixin:
    """What every readers' page sets: its cache tags, breadcrumbs and the default metadata."""

    cache_tags = frozenset({LISTS})

    def breadcrumb_trail(self) -> list[tuple[str, str]]:
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        trail = self.breadcrumb_trail()
        if trail:
            context["breadcrumbs"] = trail
            context.setdefault("jsonld", []).append(jsonld.standalone(jsonld.breadcrumb_list(self.request, trail)))
        context.setdefault("feeds", site_feeds(self.request))
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response.cache_tags = set(getattr(self, "page_tags", self.cache_tags))
        response.content_modified = getattr(self, "content_modified", 0)
        return response


class HomeView(ReaderPageMixin, ListView):
    """The lead story, then the latest by section, then the wire of everything, newest first."""

    template_name = "articles/home.html"
    context_object_name = "articles"
    paginate_by = PER_PAGE

    def get_queryset(self):
        self.lead = Article.objects.published().for_listing().first()
        latest = Article.objects.published().for_listing()
        return latest.exclude(pk=self.lead.pk) if self.lead else latest

    def sections(self) -> list[dict]:
        """The latest few articles of each section, in one query (a window function)."""
        ranked = (
            Article.objects.published()
            .filter(section__isnull=False)
            .exclude(pk=self.lead.pk if self.lead else None)
            .annotate(rank=Window(RowNumber(), partition_by=[F("section_id")], order_by=[F("published_at").desc(), F("pk").desc()]))
            .filter(rank__lte=SECTION_BLOCK)
            .select_related("section")
            .prefetch_related("tags")
            .order_by("section__position", "section__name", "rank")
        )
        blocks: dict[int, dict] = {}
        for article in ranked:
            blocks.setdefault(article.section_id, {"section": article.section, "articles": []})["articles"].append(article)
        return list(blocks.values())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        first_page = context["page_obj"].number == 1
        context["lead"] = self.lead if first_page else None
        context["sections"] = self.sections() if first_page else []
        if self.lead and first_page:
            context["lead_picture"] = images.renditions(self.lead.image)
        context["jsonld"] = [jsonld.website(self.request)]
        home = jsonld.absolute_url(self.request, reverse("articles:home"))
        context["social"] = social_meta(
            self.request,
            title=settings.SITE_NAME,
            description=f"{settings.SITE_NAME} : l’actualité, les personnes et ce qu’elles ont dit.",
            url=home,
            image=jsonld.absolute_url(self.request, static("img/share.png")),
            image_alt=settings.SITE_NAME,
        )
        return context


class SectionView(ReaderPageMixin, ListView):
    template_name = "articles/section.html"
    context_object_name = "articles"
    paginate_by = PER_PAGE

    def get_queryset(self):
        self.section = get_object_or_404(Section, slug=self.kwargs["slug"])
        return Article.objects.published().filter(section=self.section).for_listing()

    def breadcrumb_trail(self):
        return [("Accueil", reverse("articles:home")), (self.section.name, self.section.get_absolute_url())]

    def get_context_data(self, **kwargs):
        slug = self.section.slug
        feeds = feed_links(
            f"{settings.SITE_NAME} — {self.section.name}",
            reverse("articles:section_rss", args=[slug]),
            reverse("articles:section_atom", args=[slug]),
        )
        return super().get_context_data(section=self.section, feeds=feeds, **kwargs)


class TagView(ReaderPageMixin, ListView):
    template_name = "articles/tag.html"
    context_object_name = "articles"
    paginate_by = PER_PAGE

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return Article.objects.published().filter(tags=self.tag).for_listing()

    def breadcrumb_trail(self):
        return [("Accueil", reverse("articles:home")), (self.tag.name, self.tag.get_absolute_url())]

    def get_context_data(self, **kwargs):
        feeds = feed_links(
            f"{settings.SITE_NAME} — {self.tag.name}",
            reverse("articles:tag_rss", args=[self.tag.slug]),
            reverse("articles:tag_atom", args=[self.tag.slug]),
        )
        return super().get_context_data(tag=self.tag, feeds=feeds, **kwargs)


class ArticleDetailView(ReaderPageMixin, DetailView):
    """One article: four queries whatever its quotes, tags and corrections."""

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        quotes = Quote.objects.select_related("person").order_by("position")
        return (
            Article.objects.published()
            .select_related("section")
            .prefetch_related("tags", "corrections", Prefetch("quotes", queryset=quotes))
        )

    def breadcrumb_trail(self):
        article = self.object
        trail = [("Accueil", reverse("articles:home"))]
        if article.section_id:
            trail.append((article.section.name, article.section.get_absolute_url()))
        trail.append((article.headline, article.get_absolute_url()))
        return trail

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        request = self.request
        quotes = list(article.quotes.all())
        pull_quotes = {}
        for quote in quotes:
            if quote.is_pull_quote:
                pull_quotes.setdefault(quote.paragraph, []).append(quote)
        paragraphs = article.paragraphs
        context["blocks"] = [
            {"text": text, "pull_quotes": pull_quotes.pop(i, [])} for i, text in enumerate(paragraphs)
        ]
        context["trailing_pull_quotes"] = [q for qs in pull_quotes.values() for q in qs]
        people = {}
        for quote in quotes:
            if quote.person is not None:
                people.setdefault(quote.person.pk, {"person": quote.person, "quotes": []})["quotes"].append(quote)
        context["people"] = [entry["person"] for entry in people.values()]
        context["quoted"] = list(people.values())
        context["picture"] = images.renditions(article.image)
        url = jsonld.absolute_url(request, article.get_absolute_url())
        card = jsonld.absolute_url(request, images.article_card_url(article))
        context["canonical"] = url
        description = article.standfirst or article.headline
        picture_urls = [card]
        if context["picture"]:
            picture_urls.insert(0, jsonld.absolute_url(request, context["picture"].src))
        graph = jsonld.article_graph(
            request,
            article,
            quotes=quotes,
            images=picture_urls,
            corrections=list(article.corrections.all()) if hasattr(article, "corrections") else [],
            breadcrumb=jsonld.breadcrumb_list(request, context.get("breadcrumbs", [])),
        )
        context["jsonld"] = [graph]  # the breadcrumb is inside the graph
        extra = [("property", "article:published_time", article.published_at.isoformat())] if article.published_at else []
        modified = getattr(article, "date_modified", None)
        if modified:
            extra.append(("property", "article:modified_time", modified.isoformat()))
        if article.section_id:
            extra.append(("property", "article:section", article.section.name))
        extra += [("property", "article:tag", t.name) for t in article.tags.all()]
        context["social"] = social_meta(
            request, title=article.headline, description=description, url=url, image=card,
            image_alt=f"{article.kicker + ' : ' if article.kicker else ''}{article.headline}", kind="article", extra=extra,
        )
        self.page_tags = {f"article:{article.pk}", *(f"person:{pk}" for pk in people)}
        if article.section_id:
            self.page_tags.add(f"section:{article.section_id}")
        self.content_modified = article.updated_at.timestamp()
        return context


class QuoteDetailView(ReaderPageMixin, DetailView):
    """One quote with its context, speaker, date and article: the permalink people share."""

    template_name = "articles/quote_detail.html"
    context_object_name = "quote"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Quote.objects.published().select_related("article", "article__section", "person"),
            article__slug=self.kwargs["slug"],
            position=self.kwargs["position"],
        )

    def breadcrumb_trail(self):
        quote = self.object
        trail = [("Accueil", reverse("articles:home"))]
        if quote.person_id:
            trail.append((quote.person.name, quote.person.get_absolute_url()))
        trail.append(("Citation", quote.get_permalink()))
        return trail

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        quote, request = self.object, self.request
        article = quote.article
        paragraphs = article.paragraphs
        source = {
            Quote.Location.HEADLINE: article.headline,
            Quote.Location.STANDFIRST: article.standfirst,
            Quote.Location.CAPTION: article.image_caption,
        }.get(quote.location)
        if source is None and quote.paragraph is not None and quote.paragraph < len(paragraphs):
            source = paragraphs[quote.paragraph]
        if source and quote.text in source and source.strip() != quote.text.strip():
            before, _, after = source.partition(quote.text)
            context["context_parts"] = (before, quote.text, after)
        url = jsonld.absolute_url(request, quote.get_permalink())
        card = jsonld.absolute_url(request, images.quote_card_url(quote))
        context["canonical"] = url
        context["card_url"] = card
        context["canonical_display"] = uri_to_iri(url)
        speaker = quote.person.name if quote.person_id else "Citation"
        context["speaker_role"] = quote.speaker_role or (quote.person.roles[-1] if quote.person_id and quote.person.roles else "")
        context["page_title"] = f"«\u202f{quote.text if len(quote.text) < 90 else quote.text[:88] + '…'}\u202f» — {speaker}"
        context["jsonld"] = [
            jsonld.quote_graph(request, quote, image=card, breadcrumb=jsonld.breadcrumb_list(request, context["breadcrumbs"]))
        ]
        context["social"] = social_meta(
            request, title=context["page_title"], description=f"{speaker}, dans «\u202f{article.headline}\u202f»", url=url,
            image=card, image_alt=f"«\u202f{quote.text}\u202f» — {speaker}", kind="article",
        )
        self.page_tags = {f"article:{article.pk}", *([f"person:{quote.person_id}"] if quote.person_id else [])}
        return context


class PersonDetailView(ReaderPageMixin, DetailView):
    """Who they are, every quote of theirs as a timeline, the articles they appear in."""

    template_name = "articles/person_detail.html"
    context_object_name = "person"

    def get_queryset(self):
        # Someone only quoted in drafts is not public yet.
        return Person.objects.filter(pk__in=Quote.objects.published().values("person_id"))

    def breadcrumb_trail(self):
        return [("Accueil", reverse("articles:home")), (self.object.name, self.object.get_absolute_url())]

    def get_context_data(self, **kwargs):
        person, request = self.object, self.request
        quotes = Quote.objects.published().filter(person=person).select_related("article", "person").newest_first()
        quote_page = Paginator(quotes, PER_PAGE).get_page(request.GET.get("page"))
        articles = (
            Article.objects.published()
            .filter(pk__in=Quote.objects.published().filter(person=person).values("article_id"))
            .annotate(quote_count=Count("quotes", distinct=True))
            .select_related("section")
            .order_by("-published_at", "-pk")
        )
        article_page = Paginator(articles, PER_PAGE).get_page(request.GET.get("articles"))
        feeds = feed_links(
            f"Les déclarations de {person.name}",
            reverse("articles:person_rss", args=[person.slug]),
            reverse("articles:person_atom", args=[person.slug]),
        )
        context = super().get_context_data(quotes=quote_page, article_page=article_page, feeds=feeds, **kwargs)
        context["jsonld"] = [
            jsonld.person_graph(
                request, person, quotes=quote_page.object_list, breadcrumb=jsonld.breadcrumb_list(request, context["breadcrumbs"])
            )
        ]
        context["canonical"] = jsonld.absolute_url(request, person.get_absolute_url())
        self.page_tags = {LISTS, f"person:{person.pk}"}
        self.content_modified = person.updated_at.timestamp()
        return context


class ArchiveIndexView(ReaderPageMixin, TemplateView):
    """Every month with published articles, newest first, grouped by year."""

    template_name = "articles/archive_index.html"

    def breadcrumb_trail(self):
        return [("Accueil", reverse("articles:home")), ("Archives", reverse("articles:archives"))]

    def get_context_data(self, **kwargs):
        months = (
            Article.objects.published()
            .annotate(month=TruncMonth("published_at"))
            .values("month")
            .annotate(count=Count("pk"))
            .order_by("-month")
        )
        years: dict[int, list] = {}
        for row in months:
            month = timezone.localtime(row["month"]) if timezone.is_aware(row["month"]) else row["month"]
            years.setdefault(month.year, []).append(
                {"date": month, "count": row["count"], "url": reverse("articles:archive_month", args=[month.year, f"{month.month:02d}"])}
            )
        return super().get_context_data(years=sorted(years.items(), reverse=True), **kwargs)


class ArchiveMonthView(ReaderPageMixin, ListView):
    template_name = "articles/archive_month.html"
    context_object_name = "articles"
    paginate_by = PER_PAGE

    def get_queryset(self):
        year, month = self.kwargs["year"], int(self.kwargs["month"])
        if not 1 <= month <= 12 or not 1900 <= year <= 9999:
            raise Http404("Mois inconnu.")
        zone = timezone.get_current_timezone()
        self.start = dt.datetime(year, month, 1, tzinfo=zone)
        days = calendar.monthrange(year, month)[1]
        end = self.start + dt.timedelta(days=days)
        end = dt.datetime(end.year, end.month, 1, tzinfo=zone)
        return Article.objects.published().filter(published_at__gte=self.start, published_at__lt=end).for_listing()

    def breadcrumb_trail(self):
        return [
            ("Accueil", reverse("articles:home")),
            ("Archives", reverse("articles:archives")),
            (date_format(self.start, "F Y"), self.request.path),
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(month=self.start, **kwargs)


class SearchView(ReaderPageMixin, TemplateView):
    """Articles, quotes and people; «Stoltenberg troupes» asks what Stoltenberg said about troops."""

    template_name = "articles/search.html"
    tabs = {"articles": "Articles", "citations": "Citations", "personnes": "Personnes"}

    def breadcrumb_trail(self):
        return [("Accueil", reverse("articles:home")), ("Recherche", reverse("articles:search"))]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request = self.request
        query = request.GET.get("q", "").strip()
        speaker = None
        if request.GET.get("personne"):
            speaker = Person.objects.filter(
                slug=request.GET["personne"], pk__in=Quote.objects.published().values("person_id")
            ).first()
        context.update(query=query, speaker=speaker)
        if not query and speaker is None:
            return context
        results = search(query, speaker=speaker)
        counts = results.counts()
        tab = request.GET.get("dans")
        if tab not in self.tabs:
            tab = "citations" if results.speaker else next((t for t in self.tabs if counts[t]), "articles")
        page = Paginator(results.of_kind(tab), PER_PAGE).get_page(request.GET.get("page"))
        rows = results.highlighted(tab, page.object_list)
        context["speaker"] = results.speaker
        context.update(
            results=results,
            counts=counts,
            tab=tab,
            tabs=[{"key": k, "label": v, "count": counts[k], "active": k == tab} for k, v in self.tabs.items()],
            page_obj=page,
            rows=rows,
            robots="noindex, follow",
        )
        return context


@require_safe
def article_card(request, slug: str, fingerprint: str):
    """An article's 1200×630 share card; an old fingerprint redirects to the current card."""
    article = get_object_or_404(Article.objects.published(), slug=slug)
    return _serve_card(images.article_card(article), fingerprint, lambda: images.article_card_url(article))


@require_safe
def quote_card(request, slug: str, position: int, fingerprint: str):
    quote = get_object_or_404(
        Quote.objects.published().select_related("article", "person"), article__slug=slug, position=position
    )
    return _serve_card(images.quote_card(quote), fingerprint, lambda: images.quote_card_url(quote))


def _serve_card(card: images.Card, fingerprint: str, current_url):
    if card.fingerprint != fingerprint:
        return HttpResponsePermanentRedirect(current_url())
    name = card.ensure()
    return immutable(FileResponse(default_storage.open(name, "rb"), content_type="image/png"))


@require_safe
def rendition(request, path: str):
    """A lead-image rendition (its name holds the source's hash: it never changes)."""
    name = f"renditions/{path}"
    if ".." in path.split("/") or not default_storage.exists(name):
        raise Http404("Image introuvable.")
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return immutable(FileResponse(default_storage.open(name, "rb"), content_type=content_type))


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /recherche/",
        "Disallow: /apercu/",
        "",
        f"Sitemap: {jsonld.absolute_url(request, reverse('sitemap'))}",
        f"Sitemap: {jsonld.absolute_url(request, reverse('sitemap_news'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """The French 500 page, rendered without touching the database (it may be what failed)."""
    template = loader.get_template("500.html")
    return HttpResponse(template.render({"site_name": settings.SITE_NAME}), status=500)
