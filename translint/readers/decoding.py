"""Bytes to text, with an exact position when the bytes are not in the expected encoding.

UTF-8 with or without a byte-order mark and UTF-16 with one are recognised,
and so is UTF-16 without a mark when the file's first bytes show its telltale
high bytes (a Latin or Cyrillic article in UTF-16 is half 00 or 04 bytes);
anything else must be named (`encoding = "cp1251"` for old Russian
archives). The mark is not part of the text: editors do not count it as a
column.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from translint.document import LineIndex

BOM = codecs.BOM_UTF8
_CONTROL = re.compile(rb"[\x00-\x08]")
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


def _unmarked_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when, in the first 2 KB, nearly every byte on one side
    is below 0x20: the high byte of Latin (00), Cyrillic (04), Greek (03), Hebrew (05)
    or Arabic (06) letters. UTF-8 text has no such run of control bytes."""
    if not _CONTROL.search(data, 0, 64):  # the common case, at C speed
        return None
    sample = data[:2048]
    if len(sample) < 4:
        return None
    even = sum(byte < 0x20 for byte in sample[0::2]) / len(sample[0::2])
    odd = sum(byte < 0x20 for byte in sample[1::2]) / len(sample[1::2])
    if odd >= 0.9 and even < 0.5:
        return "utf-16-le"
    if even >= 0.9 and odd < 0.5:
        return "utf-16-be"
    return None


def _codec(data: bytes, mark: bytes, encoding: str | None) -> str:
    return dict(_MARKS).get(mark) or encoding or _unmarked_utf16(data) or "utf-8"


def decode(data: bytes, encoding: str | None = None) -> str:
    """The text of a file: by its byte-order mark, else `encoding`, else UTF-16 when
    it plainly is, else UTF-8."""
    mark = byte_order_mark(data)
    codec = _codec(data, mark, encoding)
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
    return mark + text.encode(_codec(like, mark, encoding))
