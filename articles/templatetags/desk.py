"""The desk's dashboard on the admin index: what waits for review, what goes live when."""
from django import template
from django.urls import reverse

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
