"""Turn agency copy and plain text files into articles, quotes and people.

Reading and parsing are pure (no database); `articles.services.save_parsed_article`
writes the result in one transaction. Every refusal is a `TextImportError` that
names the file and the line, so an operator can fix the input.
"""
from __future__ import annotations

import bisect
import datetime as dt
import glob
import os
import hashlib
import re
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from articles.quotes import FoundPerson, FoundQuote, extract
from articles.wire import WireError, looks_like_xml, parse_wire

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TITLE_CHARS = 300

AGENCIES = (
    "AFP", "Reuters", "AP", "ATS", "Keystone-ATS", "Keystone", "Belga", "ANSA", "DPA", "EFE", "EPA",
    "Xinhua", "AIP", "APS", "MAP", "PA", "Bloomberg", "Getty Images", "Sipa", "Imago", "Shutterstock",
)
_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# An image credit closes a caption: «… des troupes». AFP», «… (Photo: Jane Doe)», «© Reuters/John Doe».
CAPTION_CREDIT_RE = re.compile(
    rf"(?:(?<=[\s.»”\")])|^)\(?(?:(?:Photo|Image|Illustration|Crédit(?: photo)?|Credit|©)\s*:?\s*)?"
    rf"(?P<credit>(?:{_AGENCY})(?:\s*/\s*[\w .’'-]{{1,40}})?)\)?\s*$"
    rf"|(?:(?<=[\s.»”\")])|^)\(?(?:Photo|Crédit(?: photo)?|Credit|©)\s*:?\s*(?P<person_credit>[\w .’'/-]{{2,60}})\)?\s*$",
    re.IGNORECASE,
)
# Agency signature in the copy itself: «(AFP)», «(Belga)», «– AFP», «ats/afp».
AGENCY_TAG_RE = re.compile(rf"\((?P<agency>{_AGENCY})\)|(?:^|\s)[-–—]\s*(?P<dash>{_AGENCY})\s*$")
DATE_LINE_RE = re.compile(
    r"^date\s+(?:(?P<unknown>unknown|inconnue)|(?P<y>\d{4})(?:-(?P<m>\d{1,2}))?(?:-(?P<d>\d{1,2}))?)(?:\s+(?P<title>.*))?$",
    re.IGNORECASE,
)
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
KICKER_RE = re.compile(r"^(?P<kicker>[^:«»“”\"]{2,60}?)\s*:\s+(?P<headline>\S.*)$")


class TextImportError(ValueError):
    """Input that cannot become an article; str() is «path:line: why»."""

    def __init__(self, source: str, line: int | None, message: str):
        self.source, self.line, self.message = source, line, message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")

    def __reduce__(self):
        # Parsing runs in worker processes: the error must cross back whole.
        return type(self), (self.source, self.line, self.message)


@dataclass
class Block:
    """A paragraph of the source with its offsets, so quotes can be placed in it."""

    text: str
    start: int
    line: int


@dataclass
class ParsedQuote:
    quote: FoundQuote
    location: str
    paragraph: int | None
    position: int


