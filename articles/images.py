"""Images made with Pillow: 1200×630 share cards, and responsive renditions of lead images.

Both are made once and kept in the default storage under a name that includes a fingerprint
of what they show: a share card is redrawn when its text changes (its URL changes too, so
social networks fetch the new one), a rendition set when the image file changes.

The cards use the DejaVu fonts of Debian's fonts-dejavu-core package (NEWSROOM_FONT_DIR):
no font is fetched at run time.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image, ImageDraw, ImageFont, ImageOps

from articles.models import Article, Quote

CARD_SIZE = (1200, 630)
CARD_VERSION = "3"  # bump to redraw every card after a design change
RENDITION_WIDTHS = (480, 800, 1200, 1600)
INK, PAPER, ACCENT, MUTED, RULE = "#1b1b1b", "#fffdf8", "#9b1c1c", "#595959", "#d6d6d6"
NNBSP = "\u202f"


# --- fonts --------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    directory = Path(getattr(settings, "NEWSROOM_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
    path = directory / f"{name}.ttf"
    if not path.exists():
        raise ImproperlyConfigured(f"Font {path} missing: apt-get install fonts-dejavu-core (or set NEWSROOM_FONT_DIR)")
    return ImageFont.truetype(str(path), size)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy line breaking by measured width; a narrow no-break space never breaks a line."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if face.getlength(candidate) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def fit(
    text: str, name: str, *, width: int, max_lines: int, sizes: range, max_height: int | None = None, leading: float = 1.3
) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size at which `text` fits in `max_lines` (and `max_height`); at the smallest, cut with an ellipsis."""
    for size in sizes:
        face = font(name, size)
        lines = wrap(text, face, width)
        if len(lines) <= max_lines and (max_height is None or len(lines) * int(size * leading) <= max_height):
            return face, lines
    if max_height is not None:
        max_lines = min(max_lines, max(1, max_height // int(face.size * leading)))
    lines = lines[:max_lines]
    last = lines[-1]
    while last and face.getlength(last + "…") > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    lines[-1] = last.rstrip(" ,;:") + "…"
    return face, lines


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _footer(draw: ImageDraw.ImageDraw, left: str, *, fill=INK, accent=ACCENT) -> None:
    width, height = CARD_SIZE
    draw.rectangle([0, height - 12, width, height], fill=accent)
    draw.text((80, height - 86), settings.SITE_NAME, font=font("DejaVuSans-Bold", 34), fill=fill)
    if left:
        face = font("DejaVuSans", 26)
        draw.text((width - 80 - face.getlength(left), height - 80), left, font=face, fill=fill)


# --- share cards --------------------------------------------------------------------------------

def article_card_text(article: Article) -> dict:
    return {
        "kicker": article.kicker,
        "headline": article.headline,
        "date": article.date_display or (article.published_at and article.published_at.date().isoformat()) or "",
        "credit": article.credit,
        "site": settings.SITE_NAME,
    }


def quote_card_text(quote: Quote) -> dict:
    return {
        "text": quote.text,
        "speaker": quote.person.name if quote.person_id else "",
        "role": quote.speaker_role or (quote.person.roles[-1] if quote.person_id and quote.person.roles else ""),
        "date": quote.article.date_display,
        "site": settings.SITE_NAME,
    }


def fingerprint(fields: dict) -> str:
    raw = CARD_VERSION + "\x1f" + "\x1f".join(f"{k}={v}" for k, v in sorted(fields.items()))
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def draw_article_card(fields: dict) -> bytes:
    """Kicker, headline, date and credit on paper, the site's name at the foot."""
    image = Image.new("RGB", CARD_SIZE, PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, CARD_SIZE[0], 16], fill=INK)
    y = 80
    if fields["kicker"]:
        draw.text((80, y), fields["kicker"].upper(), font=font("DejaVuSans-Bold", 30), fill=ACCENT)
        y += 62
    face, lines = fit(fields["headline"], "DejaVuSerif-Bold", width=1040, max_lines=5, sizes=range(68, 36, -4))
    line_height = int(face.size * 1.22)
    for line in lines:
        draw.text((80, y), line, font=face, fill=INK)
        y += line_height
    meta = " · ".join(v for v in [fields["date"], fields["credit"]] if v)
    _footer(draw, meta)
    return _png(image)


def draw_quote_card(fields: dict) -> bytes:
    """The quote's words between guillemets, the speaker and their role: a quote card."""
    image = Image.new("RGB", CARD_SIZE, INK)
    draw = ImageDraw.Draw(image)
    draw.text((60, -28), "«", font=font("DejaVuSerif-Bold", 190), fill=ACCENT)
    text = f"{fields['text']}{NNBSP}»"
    face, lines = fit(text, "DejaVuSerif-Bold", width=980, max_lines=6, sizes=range(60, 26, -2), max_height=250)
    line_height = int(face.size * 1.3)
    y = 170 + (250 - line_height * len(lines)) // 2
    for line in lines:
        draw.text((140, y), line, font=face, fill=PAPER)
        y += line_height
    if fields["speaker"]:
        y += 14
        draw.text((140, y), "— " + fields["speaker"], font=font("DejaVuSans-Bold", 32), fill="#f2c6c6")
        if fields["role"]:
            role_face, role_lines = fit(fields["role"], "DejaVuSans", width=900, max_lines=1, sizes=range(26, 19, -2))
            draw.text((180, y + 44), role_lines[0], font=role_face, fill="#cfcfcf")
    _footer(draw, fields["date"], fill=PAPER)
    return _png(image)


@dataclass(frozen=True)
class Card:
    kind: str  # "articles" | "citations"
    key: str
    fields: dict

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.fields)

    @property
    def name(self) -> str:
        return f"share/{self.kind}/{self.key}/{self.fingerprint}.png"

    def ensure(self) -> str:
        """Draw the card unless it exists; remove the cards drawn for older text. Return its storage name."""
        name = self.name
        if not default_storage.exists(name):
            drawn = draw_quote_card(self.fields) if self.kind == "citations" else draw_article_card(self.fields)
            folder = f"share/{self.kind}/{self.key}"
            try:
                _dirs, old = default_storage.listdir(folder)
            except FileNotFoundError:
                old = []
            default_storage.save(name, ContentFile(drawn))
            for stale in old:
                if f"{folder}/{stale}" != name:
                    default_storage.delete(f"{folder}/{stale}")
        return name


