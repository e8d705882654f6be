"""Preview an article as readers will see it, for the desk and for a guest holding a signed link."""
from __future__ import annotations

import datetime as dt

from django.core import signing
from django.db.models import Prefetch
from django.utils import timezone

from articles.models import Article, Quote
from articles.views import ArticleDetailView

SALT = "articles.preview"


def make_share_token(article: Article, *, expires_at: dt.datetime) -> str:
    """A signed token naming the article and when the link stops working; no database row needed."""
    return signing.dumps({"a": article.pk, "e": int(expires_at.timestamp())}, salt=SALT, compress=True)


def read_share_token(token: str) -> tuple[Article, dt.datetime] | None:
    """The article a share token opens and its expiry; None once expired, tampered with, or public."""
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    expires_at = dt.datetime.fromtimestamp(data.get("e", 0), tz=dt.timezone.utc)
    if expires_at <= timezone.now():
        return None
    article = Article.objects.filter(pk=data.get("a")).first()
    if article is None or article.is_public:
        return None  # once readers can see it, the public URL is the one to share
    return article, expires_at


class PreviewView(ArticleDetailView):
    """The readers' article view and template, on an article readers cannot see yet.

    It inherits the public view, so the preview shows exactly what the public page will.
    """

    template_name = "workflow/preview.html"
    preview_kind = "desk"

    def get_queryset(self):
        quotes = Quote.objects.select_related("person").order_by("position")
        return (
            Article.objects.select_related("section")
            .prefetch_related("tags", "corrections", Prefetch("quotes", queryset=quotes))
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=self.preview_kind, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "private, no-store"
        return response
