"""The text of one article and the views rules need of it, each computed once.

Offsets are indexes into `Document.text` (Python strings index code points),
so a rule never thinks about lines; `LineIndex` turns offsets into the
1-based line and column an editor shows.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import Any, NamedTuple, TypeVar

from translint.span import Span

T = TypeVar("T")

# \r\n, \r and \n each end a line, as in every editor.
_LINE_END = re.compile(r"\r\n|\r|\n")
# A line's text from its first to its last non-space character: what
# line.strip() keeps (re's \s is str.isspace()). Searched for from the end of
# the last one, the next match starts at the first non-space of the next
# non-blank line, since only white space lies between.
_TRIMMED_LINE = re.compile(r"\S(?:[^\r\n]*\S)?")
_WORD = re.compile(r"[^\W\d_](?:[\w\u00AD\u2011]|['’\-](?=[^\W\d_]))*")


_NOT_LINE_END = re.compile(r"[^\r\n]")


def blank(text: str) -> str:
    """`text` with every character but line breaks made a space: markup that must
    not be read as prose is hidden without moving a single offset or line."""
    return _NOT_LINE_END.sub(" ", text)


class LineIndex:
    """Offsets to (line, column), both 1-based, columns in code points."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._line_texts: dict[int, str] = {}
        if "\r" in text:
            self.starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
        else:
            # Only line feeds end lines: each line starts one past the previous
            # one's end, summed at C speed, three times faster than the pattern.
            lengths = map(len, text.split("\n")[:-1])
            self.starts = list(accumulate(map((1).__add__, lengths), initial=0))

    def position(self, offset: int) -> tuple[int, int]:
        row = bisect_right(self.starts, offset) - 1
        return row + 1, offset - self.starts[row] + 1

    def line_text(self, line: int) -> str:
        """The line's text without its terminator.

        One string per line, however many findings show it: a long line with
        thousands of findings is held once, and found in constant time.
        """
        cached = self._line_texts.get(line)
        if cached is not None:
            return cached
        start = self.starts[line - 1]
        if line < len(self.starts):
            end = self.starts[line] - 1  # the terminator's last character
            if self._text[end] == "\n" and end > start and self._text[end - 1] == "\r":
                end -= 1
        else:
            end = len(self._text)
        text = self._line_texts[line] = self._text[start:end]
        return text

    def __len__(self) -> int:
        return len(self.starts)


class Block(NamedTuple):
    """A paragraph of the text and what it is in the source: "paragraph",
    "heading", "item", "quote", "caption", "title", "attribute", "navigation"."""

    span: Span
    kind: str


@dataclass
class Document:
    """One article. `path` is what reports show; `text` is what rules read.

    For plain text, `text` is the decoded file. Readers of Markdown, HTML and
    JSON Lines write the prose one paragraph per line and keep, in `offsets`,
    the source offset of every character of it (one more entry for the end),
    so that every position reported is one in the file the user has open.
    """

    path: str
    text: str
    # The file's text when `text` is derived from it (prose of markup, or
    # suppression comments blanked to spaces): lines shown to users come from here.
    source: str | None = None
    offsets: Sequence[int] | None = field(default=None, repr=False)
    blocks: list[Block] = field(default_factory=list, repr=False)  # from readers that know structure
    record: str | None = None  # the record of a JSON Lines file this article is
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def file(self) -> str:
        """The file the article is in: `path` less the record, for a JSON Lines record."""
        return self.path if self.record is None else self.path[: len(self.path) - len(self.record) - 1]

    def derived(self, key: str, compute: Callable[[Document], T]) -> T:
        """An analysis several rules share (the name clusters), computed once per document."""
        if key not in self._derived:
            self._derived[key] = compute(self)
        return self._derived[key]  # type: ignore[no-any-return]

    @cached_property
    def lines(self) -> LineIndex:
        """Lines of the source file."""
        return LineIndex(self.source if self.source is not None else self.text)

    def kind_at(self, offset: int) -> str:
        """What the paragraph holding `offset` is ("heading", "caption", ...); "paragraph"
        when the reader knows no structure (plain text)."""
        index = bisect_right(self._block_starts, offset) - 1
        if index >= 0 and offset <= self.blocks[index].span.end:
            return self.blocks[index].kind
        return "paragraph"

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.span.start for block in self.blocks]

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column in the source file of an offset into `text`."""
        return self.lines.position(self.offsets[offset] if self.offsets is not None else offset)

    @cached_property
    def scan_text(self) -> str:
        """The text with every line break a \n (same length), for MULTILINE patterns."""
        return self.text.replace("\r", "\n")

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Each non-blank line, trimmed.

        Machine-translation pipelines and CMS exports write one paragraph per
        line, and ICU ends a sentence at every line break anyway (rule SB4), so
        a plain-text line is the unit that quotes must balance within.
        """
        return [Span(*match.span()) for match in _TRIMMED_LINE.finditer(self.text)]

    @cached_property
    def sentences(self) -> list[Span]:
        from translint.segment import split_sentences  # ICU, loaded when a rule first asks

        return split_sentences(self.text)

    @cached_property
    def words(self) -> list[Span]:
        """Word tokens (letters first, inner apostrophes and hyphens kept: "Kim Jong-un's")."""
        return [Span(m.start(), m.end()) for m in _WORD.finditer(self.text)]

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]
