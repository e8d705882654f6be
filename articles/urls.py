from django.urls import path, register_converter

from articles import feeds, views, workflow_views
from articles.cache import cached_page


class MonthConverter:
    regex = "0[1-9]|1[0-2]"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(MonthConverter, "mm")

# The readers' pages go through the page cache (articles/cache.py); an article's or a quote's
# own page does not change when a scheduled article goes live, so it need not follow the schedule.
page = cached_page
own_page = cached_page(follows_schedule=False)

app_name = "articles"
urlpatterns = [
    path("", page(views.HomeView.as_view()), name="home"),
    path("articles/<str:slug>/", own_page(views.ArticleDetailView.as_view()), name="detail"),
    path("articles/<str:slug>/partage-<str:fingerprint>.png", views.article_card, name="article_card"),
    path("articles/<str:slug>/citations/<int:position>/", own_page(views.QuoteDetailView.as_view()), name="quote"),
    path(
        "articles/<str:slug>/citations/<int:position>/partage-<str:fingerprint>.png",
        views.quote_card,
        name="quote_card",
    ),
    path("personnes/<str:slug>/", page(views.PersonDetailView.as_view()), name="person"),
    path("personnes/<str:slug>/citations/rss/", page(feeds.PersonQuotesRss()), name="person_rss"),
    path("personnes/<str:slug>/citations/atom/", page(feeds.PersonQuotesAtom()), name="person_atom"),
    path("rubriques/<str:slug>/", page(views.SectionView.as_view()), name="section"),
    path("rubriques/<str:slug>/rss/", page(feeds.SectionRss()), name="section_rss"),
    path("rubriques/<str:slug>/atom/", page(feeds.SectionAtom()), name="section_atom"),
    path("mots-cles/<str:slug>/", page(views.TagView.as_view()), name="tag"),
    path("mots-cles/<str:slug>/rss/", page(feeds.TagRss()), name="tag_rss"),
    path("mots-cles/<str:slug>/atom/", page(feeds.TagAtom()), name="tag_atom"),
    path("archives/", page(views.ArchiveIndexView.as_view()), name="archives"),
    path("archives/<int:year>/<mm:month>/", page(views.ArchiveMonthView.as_view()), name="archive_month"),
    path("recherche/", page(views.SearchView.as_view()), name="search"),
    path("flux/rss/", page(feeds.LatestRss()), name="feed_rss"),
    path("flux/atom/", page(feeds.LatestAtom()), name="feed_atom"),
    path("images/<path:path>", views.rendition, name="rendition"),
    path("apercu/<str:token>/", workflow_views.SharedPreviewView.as_view(), name="shared_preview"),
]
