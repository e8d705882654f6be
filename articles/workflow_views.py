"""Public endpoints of the editorial workflow: guest previews and the old addresses of moved articles."""
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve, reverse

from articles.models import Article, SlugRedirect
from articles.preview import PreviewView, read_share_token


class SharedPreviewView(PreviewView):
    """A draft opened with a signed link by someone without an account, until it expires or goes public."""

    preview_kind = "shared"

    def get_object(self, queryset=None):
        found = read_share_token(self.kwargs["token"])
        if found is None:
            raise Http404("Ce lien d’aperçu a expiré ou l’article est déjà publié.")
        article, self.expires_at = found
        return self.get_queryset().get(pk=article.pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(expires_at=self.expires_at, **kwargs)


# Public addresses made of an article's slug: its page and its quotes' permalinks.
ARTICLE_ROUTES = {"articles:detail", "articles:quote"}


class SlugRedirectFallbackMiddleware:
    """Answer a 404 on an article's former address with a 301 to where it lives now.

    Like django.contrib.redirects' fallback middleware, it costs nothing on pages that exist:
    the table is only read when the article view has already said 404.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return response
        if match.view_name not in ARTICLE_ROUTES or "slug" not in match.kwargs:
            return response
        redirect = SlugRedirect.objects.filter(
            old_slug=match.kwargs["slug"], article__in=Article.objects.published()
        ).select_related("article").first()
        if redirect is None:
            return response
        kwargs = {**match.kwargs, "slug": redirect.article.slug}
        return HttpResponsePermanentRedirect(reverse(match.view_name, kwargs=kwargs))
