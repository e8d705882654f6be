"""The editors' desk: Django's admin, with every state change going through articles.services."""
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import ngettext

from taggit.models import Tag as TaggitTag

from articles.models import Article, Person, Quote, Tag
from articles.services import merge_people, publish_article, unpublish_article


# Articles use their own Tag model (natural keys in fixtures); taggit's unused one would only confuse editors.
admin.site.unregister(TaggitTag)


class LinesField(forms.JSONField):
    """Edit a JSON list of strings as one item per line, the way an editor thinks of aliases and roles."""

    widget = forms.Textarea(attrs={"rows": 3})

    def to_python(self, value):
        if isinstance(value, list):
            return value
        return [line.strip() for line in (value or "").splitlines() if line.strip()]

    def bound_data(self, data, initial):
        return initial if self.disabled else self.to_python(data)

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else (value or "")


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ["position", "text", "person", "speaker_role", "location", "is_fragment", "is_pull_quote", "attribution"]
    autocomplete_fields = ["person"]
    ordering = ["position"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 60})}}


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["headline", "kicker", "status", "date_column", "published_at", "tag_list"]
    list_filter = ["status", ("dateline", admin.DateFieldListFilter), "tags", "language"]
    search_fields = ["headline", "kicker", "standfirst", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["headline"]}
    inlines = [QuoteInline]
    actions = ["publish_selected", "unpublish_selected"]
    readonly_fields = ["status", "created_at", "updated_at", "source_key"]
    fieldsets = [
        (None, {"fields": ["kicker", "headline", "slug", "standfirst", "body"]}),
        ("Date et publication", {"fields": ["dateline", "date_precision", "status", "published_at"]}),
        ("Sources et signatures", {"fields": ["credit", "bylines", "language"]}),
        ("Image principale", {"fields": ["image", "image_caption", "image_credit"]}),
        ("Classement", {"fields": ["tags"]}),
        ("Historique", {"classes": ["collapse"], "fields": ["created_at", "updated_at", "source_key"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("tags")

    @admin.display(description="date", ordering="dateline")
    def date_column(self, obj):
        return obj.date_display or "—"

    @admin.display(description="mots-clés")
    def tag_list(self, obj):
        return ", ".join(tag.name for tag in obj.tags.all())

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_article")

    def save_model(self, request, obj, form, change):
        if "published_at" in form.changed_data and obj.status == Article.Status.PUBLISHED:
            if not self.has_publish_permission(request):
                raise PermissionDenied
        super().save_model(request, obj, form, change)

    def response_change(self, request, obj):
        """The change form's «Publier» / «Dépublier» buttons: save, then go through the service."""
        for button, service, done in (("_publish", publish_article, "publié"), ("_unpublish", unpublish_article, "dépublié")):
            if button in request.POST:
                self._transition(request, Article.objects.filter(pk=obj.pk), service, done)
                return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def render_change_form(self, request, context, *args, **kwargs):
        context["can_publish"] = self.has_publish_permission(request)
        return super().render_change_form(request, context, *args, **kwargs)

    def _transition(self, request, queryset, service, done: str):
        try:
            with transaction.atomic():
                count = 0
                for article in queryset.select_for_update():
                    service(article, by=request.user)
                    count += 1
        except (ValidationError, PermissionDenied) as exc:
            message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            self.message_user(request, message, messages.ERROR)
        else:
            self.message_user(request, ngettext("%d article %s.", "%d articles %ss.", count) % (count, done), messages.SUCCESS)

    @admin.action(permissions=["publish"], description="Publier les articles sélectionnés")
    def publish_selected(self, request, queryset):
        self._transition(request, queryset, publish_article, "publié")

    @admin.action(permissions=["publish"], description="Dépublier les articles sélectionnés")
    def unpublish_selected(self, request, queryset):
        self._transition(request, queryset, unpublish_article, "dépublié")


class PersonQuoteInline(admin.TabularInline):
    """A person's statements, read-only here: they are edited with their article."""

    model = Quote
    fk_name = "person"
    extra = 0
    can_delete = False
    fields = ["text", "article_link", "speaker_role"]
    readonly_fields = fields
    ordering = ["-article__dateline", "position"]
    verbose_name_plural = "citations"

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="article")
    def article_link(self, quote):
        url = reverse("admin:articles_article_change", args=[quote.article_id])
        return format_html('<a href="{}">{}</a>', url, quote.article)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")


class PersonAdminForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = "__all__"
        field_classes = {"aliases": LinesField, "roles": LinesField}


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    form = PersonAdminForm
    list_display = ["name", "role_list", "nationality", "organisation", "quote_count"]
    search_fields = ["name", "aliases", "roles", "organisation"]
    list_filter = ["nationality"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PersonQuoteInline]
    actions = ["merge_selected"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "aliases"]}),
        ("Qui est-ce ?", {"fields": ["roles", "nationality", "organisation", "bio", "photo"]}),
    ]

    def get_queryset(self, request):
        # GROUP BY drops the model's default ordering: restate it for stable pagination.
        return super().get_queryset(request).annotate(quote_total=models.Count("quotes")).order_by("name")

    @admin.display(description="fonctions")
    def role_list(self, obj):
        return format_html_join("", "{}<br>", ((r,) for r in obj.roles)) if obj.roles else "—"

    @admin.display(description="citations", ordering="quote_total")
    def quote_count(self, obj):
        return obj.quote_total

    @admin.action(permissions=["change"], description="Fusionner les personnes sélectionnées (dans la plus citée)")
    def merge_selected(self, request, queryset):
        people = sorted(queryset, key=lambda p: (-p.quote_total, p.pk))
        if len(people) < 2:
            self.message_user(request, "Sélectionnez au moins deux personnes à fusionner.", messages.WARNING)
            return
        target = merge_people(people[0], people[1:])
        self.message_user(request, f"{len(people) - 1} fiche(s) fusionnée(s) dans «{target}».", messages.SUCCESS)


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["short_text", "person", "article", "location", "is_fragment", "is_pull_quote"]
    list_select_related = ["person", "article"]
    autocomplete_fields = ["person", "article"]
    search_fields = ["text", "person__name", "article__headline"]
    list_filter = ["is_pull_quote", "is_fragment", "attribution"]

    @admin.display(description="citation")
    def short_text(self, obj):
        return obj.text if len(obj.text) <= 90 else obj.text[:89] + "…"


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
