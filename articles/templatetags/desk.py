"""The desk's dashboard on the admin index: what waits for review, what goes live when."""
import datetime as dt

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince

from articles.models import Article

register = template.Library()


@register.inclusion_tag("admin/articles/includes/dashboard.html", takes_context=True)
def desk_dashboard(context, limit: int = 8):
    """Four panels built from the article QuerySet's reading rules; nothing for those who cannot see articles."""
    user = context["request"].user
    if not user.has_perm("articles.view_article"):
        return {"panels": []}
    changelist = reverse("admin:articles_article_changelist")
    sources = [
        ("review", "En relecture", Article.objects.in_review(), f"{changelist}?status__exact=review", "Tout ce qui attend la relecture"),
        ("scheduled", "Programmés", Article.objects.scheduled(), reverse("admin:articles_article_scheduled"), "Calendrier des publications"),
        ("published", "Publiés récemment", Article.objects.recently_published(), f"{changelist}?en_ligne=oui", "Tous les articles en ligne"),
        ("corrected", "Corrigés récemment", Article.objects.recently_corrected(), reverse("admin:articles_correction_changelist") if user.has_perm("articles.view_correction") else "", "Toutes les corrections"),
    ]
    panels = []
    for key, title, queryset, url, more in sources:
        panels.append({"key": key, "title": title, "count": queryset.count(), "articles": list(queryset[:limit]), "url": url, "more": more})
    return {"panels": panels}


@register.filter
def depuis(value: dt.datetime) -> str:
    """«à l’instant» under a minute (timesince would say «0 minute»), else «il y a 3 minutes»."""
    if value is None:
        return ""
    if timezone.now() - value < dt.timedelta(minutes=1):
        return "à l’instant"
    return f"il y a {timesince(value)}"
