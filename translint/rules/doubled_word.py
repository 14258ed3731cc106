"""The same word twice in a row ("the the").

## What it finds
A word repeated immediately, ignoring case and the spaces between, on one
line (a paragraph is a line, so a doubling never spans paragraphs).
Doublings that English allows ("had had", "that that", "is is" in "what it
is is", "really really") are data, the `allowed` list of
rules/common/doubled-word.toml. In running text, a word capitalised both
times that is no English verb or adjective (rules/common/verb-lexicon.txt)
is a reduplicated name ("Cao Cao", "Fang Fang") and is left alone; "The
the", "New New York" and a title's "First Sale Sale" are reported. A word
repeated five times or more is a decoder loop, reported once by TL123.

## Why it matters
Translation systems double a word where the source had a particle or a
repeated clause; readers take it for sloppiness. Deleting one copy is safe.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator

from translint.data import load_data
from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.rules._lexicon import lexicon
from translint.rules._prose import is_title_like, letter_runs

CODE = "TL301"
NAME = "doubled-word"
SEVERITY = Severity.WARNING
FIX = "safe"
EXAMPLES = (Example(bad="The the talks ended in Pyongyang.", good="The talks ended in Pyongyang."),)

# A word of letters ([^\W\d_]), spaces, the same word. The standard library's
# `re` runs this backreference 2.5 times faster than `regex` over whole articles.
# The quantifiers are possessive: a shorter word or run of spaces would be
# followed by a letter or a space, never by what comes next, so giving
# characters back can only fail, and not trying saves a fifth of the time.
_DOUBLE = re.compile(r"(?<![\w'’\-])([^\W\d_]++)([^\S\r\n]++)(\1)(?![\w'’\-])", re.IGNORECASE)
_ALLOWED = frozenset(load_data("common/doubled-word.toml")["allowed"])


_LOOP_LENGTH = 5  # runaway-repetition's threshold


def _line_at(text: str, offset: int) -> str:
    """The line around `offset`, to see whether it is capitalised like a title."""
    start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    ends = [i for i in (text.find("\n", offset), text.find("\r", offset)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def _is_name(first: str, second: str) -> bool:
    """Both copies capitalised and no English verb or adjective: a name such as "Cao Cao".

    In a line capitalised like a title every word looks like this, so there
    the caller reports the doubling anyway.
    """
    if not (first[0].isupper() and second[0].isupper()):
        return False
    words = lexicon()
    return first.lower() not in words.finite and first.lower() not in words.adjectives


def may_double(runs: list[str]) -> bool:
    """A necessary condition for a doubling, tested at C speed on the text's
    `letter_runs`, that nearly every article fails, so `_DOUBLE` never runs on it.

    A doubling's first word is a whole run of letters: before it stands no
    word character, after it white space. Its second word equals it but for
    case, so it is letters too (lowering keeps a letter a letter), and a
    whole run: white space before it, no word character after. Only white
    space stands between them, so they are neighbouring runs, and equal once
    lowered.
    """
    return any(map(operator.eq, runs, runs[1:]))


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    if not may_double(letter_runs(doc)):
        return
    loop_end = 0
    for match in _DOUBLE.finditer(doc.text):
        word = match.group(1)
        if word.lower() in _ALLOWED or match.start() < loop_end:
            continue
        if _is_name(word, match.group(3)) and not is_title_like(_line_at(doc.text, match.start())):
            continue
        run = re.compile(rf"(?:{re.escape(word)}[^\S\r\n]*){{{_LOOP_LENGTH},}}(?![\w'’\-])", re.IGNORECASE)
        loop = run.match(doc.text, match.start())
        if loop:
            loop_end = loop.end()
            continue
        yield Hit(
            match.start(),
            match.end(),
            f'"{word}" is doubled; delete one',
            suggestion=word,
        )
