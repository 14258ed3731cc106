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
        # 3: comparing those first (a third of the work) rules out most
        # articles, and the few equal ones (a "the" k words after a "the")
        # are looked at in place, not by comparing every run.
        equal = bytes(map(operator.eq, sampled, runs[k::3]))
        at = equal.find(1)
        while at >= 0:
            if _in_three_equal(runs, 3 * at, k):
                return True
            at = equal.find(1, at + 1)
    return False


def _in_three_equal(runs: list[str], index: int, k: int) -> bool:
    """Whether the run at `index`, equal to the run k places on, is one of three such runs in a row."""
    before = after = 0
    while before < 2 and index - before - 1 >= 0 and runs[index - before - 1] == runs[index - before - 1 + k]:
        before += 1
    while after < 2 and index + after + 1 + k < len(runs) and runs[index + after + 1] == runs[index + after + 1 + k]:
        after += 1
    return before + after >= 2


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    if not may_repeat(letter_runs(doc)):
        return
    text = doc.text
    lowered = list(map(str.lower, _WORD.findall(text)))
    spans: list[tuple[int, int]] = []  # where the words are: found only for a phrase that may be a stutter
    reported_to = -1
    for k in _SHIFTS:
        same = bytes(map(operator.eq, lowered, lowered[k:]))
        at = same.find(b"\x01\x01\x01")
        while at >= 0:
            run = _run_length(same, at)
            copies = 2 + max(0, run - k) // k  # a run of k or more equal runs: copies side by side
            length = min(run, k)
            # A decoder loop is TL123's.
            if not (copies >= _LOOP_COPIES and k <= _LOOP_UNIT) and _may_stutter(lowered, at, length, k):
                spans = spans or [match.span() for match in _WORD.finditer(text)]
                hit = _repeat(text, spans, at, length, k, copies)
                if hit is not None and hit.start > reported_to:
                    reported_to = hit.end
                    yield hit
            at = same.find(b"\x01\x01\x01", at + run)


def _run_length(same: bytes, at: int) -> int:
    """How many positions from `at` on are equal to the ones k words further."""
    end = same.find(b"\x00", at)
    return (end if end >= 0 else len(same)) - at


def _may_stutter(lowered: list[str], at: int, length: int, k: int) -> bool:
    """Whether the words at..at+length, repeated k words on, may be a stutter by their words alone
    (see the module doc); `_repeat` looks at the text."""
    phrase = lowered[at : at + length]
    content = [word for word in phrase if word not in _function_words()]
    if not content or len(set(content)) < len(content):
        return False  # function words only, or a reduplication ("again and again", "duh-duh-duh")
    between = lowered[at + length : at + k]
    return not (len(between) > 1 or (between and between[0] not in _JOINERS))


def _repeat(text: str, spans: list[tuple[int, int]], at: int, length: int, k: int, copies: int) -> Hit | None:
    """The hit for words at..at+length repeated k words on (`copies` times in all) that `_may_stutter`
    passed, if the text makes them a stutter (see the module doc)."""
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
