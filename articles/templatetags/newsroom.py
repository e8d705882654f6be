"""French typography for readers' pages."""
import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()

NNBSP = "\u202f"  # narrow no-break space, as the Imprimerie nationale puts before ; ! ? and inside « »
NBSP = "\u00a0"

_BEFORE_HIGH_PUNCTUATION = re.compile(r"(?<=[\w»)])[ \u00a0\u202f]?([;!?]+)")
_BEFORE_COLON = re.compile(r"(?<=\w|»|\))[ \u00a0]?:(?=\s|$)")
_OPENING_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")
_CLOSING_GUILLEMET = re.compile(r"[ \u00a0\u202f]*»")


@register.filter(is_safe=True)
def typographie(value):
    """Put the French non-breaking spaces where a line must not break, then escape."""
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
