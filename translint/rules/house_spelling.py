"""A name the newsroom spells its own way, spelled otherwise.

## What it finds
With `names = "names.toml"` in config, any mention of a house name that is
not the house spelling or a short form of it: a spelling near the house one
("Zelensky" when the house writes "Zelenskyy"), or one that the gazetteer
knows as the same person or place ("Kiev" when the house writes "Kyiv").
Names under `accept` in the file are left alone by every name rule.

## Why it matters
Agencies and newsrooms settle on one spelling of each name in the news;
a translation that follows another system breaks the house style and the
archive's search.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.names.analysis import aligned, analyse
from translint.rule import Context, Example

CODE = "TL205"
NAME = "house-spelling"
SEVERITY = Severity.WARNING
FIX = "safe"
REQUIRES = "a house names file (`names` in config)"
EXAMPLES = (
    Example(
        bad="(with house = [\"Volodymyr Zelenskyy\"]) Zelensky met the mayor.",
        good="(with house = [\"Volodymyr Zelenskyy\"]) Zelenskyy met the mayor.",
    ),
)


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    house = ctx.house
    if house is None:
        return
    analysis = analyse(doc)
    for mention in analysis.mentions:
        if house.is_house(mention.text):
            continue
        form = house.form_for(mention.text)
        if form is None:
            resolved = analysis.resolve(mention.text)
            form = house.form_for(resolved[0].canonical) if resolved else None
        if form is None:
            continue
        suggestion = aligned(mention.text, form)
        yield Hit(
            mention.start,
            mention.end,
            f'"{mention.text}" is not the house spelling; the newsroom writes "{suggestion}"',
            suggestion,
        )
