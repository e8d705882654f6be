"""Template helpers for the editorial workflow's public traces (corrections, retractions)."""
import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def public_notes(article) -> dict:
    """The notes readers are owed on an article: its retraction, and its corrections oldest first."""
    notes = list(article.corrections.all())
    retraction = [n for n in notes if n.kind == n.Kind.RETRACTION]
    return {"retraction": retraction[-1] if retraction else None, "corrections": [n for n in notes if n not in retraction]}


@register.simple_tag(takes_context=True)
def correction_metadata(context, article, notes):
    """schema.org metadata for a corrected article: dateModified and each correction, built in Python."""
    request = context.get("request")
    url = request.build_absolute_uri(article.get_absolute_url()) if request else article.get_absolute_url()
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url,
        "url": url,
        "headline": article.headline,
        "dateModified": article.date_modified.isoformat() if article.date_modified else None,
        "correction": [
            {
                "@type": "CorrectionComment",
                "text": f"{note.get_kind_display()} : {note.text}",
                "datePublished": note.created_at.isoformat(),
            }
            for note in [*notes["corrections"], *filter(None, [notes["retraction"]])]
        ],
    }
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
