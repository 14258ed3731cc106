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
from translint.rules._prose import letter_runs

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


def may_loop(runs: list[str]) -> bool:
    """A necessary condition for a loop, tested at C speed on the text's
    `letter_runs`, that nearly every article fails, so the backreference
    never runs on it.

    Every word of a loop is a whole run of letters: the loop starts at a word
    boundary, the unit's words are letters between spaces and commas, each
    copy of the unit equals it but for case (so it has letters exactly where
    the unit has them), copies are parted by spaces and commas, and the last
    ends at a word boundary. So a loop of k-word units is REPEATS * k
    neighbouring runs, each equal to the run k places on, (REPEATS - 1) * k
    times running.
    """
    for k in range(1, MAX_UNIT + 1):
        if _sampled_equal(runs, k) and b"\x01" * ((REPEATS - 1) * k) in bytes(map(operator.eq, runs, runs[k:])):
            return True
    return False


def _sampled_equal(runs: list[str], k: int) -> bool:
    """Whether a run equals the run k places on at some index that is a multiple
    of (REPEATS - 1) * k: every stretch of that many indexes holds one, so a
    loop of k-word units passes. It compares a twelfth to a quarter of the
    runs and fails for most articles, which made `may_loop` about three times faster.
    """
    step = (REPEATS - 1) * k
    return any(map(operator.eq, runs[::step], runs[k::step]))


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    if not may_loop(letter_runs(doc)):
        return
    for match in _LOOP.finditer(doc.text):
        unit = match["unit"]
        yield Hit(
            match.start(),
            match.end(),
            f'"{unit}" repeats in a loop; the translation of this sentence broke off here',
            suggestion=unit,
        )
