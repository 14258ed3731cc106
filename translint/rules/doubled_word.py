"""The same word twice in a row ("the the").

## What it finds
A word repeated immediately, ignoring case and the spaces between, on one
line. Doublings that English allows ("had had", "that that", "is is" in
"what it is is") are listed in rules/common/doubled-word.toml. A word
repeated five times or more is a decoder loop, reported once by TL123.

## Why it matters
Translation systems double a word where the source had a particle or a
repeated clause; readers take it for sloppiness. Deleting one copy is safe.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.ruledata import load_data

CODE = "TL301"
NAME = "doubled-word"
SEVERITY = Severity.WARNING
EXAMPLES = (Example(bad="The the talks ended in Pyongyang.", good="The talks ended in Pyongyang."),)

_DOUBLE = regex.compile(r"(?<![\w'’\-])(\p{L}+)([^\S\r\n]+)(\1)(?![\w'’\-])", regex.IGNORECASE)
_ALLOWED = frozenset(load_data("common/doubled-word.toml")["allowed"])


_LOOP_LENGTH = 5  # runaway-repetition's threshold


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    loop_end = 0
    for match in _DOUBLE.finditer(doc.text):
        word = match.group(1)
        if word.lower() in _ALLOWED or match.start() < loop_end:
            continue
        run = regex.compile(rf"(?:{regex.escape(word)}[^\S\r\n]*){{{_LOOP_LENGTH},}}(?![\w'’\-])", regex.IGNORECASE)
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
