"""A space where none belongs: inside brackets or quotes ("( by 5% )"), around the @ of an address.

## What it finds
- A space after an opening bracket or curly quote, or before its closing
  partner: "rose ( by 5% )", "the “ new ” plan". A spaced pair is reported
  once, from one mark to the other, with the text between them trimmed as
  the fix; a spaced opening bracket that is never closed is reported alone.
  The opening mark must follow a space, a quote or the line's start, and
  a word, number or quote must follow its spaces, so that emoticons and the
  "so sad((" of chat are left alone.
- Spaces around the @ of an e-mail address: "press @ example.com".

TL302 (unbalanced delimiters) reports none of these: the marks are paired,
only the spacing is wrong.

## Why it matters
A tokeniser's spaces left in by the translation pipeline: readers see a
typo, and a line break may leave a bracket alone at the end of a line or
break an address in two. Deleting the spaces is safe.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL310"
NAME = "inner-space"
SEVERITY = Severity.WARNING
FIX = "safe"
EXAMPLES = (
    Example(
        bad="Prices rose ( by 5% ) in May.",
        good="Prices rose (by 5%) in May; so sad(( and see you :( soon.",
    ),
    Example(
        bad="Write to press @ example.com for details.",
        good="Write to press@example.com for details; meet @ the gate.",
    ),
)

_CLOSER_OF = {"(": ")", "[": "]", "“": "”"}
# An opening mark after a space, a quote or the line's start (not "(("), then spaces and
# what may open its contents; or spaces then a closing mark after a word or mark.
_SPACED_OPENING = regex.compile(r"(?<![^\s“\"'])[(\[“][^\S\r\n]+(?=[\p{L}\p{N}\"“'‘$€£#@])")
_SPACED_CLOSING = regex.compile(r"(?<=[\p{L}\p{N}.,!?%\"”'’])[^\S\r\n]+[)\]”]")
_SPACED_AT = regex.compile(r"(?<=[\p{L}\p{N}_.\-])[^\S\r\n]+@[^\S\r\n]+(?=[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}\b)")


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    if "@" in text:
        for match in _SPACED_AT.finditer(text):
            yield Hit(match.start(), match.end(), "spaces around the @ of an e-mail address; delete them", suggestion="@")
    # Both need an opening mark (a spaced closing one is reported only after
    # its opening one): single-character tests at C speed rule out most texts.
    if "(" not in text and "[" not in text and "“" not in text:
        return
    if not any(mark in text for mark in ("( ", "[ ", "“ ", " )", " ]", " ”")):
        return
    paired: set[int] = set()  # closing marks already reported with their opening one
    for match in _SPACED_OPENING.finditer(text):
        mark = match.group()[0]
        closing = _partner(text, match.start(), mark)
        if closing is not None and text[closing - 1].isspace():
            paired.add(closing)
            inner = text[match.start() + 1 : closing].strip()
            yield Hit(
                match.start(),
                closing + 1,
                f"spaces inside {mark} {_CLOSER_OF[mark]}; delete them",
                suggestion=mark + inner + _CLOSER_OF[mark],
            )
        else:
            yield Hit(match.start(), match.end(), f"space after {mark}; delete it", suggestion=mark)
    for match in _SPACED_CLOSING.finditer(text):
        at = match.end() - 1
        if at in paired:
            continue
        opening = _opener(text, at, text[at])
        if opening is not None and not text[opening + 1].isspace():
            yield Hit(match.start(), match.end(), f"space before {text[at]}; delete it", suggestion=text[at])


def _partner(text: str, start: int, mark: str) -> int | None:
    """The offset of the mark closing the one at `start` on its line, or None (nesting of one kind counted)."""
    closer = _CLOSER_OF[mark]
    depth = 0
    for at in range(start + 1, len(text)):
        char = text[at]
        if char in "\r\n":
            return None
        if char == mark:
            depth += 1
        elif char == closer:
            if depth == 0:
                return at
            depth -= 1
    return None


def _opener(text: str, end: int, closer: str) -> int | None:
    """The offset of the mark that the closing one at `end` closes on its line, or None: a lone ")" may be a smile."""
    mark = next(opening for opening, closing in _CLOSER_OF.items() if closing == closer)
    depth = 0
    for at in range(end - 1, -1, -1):
        char = text[at]
        if char in "\r\n":
            return None
        if char == closer:
            depth += 1
        elif char == mark:
            if depth == 0:
                return at
            depth -= 1
    return None
