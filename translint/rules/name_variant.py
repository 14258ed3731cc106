"""One person or place spelled more than one way in the same article.

## What it finds
Name mentions that are near each other (the same once romanisation
differences are forgotten, a case ending apart, or, for Korean and Chinese
names, the same consonant skeleton) but spelled differently: "Zelensky" and
"Zelenskyy", "Kharkiv" and "Kharkov", "Kim Jong-in" and "Kim Chen Ina". Each
occurrence of a less used spelling is reported, with every other spelling in
`related`; the suggestion is the gazetteer's spelling when the entity is
known; else, in an article written with Ukrainian spellings, the Ukrainian
form of a given name ("Olha" for "Olga", "Oleksandr" for "Alexander"); else
the article's most used one, with a Chinese surname in pinyin ("Feng" for
the Russian transcription "Fen"). Names in the house file are TL205's.
A given name alone takes part ("Igor" beside "Ihor Marchuk"), and so does
a surname alone that opens a sentence. Short forms ("Putin" beside
"Vladimir Putin") are the same spelling, and two people the gazetteer tells
apart (Kim Jong-un, Kim Jong-il) are never merged.

## Why it matters
Readers take two spellings for two people, and search and archives split
the coverage of one person in two.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.names.analysis import aligned, analyse
from translint.names.keys import spelled_differently, split_tokens
from translint.rule import Context, Example

CODE = "TL201"
NAME = "name-variant"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad="President Zelensky spoke on Monday. Later Zelenskyy met the mayor.",
        good="President Zelensky spoke on Monday. Later Zelensky met the mayor.",
    ),
)


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    for cluster in analyse(doc).clusters:
        if len(cluster.groups) < 2:
            continue
        if ctx.house and any(ctx.house.form_for(g.spelling) for g in cluster.groups):
            continue  # a house name: TL205 reports every other spelling of it
        target = cluster.preferred()
        majority = split_tokens(cluster.majority.spelling)
        # The less used spellings; the most used one too when the article's context
        # prefers another ("Olga" twice beside "Olha" in Ukrainian spellings).
        reported = cluster.groups[1:]
        if cluster.entry is None and target != cluster.majority.spelling:
            reported = [g for g in cluster.groups if g.spelling != target]
        for group in reported:
            if ctx.house and group.spelling in ctx.house.accepted:
                continue
            if group is not cluster.majority and not spelled_differently(split_tokens(group.spelling), majority):
                continue  # another name containing the same word ("Tamano Port" beside "Tamano")
            others = [g for g in cluster.groups if g is not group]
            related = tuple(m.start for g in others for m in g.mentions)
            spellings = ", ".join(f'"{g.spelling}" ({len(g.mentions)}x)' for g in others)
            for mention in group.mentions:
                suggestion = aligned(mention.text, target)
                if suggestion == mention.text:
                    continue  # already the spelling to use ("Bucha" beside a more frequent "Buchi")
                yield Hit(
                    mention.start,
                    mention.end,
                    f'"{mention.text}" is spelled differently elsewhere in the article: {spellings}; '
                    f'use one spelling, "{suggestion}"',
                    suggestion,
                    related,
                )
