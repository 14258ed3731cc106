"""Inline suppressions, read from the article itself.

    <!-- translint-disable TL201 -->   ...   <!-- translint-enable -->
    <!-- translint-disable-next-line TL3 -->
    Some line of plain text.  translint: ignore[TL101]

Codes are selectors (a code, a prefix such as TL3, or a rule name); none
means every rule. A suppression that suppresses nothing is itself reported
(TL005), as ruff reports unused `noqa` comments, so stale ones do not pile up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from translint.document import Document, blank

_COMMENT = regex.compile(
    r"<!--\s*translint-(?P<kind>disable-next-line|disable|enable)(?P<codes>(?:[\s,]+[\w\-]+)*)\s*-->"
)
_MARKER = regex.compile(r"translint:\s*ignore(?:\[(?P<codes>[^\]\r\n]*)\])?")
_SELECTOR = regex.compile(r"[\w\-]+")


@dataclass
class Suppression:
    """Lines first..last (inclusive) where the selected codes are silenced."""

    first: int
    last: int
    codes: frozenset[str] | None  # None: every rule
    line: int  # where the comment or marker stands
    column: int
    end_column: int
    text: str
    line_text: str = ""
    used: bool = field(default=False)

    def covers(self, line: int, code: str) -> bool:
        return self.first <= line <= self.last and (self.codes is None or code in self.codes)


def parse(doc: Document, resolve: Callable[[str], set[str]]) -> list[Suppression]:
    """Every suppression in the document; `resolve` turns a selector into codes
    (raising ValueError for an unknown one, which becomes a TL005 finding)."""
    found: list[Suppression] = []
    last_line = len(doc.lines)
    open_ranges: list[Suppression] = []
    source = doc.source or doc.text  # comments live in the file, not in a reader's prose
    for match in _COMMENT.finditer(source):
        line, column = doc.lines.position(match.start())
        codes = _codes(match.group("codes"), resolve)
        kind = match.group("kind")
        where = (line, column, column + len(match.group()), match.group(), doc.lines.line_text(line))
        if kind == "disable-next-line":
            found.append(Suppression(line + 1, line + 1, codes, *where))
        elif kind == "disable":
            suppression = Suppression(line, last_line, codes, *where)
            open_ranges.append(suppression)
            found.append(suppression)
        else:
            for suppression in open_ranges:
                if codes is None or suppression.codes is None or suppression.codes & codes:
                    suppression.last = line
            open_ranges = [s for s in open_ranges if s.last == last_line]
    for match in _MARKER.finditer(source):
        line, column = doc.lines.position(match.start())
        codes = _codes(match.group("codes"), resolve) if match.group("codes") is not None else None
        end = column + len(match.group())
        found.append(Suppression(line, line, codes, line, column, end, match.group(), doc.lines.line_text(line)))
    return found


def mask(text: str) -> str:
    """The text with every suppression comment and marker blanked to spaces, so
    rules do not read them as prose; offsets and lines stay as they were."""
    for pattern in (_COMMENT, _MARKER):
        text = pattern.sub(lambda m: blank(m.group()), text)
    return text


def _codes(text: str | None, resolve: Callable[[str], set[str]]) -> frozenset[str] | None:
    selectors = _SELECTOR.findall(text or "")
    if not selectors:
        return None
    codes: set[str] = set()
    for selector in selectors:
        try:
            codes |= resolve(selector)
        except ValueError:
            codes.add(f"unknown:{selector}")
    return frozenset(codes)


def unknown_selectors(suppression: Suppression) -> list[str]:
    return sorted(c.removeprefix("unknown:") for c in suppression.codes or () if c.startswith("unknown:"))


def silenced(suppressions: Iterable[Suppression], line: int, code: str) -> bool:
    """Whether a finding is suppressed; marks the suppressions that silence it as used."""
    hit = False
    for suppression in suppressions:
        if suppression.covers(line, code):
            suppression.used = True
            hit = True
    return hit
