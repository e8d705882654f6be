"""The editors' desk: Django's admin, with every state change going through articles.services.

Permissions are checked twice on purpose: the admin hides what a role may not do, and the
services refuse it anyway, so a forged POST meets the same rule as a hidden button.
"""
import datetime as dt

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import ngettext

from articles.models import Article, Correction, Person, Quote, Section, SlugRedirect, Tag, TaggedArticle, Transition
from articles.preview import PreviewView, make_share_token
from articles.revisions import FieldDiff, diff_snapshots, snapshot_of_article, snapshot_of_version, versions_of
from articles.services import (
    RESTORED_FIELDS, EditConflict, add_correction, can_edit_article, can_transition, merge_people, record_opening,
    restore_article_revision, retract_article, save_article, transition_article,
)

S = Article.Status


class ReadOnlyAdminMixin:
    """A record of what happened (audit trail, published corrections): listed, never edited away."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


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


def _reason(exc: Exception) -> str:
    return "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ["position", "text", "person", "speaker_role", "location", "is_fragment", "is_pull_quote", "attribution"]
    autocomplete_fields = ["person"]
    ordering = ["position"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 60})}}


class TaggedArticleInline(admin.TabularInline):
    """Tags picked with the admin's autocomplete (the «+» creates a missing one)."""

    model = TaggedArticle
    fk_name = "content_object"
    extra = 1
    autocomplete_fields = ["tag"]
    verbose_name = "mot-clé"
    verbose_name_plural = "mots-clés"

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "tag":
            field.label = "mot-clé"
        return field


