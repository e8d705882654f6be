"""Read the two IPTC wire standards agencies deliver: NewsML-G2 (AFP) and NITF.

Each item becomes a `WireItem`: metadata plus the text in the seed's own format, so
quotes and people are found by the same rules as in plain copy. XML is parsed with
lxml behind the protections defusedxml gives: no entity expansion, no DTD or network
fetch, no internal DTD subset at all, and a bounded depth.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from lxml import etree

MAX_DEPTH = 64
G2_NS = "http://iptc.org/std/nar/2006-10-01/"
_ENTITY_RE = re.compile(r"<!ENTITY", re.IGNORECASE)
_DOCTYPE_SUBSET_RE = re.compile(r"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)


class WireError(ValueError):
    """An XML file that cannot be read; carries the line where lxml stopped, when known."""

    def __init__(self, message: str, line: int | None = None):
        self.line = line
        super().__init__(message)


@dataclass
class WireItem:
    item_id: str
    version: str
    headline: str
    kicker: str = ""
    dateline: dt.date | None = None
    date_precision: str = "day"
    standfirst: str = ""
    paragraphs: list[str] = field(default_factory=list)
    caption: str = ""
    image_credit: str = ""
    credit: str = ""
    bylines: list[str] = field(default_factory=list)
    language: str | None = None
    keywords: list[str] = field(default_factory=list)

    def as_text(self) -> str:
        """The item in the seed's format, for the shared quote and people rules."""
        date = self.dateline.isoformat()[: {"year": 4, "month": 7}.get(self.date_precision, 10)] if self.dateline else "unknown"
        title = f"{self.kicker} : {self.headline}" if self.kicker else self.headline
        blocks = [f"date {date} {title}"]
        if self.standfirst:
            blocks.append(self.standfirst)
        blocks.extend(self.paragraphs)
        return "\n\n".join(_one_line(b) for b in blocks if b.strip()) + "\n"


