"""A known person or place under a wrong spelling ("Makron", "Kharkov", "Si Tszinpin").

## What it finds
Mentions that the bundled gazetteer (rules/names/, some 550 people and
places of Russian, Ukrainian, Chinese and Korean news) knows as a wrong
spelling: listed there, or generated from the source-script form with ICU's
transliterators, the way an MT system spells a name it took through Russian.
Also a spelling close to a known person's ("Kim Jong-in" for Kim Jong-un)
when the article is about that person's country. Correct spellings of other
people with close names (Kim Jong-il) are never reported, and names in the
house file are TL205's.

## Why it matters
Re-transliterated names are the most visible mark of a machine translation,
and the wrong spelling hides the article from readers searching for the name.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.names.analysis import analyse
from translint.names.keys import split_tokens
from translint.rule import Context, Example

CODE = "TL203"
NAME = "known-name"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad="Makron called Scholz after the summit.",
        good="Macron called Scholz after the summit.",
    ),
)

_HOW = {
    "wrong": "a known wrong spelling",
    "near": "close to the spelling",
}


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    analysis = analyse(doc)
    verdicts: dict[str, tuple[str, str] | None] = {}
    for mention in analysis.mentions:
        if mention.text not in verdicts:
            resolved = analysis.resolve(mention.text)
            verdicts[mention.text] = None
            if resolved and resolved[1] in _HOW and not (ctx.house and ctx.house.is_house(mention.text)):
                entry, how = resolved
                single = len(split_tokens(mention.text)) == 1
                target = entry.short[0] if single and entry.short else entry.canonical
                if not (ctx.house and ctx.house.form_for(target)):  # a house name is TL205's
                    verdicts[mention.text] = (target, how)
        verdict = verdicts[mention.text]
        if verdict is None:
            continue
        suggestion, how = verdict
        yield Hit(
            mention.start,
            mention.end,
            f'"{mention.text}" is {_HOW[how]} of {suggestion}; write "{suggestion}"',
            suggestion,
        )
