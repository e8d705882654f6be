"""Readers' pages. Every query starts from what a reader may see: published, its time come."""
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from articles.models import Article, Person, Quote, Tag


class HomeView(ListView):
    template_name = "articles/home.html"
    context_object_name = "articles"
    paginate_by = 20

    def get_queryset(self):
        return Article.objects.published().for_listing()


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        quotes = Quote.objects.select_related("person").order_by("position")
        return Article.objects.published().prefetch_related("tags", Prefetch("quotes", queryset=quotes))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        quotes = list(article.quotes.all())
        pull_quotes = {}
        for quote in quotes:
            if quote.is_pull_quote:
                pull_quotes.setdefault(quote.paragraph, []).append(quote)
        paragraphs = article.paragraphs
        context["blocks"] = [
            {"text": text, "pull_quotes": pull_quotes.pop(i, [])} for i, text in enumerate(paragraphs)
        ]
        context["trailing_pull_quotes"] = [q for qs in pull_quotes.values() for q in qs]
        people = {}
        for quote in quotes:
            if quote.person is not None:
                people.setdefault(quote.person.pk, quote.person)
        context["people"] = list(people.values())
        return context


class PersonDetailView(DetailView):
    template_name = "articles/person_detail.html"
    context_object_name = "person"
    model = Person

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["quotes"] = (
            Quote.objects.published().filter(person=self.object).select_related("article").newest_first()
        )
        return context

    def get_object(self, queryset=None):
        person = super().get_object(queryset)
        if not Quote.objects.published().filter(person=person).exists():
            # Someone only quoted in drafts is not public yet.
            raise Http404("Aucune citation publiée.")
        return person


class TagView(ListView):
    template_name = "articles/tag.html"
    context_object_name = "articles"
    paginate_by = 20

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return Article.objects.published().filter(tags=self.tag).for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)
