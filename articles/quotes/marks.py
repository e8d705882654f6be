"""Find quoted spans in running text.

Each line of an article is a paragraph, and a quote never crosses a line: a quote that
runs over several paragraphs (opening mark repeated at each paragraph start, closing
mark only at the end) becomes one quote per paragraph, which is how the attribution
logic treats them anyway (continuations of one speaker).  Every line is scanned a
bounded number of times (closing-mark candidates are precomputed and looked up by
bisection), so hostile input stays linear.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

SPACES = " \t\r\u00a0\u202f\u2009\u2007\u200a\u2002\u2003"
# Marks after which a straight/single opening mark may stand.
_OPEN_BEFORE = set(SPACES) | set("([{—–-:;/\u2014\u2013>")


@dataclass(frozen=True)
class Span:
    """A quoted region: ``open``/``close`` are the mark positions (close may be None)."""

    open: int
    close: int | None  # index of the closing mark, None when the quote is never closed
    start: int  # inner text start (after the mark and inner spaces)
    end: int  # inner text end
    mark: str


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _closers(line: str, mark: str) -> list[int]:
    """Positions in ``line`` that can close a quote opened with a straight/single mark."""
    out = []
    n = len(line)
    targets = {'"': '"”', "'": "'", "‘": "’"}[mark]
    for i, ch in enumerate(line):
        if ch not in targets:
            continue
        prev = line[i - 1] if i else " "
        nxt = line[i + 1] if i + 1 < n else " "
        if mark == '"':
            # a straight double quote closes when glued to the text before it
            if prev not in SPACES:
                out.append(i)
        elif prev not in SPACES and not _is_word(nxt):
            # single marks double as apostrophes: "haven’t", "l'UE" never close
            out.append(i)
    return out


def _is_opener(line: str, i: int) -> bool:
    prev = line[i - 1] if i else " "
    nxt = line[i + 1] if i + 1 < len(line) else " "
    if nxt in SPACES or nxt == "\n":
        return False
    return prev in _OPEN_BEFORE or not _is_word(prev) and prev not in "\"'’”»"


def _inner(line: str, base: int, a: int, b: int) -> tuple[int, int]:
    while a < b and line[a] in SPACES:
        a += 1
    while b > a and line[b - 1] in SPACES:
        b -= 1
    return base + a, base + b


def _scan_line(line: str, base: int) -> list[Span]:
    spans: list[Span] = []
    n = len(line)
    cache: dict[str, list[int]] = {}
    i = 0
    while i < n:
        ch = line[i]
        close: int | None = None
        if ch in "«‹“„":
            pair = {"«": ("«", "»"), "‹": ("‹", "›"), "“": ("“", "”\""), "„": ("„", "“”")}[ch]
            depth = 0
            j = i + 1
            while j < n:
                c = line[j]
                if c in pair[1] and (c != '"' or line[j - 1] not in SPACES):
                    if depth == 0:
                        close = j
                        break
                    depth -= 1
                elif c == pair[0] and c not in pair[1]:
                    depth += 1
                j += 1
        elif ch in "\"'‘" and _is_opener(line, i):
            if ch not in cache:
                cache[ch] = _closers(line, ch)
            cands = cache[ch]
            k = bisect.bisect_right(cands, i)
            if k < len(cands):
                close = cands[k]
            elif ch != '"':
                i += 1  # an unmatched single mark is an apostrophe, not a quote
                continue
        else:
            i += 1
            continue
        stop = close if close is not None else n
        start, end = _inner(line, base, i + 1, stop)
        if end > start:
            spans.append(Span(base + i, None if close is None else base + close, start, end, ch))
        i = stop + 1
    return spans


def find_spans(text: str) -> list[Span]:
    """All top-level quoted spans of ``text`` in document order (nested marks stay inside)."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.extend(_scan_line(line, pos))
        pos += len(line) + 1
    return spans
