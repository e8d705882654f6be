"""Template helpers for the editorial workflow's public traces (corrections, retractions)."""
from django import template

register = template.Library()


@register.simple_tag
def public_notes(article) -> dict:
    """The notes readers are owed on an article: its retraction, and its corrections oldest first."""
    notes = list(article.corrections.all())
    retraction = [n for n in notes if n.kind == n.Kind.RETRACTION]
    return {"retraction": retraction[-1] if retraction else None, "corrections": [n for n in notes if n not in retraction]}
