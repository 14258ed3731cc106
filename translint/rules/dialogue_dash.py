"""Speech marked with a dash, as Russian and Ukrainian print dialogue ("…, - he said").

## What it finds
A dash that Russian and Ukrainian typography puts around direct speech:
after a comma or a sentence's end, before the words that name the speaker
or resume the quotation ("…on time,” - the mayor said.", "…he said. - We
will rebuild"); and a paragraph that opens with a dash before a capital
("— We will win, he said"). A paragraph opening with a hyphen is reported
only when it holds such a dash too: alone, "- Bread" is a list item. A dash
after an abbreviation ("U.S. - China talks") joins two names, and one before
an editor's note ("… groups. - Ed.") marks the note, and one before a site's
name at the end of the headline is TL125's; all are left alone.

## Why it matters
English marks speech with quotation marks only. A dash after a comma or a
full stop reads as a typing slip, and readers lose track of who speaks.
The sentence must be rewritten with quotes, so there is no automatic fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from translint.data import load_data
from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.rules._prose import ends_on_abbreviation
from translint.rules.site_suffix import first_line_segments

CODE = "TL127"
NAME = "dialogue-dash"
SEVERITY = Severity.WARNING
EXAMPLES = (
    Example(bad="— We will rebuild the bridge, the mayor said.", good="“We will rebuild the bridge,” the mayor said."),
    Example(bad="“The bridge will open in May,” - the mayor said.", good="“The bridge will open in May,” the mayor said."),
    Example(
        bad="“Prices will fall,” the minister said. - Stocks are full.",
        good="“Prices will fall,” the minister said. “Stocks are full.”",
    ),
)
NOT_FLAGGED = ("The U.S. - China talks ended.",)

_OPENING_DASHES = "".join(load_data("common/punctuation.toml")["dialogue_dashes"])
_DASHES = "-" + _OPENING_DASHES
_OPENING = regex.compile("[" + regex.escape(_OPENING_DASHES) + r"][^\S\r\n]+(?=\p{Lu})")
_NEEDLES = tuple(f"{dash} " for dash in _DASHES)  # every dialogue dash has a space after it
_HYPHEN_OPENING = regex.compile(r"-[^\S\r\n]+(?=\p{Lu})")
# The dash after a comma or a sentence's end (maybe closing a quotation), before a word or a quotation.
# It opens with the dash and looks back from there: a scan for a class of four
# characters is several times faster than a look-behind tried at every character.
_DASH_CLASS = "[" + regex.escape(_DASHES) + "]"
_INNER = regex.compile(
    _DASH_CLASS
    + r"(?<=[,.!?…][\"”»’]?[^\S\r\n]{1,3}"
    + _DASH_CLASS
    + r")(?=[^\S\r\n]{1,3}(?!(?i:ed\.|ed\b|editor|note\b))[\p{L}\"“«])"
)
# What every _INNER match has around it, as a `re` pattern: `re` jumps from comma to stop
# at C speed, three times faster than the `regex` scan from dash to dash with its
# look-behind, and only a few articles holding a dash have one (its white space is
# str.isspace's, a superset of `regex`'s, so no inner dash is missed).
_INNER_HINT = re.compile(r"[,.!?…][\"”»’]?[^\S\r\n]{1,3}" + _DASH_CLASS + r"[^\S\r\n]")


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    """One scan of the whole text for inner dashes (a match never crosses a line), and a
    set lookup per paragraph for an opening one: most paragraphs open with a letter."""
    text = doc.text
    if not any(map(text.__contains__, _DASHES)) or not any(map(text.__contains__, _NEEDLES)):
        return  # C scans rule most articles out: for one character, `in` is a memchr, faster than for two
    inner = []
    if _INNER_HINT.search(text):
        inner = [dash.start() for dash in _INNER.finditer(text) if not _after_abbreviation(text, dash.start())]
    headline = doc.paragraphs[0]
    if inner and inner[0] < headline.end:  # a dash before the headline's " - Site Name" is TL125's
        separators = {headline.start + separator.start for separator in first_line_segments(doc)}
        inner = [at for at in inner if at >= headline.end or not _separator_at(text, at, separators)]
    for start, end in doc.paragraphs:
        if text[start] not in _DASHES:
            continue
        opening = _OPENING.match(text, start, end) or (
            _HYPHEN_OPENING.match(text, start, end) and any(start < at < end for at in inner)
        )
        if opening:
            yield Hit(start, start + 1, "paragraph opens with a dialogue dash; English marks speech with quotation marks")
    for at in inner:
        yield Hit(at, at + 1, "dash marks speech here, as Russian and Ukrainian print dialogue; use quotation marks")


def _separator_at(text: str, dash: int, separators: set[int]) -> bool:
    """Whether the dash is the mark of a separator that starts at the spaces before it."""
    start = dash
    while start and text[start - 1] in " \t":
        start -= 1
    return start in separators


def _after_abbreviation(text: str, dash: int) -> bool:
    """Whether the dash follows an abbreviation or initial ("U.S. - China"), not a sentence's end."""
    before = text[text.rfind("\n", 0, dash) + 1 : dash].rstrip()
    return before.endswith(".") and ends_on_abbreviation(before)
