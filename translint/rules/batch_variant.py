"""One name spelled differently in different articles of one run.

## What it finds
Across the files checked together, an entity (a person or place the
gazetteer knows, or names with one key) that some articles spell one way and
others another: "Kharkiv" in five articles, "Kharkov" in two. Each article
of another spelling is reported once, at its first mention, with the first
mentions in the other articles in `related`. Short forms count as the long
spelling they shorten.

Which spelling wins: a house name is TL205's; for an entity the gazetteer
knows, its spelling; otherwise a clear majority of the articles (at least
twice as many, never one against one). Spellings that differ only by
diacritics ("Kahramanmaraş", "Kahramanmaras") are not reported; spellings
that differ only by y/i, ey/ei or -iy/-yi ("Zelenskyy", "Zelensky") are
TL206's, at `info` severity. A Russian-derived spelling ("Olga", "-sky" for
"-skyi", g for h) is never suggested to an article written with Ukrainian
spellings.

## Why it matters
A batch is usually one desk's output or one feed's: readers and archives see
the same person under two names on the same day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import regex
from unidecode import unidecode

from translint.document import Document
from translint.issue import Location, PlacedHit, Severity
from translint.names.analysis import aligned, analyse
from translint.names.given import russian_ukrainian
from translint.names.keys import name_key, spelled_differently, split_tokens, token_key
from translint.names.review import names_only
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
    canonical: str | None  # the gazetteer's spelling of the entity, if it knows it
    ukrainian: bool  # the article is from Ukrainian or spells names the Ukrainian way (Cluster.ukrainian)


def collect(doc: Document, ctx: Context) -> list[Usage]:
    """How the document spells each entity; TL204 and TL206 share one reading."""
    ukrainian_source = "uk" in ctx.source_languages
    return doc.derived(f"batch-variant:{ukrainian_source}", lambda d: _usages(d, ukrainian_source))


def _usages(doc: Document, ukrainian_source: bool) -> list[Usage]:
    usages = []
    for cluster in analyse(doc).clusters:
        group = cluster.majority
        if cluster.entry is None and (_english_word(group.spelling) or not names_only([group.spelling])):
            continue  # a capitalised word ("Books", "Grain"), not a name whose key may meet another's
        entity = cluster.entry.canonical if cluster.entry else name_key(group.spelling)
        first = min(group.mentions, key=lambda m: m.start)
        usages.append(Usage(
            entity, first.text, doc.path, *doc.position(first.start), *doc.position(first.end),
            cluster.entry.canonical if cluster.entry else None, cluster.ukrainian or ukrainian_source,
        ))
    return usages


def finalize(collected: list[list[Usage]], ctx: Context) -> Iterator[PlacedHit]:
    yield from variants(collected, ctx, minor=False)


def variants(collected: list[list[Usage]], ctx: Context, minor: bool) -> Iterator[PlacedHit]:
    """The findings of TL204 (`minor` False) or TL206 (`minor` True): spellings of
    an entity other than the one the run should use."""
    by_entity: dict[str, list[Usage]] = defaultdict(list)
    for usages in collected:
        for usage in usages:
            by_entity[usage.entity].append(usage)
    for usages in by_entity.values():
        if len({u.spelling for u in usages}) < 2:  # most entities: one spelling, one class
            continue
        if ctx.house and ctx.house.form_for(usages[0].spelling):
            continue  # a house name: TL205 reports every other spelling of it
        classes = _spelling_classes(usages)
        if len(classes) < 2:
            continue
        winner = _winner(classes)
        if winner is None:
            continue
        for minority in classes:
            if minority is winner:
                continue
            for usage in minority:
                suggestion = aligned(usage.spelling, usage.canonical or winner[0].spelling)
                ours = " ".join(split_tokens(usage.spelling)[-len(split_tokens(suggestion)) :])
                if ours == suggestion:  # it differs from the run's spelling only in words the suggestion leaves out
                    continue
                if _diacritics_only(ours, suggestion) or _minor(ours, suggestion) != minor:
                    continue
                if usage.ukrainian and _russian_derived(suggestion, ours):
                    continue
                related = tuple(Location(u.path, u.line, u.column) for u in winner[:5])
                yield PlacedHit(
                    usage.path, usage.line, usage.column, usage.end_line, usage.end_column,
                    f'"{usage.spelling}" here, but {len(winner)} other article(s) of this run write '
                    f'"{suggestion}"',
                    "", suggestion, related,
                )


def _winner(classes: list[list[Usage]]) -> list[Usage] | None:
    """The spelling class the run should use: the one holding the gazetteer's
    spelling of the entity, else one used by at least twice as many articles as
    any other (two against one at least); None when no spelling is clearly
    the run's."""
    canonical = classes[0][0].canonical
    if canonical:
        target = split_tokens(canonical)
        for spelling_class in classes:
            if not spelled_differently(split_tokens(spelling_class[0].spelling), target):
                return spelling_class
    articles = [len({u.path for u in c}) for c in classes]
    return classes[0] if articles[0] >= 2 and articles[0] >= 2 * articles[1] else None


def _fold(spelling: str) -> str:
    return unidecode(spelling).casefold()


def _diacritics_only(a: str, b: str) -> bool:
    """"Kahramanmaraş" and "Kahramanmaras": one spelling with and without accents."""
    return a != b and _fold(a) == _fold(b)


_Y_AND_I = regex.compile(r"(?:iy|yi|yy|ii|ij)\b|y")


def _minor(a: str, b: str) -> bool:
    """Spellings that differ only by y/i, ey/ei or the -iy/-yi/-yy ending ("Zelenskyy",
    "Zelensky"; "Sergey", "Sergei"): romanisation systems disagree there and none is wrong."""
    return _Y_AND_I.sub("i", _fold(a)) == _Y_AND_I.sub("i", _fold(b))


_UKRAINIAN_ENDING = regex.compile(r"(?:yi|yy|ii)\b")


def _russian_derived(suggestion: str, spelling: str) -> bool:
    """The suggestion spells a name the Russian way where `spelling` has the
    Ukrainian way: a given name's Russian form ("Olga" for "Olha"), g for the
    Ukrainian h ("Gorlovka" for "Horlivka" shares no key; "Igor" for "Ihor"
    does), or -y/-iy for the Ukrainian -yi/-yy ending ("Zelensky" for "Zelenskyy")."""
    for ours, theirs in zip(split_tokens(spelling), split_tokens(suggestion)):
        if russian_ukrainian(theirs, ours):
            return True
        low_ours, low_theirs = _fold(ours), _fold(theirs)
        if "g" in low_theirs and token_key(low_theirs.replace("g", "h")) == token_key(low_ours) != token_key(low_theirs):
            return True
        if _UKRAINIAN_ENDING.search(low_ours) and not _UKRAINIAN_ENDING.search(low_theirs):
            return True
    return False


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