@dataclass
class ParsedArticle:
    source: str
    source_key: str
    headline: str
    kicker: str = ""
    dateline: dt.date | None = None
    date_precision: str = "day"
    standfirst: str = ""
    body: list[str] = field(default_factory=list)
    image_caption: str = ""
    image_credit: str = ""
    credit: str = ""
    language: str = "fr"
    quotes: list[ParsedQuote] = field(default_factory=list)
    people: list[FoundPerson] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    source_version: str = ""

    @property
    def date_iso(self) -> str | None:
        if self.dateline is None:
            return None
        return self.dateline.isoformat()[: {"year": 4, "month": 7}.get(self.date_precision, 10)]


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; recognise cp1252; refuse binary data."""
    if not data.strip():
        raise TextImportError(source, None, "le fichier est vide")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise TextImportError(source, None, f"UTF-16 illisible à l’octet {exc.start}") from exc
    else:
        if b"\x00" in data:
            offset = data.index(b"\x00")
            raise TextImportError(source, _line_at(data, offset), f"données binaires (octet nul à l’octet {offset})")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text = _decode_legacy(data, source, exc)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    bad = CONTROL_RE.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise TextImportError(source, line, f"caractère de contrôle U+{ord(bad.group()):04X} dans le texte")
    if not text.strip():
        raise TextImportError(source, None, "le fichier ne contient que des espaces")
    return text


def _decode_legacy(data: bytes, source: str, exc: UnicodeDecodeError) -> str:
    """Accept Windows-1252 copy (common from older wire systems) when it looks like text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise TextImportError(
            source, _line_at(data, exc.start), f"encodage inconnu (octet 0x{data[exc.start]:02X} à l’octet {exc.start})"
        ) from exc
    letters = sum(ch.isalpha() or ch.isspace() for ch in text)
    if letters < 0.8 * len(text):
        raise TextImportError(source, _line_at(data, exc.start), "données binaires, pas du texte")
    return text


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def read_source(path: Path, source: str | None = None) -> str:
    """Read one file, refusing oversized and undecodable input with a message naming it."""
    source = source or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TextImportError(source, None, f"fichier trop grand ({size} octets, maximum {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        raise TextImportError(source, None, f"lecture impossible ({exc.strerror or exc})") from exc
    return decode_bytes(data, source)


def source_key_for(text: str) -> str:
    """Content hash used as the natural key of a story that has no agency item id."""
    normalised = " ".join(text.split())
    return "sha256:" + hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def split_blocks(text: str) -> list[Block]:
    """Paragraphs separated by blank lines, with their offsets and first line numbers."""
    blocks = []
    for match in re.finditer(r"[^\n]+(?:\n[ \t]*[^\s\n][^\n]*)*", text):
        raw = match.group()
        if not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        blocks.append(Block(raw.strip(), match.start() + lead, text.count("\n", 0, match.start()) + 1))
    return blocks


def parse_date_line(block: Block, source: str) -> tuple[dt.date | None, str, str]:
    match = DATE_LINE_RE.match(block.text)
    if not match:
        raise TextImportError(source, block.line, "la première ligne doit être «date AAAA-MM[-JJ] Titre»")
    title = (match.group("title") or "").strip()
    if match.group("unknown"):
        return None, "day", title
    year, month, day = match.group("y"), match.group("m"), match.group("d")
    precision = "day" if day else "month" if month else "year"
    try:
        date = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise TextImportError(source, block.line, f"date impossible «{match.group(0).split()[1]}» ({exc})") from exc
    if date.year < 1800:
        raise TextImportError(source, block.line, f"date impossible «{year}»")
    return date, precision, title


def split_kicker(title: str) -> tuple[str, str]:
    """«Guerre en Ukraine : L’OTAN active…» → kicker and headline; a short lead before a colon is a kicker."""
    match = KICKER_RE.match(title)
    if match and len(match.group("kicker").split()) <= 5:
        return match.group("kicker").strip(), match.group("headline").strip()
    return "", title


def find_caption(block: Block) -> tuple[str, str] | None:
    """Return (caption, credit) when the paragraph ends with an image credit."""
    match = CAPTION_CREDIT_RE.search(block.text)
    if not match or len(block.text) > 600:
        return None
    credit = (match.group("credit") or match.group("person_credit") or "").strip()
    caption = block.text[: match.start()].rstrip()
    if not caption or len(credit.split()) > 6:
        return None
    return caption, credit


def parse_article(text: str, source: str) -> ParsedArticle:
    """Parse the seed's format: `date YYYY-MM[-DD] Title`, then blank-line-separated paragraphs."""
    blocks = split_blocks(text)
    if not blocks:
        raise TextImportError(source, None, "le fichier ne contient aucun paragraphe")
    first = blocks[0]
    title_start = first.start
    if first.text.lower().startswith("date ") and "\n" not in first.text:
        dateline, precision, title = parse_date_line(first, source)
        title_start = first.start + first.text.index(title) if title else first.start
        rest = blocks[1:]
    elif "\n" not in first.text and len(first.text) <= MAX_TITLE_CHARS and len(blocks) > 1:
        dateline, precision, title, rest = None, "day", first.text, blocks[1:]
    else:
        raise TextImportError(source, first.line, "titre manquant: la première ligne doit être «date AAAA-MM Titre» ou un titre")
    if not title:
        raise TextImportError(source, first.line, "titre manquant après la date")
    if len(title) > MAX_TITLE_CHARS:
        raise TextImportError(source, first.line, f"titre trop long ({len(title)} caractères, maximum {MAX_TITLE_CHARS})")
    kicker, headline = split_kicker(title)

    extraction = extract(text)
    article = ParsedArticle(
        source=source, source_key=source_key_for(text), headline=headline, kicker=kicker,
        dateline=dateline, date_precision=precision, language=extraction.language,
    )
    pull_quote_blocks = _pull_quote_blocks(rest, extraction.quotes)
    roles: dict[int, tuple[str, int | None]] = {}
    body_index = 0
    for position, block in enumerate(rest):
        if id(block) in pull_quote_blocks:
            roles[block.start] = ("pull_quote", body_index)
            continue
        caption = find_caption(block) if position < 4 and not article.image_caption else None
        if caption:
            article.image_caption, article.image_credit = caption
            roles[block.start] = ("caption", None)
        elif not article.standfirst and not article.body and position < 2 and len(rest) > 1:
            article.standfirst = block.text
            roles[block.start] = ("standfirst", None)
        else:
            article.body.append(block.text)
            roles[block.start] = ("body", body_index)
            body_index += 1
    if not rest:
        raise TextImportError(source, first.line, "l’article n’a pas de texte sous le titre")
    article.credit = _agency_credit(article)
    article.quotes = _place_quotes(extraction.quotes, title_start, title, rest, roles)
    article.people = list(extraction.people)
    article.tags = suggest_tags(text[title_start:], extraction.people)
    return article


def _block_at(blocks: list[Block], starts: list[int], offset: int) -> int | None:
    """Index of the paragraph holding `offset` (bisect: many quotes in many paragraphs stay linear)."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset <= blocks[i].start + len(blocks[i].text):
        return i
    return None


def _pull_quote_blocks(blocks: list[Block], quotes: list[FoundQuote]) -> set[int]:
    """Paragraphs that hold a pull quote, and the bare name line that may follow it."""
    found: set[int] = set()
    starts = [b.start for b in blocks]
    for quote in quotes:
        if not quote.pull_quote:
            continue
        i = _block_at(blocks, starts, quote.start)
        if i is None:
            continue
        block = blocks[i]
        found.add(id(block))
        after = block.text[quote.end - block.start:].strip(" »”\"’\n")
        if not after and i + 1 < len(blocks) and len(blocks[i + 1].text) <= 150:
            found.add(id(blocks[i + 1]))
    return found


def _agency_credit(article: ParsedArticle) -> str:
    """The agency that sourced the copy: its tag in the text, else an agency credited for the lead image."""
    for paragraph in [article.standfirst, *article.body]:
        match = AGENCY_TAG_RE.search(paragraph)
        if match:
            return match.group("agency") or match.group("dash")
    credit = article.image_credit.split("/")[0].strip()
    return next((a for a in AGENCIES if a.lower() == credit.lower()), "")


def _place_quotes(quotes, title_start, title, blocks, roles) -> list[ParsedQuote]:
    placed = []
    starts = [b.start for b in blocks]
    for position, quote in enumerate(quotes):
        location, paragraph = "body", None
        if title and title_start <= quote.start <= title_start + len(title):
            location = "headline"
        else:
            i = _block_at(blocks, starts, quote.start)
            if i is not None:
                role, paragraph = roles[blocks[i].start]
                location = "body" if role == "pull_quote" else role
        placed.append(ParsedQuote(quote=quote, location=location, paragraph=paragraph, position=position))
    return placed


_STOP_WORDS = frozenset(
    """le la les l un une des de du d et ou à au aux en dans par pour sur avec sans sous ce cette ces il elle ils
    elles nous vous je tu on son sa ses leur leurs mais donc car ni que qui quoi dont où selon après avant depuis
    pendant lors the a an of in on at to for with by from and or but he she they we you i it this that these
    those his her their its mr mrs ms m mme mlle dr monsieur madame lundi mardi mercredi jeudi vendredi samedi
    dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august september
    october november december""".split()
)
_CAPITALISED_RE = re.compile(r"(?<![\w’'])(?:[A-ZÀ-ÖØ-Þ][\w-]*(?:[’'][A-ZÀ-ÖØ-Þ][\w-]*)?)")
_ELISION_RE = re.compile(r"\b[dlDLjJnNsStTcCmMqu]{1,2}[’'](?=[A-ZÀ-ÖØ-Þ])")


def suggest_tags(text: str, people: list[FoundPerson], limit: int = 5) -> list[str]:
    """Suggest tags from the proper nouns the copy keeps coming back to (places, organisations).

    Names of people quoted, nationalities and words only capitalised because they start a
    sentence are left out; editors refine the rest in the admin.
    """
    excluded = set()
    for person in people:
        for form in [person.name, *person.aliases]:
            excluded.update(w.casefold() for w in re.findall(r"\w+", form))
        if person.nationality:
            excluded.add(person.nationality.casefold())
    text = _ELISION_RE.sub(" ", text)
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for match in _CAPITALISED_RE.finditer(text):
        word = match.group().strip("-")
        before = text[max(0, match.start() - 3): match.start()]
        sentence_start = match.start() == 0 or bool(re.search(r"(?:[.!?:«“\"\n]\s*|^\s*)$", before))
        folded = word.casefold()
        if folded in _STOP_WORDS or folded in excluded or len(word) < 2:
            continue
        if sentence_start and not word.isupper():
            continue
        counts[word] += 1
        first_seen.setdefault(word, match.start())
    ranked = sorted((w for w, n in counts.items() if n >= 2), key=lambda w: (-counts[w], first_seen[w]))
    return ranked[:limit]


def expand_paths(paths: list[str]) -> list[str]:
    """Files, directories (recursively) and globs, in a stable order; `-` stays for standard input."""
    found: list[str] = []
    for given in paths:
        if given == "-":
            found.append(given)
            continue
        matches = sorted(glob.glob(given, recursive=True)) if glob.has_magic(given) else [given]
        if not matches:
            raise TextImportError(given, None, "aucun fichier ne correspond")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                root = path.resolve()
                for child in sorted(path.rglob("*")):
                    if child.name.startswith(".") or not (child.is_file() or child.is_symlink()):
                        continue
                    if child.is_symlink() and not child.resolve().is_relative_to(root):
                        found.append(f"!symlink:{child}")
                        continue
                    found.append(str(child))
            else:
                found.append(match)
    return found


def parsed_as_dict(parsed: ParsedArticle) -> dict:
    """The dry-run view of an article: what would be imported, in a stable JSON shape."""
    return {
        "source": parsed.source,
        "kicker": parsed.kicker,
        "headline": parsed.headline,
        "date": parsed.date_iso,
        "language": parsed.language,
        "standfirst": parsed.standfirst,
        "caption": parsed.image_caption,
        "image_credit": parsed.image_credit,
        "credit": parsed.credit,
        "paragraphs": len(parsed.body),
        "bylines": parsed.bylines,
        "source_key": parsed.source_key,
        "version": parsed.source_version,
        "tags": parsed.tags,
        "quotes": [
            {
                "text": p.quote.text,
                "speaker": p.quote.speaker,
                "partial": p.quote.partial,
                "pull_quote": p.quote.pull_quote,
                "attribution": p.quote.attribution,
                "role": p.quote.speaker_role,
                "location": p.location,
                "start": p.quote.start,
                "end": p.quote.end,
            }
            for p in parsed.quotes
        ],
        "people": [
            {"name": person.name, "aliases": person.aliases, "roles": person.roles, "nationality": person.nationality}
            for person in parsed.people
        ],
    }


def parse_source(text: str, source: str) -> list[ParsedArticle]:
    """Parse any supported input, picked by its content: NewsML-G2, NITF, or the seed's text format."""
    if not looks_like_xml(text):
        return [parse_article(text, source)]
    try:
        items = parse_wire(text)
    except WireError as exc:
        raise TextImportError(source, exc.line, str(exc)) from exc
    articles = []
    for item in items:
        parsed = parse_article(item.as_text(), source)
        parsed.source_key = f"wire:{item.item_id}" if item.item_id else parsed.source_key
        parsed.source_version = item.version
        parsed.kicker = item.kicker
        parsed.headline = item.headline
        parsed.credit = item.credit or parsed.credit
        parsed.bylines = item.bylines
        if item.caption:
            parsed.image_caption, parsed.image_credit = item.caption, item.image_credit
        parsed.language = item.language or parsed.language
        parsed.tags = list(dict.fromkeys([*item.keywords, *parsed.tags]))
        articles.append(parsed)
    return articles


def parse_path(source: str) -> list[ParsedArticle]:
    """Read and parse one source named by `expand_paths`; runs in worker processes for large batches."""
    if source.startswith("!symlink:"):
        raise TextImportError(source.removeprefix("!symlink:"), None, "lien symbolique vers l’extérieur du dossier importé, refusé")
    return parse_source(read_source(Path(source), source), source)


def parse_all(sources: list[str], *, workers: int | None = None):
    """Yield (source, articles or TextImportError) in order, parsing on every core for large batches."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers < 2 or len(sources) < 8:
        for source in sources:
            yield source, _parse_or_error(source)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from zip(sources, pool.map(_parse_or_error, sources, chunksize=4))


def _parse_or_error(source: str) -> list[ParsedArticle] | TextImportError:
    try:
        return parse_path(source)
    except TextImportError as exc:
        return exc
