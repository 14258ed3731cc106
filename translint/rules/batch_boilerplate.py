"""A line that recurs in many articles of one run: template residue.

## What it finds
Across the files of one run, a line that occurs (after collapsing spaces and
treating all digits alike) in at least `min-articles` articles and in at
least `min-share` of them. It is reported once per article, at its first
occurrence, with the same line in up to five other articles in `related`. Lines a
per-article residue rule already reported (TL110-TL115) are not repeated.

## Why it matters
A sentence that every article of a site shares ("The material was prepared
with the support of…", a subscription appeal, a site's slogan) is page
template, not story, even when no list of known phrases has it yet.

## Options
`min-articles` (default 3) and `min-share` (default 0.2), under
`[tool.translint.rule-options.batch-boilerplate]`.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import chain, compress, islice
from string import ascii_lowercase, digits

import regex

from translint.document import Document, Span
from translint.issue import Location, PlacedHit, Severity
from translint.rule import Context, Example
from translint.rules._prose import single_spaced

CODE = "TL130"
NAME = "batch-boilerplate"
SEVERITY = Severity.WARNING
OPTIONS = {"min-articles": 3, "min-share": 0.2}
EXAMPLES = (
    Example(
        bad="Three articles of a run, each ending with the line:\nThe material was prepared with the support of the fund.",
        good="The same three articles of the run, each without the line.",
    ),
)
NOT_FLAGGED = ("The same line in one article of a run of ten.",)

_DIGITS = regex.compile(r"\d+")
_RELATED = 5  # other places listed: a line in thousands of articles must not make the report quadratic
_LETTER = regex.compile(r"\p{L}")


def collect(doc: Document, ctx: Context) -> tuple[str, array[int], array[int]]:
    """The article's path, a stable hash of each distinct line (normalised), and
    where each first stands (line, column, end line, end column), packed in
    arrays: a batch of 50,000 articles keeps 24 bytes per line."""
    spans, lines = _lettered(doc)
    firsts: dict[int, Span] = {}  # hash of a normalised line -> where it first stands
    for key, span in zip(_hashes(lines), spans):
        firsts.setdefault(key, span)
    return doc.path, array("Q", firsts), array("I", _places(doc, list(firsts.values())))


def _lettered(doc: Document) -> tuple[list[Span], list[str]]:
    """The paragraphs with a letter, and each normalised.

    An ASCII paragraph has a letter exactly when its normalised (lowered) form
    is islower(), and most open with one, which spares even that scan: a
    third to a tenth of the time of a pattern search per paragraph.
    """
    text = doc.text
    if text.isascii():
        lines = _whole_text_normalised(doc) if single_spaced(text) else _normalised(doc, doc.paragraphs)
        lettered = [line[0] in ascii_lowercase or line.islower() for line in lines]  # lines are never empty
        if all(lettered):
            return doc.paragraphs, lines
        return list(compress(doc.paragraphs, lettered)), list(compress(lines, lettered))
    spans = [span for span in doc.paragraphs if _LETTER.search(text, *span)]
    return spans, _normalised(doc, spans)


def _whole_text_normalised(doc: Document) -> list[str]:
    """Every paragraph of a `single_spaced` text, normalised as _normalised does.

    Such a text is ASCII, so case folding is lowering and keeps every offset,
    and str.splitlines() breaks it where paragraphs break, at \\r and \\n
    only (the other ASCII line breaks are odd spaces it has none of). The
    pattern and lowering then run on the whole text and each non-blank line,
    stripped, is the next paragraph, normalised: no slicing and joining of
    paragraphs, a third less time than _normalised.
    """
    text = doc.text
    if any(map(text.__contains__, digits)):  # an ASCII text's only digits; memchr scans spare a text with none the pattern's scan
        text = _DIGITS.sub("0", text)
    return list(filter(None, map(str.strip, text.lower().splitlines())))


def _hashes(lines: list[str]) -> list[int]:
    """64 bits of each line's BLAKE2 hash: the same in every worker process.

    Inlined in one comprehension with local names: a fifth faster than a
    function call per line.
    """
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    return [from_bytes(blake2b(line.encode(), digest_size=8).digest(), "big") for line in lines]


def _normalised(doc: Document, spans: list[Span]) -> list[str]:
    """Each paragraph as _DIGITS.sub("0", " ".join(line.split())).casefold() makes it.

    A paragraph is a line with no space at either end, so in `single_spaced`
    text its white space needs no collapsing. The pattern and case folding run once,
    on all paragraphs joined by line feeds: a paragraph with its white space
    collapsed holds no line feed, a digit run never spans two, and case
    folding, character by character, never makes a line feed (tests check
    every code point).
    """
    if not spans:
        return []
    lines = [doc.text[start:end] for start, end in spans]
    if not single_spaced(doc.text):
        lines = [" ".join(line.split()) for line in lines]
    return _DIGITS.sub("0", "\n".join(lines)).casefold().split("\n")


def _places(doc: Document, spans: list[Span]) -> list[int]:
    """Line, column, end line and end column of each span, as doc.position gives them."""
    if doc.offsets is None and doc.source is None and "\r" not in doc.text:
        return _paragraph_places(doc.text, spans)
    offsets = list(chain.from_iterable(spans))
    if doc.offsets is not None:
        offsets = [doc.offsets[offset] for offset in offsets]  # into the source, as doc.position does
    lined = doc.source if doc.source is not None else doc.text  # what doc.lines indexes
    if "\r" not in lined and offsets == sorted(offsets):
        return _places_by_counting(lined, offsets)
    return [number for offset in offsets for number in doc.lines.position(offset)]


def _paragraph_places(text: str, spans: list[Span]) -> list[int]:
    """_places_by_counting for paragraphs (in ascending order) of a text that is its own
    source, whose lines end in line feeds only: a paragraph is a line, so it ends on the line
    it starts on, and only its start needs the line feeds counted (half the loop)."""
    places: list[int] = []
    line, line_start, previous = 1, 0, 0
    for start, end in spans:
        breaks = text.count("\n", previous, start)
        if breaks:
            line += breaks
            line_start = text.rfind("\n", previous, start) + 1
        previous = start
        places += (line, start - line_start + 1, line, end - line_start + 1)
    return places


def _places_by_counting(text: str, offsets: list[int]) -> list[int]:
    """Line and column of each offset (in ascending order) in a text whose lines
    end in line feeds only, found in one pass that counts the line feeds from
    one offset to the next: half the time of doc.position, and no line index
    to build."""
    places: list[int] = []
    line, line_start, previous = 1, 0, 0
    for offset in offsets:
        breaks = text.count("\n", previous, offset)
        if breaks:
            line += breaks
            line_start = text.rfind("\n", previous, offset) + 1
        previous = offset
        places += (line, offset - line_start + 1)
    return places


def finalize(collected: list[tuple[str, array[int], array[int]]], ctx: Context) -> Iterator[PlacedHit]:
    min_articles = ctx.option(NAME, "min-articles")
    min_share = ctx.option(NAME, "min-share")
    counts = Counter(key for _, keys, _ in collected for key in keys)
    threshold = max(min_articles, min_share * len(collected))
    frequent = {key for key, count in counts.items() if count >= threshold}
    where: dict[int, list[tuple[str, tuple[int, ...]]]] = defaultdict(list)
    for path, keys, places in collected:
        for index, key in enumerate(keys):
            if key in frequent:
                where[key].append((path, tuple(places[4 * index : 4 * index + 4])))
    for places_of_line in where.values():
        for path, (line, column, end_line, end_column) in places_of_line:
            elsewhere = (Location(other, at[0], at[1]) for other, at in places_of_line if other != path)
            yield PlacedHit(
                path, line, column, end_line, end_column,
                f"this line recurs in {len(places_of_line)} of {len(collected)} articles of the run; "
                "probably page template",
                "", "", tuple(islice(elsewhere, _RELATED)),
            )
