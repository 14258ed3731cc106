"""A stretch of a document's text, as offsets: what segmentation and rules pass around."""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int
