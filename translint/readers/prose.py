"""Building the prose of a marked-up file while remembering where each character came from."""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence

from translint.document import Block, Document, Span

# White space as str.isspace() counts it; and the rest of a run after its first character.
_SPACE = re.compile(r"\s")
_AFTER_SPACE = re.compile(r"(?<=\s)\s+")


class Prose:
    """Paragraphs written one per line, each character with its source offset.

    Readers add text as they walk the markup; `end_block` closes a paragraph
    and records its kind, so rules can tell a heading from a paragraph. Text
    is kept in chunks and offsets are extended by ranges: a per-character
    loop here cost more than all the rules together on HTML. Offsets are an
    array of unsigned 32-bit integers: 4 bytes a character, where a list of
    ints took 36 (a 10 MB JSON line's map took 360 MB).
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._offsets = array("I")
        self._blocks: list[Block] = []
        self._block_start = 0
        self._length = 0

    def add(self, text: str, source_start: int) -> None:
        """Text that stands verbatim in the source from `source_start`."""
        self._append(text, range(source_start, source_start + len(text)))

    def add_at(self, text: str, source_offset: int) -> None:
        """Text that stands for one source construct (an entity, a line break)."""
        self._append(text, [source_offset] * len(text))

    def add_collapsed(self, text: str, source_start: int) -> None:
        """HTML text: runs of white space become one space, none at a paragraph's start."""
        at = 0
        if self._length == self._block_start or self._ends_with_space():
            at = len(text) - len(text.lstrip())
        kept, offsets = [], []
        for extra in _AFTER_SPACE.finditer(text, at):  # the rest of each run, dropped
            kept.append(text[at : extra.start()])
            offsets.extend(range(source_start + at, source_start + extra.start()))
            at = extra.end()
        kept.append(text[at:])
        offsets.extend(range(source_start + at, source_start + len(text)))
        self._append(_SPACE.sub(" ", "".join(kept)), offsets)

    def end_block(self, kind: str, source_end: int) -> None:
        while self._length > self._block_start and self._ends_with_space():
            self._parts[-1] = self._parts[-1][:-1]
            if not self._parts[-1]:
                self._parts.pop()
            self._offsets.pop()
            self._length -= 1
        if self._length > self._block_start:
            self._blocks.append(Block(Span(self._block_start, self._length), kind))
            self._append("\n", (source_end,))
        self._block_start = self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def document(self, path: str, source: str, record: str | None = None) -> Document:
        # The map is handed over, not copied: the reader is done with it.
        offsets, self._offsets = self._offsets, array("I")
        offsets.append(offsets[-1] + 1 if offsets else 0)
        return Document(path, "".join(self._parts), source, offsets, self._blocks, record=record)

    def _ends_with_space(self) -> bool:
        return self._parts[-1][-1] == " "

    def _append(self, text: str, sources: Sequence[int]) -> None:
        if text:
            self._parts.append(text)
            self._offsets.extend(sources)
            self._length += len(text)
