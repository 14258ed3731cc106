"""What a reader reports instead of a document: a record it could not read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BadRecord:
    """A line of a JSON Lines file that is no usable record: where and why."""

    line: int
    column: int
    message: str
