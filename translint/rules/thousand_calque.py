"""Figures with the word "thousand" ("10 thousand", "2.5 thousand"): a calque of тыс.

## What it finds
A figure followed by "thousand" (not "thousands"), the word-for-word
rendering of Russian "тыс." and Ukrainian "тис.".

## Why it matters
English news writes the figure in full ("10,000", "2,500"), keeping
"thousand" for round approximations in words ("a thousand", "ten thousand").
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL106"
NAME = "thousand-calque"
SEVERITY = Severity.INFO
FIX = "unsafe"
EXAMPLES = (Example(bad="At least 10 thousand containers arrived.", good="At least 10,000 containers arrived, thousands more are due."),)

_CALQUE = regex.compile(r"(?<![\d.,])(?P<figure>\d{1,3}(?:[.,]\d{1,3})?)\s+thousand\b(?!s)", regex.IGNORECASE)


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    if text.isascii() and "thousand" not in text.lower():
        return  # in ASCII, IGNORECASE matches "thousand" only in this form; a third of the pattern's time
    for match in _CALQUE.finditer(text):
        figure = match.group("figure")
        english = _in_full(figure)
        yield Hit(
            match.start(),
            match.end(),
            f'"{match.group()}" is a calque of the source\'s abbreviation; English writes {english}',
            english,
        )


def _in_full(figure: str) -> str:
    """2.5 (or the decimal comma 2,5) thousand -> "2,500"."""
    try:
        value = Decimal(figure.replace(",", ".")) * 1000
    except InvalidOperation:
        return f"{figure},000"
    return f"{int(value):,}" if value == value.to_integral_value() else f"{value:,}"
