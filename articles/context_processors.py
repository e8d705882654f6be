from django.conf import settings


def site(request):
    """Expose the site's name, and the page's canonical URL (its path, and its page number past the first)."""
    from articles.jsonld import absolute_url

    canonical = absolute_url(request, request.path)
    page = request.GET.get("page", "")
    if page.isdigit() and int(page) > 1:
        canonical += f"?page={int(page)}"
    return {"site_name": settings.SITE_NAME, "canonical": canonical}
