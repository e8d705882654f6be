"""Read revisions back as something an editor can compare: field by field, word by word."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from reversion.models import Version

from articles.models import Article, Person, Quote, Tag, TaggedArticle

COMPARED_FIELDS = [
    "kicker", "headline", "slug", "standfirst", "body", "credit", "bylines", "dateline", "date_precision",
    "image_caption", "image_credit", "status", "published_at",
]
_TOKENS = re.compile(r"\w+|[^\w\s]|\s+")  # words, single punctuation marks, spaces


def versions_of(article: Article):
    """The article's revisions, newest first, with who made them."""
    return Version.objects.get_for_object(article).select_related("revision__user")


def _render(name: str, value) -> str:
    if value is None or value == "":
        return ""
    if name == "status":
        return str(Article.Status(value).label)
    if name == "date_precision":
        return str(Article.Precision(value).label)
    if name == "published_at":
        return date_format(timezone.localtime(value), "j F Y H:i") if hasattr(value, "hour") else str(value)
    if name == "dateline":
        return date_format(value, "j F Y") if hasattr(value, "year") else str(value)
    return str(value)


def _quote_lines(quotes: list[Quote]) -> str:
    names = dict(Person.objects.filter(pk__in={q.person_id for q in quotes if q.person_id}).values_list("pk", "name"))
    return "\n".join(
        f"{q.position}. « {q.text} »" + (f" — {names[q.person_id]}" if q.person_id in names else "")
        for q in sorted(quotes, key=lambda q: q.position)
    )


def snapshot_of_version(version: Version) -> dict[str, str]:
    """What the article looked like in this revision, as text per field (quotes and tags included)."""
    fields = version.field_dict
    snapshot = {name: _render(name, fields.get(name)) for name in COMPARED_FIELDS}
    quote_type = ContentType.objects.get_for_model(Quote)
    tagged_type = ContentType.objects.get_for_model(TaggedArticle)
    related = version.revision.version_set.filter(content_type__in=[quote_type, tagged_type])
    quotes, tag_ids = [], []
    for other in related:
        obj = other._object_version.object
        if other.content_type_id == quote_type.pk and obj.article_id == int(version.object_id):
            quotes.append(obj)
        elif other.content_type_id == tagged_type.pk and obj.content_object_id == int(version.object_id):
            tag_ids.append(obj.tag_id)
    snapshot["quotes"] = _quote_lines(quotes)
    snapshot["tags"] = ", ".join(sorted(Tag.objects.filter(pk__in=tag_ids).values_list("name", flat=True)))
    return snapshot


def snapshot_of_article(article: Article) -> dict[str, str]:
    """The article as it is now, in the same shape as a revision's snapshot."""
    snapshot = {name: _render(name, getattr(article, name)) for name in COMPARED_FIELDS}
    snapshot["quotes"] = _quote_lines(list(article.quotes.all()))
    snapshot["tags"] = ", ".join(sorted(article.tags.names()))
    return snapshot


def word_diff(old: str, new: str) -> SafeString:
    """Old and new text merged, removed words in <del>, added words in <ins>.

    Words and punctuation are compared one by one; a lone space between two changes is
    folded into them, so «~~du texte~~ à oublier» reads as one change, not four.
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    chunks = [  # [old text, new text, unchanged?]
        ["".join(a[i1:i2]), "".join(b[j1:j2]), op == "equal"]
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    ]
    for i in range(1, len(chunks) - 1):
        if chunks[i][2] and chunks[i][0].isspace() and not chunks[i - 1][2] and not chunks[i + 1][2]:
            chunks[i][2] = False
    merged = []
    for chunk in chunks:
        if merged and not chunk[2] and not merged[-1][2]:
            merged[-1][0] += chunk[0]
            merged[-1][1] += chunk[1]
        else:
            merged.append(chunk)
    parts = []
    for removed, added, same in merged:
        if same:
            parts.append(escape(removed))
            continue
        if removed:
            parts.append(format_html("<del>{}</del>", removed))
        if added:
            parts.append(format_html("<ins>{}</ins>", added))
    return mark_safe("".join(parts).replace("\n", "<br>"))


@dataclass
class FieldDiff:
    name: str
    label: str
    old: str
    new: str

    @property
    def html(self) -> SafeString:
        return word_diff(self.old, self.new)


LABELS = {"quotes": "citations", "tags": "mots-clés"}


def diff_snapshots(old: dict[str, str], new: dict[str, str], *, only: list[str] | None = None) -> list[FieldDiff]:
    """The fields that differ between two snapshots, in the form's order (or only those named)."""
    diffs = []
    for name in only or [*COMPARED_FIELDS, "quotes", "tags"]:
        if old.get(name, "") != new.get(name, ""):
            label = LABELS.get(name) or str(Article._meta.get_field(name).verbose_name)
            diffs.append(FieldDiff(name, label, old.get(name, ""), new.get(name, "")))
    return diffs
