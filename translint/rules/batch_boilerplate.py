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
from itertools import islice
from collections.abc import Iterator

import regex

from translint.document import Document
from translint.issue import Location, PlacedHit, Severity
from translint.rule import Context, Example

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
    keys: array[int] = array("Q")
    places: array[int] = array("I")
    seen: set[int] = set()
    for span in doc.paragraphs:
        raw = doc.span_text(span)
        if not _LETTER.search(raw):
            continue
        normal = _DIGITS.sub("0", " ".join(raw.split())).casefold()
        key = int.from_bytes(hashlib.blake2b(normal.encode(), digest_size=8).digest(), "big")
        if key not in seen:
            seen.add(key)
            keys.append(key)
            places.extend((*doc.position(span.start), *doc.position(span.end)))
    return doc.path, keys, places


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
