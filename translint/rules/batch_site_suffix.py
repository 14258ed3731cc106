"""The same short name at the end of the headlines of several articles of one run.

## What it finds
The last segment after a separator on an article's first line (" - RT in
Russian", " | Hi-Tech"), short and capitalised as TL125 reads one, that ends
the headlines of at least `min-articles` articles of the run, headlines
that differ before it. It is the site's name or section even when no word of
it says so. Each article's
suffix is reported, with the same suffix in up to five other articles in
`related`; a headline TL125 already reported is not reported again.

## Why it matters
No headline of a real newspaper ends with the same words as its neighbours:
a suffix the whole run shares came with the page title of the source site.

## Options
`min-articles` (default 3), under `[tool.translint.rule-options.batch-site-suffix]`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import islice

from translint.document import Document
from translint.issue import Location, PlacedHit, Severity
from translint.rule import Context, Example
from translint.rules.site_suffix import first_line_segments

CODE = "TL132"
NAME = "batch-site-suffix"
SEVERITY = Severity.WARNING
OPTIONS = {"min-articles": 3}
EXAMPLES = (
    Example(
        bad="Three articles of a run whose headlines end \" - Volga Today\"",
        good="One article whose headline ends \" - Volga Today\"",
    ),
)

_RELATED = 5

# What one article leaves for the batch: its path, the suffix's key, the headline before it
# and where the suffix stands (line, column, end line, end column), or None when its
# headline ends in no short segment.
Collected = tuple[str, str, str, tuple[int, int, int, int]] | None


def collect(doc: Document, ctx: Context) -> Collected:
    if not doc.paragraphs:
        return None
    chain = first_line_segments(doc)
    if not chain:
        return None
    start, end = doc.paragraphs[0]
    line = doc.text[start:end]
    last = chain[0]
    key = " ".join(line[last.end :].casefold().split())
    head = " ".join(line[: last.start].casefold().split())
    where = (*doc.position(start + last.start), *doc.position(end))
    return doc.path, key, head, where  # type: ignore[return-value]


def finalize(collected: list[Collected], ctx: Context) -> Iterator[PlacedHit]:
    by_key: dict[str, list[tuple[str, tuple[int, int, int, int]]]] = defaultdict(list)
    heads: dict[str, set[str]] = defaultdict(set)
    for item in collected:
        if item is not None:
            path, key, head, where = item
            by_key[key].append((path, where))
            heads[key].add(head)
    for key, places in by_key.items():
        if len(heads[key]) < ctx.option(NAME, "min-articles"):
            continue  # one headline copied into several articles is no site's suffix
        for path, (line, column, end_line, end_column) in places:
            others = (Location(other, at[0], at[1]) for other, at in places if other != path)
            yield PlacedHit(
                path, line, column, end_line, end_column,
                f"the headlines of {len(places)} articles of the run end with this; the source site's name, delete it",
                "", "", tuple(islice(others, _RELATED)),
            )
