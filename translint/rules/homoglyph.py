"""A Latin word with a look-alike letter from another script ("Kyіv" with a Cyrillic "і").

## What it finds
Words whose foreign letters all have a Latin twin in Unicode's confusables
data (Cyrillic "о", "с", "і", Greek "ο"): the word reads as English but is
not. Words wholly in another script that have a letter without a Latin twin
are untranslated text (TL101) instead.

## Why it matters
Homoglyphs defeat search, spell-checking and name matching: "Kyіv" with a
Cyrillic "і" is not found by a search for "Kyiv". They come from OCR, from
source text pasted into the translation and from keyboard-layout slips.
Replacing each look-alike with its Latin twin is safe.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.translit import FOREIGN_RUN, homoglyph_word, may_be_foreign

CODE = "TL102"
NAME = "homoglyph"
SEVERITY = Severity.ERROR
FIX = "safe"
EXAMPLES = (Example(bad="Air-raid sirens sounded in Kyіv.", good="Air-raid sirens sounded in Kyiv."),)


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    if not may_be_foreign(doc.text):
        return  # no letter of another script, so no look-alike
    seen: set[int] = set()
    for match in FOREIGN_RUN.finditer(doc.text):
        found = homoglyph_word(doc.text, match.start(), match.end())
        if found is None or found[0] in seen:
            continue
        start, end, latin = found
        seen.add(start)
        word = doc.text[start:end]
        yield Hit(start, end, f'"{word}" mixes in look-alike letters from another script; write "{latin}"', latin)
