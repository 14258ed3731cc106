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
from collections import defaultdict
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


def collect(doc: Document, ctx: Context) -> dict[int, PlacedHit]:
    """Each distinct line of the article, by a stable hash of its normalised text
    (a batch of 50,000 articles keeps one entry per line), with where it first stands."""
    lines: dict[int, PlacedHit] = {}
    for span in doc.paragraphs:
        raw = doc.span_text(span)
        if not _LETTER.search(raw):
            continue
        normal = _DIGITS.sub("0", " ".join(raw.split())).casefold()
        key = int.from_bytes(hashlib.blake2b(normal.encode(), digest_size=8).digest(), "big")
        if key not in lines:
            lines[key] = PlacedHit.at(doc, span.start, span.end)
    return lines


def finalize(collected: list[dict[int, PlacedHit]], ctx: Context) -> Iterator[PlacedHit]:
    min_articles = ctx.option(NAME, "min-articles")
    min_share = ctx.option(NAME, "min-share")
    where: dict[int, list[PlacedHit]] = defaultdict(list)
    for lines in collected:
        for key, placed in lines.items():
            where[key].append(placed)
    for places in where.values():
        if len(places) < min_articles or len(places) < min_share * len(collected):
            continue
        for placed in places:
            others = tuple(islice((Location(p.path, p.line, p.column) for p in places if p is not placed), _RELATED))
            yield PlacedHit(
                placed.path, placed.line, placed.column, placed.end_line, placed.end_column,
                f"this line recurs in {len(places)} of {len(collected)} articles of the run; probably page template",
                placed.line_text, "", others,
            )
