"""Root URLs: the editors' admin under /admin/, the readers' site at the root, and the standards' files."""
from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from articles import sitemaps, views
from articles.cache import cached_page

admin.site.site_header = f"{settings.SITE_NAME} — rédaction"
admin.site.site_title = f"{settings.SITE_NAME} — rédaction"
admin.site.index_title = "Tableau de bord"

handler500 = "articles.views.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", cached_page(sitemaps.index), name="sitemap"),
    path("sitemap-news.xml", cached_page(sitemaps.news), name="sitemap_news"),
    path("sitemap-<str:section>.xml", cached_page(sitemaps.section), name="sitemap_section"),
    path("", include("articles.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