class ArticleAdminForm(forms.ModelForm):
    """The change form, carrying the version the editor opened so a colleague's save is never overwritten."""

    lock_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict = None
        if self.instance.pk:
            self.fields["lock_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        opened = cleaned.get("lock_version")
        if self.instance.status in Article.PUBLIC_STATUSES and "published_at" in self.fields and not cleaned.get("published_at"):
            self.add_error("published_at", "Un article publié garde une heure de publication ; pour le retirer, dépubliez-le.")
        if self.instance.pk and opened is not None and opened != self.instance.version:
            self.conflict = EditConflict(self.instance)
            # Everything typed stays in the form; saving again, knowingly, replaces the colleague's version.
            self.data = self.data.copy()
            self.data[self.add_prefix("lock_version")] = self.instance.version
            raise ValidationError(
                "%(conflict)s Vos modifications sont conservées ci-dessous : comparez-les avec sa version "
                "(Historique), puis enregistrez à nouveau pour remplacer sa version par la vôtre.",
                code="edit_conflict", params={"conflict": str(self.conflict)},
            )
        return cleaned


class PublicationFilter(admin.SimpleListFilter):
    title = "mise en ligne"
    parameter_name = "en_ligne"

    def lookups(self, request, model_admin):
        return [("oui", "En ligne"), ("programme", "Programmés (embargo)")]

    def queryset(self, request, queryset):
        if self.value() == "oui":
            return queryset.published()
        if self.value() == "programme":
            return queryset.scheduled()
        return queryset


class AuthorFilter(admin.SimpleListFilter):
    title = "auteur"
    parameter_name = "auteur"

    def lookups(self, request, model_admin):
        return [("moi", "Mes articles")]

    def queryset(self, request, queryset):
        return queryset.filter(created_by=request.user) if self.value() == "moi" else queryset


class CorrectionForm(forms.Form):
    kind = forms.ChoiceField(
        label="type", choices=[(k.value, k.label) for k in (Correction.Kind.CORRECTION, Correction.Kind.UPDATE)],
        widget=forms.RadioSelect, initial=Correction.Kind.CORRECTION,
    )
    text = forms.CharField(
        label="texte pour les lecteurs", widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
        help_text="Publié tel quel sous le titre, daté d’aujourd’hui. Corrigez aussi le texte de l’article.",
    )


class RetractionForm(forms.Form):
    note = forms.CharField(
        label="avis de rétractation", widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
        help_text="Ce que les lecteurs liront en tête de l’article : pourquoi il est retiré.",
    )


SHARE_DURATIONS = [(24, "24 heures"), (72, "3 jours"), (168, "7 jours")]
BUTTONS = {"_submit": S.REVIEW, "_to_draft": S.DRAFT, "_publish": S.PUBLISHED, "_unpublish": S.UNPUBLISHED}
DONE = {
    S.REVIEW: "soumis à relecture", S.DRAFT: "renvoyé en rédaction", S.PUBLISHED: "publié",
    S.UNPUBLISHED: "dépublié", S.RETRACTED: "retiré",
}


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = ["headline", "status_badge", "date_column", "published_at", "tag_list", "author"]
    list_filter = [PublicationFilter, "status", AuthorFilter, "section", ("dateline", admin.DateFieldListFilter), "tags", "language"]
    list_select_related = ["created_by"]
    search_fields = ["headline", "kicker", "standfirst", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["headline"]}
    inlines = [QuoteInline, TaggedArticleInline]
    actions = ["submit_selected", "publish_selected", "unpublish_selected"]
    fieldsets = [
        (None, {"fields": ["kicker", "headline", "slug", "standfirst", "body", "lock_version"]}),
        ("Date et publication", {
            "fields": ["dateline", "date_precision", "status", "published_at"],
            "description": "Une heure de publication future programme l’article : il apparaît aux lecteurs "
                           "à cette minute-là, sans autre intervention.",
        }),
        ("Rubrique", {"fields": ["section"]}),
        ("Sources et signatures", {"fields": ["credit", "bylines", "language"]}),
        ("Image principale", {"fields": ["image", "image_caption", "image_credit"]}),
        ("Historique", {"classes": ["collapse"], "fields": ["created_at", "created_by", "updated_at", "version", "source_key"]}),
    ]

    class Media:
        css = {"all": ["articles/admin.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("tags")

    def view_on_site(self, obj):
        """«Voir sur le site» only where a reader would find it; the preview serves the rest."""
        return obj.get_absolute_url() if obj.is_public else None

    def get_readonly_fields(self, request, obj=None):
        fields = ["status", "created_at", "created_by", "updated_at", "version", "source_key"]
        if not self.has_publish_permission(request):
            fields.append("published_at")  # only the desk sets publish times
        return fields

    def get_search_results(self, request, queryset, search_term):
        """Find a phrase as typed with a straight apostrophe in text set with typographic ones."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if "'" in search_term:
            curly, dup = super().get_search_results(request, queryset, search_term.replace("'", "’"))
            results, may_have_duplicates = results | curly, may_have_duplicates or dup
        return results, may_have_duplicates

    # Columns --------------------------------------------------------------------------------------

    @admin.display(description="statut", ordering="status")
    def status_badge(self, obj):
        if obj.is_scheduled:
            when = date_format(timezone.localtime(obj.published_at), "j b H:i")
            return format_html('<span class="badge badge-scheduled">Programmé · {}</span>', when)
        return format_html('<span class="badge badge-{}">{}</span>', obj.status, obj.get_status_display())

    @admin.display(description="date", ordering="dateline")
    def date_column(self, obj):
        return obj.date_display or "—"

    @admin.display(description="mots-clés")
    def tag_list(self, obj):
        return ", ".join(tag.name for tag in obj.tags.all())

    @admin.display(description="auteur", ordering="created_by__username")
    def author(self, obj):
        return obj.created_by.get_full_name() or obj.created_by.get_username() if obj.created_by else "—"

    # Permissions ----------------------------------------------------------------------------------

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and can_edit_article(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and can_edit_article(request.user, obj)

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_article")

    # Saving: optimistic lock, revisions, transitions ---------------------------------------------

    def add_view(self, request, form_url="", extra_context=None):
        with reversion.create_revision():
            reversion.set_user(request.user)
            return super().add_view(request, form_url, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, object_id)
        context = dict(extra_context or {})
        if article is not None and self.has_view_or_change_permission(request, article):
            context.update(self._desk_context(request, article))
        try:
            with reversion.create_revision():
                reversion.set_user(request.user)
                return super().change_view(request, object_id, form_url, context)
        except EditConflict:
            # A colleague saved between our validation and our UPDATE: render again, the form now says so.
            return super().change_view(request, object_id, form_url, context)

    def changelist_view(self, request, extra_context=None):
        with reversion.create_revision():
            reversion.set_user(request.user)
            return super().changelist_view(request, extra_context)

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.get_change_message())
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.get_change_message())
        return entry

    def save_model(self, request, obj, form, change):
        rescheduled = change and "published_at" in form.changed_data and obj.status == S.PUBLISHED
        save_article(
            obj, by=request.user,
            expected_version=form.cleaned_data.get("lock_version") if change else None,
            previous_slug=form.initial.get("slug") if change else None,
        )
        if rescheduled:  # a new embargo is a workflow step: audited like any other
            transition_article(obj, to=S.PUBLISHED, by=request.user, at=obj.published_at)

    def response_add(self, request, obj, post_url_continue=None):
        for button, to in BUTTONS.items():
            if button in request.POST:
                self._transition(request, [obj.pk], to)
                return HttpResponseRedirect(reverse("admin:articles_article_change", args=[obj.pk]))
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        """The change form's workflow buttons: save first, then go through the service."""
        for button, to in BUTTONS.items():
            if button in request.POST:
                self._transition(request, [obj.pk], to)
                return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        user = request.user
        context["can_publish"] = self.has_publish_permission(request)
        context["allowed"] = {to: True for to in BUTTONS.values() if obj is None and to == S.REVIEW
                              or obj is not None and can_transition(user, obj, to)}
        if obj is None and not user.has_perm("articles.add_article"):
            context["allowed"] = {}
        form = context["adminform"].form
        if getattr(form, "conflict", None) is not None:
            # Show, field by field, how the saved version differs from what this editor is about to save.
            saved = Article.objects.get(pk=obj.pk)
            context["conflict_diffs"] = [
                FieldDiff(name, str(form.fields[name].label), str(getattr(saved, name) or ""), str(form.cleaned_data.get(name) or ""))
                for name in RESTORED_FIELDS + ["slug"]
                if name in form.fields and name in form.cleaned_data and (getattr(saved, name) or "") != (form.cleaned_data[name] or "")
            ]
            context["conflict"] = form.conflict
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _desk_context(self, request, article: Article) -> dict:
        user = request.user
        others = record_opening(article, by=user) if request.method == "GET" else []
        return {
            "others_opened": others,
            "embargo": article.published_at if article.is_scheduled else None,
            "corrections": list(article.corrections.all()),
            "last_transition": article.transitions.select_related("by").first(),
            "share_durations": SHARE_DURATIONS,
            "can_share": user.has_perm("articles.publish_article") and not article.is_public,
            "can_correct": user.has_perm("articles.correct_article") and article.status in Article.PUBLIC_STATUSES,
            "can_retract": can_transition(user, article, S.RETRACTED),
            "can_merge_people": user.has_perm("articles.merge_person"),
            "quoted_people": ",".join(str(pk) for pk in article.quotes.exclude(person=None).values_list("person_id", flat=True).distinct()),
        }

    def _transition(self, request, pks, to: str) -> list[Article]:
        """Move each article through the one service; all or nothing, with a message either way."""
        try:
            with transaction.atomic():
                done = [
                    transition_article(article, to=to, by=request.user)
                    for article in Article.objects.filter(pk__in=list(pks)).order_by("pk")
                ]
        except (ValidationError, PermissionDenied) as exc:
            self.message_user(request, _reason(exc), messages.ERROR)
            return []
        if len(done) == 1 and done[0].is_scheduled:
            when = date_format(timezone.localtime(done[0].published_at), "l j F Y à H:i")
            self.message_user(request, f"«{done[0]}» programmé : en ligne le {when}.", messages.SUCCESS)
        else:
            self.message_user(
                request,
                ngettext("%(n)d article %(done)s.", "%(n)d articles %(done)ss.", len(done)) % {"n": len(done), "done": DONE[to]},
                messages.SUCCESS,
            )
        return done

    @admin.action(permissions=["change"], description="Soumettre à relecture les articles sélectionnés")
    def submit_selected(self, request, queryset):
        self._transition(request, queryset.values_list("pk", flat=True), S.REVIEW)

    @admin.action(permissions=["publish"], description="Publier les articles sélectionnés")
    def publish_selected(self, request, queryset):
        self._transition(request, queryset.values_list("pk", flat=True), S.PUBLISHED)

    @admin.action(permissions=["publish"], description="Dépublier les articles sélectionnés")
    def unpublish_selected(self, request, queryset):
        self._transition(request, queryset.values_list("pk", flat=True), S.UNPUBLISHED)

    # Desk pages: preview, share, correct, retract, history, calendar ------------------------------

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("programmes/", wrap(self.scheduled_view), name="articles_article_scheduled"),
            path("<path:object_id>/apercu/", wrap(self.preview_view), name="articles_article_preview"),
            path("<path:object_id>/partager/", wrap(self.share_view), name="articles_article_share"),
            path("<path:object_id>/corriger/", wrap(self.correct_view), name="articles_article_correct"),
            path("<path:object_id>/retirer/", wrap(self.retract_view), name="articles_article_retract"),
            path("<path:object_id>/history/comparer/", wrap(self.compare_view), name="articles_article_compare"),
            path("<path:object_id>/history/<int:version_id>/restaurer/", wrap(self.restore_view), name="articles_article_restore"),
        ] + super().get_urls()

    def _article_or_404(self, request, object_id, *, change: bool = False) -> Article:
        article = self.get_object(request, object_id)
        if article is None:
            raise Http404("Article introuvable.")
        allowed = self.has_change_permission(request, article) if change else self.has_view_or_change_permission(request, article)
        if not allowed:
            raise PermissionDenied
        return article

    def _render(self, request, template: str, article: Article | None, title: str, **context):
        return TemplateResponse(request, f"admin/articles/article/{template}", {
            **self.admin_site.each_context(request),
            "opts": self.opts, "original": article, "title": title, "article": article,
            **context,
        })

    def preview_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        return PreviewView.as_view()(request, pk=article.pk)

    def share_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        if request.method != "POST" or not request.user.has_perm("articles.publish_article"):
            raise PermissionDenied
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        if article.is_public:
            self.message_user(request, "Article déjà en ligne : partagez son adresse publique.", messages.WARNING)
            return HttpResponseRedirect(change_url)
        hours = int(request.POST.get("hours", 24)) if request.POST.get("hours", "24").isdigit() else 24
        hours = hours if hours in dict(SHARE_DURATIONS) else 24
        expires_at = timezone.now() + dt.timedelta(hours=hours)
        url = request.build_absolute_uri(reverse("articles:shared_preview", args=[make_share_token(article, expires_at=expires_at)]))
        self.message_user(request, format_html(
            'Lien d’aperçu valable jusqu’au {} (ou jusqu’à la publication) : <a class="share-link" href="{}">{}</a>',
            date_format(timezone.localtime(expires_at), "j F Y à H:i"), url, url,
        ), messages.SUCCESS)
        return HttpResponseRedirect(change_url)

    def correct_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        if not request.user.has_perm("articles.correct_article"):
            raise PermissionDenied
        form = CorrectionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                add_correction(article, kind=form.cleaned_data["kind"], text=form.cleaned_data["text"], by=request.user)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                self.message_user(request, "Correction publiée sur l’article.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        return self._render(request, "correct.html", article, f"Corriger «{article}»", form=form,
                            corrections=article.corrections.all())

    def retract_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        if not request.user.has_perm("articles.retract_article"):
            raise PermissionDenied
        form = RetractionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                retract_article(article, by=request.user, note=form.cleaned_data["note"])
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                self.message_user(request, f"«{article}» retiré : la page reste en ligne avec l’avis de rétractation.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        return self._render(request, "retract.html", article, f"Retirer «{article}»", form=form)

    def history_view(self, request, object_id, extra_context=None):
        article = self._article_or_404(request, object_id)
        context = {
            "revisions": versions_of(article)[:100],
            "transitions": article.transitions.select_related("by")[:50],
            "can_restore": self.has_change_permission(request, article),
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, context)

    def compare_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        versions = versions_of(article)

        def side(key: str):
            if key in ("", "current"):
                return "Version actuelle", snapshot_of_article(article)
            if not key.isdigit():
                raise Http404("Version introuvable.")
            version = get_object_or_404(versions, pk=key)
            return _revision_label(version), snapshot_of_version(version)

        old_label, old = side(request.GET.get("a", ""))
        new_label, new = side(request.GET.get("b", "current"))
        return self._render(request, "compare.html", article, f"Comparer deux versions de «{article}»",
                            old_label=old_label, new_label=new_label, diffs=diff_snapshots(old, new))

    def restore_view(self, request, object_id, version_id):
        article = self._article_or_404(request, object_id, change=True)
        version = get_object_or_404(versions_of(article), pk=version_id)
        if request.method == "POST":
            try:
                expected = int(request.POST.get("lock_version", ""))
            except ValueError:
                expected = None
            try:
                restore_article_revision(article, version=version, by=request.user, expected_version=expected)
            except EditConflict as exc:
                self.message_user(request, f"{exc} Relisez la comparaison avant de restaurer.", messages.ERROR)
                return HttpResponseRedirect(request.path)
            except ValidationError as exc:
                self.message_user(request, _reason(exc), messages.ERROR)
                return HttpResponseRedirect(request.path)
            self.message_user(request, f"{_revision_label(version)} restaurée (une nouvelle version a été enregistrée).", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        diffs = diff_snapshots(snapshot_of_article(article), snapshot_of_version(version), only=[*RESTORED_FIELDS, "quotes", "tags"])
        return self._render(request, "restore.html", article, f"Restaurer une version de «{article}»",
                            version=version, version_label=_revision_label(version), diffs=diffs)

    def scheduled_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        days = {}
        for article in Article.objects.scheduled().select_related("created_by"):
            days.setdefault(timezone.localtime(article.published_at).date(), []).append(article)
        return self._render(request, "scheduled.html", None, "Programmés : ce qui sera en ligne, et quand",
                            days=sorted(days.items()), now=timezone.now())


def _revision_label(version) -> str:
    who = version.revision.user
    name = (who.get_full_name() or who.get_username()) if who else "traitement automatique"
    return f"Version du {date_format(timezone.localtime(version.revision.date_created), 'j F Y à H:i:s')} ({name})"


@admin.register(Transition)
class TransitionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The workflow's audit trail: read only, written by the services alone."""

    list_display = ["at", "article", "from_status", "to_status", "published_at", "by", "note"]
    list_filter = ["to_status", "from_status"]
    list_select_related = ["article", "by"]
    search_fields = ["article__headline", "note"]
    date_hierarchy = "at"


@admin.register(Correction)
class CorrectionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Public corrections are added from their article (service add_correction) and never edited away."""

    list_display = ["created_at", "article", "kind", "text", "created_by"]
    list_filter = ["kind"]
    list_select_related = ["article", "created_by"]
    search_fields = ["text", "article__headline"]


@admin.register(SlugRedirect)
class SlugRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "article", "created_at"]
    search_fields = ["old_slug", "article__slug"]
    list_select_related = ["article"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


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
        return super().get_queryset(request).annotate(quote_total=models.Count("quotes")).order_by("name")

    def has_merge_permission(self, request):
        return request.user.has_perm("articles.merge_person")

    @admin.display(description="fonctions")
    def role_list(self, obj):
        return format_html_join("", "{}<br>", ((r,) for r in obj.roles)) if obj.roles else "—"

    @admin.display(description="citations", ordering="quote_total")
    def quote_count(self, obj):
        return obj.quote_total

    @admin.action(permissions=["merge"], description="Fusionner les personnes sélectionnées (dans la plus citée)")
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


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class NewsroomUserAdmin(UserAdmin):
    """A chief editor manages accounts and their roles, but cannot hand out superuser rights."""

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["is_superuser", "user_permissions"]
        return fields
