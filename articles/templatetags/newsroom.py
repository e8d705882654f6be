"""French typography for readers' pages."""
import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

register = template.Library()

NNBSP = "\u202f"  # narrow no-break space, as the Imprimerie nationale puts before ; ! ? and inside « »
NBSP = "\u00a0"

_BEFORE_HIGH_PUNCTUATION = re.compile(r"(?<=[\w»)])[ \u00a0\u202f]?([;!?]+)")
_BEFORE_COLON = re.compile(r"(?<=\w|»|\))[ \u00a0]?:(?=\s|$)")
_OPENING_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")
_CLOSING_GUILLEMET = re.compile(r"[ \u00a0\u202f]*»")
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")


@register.filter(is_safe=True)
def typographie(value):
    """Put the French non-breaking spaces where a line must not break, then escape."""
    if isinstance(value, SafeData):
        # Markup already escaped (search highlights): set the text between tags and entities only.
        parts = _MARKUP.split(str(value))
        return mark_safe("".join(p if i % 2 else str(typographie(p)) for i, p in enumerate(parts)))
    text = str(value)
    text = _OPENING_GUILLEMET.sub("«" + NNBSP, text)
    text = _CLOSING_GUILLEMET.sub(NNBSP + "»", text)
    text = _BEFORE_HIGH_PUNCTUATION.sub(NNBSP + r"\1", text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    return conditional_escape(text)


@register.filter(is_safe=True)
def guillemets(value):
    """Quote text between French quotation marks with their non-breaking spaces."""
    return mark_safe(f"«{NNBSP}{typographie(value)}{NNBSP}»")


@register.simple_tag
def jsonld(data):
    """A schema.org block built in Python (articles/jsonld.py), serialised safely."""
    from articles.jsonld import dumps

    return dumps(data)


@register.simple_tag(takes_context=True)
def page_url(context, number, param="page"):
    """The current URL with `param` set to page `number` (dropped for the first page), other parameters kept."""
    request = context["request"]
    query = request.GET.copy()
    if int(number) == 1:
        query.pop(param, None)
    else:
        query[param] = number
    encoded = query.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path
