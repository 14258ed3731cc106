"""Thousands grouped with spaces or dots ("10 000", "10.000 troops") instead of commas.

## What it finds
Numbers whose groups of three digits are separated by a space (also a
no-break or thin space) or by a full stop, as Russian, Ukrainian and most of
Europe write them. A single dot group is reported only when it ends in "00"
("10.000", "2.500"), because "2.256 seconds" is an English decimal; a space
group is not reported after a month name ("April 3 410 bodies"), inside a
phone or account number (five groups or more) or in a code ("R20 108V").

## Why it matters
English groups thousands with commas; "10.000" reads as ten, and "10 000"
as two numbers.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL105"
NAME = "thousands-separator"
SEVERITY = Severity.WARNING
FIX = "safe"
EXAMPLES = (
    Example(bad="About 10 000 people fled.", good="About 10,000 people fled on June 3, 2024."),
    Example(bad="Some 25.000 troops took part.", good="Some 25,000 troops took part."),
)
NOT_FLAGGED = ("The lap took 2.256 seconds less.",)

_GROUPED = regex.compile(
    r"(?<![\w.,+\-/:])(?<!\d[ \u00A0])(?P<head>\d{1,3})(?P<sep>[ \u00A0\u2009\u202F.])\d{3}(?:(?P=sep)\d{3}){0,2}(?![\w]|[.,]\d|[ \u00A0]\d)"
)
_MONTH_BEFORE = regex.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$"
)


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    for match in _GROUPED.finditer(text):
        number, sep = match.group(), match.group("sep")
        if sep == "." and number.count(".") == 1 and not number.endswith("00"):
            continue
        if sep == " " and _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        english = number.replace(sep, ",")
        yield Hit(match.start(), match.end(), f'"{number}" groups thousands the source way; English writes {english}', english)
