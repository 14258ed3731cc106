"""Sentence segmentation with ICU, plus the abbreviations ICU's own list lacks.

ICU's `ss=standard` suppressions keep "Mr. Kim" and "U.S. officials" whole;
PyICU does not expose FilteredBreakIteratorBuilder to extend that list, so the
extra abbreviations (rules/common/abbreviations.toml) are applied by merging
the boundaries ICU proposes right after one of them.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from translint.ruledata import load_data

if TYPE_CHECKING:
    from translint.document import Span


@cache
def _sentence_iterator():  # type: ignore[no-untyped-def]
    import icu

    return icu.BreakIterator.createSentenceInstance(icu.Locale("en@ss=standard"))


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_data("common/abbreviations.toml")["abbreviations"])


def split_sentences(text: str, span: Span) -> list[Span]:
    """Sentences of `text[span]`, as spans of `text`, trailing spaces trimmed."""
    from translint.document import Span

    chunk = text[span.start : span.end]
    iterator = _sentence_iterator()
    iterator.setText(chunk)
    abbreviations = _abbreviations()
    bounds = []
    start = 0
    for end in iterator:
        piece = chunk[start:end].rstrip()
        last_word = piece.rsplit(None, 1)[-1] if piece else ""
        if end < len(chunk) and last_word in abbreviations:
            continue  # "Gen. Syrskyi" is one sentence
        if piece:
            bounds.append(Span(span.start + start, span.start + start + len(piece)))
        start = end
    return bounds
