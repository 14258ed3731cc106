"""A word or short phrase repeated five or more times in a row: a decoder loop.

## What it finds
One word, or a phrase of up to three words, repeated at least five times in
succession ("of the war of the war of the war of the war of the war"); four
is still rhetoric ("again and again and again and again").

## Why it matters
Neural translation systems sometimes fall into a loop and repeat the last
phrase until their length limit; the rest of the source sentence is lost.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL123"
NAME = "runaway-repetition"
SEVERITY = Severity.ERROR
EXAMPLES = (
    Example(
        bad="The talks will continue continue continue continue continue tomorrow.",
        good="The talks will continue tomorrow, and continue next week.",
    ),
)

REPEATS = 5
MAX_UNIT = 3  # words
# The lookahead (the first word comes back within three words) spares the
# backreference at most word starts; `re` runs this faster than `regex`.
_LOOP = re.compile(
    rf"\b(?=(\w+)[ ,]+(?:\w+[ ,]+){{0,{MAX_UNIT - 1}}}\1\b)"
    rf"(?P<unit>[^\W\d_]+(?:[ ,]+[^\W\d_]+){{0,{MAX_UNIT - 1}}})(?:[ ,]+(?P=unit)\b){{{REPEATS - 1},}}",
    re.IGNORECASE,
)


def may_loop(text: str) -> bool:
    """A necessary condition for a loop, tested at C speed, that nearly every
    article fails, so the backreference never runs on it.

    Split at spaces and commas (a loop's separators), the words of a loop of
    k-word units are tokens that equal the token k places on, 4k times
    running. Only the loop's first and last word may carry a neighbour's
    punctuation ("(war", "war."), so 4k - 2 of those equalities are certain.
    """
    words = text.casefold().replace(",", " ").split()
    for k in range(1, MAX_UNIT + 1):
        same = bytes(map(operator.eq, words, words[k:]))
        if b"\x01" * ((REPEATS - 1) * k - 2) in same:
            return True
    return False


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    if not may_loop(doc.text):
        return
    for match in _LOOP.finditer(doc.text):
        unit = match["unit"]
        yield Hit(
            match.start(),
            match.end(),
            f'"{unit}" repeats in a loop; the translation of this sentence broke off here',
            suggestion=unit,
        )
