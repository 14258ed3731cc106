"""Bytes to text, with an exact position when the bytes are not UTF-8."""

from __future__ import annotations

from dataclasses import dataclass

from translint.document import LineIndex

BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class UndecodableInput(Exception):
    """The first byte that is not UTF-8: its offset in the file and its line and column."""

    byte_offset: int
    byte: int
    line: int
    column: int

    def __str__(self) -> str:
        return (
            f"not valid UTF-8: byte 0x{self.byte:02X} at byte offset {self.byte_offset}; "
            "the file was not linted (re-save it as UTF-8)"
        )


def decode(data: bytes) -> str:
    """UTF-8 text without its byte-order mark (editors do not count it as a column)."""
    skip = len(BOM) if data.startswith(BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        good = data[skip : skip + exc.start].decode("utf-8")
        line, column = LineIndex(good).position(len(good))
        raise UndecodableInput(skip + exc.start, data[skip + exc.start], line, column) from None
