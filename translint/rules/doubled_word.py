"""The same word twice in a row ("the the").

## What it finds
A word repeated immediately, ignoring case and the spaces between, on one
line. Doublings that English allows ("had had", "that that", "is is" in
"what it is is") are listed in rules/common/doubled-word.toml.

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


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    for match in _DOUBLE.finditer(doc.text, overlapped=False):
        word = match.group(1)
        if word.lower() in _ALLOWED:
            continue
        yield Hit(
            match.start(),
            match.end(),
            f'"{word}" is doubled; delete one',
            suggestion=word,
        )
