"""schema.org metadata, built as Python dicts and serialised once (never hand-written in templates).

An article page carries one `@graph`: the NewsArticle, the publisher, the people it quotes
(`Person`, each with an `@id` on their page) and each quote as a `Quotation` linked to its
speaker and to the article, plus the page's BreadcrumbList.
"""
from __future__ import annotations

import json
from collections.abc import Iterable

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article, Person, Quote

CONTEXT = "https://schema.org"
LOGO_SIZE = (600, 60)
_JSON_ESCAPES = {ord(">"): "\\u003e", ord("<"): "\\u003c", ord("&"): "\\u0026"}


def absolute_url(request, path: str) -> str:
    """`path` on the public origin: NEWSROOM_SITE_URL when set (behind a CDN), else the request's."""
    base = getattr(settings, "NEWSROOM_SITE_URL", "")
    if base:
        return base.rstrip("/") + path
    return request.build_absolute_uri(path)


def dumps(data: dict) -> SafeString:
    """Serialise for a <script type="application/ld+json"> block: no «</script>» can close it early."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def organization(request) -> dict:
    home = absolute_url(request, reverse("articles:home"))
    return {
        "@type": "NewsMediaOrganization",
        "@id": home + "#organisation",
        "name": settings.SITE_NAME,
        "url": home,
        "logo": {
            "@type": "ImageObject",
            "url": absolute_url(request, static("img/logo.png")),
            "width": LOGO_SIZE[0],
            "height": LOGO_SIZE[1],
        },
    }


def website(request) -> dict:
    """The site, with the search box Google may show under its name."""
    home = absolute_url(request, reverse("articles:home"))
    return {
        "@context": CONTEXT,
        "@type": "WebSite",
        "@id": home + "#site",
        "url": home,
        "name": settings.SITE_NAME,
        "inLanguage": "fr",
        "publisher": organization(request),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute_url(request, reverse("articles:search")) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def person_id(request, person: Person) -> str:
    return absolute_url(request, person.get_absolute_url()) + "#personne"


def person_node(request, person: Person) -> dict:
    node = {
        "@type": "Person",
        "@id": person_id(request, person),
        "name": person.name,
        "url": absolute_url(request, person.get_absolute_url()),
    }
    if person.aliases:
        node["alternateName"] = list(person.aliases)
    if person.roles:
        node["jobTitle"] = person.roles[-1]
    if person.nationality:
        node["nationality"] = person.nationality
    if person.organisation:
        node["affiliation"] = {"@type": "Organization", "name": person.organisation}
    if person.bio:
        node["description"] = person.bio
    if person.photo:
        node["image"] = absolute_url(request, person.photo.url)
    return node


def date_published(article: Article) -> str:
    """The article's date at its real precision («2022-02» for a month), else its publish time."""
    if article.dateline is not None:
        return article.date_iso
    return article.published_at.isoformat() if article.published_at else ""


def quotation_node(request, quote: Quote, article_id: str) -> dict:
    node = {
        "@type": "Quotation",
        "@id": absolute_url(request, quote.get_permalink()),
        "url": absolute_url(request, quote.get_permalink()),
        "text": quote.text,
        "inLanguage": quote.article.language or "fr",
        "isPartOf": {"@id": article_id},
    }
    if quote.person_id:
        node["spokenByCharacter"] = node["creator"] = {"@id": person_id(request, quote.person)}
    return node


def authors(article: Article, request) -> list[dict]:
    people = [{"@type": "Person", "name": n.strip()} for n in article.bylines.split(",") if n.strip()]
    if article.credit:
        people.append({"@type": "Organization", "name": article.credit})
    return people or [{"@id": organization(request)["@id"]}]


def article_graph(
    request,
    article: Article,
    *,
    quotes: Iterable[Quote],
    images: list[str],
    corrections: Iterable = (),
    breadcrumb: dict | None = None,
) -> dict:
    url = absolute_url(request, article.get_absolute_url())
    article_id = url + "#article"
    quotes = list(quotes)
    modified = getattr(article, "date_modified", None) or article.updated_at
    node = {
        "@type": "NewsArticle",
        "@id": article_id,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.headline if len(article.headline) <= 110 else article.headline[:109] + "…",
        "inLanguage": article.language or "fr",
        "datePublished": date_published(article),
        "dateModified": modified.isoformat() if modified else date_published(article),
        "author": authors(article, request),
        "publisher": {"@id": organization(request)["@id"]},
        "image": images,
        "isAccessibleForFree": True,
    }
    if article.standfirst:
        node["description"] = article.standfirst
    if article.kicker:
        node["alternativeHeadline"] = article.kicker
    keywords = [t.name for t in article.tags.all()]
    if keywords:
        node["keywords"] = keywords
    if article.section_id:
        node["articleSection"] = article.section.name
    if article.image_caption:
        node["associatedMedia"] = {
            "@type": "MediaObject" if not article.image else "ImageObject",
            "caption": article.image_caption,
            **({"creditText": article.image_credit} if article.image_credit else {}),
        }
    notes = [
        {
            "@type": "CorrectionComment",
            "text": f"{note.get_kind_display()} : {note.text}",
            "datePublished": note.created_at.isoformat(),
        }
        for note in corrections
    ]
    if notes:
        node["correction"] = notes
    people = {q.person_id: q.person for q in quotes if q.person_id}
    if people:
        node["mentions"] = [{"@id": person_id(request, p)} for p in people.values()]
    graph = [node, organization(request)]
    graph += [person_node(request, p) for p in people.values()]
    graph += [quotation_node(request, q, article_id) for q in quotes]
    if breadcrumb:
        graph.append(breadcrumb)
    return {"@context": CONTEXT, "@graph": graph}


def person_graph(request, person: Person, *, quotes: Iterable[Quote], breadcrumb: dict | None = None) -> dict:
    url = absolute_url(request, person.get_absolute_url())
    page = {
        "@type": "ProfilePage",
        "@id": url,
        "url": url,
        "name": person.name,
        "inLanguage": "fr",
        "mainEntity": {"@id": person_id(request, person)},
    }
    graph = [page, person_node(request, person)]
    for quote in quotes:
        graph.append(quotation_node(request, quote, absolute_url(request, quote.article.get_absolute_url()) + "#article"))
    if breadcrumb:
        graph.append(breadcrumb)
    return {"@context": CONTEXT, "@graph": graph}


def quote_graph(request, quote: Quote, *, image: str, breadcrumb: dict | None = None) -> dict:
    article_url = absolute_url(request, quote.article.get_absolute_url())
    node = quotation_node(request, quote, article_url + "#article")
    node["image"] = image
    if quote.article.dateline or quote.article.published_at:
        node["datePublished"] = date_published(quote.article)
    graph = [node, {"@type": "NewsArticle", "@id": article_url + "#article", "headline": quote.article.headline, "url": article_url}]
    if quote.person_id:
        graph.append(person_node(request, quote.person))
    if breadcrumb:
        graph.append(breadcrumb)
    return {"@context": CONTEXT, "@graph": graph}


def breadcrumb_list(request, trail: list[tuple[str, str]]) -> dict:
    """`trail`: (name, path) from the home page down to the current page."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": name, "item": absolute_url(request, path)}
            for i, (name, path) in enumerate(trail, start=1)
        ],
    }


def standalone(node: dict) -> dict:
    return {"@context": CONTEXT, **node}
