"""Running one rule's pattern over a text as `finditer` would, but faster where
the pattern's shape allows.

`regex` tries a pattern at every character unless it opens with a literal.
Two shapes common in rule files waste most of that work:

* a top-level alternation (`a|b|c`) makes `regex` try every branch at every
  character, which costs far more than scanning for each branch on its own
  (TL112's three branches: 93 ms together, 1.5-3 ms each: alone, a branch's
  required literal is something `regex` can jump to). The branches are
  scanned separately and merged the way alternation picks: the leftmost
  match wins, and at the same start the earlier branch;
* a pattern (or branch) anchored at line starts (^ before any alternation)
  is tried only after each line break: `\\n\\K` makes the break a literal
  to jump to. Each line is tried, also one that a match of the line before
  ran into (such a match is dropped by paragraph rules anyway).

Otherwise the matches are those of `pattern.finditer`; empty matches, which
no rule reports, are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

import regex

# Escapes, character classes and parentheses, to find what is at the top level of a pattern.
_TOKEN = regex.compile(r"\\.|\[(?:\\.|[^\]\\])*+\]|(?P<open>\()|(?P<close>\))|(?P<bar>\|)")
# What splitting would change the meaning of: numbered backreferences and
# conditionals (branches renumber their groups), and global inline flags.
_GROUP_NUMBERS = regex.compile(r"\\[1-9]|\\g<\d|\(\?\(\d|\(\?[a-zA-Z]+\)")


@dataclass(frozen=True)
class _Branch:
    """One alternative; for one anchored at line starts, also the same led by a line break and \\K."""

    pattern: regex.Pattern[str]
    after_break: regex.Pattern[str] | None

    @classmethod
    def build(cls, source: str, flags: int) -> _Branch:
        pattern = regex.compile(source, flags)
        if flags & regex.MULTILINE and source.startswith("^") and len(top_level_branches(source)) == 1:
            return cls(pattern, regex.compile(rf"\n\K(?:{source})", flags))
        return cls(pattern, None)

    def finditer(self, text: str, at: int, timeout: float | None) -> Iterator[regex.Match[str]]:
        """Non-empty matches that start at `at` or later."""
        if self.after_break is None:
            found: Iterator[regex.Match[str] | None] = self.pattern.finditer(text, at, timeout=timeout)
        else:
            # Each line break, then the line after it; overlapped, so that a match
            # running into the next line does not hide that line's own.
            head = [self.pattern.match(text, timeout=timeout)] if at == 0 else []
            found = chain(head, self.after_break.finditer(text, max(at - 1, 0), overlapped=True, timeout=timeout))
        return (m for m in found if m is not None and m.end() > m.start() and m.start() >= at)

@dataclass(frozen=True)
class Scanner:
    """A rule pattern ready to run fast; built once per rule."""

    branches: tuple[_Branch, ...]

    @classmethod
    def build(cls, pattern: regex.Pattern[str]) -> Scanner:
        branches = top_level_branches(pattern.pattern)
        try:
            if len(branches) > 1 and not _GROUP_NUMBERS.search(pattern.pattern):
                return cls(tuple(_Branch.build(b, pattern.flags) for b in branches))
            return cls((_Branch.build(pattern.pattern, pattern.flags),))
        except regex.error:  # a branch that cannot stand alone (a group named in another)
            return cls((_Branch(pattern, None),))

    def finditer(self, text: str, timeout: float | None) -> Iterator[regex.Match[str]]:
        """The non-empty matches the whole pattern's `finditer` finds, in order."""
        if len(self.branches) == 1:
            return self.branches[0].finditer(text, 0, timeout)
        return _merged(self.branches, text, timeout)


def top_level_branches(source: str) -> list[str]:
    """`source` cut at each | outside parentheses and character classes."""
    depth, cut, branches = 0, 0, []
    for token in _TOKEN.finditer(source):
        if token["open"]:
            depth += 1
        elif token["close"]:
            depth -= 1
        elif token["bar"] and depth == 0:
            branches.append(source[cut : token.start()])
            cut = token.end()
    return [*branches, source[cut:]]


def _merged(branches: tuple[_Branch, ...], text: str, timeout: float | None) -> Iterator[regex.Match[str]]:
    """The matches of `b1|b2|…` from each branch's own scan: at each step the
    leftmost next match, the earlier branch on a tie; then on from its end.
    A branch's scan starts again only where the match taken overlapped its own."""
    scans = [b.finditer(text, 0, timeout) for b in branches]
    upcoming = [next(scan, None) for scan in scans]
    while True:
        best = None
        for match in upcoming:
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        at = best.end()
        for index, match in enumerate(upcoming):
            if match is best:
                match = upcoming[index] = next(scans[index], None)
            if match is not None and match.start() < at:
                scans[index] = branches[index].finditer(text, at, timeout)
                upcoming[index] = next(scans[index], None)
