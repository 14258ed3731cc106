"""A phrase of three words or more said twice in a row inside one sentence: a decoder stutter.

## What it finds
The same words, three or more of them and at least one a content word,
twice within one sentence with nothing between the copies but punctuation
or one "and" / "or": "the mayor said, the mayor said", "in the field or
in the field". Phrases of function words only ("of the", "in the
past"), reduplications ("again and again and again", "duh-duh-duh") and
phrases that come back after other words ("we will fight on the
beaches, we will fight on the hills") are left alone: that is parallelism,
not a stutter. One word doubled is TL301's; five copies or more are a loop,
TL123's.

## Why it matters
Translation systems repeat a clause when they lose their place in a long
source sentence, or render two source words that differ as the same
English word ("in the field or in the field" for "in the meadow or in
the pasture"). Delete one copy, or translate the second one again.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from functools import cache

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.rules._prose import letter_runs, words

CODE = "TL126"
NAME = "repeated-clause"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad="The talks will go on, the mayor said, the mayor said on Monday.",
        good="The talks will go on, the minister said on Monday, step by step, in the morning and in the evening.",
    ),
    Example(
        bad="They grow tomatoes in the field or in the field.",
        good="They grow tomatoes in the field or in the orchard.",
    ),
)

MIN_WORDS = 3
# How far apart the copies may start, in words: a phrase of three words with
# up to two words between, of four with one, of five with none.
_SHIFTS = (3, 4, 5)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # "I'm" is one word
_JOINERS = frozenset({"and", "or"})  # the one word that may stand between the copies
_SENTENCE_END = re.compile(r"[.!?\r\n]")
_LOOP_COPIES, _LOOP_UNIT = 5, 3  # TL123 (runaway-repetition) reports units of up to 3 words 5 times or more


def may_repeat(runs: list[str]) -> bool:
    """A necessary condition for a repeated phrase, tested at C speed on the text's `letter_runs`.

    The copies of a phrase of n >= 3 words that start k words apart are n
    runs each equal to the run k places on, so three such runs in a row for
    some k of _SHIFTS (a word with an apostrophe is two runs or more, so a
    phrase with one may be missed). Most articles have none, and their
    words are never read.
    """
    sampled = runs[::3]
    for k in _SHIFTS:
        # Three equal runs in a row hold one at an index that is a multiple of
        # 3: comparing those first (a third of the work) rules out most articles.
        if any(map(operator.eq, sampled, runs[k::3])) and b"\x01\x01\x01" in bytes(map(operator.eq, runs, runs[k:])):
            return True
    return False


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    if not may_repeat(letter_runs(doc)):
        return
    text = doc.text
    spans = [match.span() for match in _WORD.finditer(text)]
    lowered = [text[start:end].lower() for start, end in spans]
    reported_to = -1
    for k in _SHIFTS:
        same = bytes(map(operator.eq, lowered, lowered[k:]))
        at = same.find(b"\x01\x01\x01")
        while at >= 0:
            run = _run_length(same, at)
            copies = 2 + max(0, run - k) // k  # a run of k or more equal runs: copies side by side
            if not (copies >= _LOOP_COPIES and k <= _LOOP_UNIT):  # a decoder loop is TL123's
                hit = _repeat(text, spans, lowered, at, min(run, k), k, copies)
                if hit is not None and hit.start > reported_to:
                    reported_to = hit.end
                    yield hit
            at = same.find(b"\x01\x01\x01", at + run)


def _run_length(same: bytes, at: int) -> int:
    """How many positions from `at` on are equal to the ones k words further."""
    end = same.find(b"\x00", at)
    return (end if end >= 0 else len(same)) - at


def _repeat(
    text: str, spans: list[tuple[int, int]], lowered: list[str], at: int, length: int, k: int, copies: int
) -> Hit | None:
    """The hit for words at..at+length repeated k words on (`copies` times in all), if they are a
    stutter (see the module doc)."""
    phrase = lowered[at : at + length]
    content = [word for word in phrase if word not in _function_words()]
    if not content or len(set(content)) < len(content):
        return None  # function words only, or a reduplication ("again and again", "duh-duh-duh")
    between = lowered[at + length : at + k]
    if len(between) > 1 or (between and between[0] not in _JOINERS):
        return None
    first_start, first_end = spans[at][0], spans[at + length - 1][1]
    second_start = spans[at + k][0]
    last_end = spans[at + (copies - 1) * k + length - 1][1]
    if _SENTENCE_END.search(text, first_start, last_end):
        return None  # the copies are in different sentences: TL122 compares sentences
    if any(c.isdigit() for c in text[first_end:second_start]):
        return None  # "490 yen excluding tax, 790 yen excluding tax": a list of prices
    if text[first_start:first_end].lower().split() != text[second_start : spans[at + k + length - 1][1]].lower().split():
        return None  # the words match but not the text between them: "on the 12th, on the 9th"
    second_end = last_end
    shown = text[first_start:first_end]
    return Hit(first_start, second_end, f'"{shown}" is said twice in a row; delete one or translate again', suggestion=shown)


@cache
def _function_words() -> frozenset[str]:
    """Words that carry no content of their own: determiners, prepositions, pronouns, auxiliaries, conjunctions."""
    closed = words()
    return closed.determiners | closed.prepositions | closed.subjects | closed.clause_openers | closed.finite | {"to", "not"}
