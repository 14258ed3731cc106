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
from collections.abc import Iterable, Iterator
from itertools import chain, islice

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
        good="The same line in one article of a run of ten.",
    ),
)

_DIGITS = regex.compile(r"\d+")
_RELATED = 5  # other places listed: a line in thousands of articles must not make the report quadratic
_LETTER = regex.compile(r"\p{L}")


def collect(doc: Document, ctx: Context) -> tuple[str, array[int], array[int]]:
    """The article's path, a stable hash of each distinct line (normalised), and
    where each first stands (line, column, end line, end column), packed in
    arrays: a batch of 50,000 articles keeps 24 bytes per line."""
    text = doc.text
    spans = [span for span in doc.paragraphs if _LETTER.search(text, *span)]
    firsts: dict[int, Span] = {}  # hash of a normalised line -> where it first stands
    for key, span in zip(map(_hash, _normalised(doc, spans)), spans):
        firsts.setdefault(key, span)
    return doc.path, array("Q", firsts), array("I", _places(doc, firsts.values()))


def _hash(line: str) -> int:
    """64 bits of the line's BLAKE2 hash: the same in every worker process."""
    return int.from_bytes(hashlib.blake2b(line.encode(), digest_size=8).digest(), "big")


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


def _places(doc: Document, spans: Iterable[Span]) -> Iterator[int]:
    """Line, column, end line and end column of each span."""
    for offset in chain.from_iterable(spans):
        yield from doc.position(offset)


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