def article_card(article: Article) -> Card:
    return Card("articles", str(article.pk), article_card_text(article))


def quote_card(quote: Quote) -> Card:
    return Card("citations", f"{quote.article_id}-{quote.position}", quote_card_text(quote))


def article_card_url(article: Article) -> str:
    return reverse("articles:article_card", kwargs={"slug": article.slug, "fingerprint": article_card(article).fingerprint})


def quote_card_url(quote: Quote) -> str:
    return reverse(
        "articles:quote_card",
        kwargs={"slug": quote.article.slug, "position": quote.position, "fingerprint": quote_card(quote).fingerprint},
    )


# --- responsive renditions ----------------------------------------------------------------------

@dataclass(frozen=True)
class Picture:
    """What a <picture> needs: JPEG and WebP srcsets, a fallback, the intrinsic size."""

    src: str
    width: int
    height: int
    jpeg_srcset: str
    webp_srcset: str


def _rendition_url(name: str) -> str:
    return reverse("articles:rendition", kwargs={"path": name.removeprefix("renditions/")})


def renditions(image_field) -> Picture | None:
    """Renditions of an uploaded image at several widths, in WebP and JPEG; made on first use, then cached."""
    if not image_field:
        return None
    key = "newsroom:renditions:" + hashlib.sha256(image_field.name.encode()).hexdigest()
    picture = cache.get(key)
    if picture is not None:
        return picture
    try:
        with default_storage.open(image_field.name, "rb") as fh:
            original = fh.read()
    except FileNotFoundError:
        return None
    digest = hashlib.sha256(original).hexdigest()[:16]
    folder = f"renditions/{Path(image_field.name).stem[:60]}-{digest}"
    with Image.open(io.BytesIO(original)) as opened:
        source = ImageOps.exif_transpose(opened).convert("RGB")
    widths = [w for w in RENDITION_WIDTHS if w < source.width] + [min(source.width, RENDITION_WIDTHS[-1])]
    made = []
    for width in sorted(set(widths)):
        height = round(source.height * width / source.width)
        resized = None
        for fmt, ext, options in (("JPEG", "jpg", {"quality": 82, "progressive": True, "optimize": True}), ("WEBP", "webp", {"quality": 78, "method": 4})):
            name = f"{folder}/{width}.{ext}"
            if not default_storage.exists(name):
                resized = resized or source.resize((width, height), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                resized.save(out, fmt, **options)
                default_storage.save(name, ContentFile(out.getvalue()))
        made.append((width, height))
    def srcset(ext):
        return ", ".join(f"{_rendition_url(f'{folder}/{w}.{ext}')} {w}w" for w, _h in made)
    middle = next((m for m in made if m[0] >= 800), made[-1])
    picture = Picture(
        src=_rendition_url(f"{folder}/{middle[0]}.jpg"),
        width=middle[0],
        height=middle[1],
        jpeg_srcset=srcset("jpg"),
        webp_srcset=srcset("webp"),
    )
    cache.set(key, picture, timeout=None)
    return picture
