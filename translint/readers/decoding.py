"""Bytes to text, with an exact position when the bytes are not in the expected encoding.

UTF-8 with or without a byte-order mark and UTF-16 with one are recognised;
anything else must be named (`encoding = "cp1251"` for old Russian
archives). The mark is not part of the text: editors do not count it as a
column.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from translint.document import LineIndex

BOM = codecs.BOM_UTF8
_MARKS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class UndecodableInput(Exception):
    """The first byte that does not decode: its offset in the file and its line and column."""

    byte_offset: int
    byte: int
    line: int
    column: int
    encoding: str = "utf-8"

    def __str__(self) -> str:
        name = "UTF-8" if self.encoding == "utf-8" else self.encoding
        return (
            f"not valid {name}: byte 0x{self.byte:02X} at byte offset {self.byte_offset}; "
            "the file was not linted (re-save it as UTF-8, or set `encoding` in the config)"
        )


def byte_order_mark(data: bytes) -> bytes:
    return next((mark for mark, _ in _MARKS if data.startswith(mark)), b"")


def decode(data: bytes, encoding: str | None = None) -> str:
    """The text of a file: by its byte-order mark, else `encoding`, else UTF-8."""
    mark = byte_order_mark(data)
    codec = dict(_MARKS).get(mark) or encoding or "utf-8"
    body = data[len(mark) :]
    try:
        return body.decode(codec)
    except UnicodeDecodeError as exc:
        good = body[: exc.start].decode(codec, errors="replace")
        line, column = LineIndex(good).position(len(good))
        raise UndecodableInput(len(mark) + exc.start, body[exc.start], line, column, codec) from None


def encode(text: str, like: bytes, encoding: str | None = None) -> bytes:
    """`text` encoded the way the original bytes `like` were, mark and all."""
    mark = byte_order_mark(like)
    return mark + text.encode(dict(_MARKS).get(mark) or encoding or "utf-8")
