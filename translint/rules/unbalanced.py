"""A quote or bracket opened and never closed, or closed and never opened.

## What it finds
Within each paragraph, double quotes (straight " and curly “ ”) and
brackets ( ) [ ] { } that have no partner. Mismatched nesting such as
"( … ]" reports both sides.

## Why it matters
Translation systems lose one half of a pair when they drop or reorder a
clause, so an unbalanced quote often marks a mangled sentence, and readers
cannot tell where a quotation ends.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL302"
NAME = "unbalanced-delimiters"
SEVERITY = Severity.WARNING
EXAMPLES = (
    Example(
        bad="The minister called the talks “constructive and left.",
        good="The minister called the talks “constructive” and left.",
    ),
)

_CLOSER_OF = {"“": "”", "(": ")", "[": "]", "{": "}"}
_OPENER_OF = {close: open_ for open_, close in _CLOSER_OF.items()}
_DELIMITER = regex.compile(r'[“”()\[\]{}"]')


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    for paragraph in doc.paragraphs:
        stack: list[tuple[str, int]] = []  # (closing character expected, offset of opener)
        for match in _DELIMITER.finditer(text, paragraph.start, paragraph.end):
            char, at = match.group(), match.start()
            if char == '"':
                # A straight quote closes the innermost open straight quote, else opens one.
                if stack and stack[-1][0] == '"':
                    stack.pop()
                else:
                    stack.append(('"', at))
            elif char in _CLOSER_OF:
                stack.append((_CLOSER_OF[char], at))
            elif any(expected == char for expected, _ in stack):
                while stack[-1][0] != char:
                    yield _unclosed(text, *stack.pop())
                stack.pop()
            else:
                yield Hit(at, at + 1, f"closing {char} has no opening {_OPENER_OF[char]} in this paragraph")
        for expected, at in reversed(stack):
            yield _unclosed(text, expected, at)


def _unclosed(text: str, expected: str, at: int) -> Hit:
    opener = text[at]
    return Hit(at, at + 1, f"opening {opener} is never closed with {expected} in this paragraph")
