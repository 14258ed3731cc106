"""One name spelled differently in different articles of one run.

## What it finds
Across the files checked together, an entity (a person or place the
gazetteer knows, or names with one key) that some articles spell one way and
others another: "Zelensky" in five articles, "Zelenskyy" in two. Each article
of a less used spelling is reported once, at its first mention, with the
first mentions in the other articles in `related`. Short forms count as the
long spelling they shorten.

## Why it matters
A batch is usually one desk's output or one feed's: readers and archives see
the same person under two names on the same day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from translint.document import Document
from translint.issue import Location, PlacedHit, Severity
from translint.names.analysis import aligned, analyse
from translint.names.keys import name_key, spelled_differently, split_tokens
from translint.rule import Context, Example
from translint.rules._lexicon import lexicon

CODE = "TL204"
NAME = "batch-variant"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad="Two articles say \"Kharkiv\"; a third says \"Kharkov\".",
        good="All three articles say \"Kharkiv\".",
    ),
)


@lru_cache(maxsize=1 << 16)
def _english_word(spelling: str) -> bool:
    """One word that English inflects as a verb: a title's or product line's capitalised word.
    Cached: asked of every entity of every article, and spellings recur."""
    words = lexicon()
    low = spelling.lower()
    return " " not in spelling and (low in words.finite or low in words.base)


class Usage(NamedTuple):
    """How one article spells one entity: its most used spelling and where it first
    stands. Flat, because a run keeps one for every entity of every article."""

    entity: str
    spelling: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int


def collect(doc: Document, ctx: Context) -> list[Usage]:
    usages = []
    for cluster in analyse(doc).clusters:
        group = cluster.majority
        if cluster.entry is None and _english_word(group.spelling):
            continue  # a capitalised word ("Books", "Win"), not a name whose key may meet another's
        entity = cluster.entry.canonical if cluster.entry else name_key(group.spelling)
        first = min(group.mentions, key=lambda m: m.start)
        usages.append(Usage(entity, first.text, doc.path, *doc.position(first.start), *doc.position(first.end)))
    return usages


def finalize(collected: list[list[Usage]], ctx: Context) -> Iterator[PlacedHit]:
    by_entity: dict[str, list[Usage]] = defaultdict(list)
    for usages in collected:
        for usage in usages:
            by_entity[usage.entity].append(usage)
    for usages in by_entity.values():
        if len({u.spelling for u in usages}) < 2:  # most entities: one spelling, one class
            continue
        classes = _spelling_classes(usages)
        if len(classes) < 2:
            continue
        majority = classes[0]
        for minority in classes[1:]:
            for usage in minority:
                suggestion = aligned(usage.spelling, majority[0].spelling)
                related = tuple(Location(u.path, u.line, u.column) for u in majority[:5])
                yield PlacedHit(
                    usage.path, usage.line, usage.column, usage.end_line, usage.end_column,
                    f'"{usage.spelling}" here, but {len(majority)} other article(s) of this run write '
                    f'"{suggestion}"',
                    "", suggestion, related,
                )


def _spelling_classes(usages: list[Usage]) -> list[list[Usage]]:
    """Usages grouped by spelling (short forms with their long form), most articles first.

    Longer spellings first, each joins the first class whose head it is not
    spelled differently from. A spelling always lands where its first usage
    did, so each distinct spelling is compared once, not each usage (a batch
    has thousands of usages of a few spellings); then every class is put back
    in the order of its usages.
    """
    ordered = sorted(usages, key=lambda u: -len(split_tokens(u.spelling)))
    by_spelling: dict[str, list[int]] = {}
    for index, usage in enumerate(ordered):
        by_spelling.setdefault(usage.spelling, []).append(index)
    heads: list[tuple[str, ...]] = []
    members: list[list[int]] = []
    for spelling, indexes in by_spelling.items():
        tokens = split_tokens(spelling)
        home = next((i for i, head in enumerate(heads) if not spelled_differently(tokens, head)), None)
        if home is None:
            heads.append(tokens)
            members.append(list(indexes))
        else:
            members[home] += indexes
    classes = [[ordered[i] for i in sorted(indexes)] for indexes in members]
    return sorted(classes, key=lambda c: (-len({u.path for u in c}), c[0].path))
