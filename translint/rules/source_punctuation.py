"""Punctuation of the source language's typography (« », „ “, 「 」, full-width ，。).

## What it finds
Quotation marks, brackets, full-width punctuation, the ideographic space
and the numero sign "№" of Russian, Ukrainian, Chinese, Japanese and Korean
typography, listed with their English equivalents in
rules/common/punctuation.toml. Guillemets used as separators with spaces
on both sides ("Home » News") are not quotes and are left to TL110. Dashes
that mark speech are TL127's.

## Why it matters
English typography uses “ ” and ‘ ’, half-width punctuation followed by a
space, and quotation marks for speech. The marks are replaced one for one,
so the fix is safe; a dialogue dash needs the sentence rewritten with quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from translint.data import load_data
from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL103"
NAME = "source-punctuation"
SEVERITY = Severity.WARNING
FIX = "safe"
EXAMPLES = (
    Example(bad="He called the deal «historic».", good="He called the deal “historic”."),
    Example(bad="The plan was approved，officials said。", good="The plan was approved, officials said."),
)

_TABLE = load_data("common/punctuation.toml")
_MARKS: dict[str, dict[str, object]] = _TABLE["marks"]
# `re`, not `regex`: a class of literal characters means the same in both, and re scans three times faster.
_MARK = re.compile("[" + re.escape("".join(_MARKS)) + "]")
_SEPARATOR_QUOTES = frozenset("«»‹›")
# „ is closed by “ in Ukrainian and German typography; English closes with ”.
_LOW_QUOTE_CLOSER = regex.compile(r"„[^„“”\r\n]{0,400}(“)")
_ONLY_NON_ASCII = not any(c.isascii() for c in _MARKS)


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    if text.isascii() and _ONLY_NON_ASCII:
        return  # none of the marks can be there (str.isascii() is a flag lookup, not a scan)
    for match in _MARK.finditer(text):
        char, at = match.group(), match.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if char in _SEPARATOR_QUOTES and before.isspace() and after.isspace():
            continue  # a breadcrumb or menu separator, not a quotation mark
        mark = _MARKS[char]
        english = str(mark["english"])
        if mark.get("space_after") and not after.isspace() and after not in _MARKS and after.isalnum():
            english += " "
        message = f"{mark['name']} {char} is source-language punctuation; English uses {english.strip() or 'a space'}"
        yield Hit(at, at + 1, message, english)
    if "„" in text:  # the pattern's first character; a C scan spares the pattern's own
        for match in _LOW_QUOTE_CLOSER.finditer(text):
            yield Hit(match.start(1), match.end(1), "“ closes a „ quotation here; English closes with ”", "”")
