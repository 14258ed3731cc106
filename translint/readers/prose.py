"""Building the prose of a marked-up file while remembering where each character came from."""

from __future__ import annotations

from translint.document import Block, Document, Span


class Prose:
    """Paragraphs written one per line, each character with its source offset.

    Readers add text as they walk the markup; `end_block` closes a paragraph
    and records its kind, so rules can tell a heading from a paragraph.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._offsets: list[int] = []
        self._blocks: list[Block] = []
        self._block_start = 0
        self._length = 0
        self._last_source = 0

    def add(self, text: str, source_start: int) -> None:
        """Text that stands verbatim in the source from `source_start`."""
        self._append(text, range(source_start, source_start + len(text)))

    def add_at(self, text: str, source_offset: int) -> None:
        """Text that stands for one source construct (an entity, a line break)."""
        self._append(text, [source_offset] * len(text))

    def add_collapsed(self, text: str, source_start: int) -> None:
        """HTML text: runs of white space become one space, none at a paragraph's start."""
        for index, char in enumerate(text):
            if char.isspace():
                if self._length == self._block_start or self._parts[-1] == " ":
                    continue
                char = " "
            self._append(char, (source_start + index,))

    def end_block(self, kind: str, source_end: int) -> None:
        while self._length > self._block_start and self._parts[-1] == " ":
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
        offsets = [*self._offsets, self._offsets[-1] + 1 if self._offsets else 0]
        return Document(path, "".join(self._parts), source, offsets, self._blocks, record=record)

    def _append(self, text: str, sources: object) -> None:
        for char, offset in zip(text, sources):  # type: ignore[call-overload]
            self._parts.append(char)
            self._offsets.append(offset)
            self._length += 1