def looks_like_xml(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n").startswith("<")


def parse_wire(text: str) -> list[WireItem]:
    """Parse a NewsML-G2 message or item, or an NITF document, picked by its root element."""
    if _ENTITY_RE.search(text) or _DOCTYPE_SUBSET_RE.search(text):
        line = text.count("\n", 0, (_ENTITY_RE.search(text) or _DOCTYPE_SUBSET_RE.search(text)).start()) + 1
        raise WireError("déclaration DTD/entité interdite dans le XML (protection contre les bombes XML)", line)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False,
        remove_comments=True, remove_pis=True,
    )
    try:
        root = etree.fromstring(text.lstrip("\ufeff \t\r\n").encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise WireError(f"XML invalide: {exc.msg}", exc.lineno) from exc
    _check_depth(root)
    name = etree.QName(root).localname
    if name in {"newsMessage", "newsItem"}:
        items = [root] if name == "newsItem" else root.iter(f"{{{G2_NS}}}newsItem")
        parsed = [_g2_item(item) for item in items]
        if not parsed:
            raise WireError("message NewsML-G2 sans newsItem", root.sourceline)
        return parsed
    if name == "nitf":
        return [_nitf(root)]
    raise WireError(f"format XML inconnu (élément racine «{name}»: NewsML-G2 ou NITF attendu)", root.sourceline)


def _check_depth(root) -> None:
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            raise WireError(f"XML trop profond (plus de {MAX_DEPTH} niveaux)", element.sourceline)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _text(element) -> str:
    return _one_line("".join(element.itertext())) if element is not None else ""


def _date(value: str) -> tuple[dt.date | None, str]:
    """ISO dates and IPTC `YYYYMMDDTHHMMSS`; precision from what is given."""
    value = (value or "").strip()
    match = re.match(r"(\d{4})(?:-?(\d{2}))?(?:-?(\d{2}))?", value)
    if not match:
        return None, "day"
    year, month, day = match.groups()
    try:
        date = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise WireError(f"date impossible «{value}»") from exc
    return date, "day" if day else "month" if month else "year"


def _g2_item(item) -> WireItem:
    ns = {"g": G2_NS, "h": "http://www.w3.org/1999/xhtml", "n": "http://iptc.org/std/NITF/2006-10-18/"}
    def first(*paths):
        """The first element matched by any of `paths`, in order of preference."""
        for path in paths:
            found = item.xpath(path, namespaces=ns)
            if found:
                return found[0]
        return None

    guid = item.get("guid") or ""
    if not guid:
        raise WireError("newsItem sans attribut guid", item.sourceline)
    headline = _text(first("g:contentMeta/g:headline"))
    if not headline:
        raise WireError("newsItem sans headline", item.sourceline)
    created = first("g:contentMeta/g:contentCreated", "g:itemMeta/g:firstCreated", "g:itemMeta/g:versionCreated")
    dateline, precision = _date(_text(created))
    summary = first("g:contentMeta/g:description[@role='drol:summary']", "g:contentMeta/g:description")
    body = first("g:contentSet/g:inlineXML")
    paragraphs = []
    if body is not None:
        paragraphs = [_text(p) for p in body.iter("{*}p") if _text(p)]
    else:
        plain = first("g:contentSet/g:inlineData")
        paragraphs = [_one_line(p) for p in _text_blocks(plain.text if plain is not None else "")]
    provider = first("g:itemMeta/g:provider")
    credit = _text(first("g:contentMeta/g:creditline")) or (provider.get("literal", "") if provider is not None else "")
    language_tag = first("g:contentMeta/g:language")
    language = item.get("{http://www.w3.org/XML/1998/namespace}lang") or (
        language_tag.get("tag") if language_tag is not None else None
    )
    return WireItem(
        item_id=guid,
        version=item.get("version", ""),
        headline=headline,
        kicker=_text(first("g:contentMeta/g:slugline")) if len(_text(first("g:contentMeta/g:slugline")).split()) <= 5 else "",
        dateline=dateline,
        date_precision=precision,
        standfirst=_text(summary),
        paragraphs=paragraphs,
        credit=credit,
        bylines=[_text(b) for b in item.xpath("g:contentMeta/g:by", namespaces=ns) if _text(b)],
        language=(language or "")[:2] or None,
        keywords=[_text(k) for k in item.xpath("g:contentMeta/g:keyword", namespaces=ns) if _text(k)],
    )


def _nitf(root) -> WireItem:
    def first(path):
        found = root.xpath(path)
        return found[0] if found else None

    doc_id = first("head/docdata/doc-id")
    item_id = doc_id.get("id-string", "") if doc_id is not None else ""
    headline = _text(first("body/body.head/hedline/hl1")) or _text(first("head/title"))
    if not headline:
        raise WireError("document NITF sans titre (hl1 ou title)", root.sourceline)
    issue = first("head/docdata/date.issue")
    dateline, precision = _date(issue.get("norm", "") if issue is not None else "")
    content = first("body/body.content")
    paragraphs = [_text(p) for p in content.iter("p") if _text(p) and p.getparent().tag != "media-caption"] if content is not None else []
    caption = first("body/body.content//media-caption")
    media_credit = first("body/body.content//media-producer")
    distributor = _text(first("body/body.head/distributor"))
    return WireItem(
        item_id=item_id,
        version=(first("head/docdata/du-key").get("version", "") if first("head/docdata/du-key") is not None else ""),
        headline=headline,
        kicker=_text(first("body/body.head/hedline/hl2")) if len(_text(first("body/body.head/hedline/hl2")).split()) <= 5 else "",
        dateline=dateline,
        date_precision=precision,
        standfirst=_text(first("body/body.head/abstract")),
        paragraphs=paragraphs,
        caption=_text(caption),
        image_credit=_text(media_credit),
        credit=distributor or _text(first("body/body.head/byline/byttl")),
        bylines=[_text(p) for p in root.xpath("body/body.head/byline/person") if _text(p)],
        language=(root.get("{http://www.w3.org/XML/1998/namespace}lang") or "")[:2] or None,
        keywords=[k.get("key", "") for k in root.xpath("head/docdata/key-list/keyword") if k.get("key")],
    )


def _text_blocks(value: str) -> list[str]:
    return [b for b in re.split(r"\n\s*\n", value or "") if b.strip()]
