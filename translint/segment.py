"""Sentence segmentation with ICU, plus the abbreviations ICU's own list lacks.

ICU's `ss=standard` suppressions keep "Mr. Kim" and "U.S. officials" whole;
PyICU does not expose FilteredBreakIteratorBuilder to extend that list, so the
extra abbreviations (rules/common/abbreviations.toml) are applied by merging
the boundaries ICU proposes right after one of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import accumulate

from translint.data import load_data
from translint.span import Span


@cache
def _sentence_iterator():  # type: ignore[no-untyped-def]
    import icu

    return icu.BreakIterator.createSentenceInstance(icu.Locale("en@ss=standard"))


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_data("common/abbreviations.toml")["abbreviations"])


def split_sentences(text: str) -> list[Span]:
    """Sentences of `text`, as spans with surrounding white space trimmed.

    ICU reads the whole text at once: a line break always ends a sentence
    (rule SB4), so no sentence spans two paragraphs, and one pass costs a
    tenth of one pass per paragraph.
    """
    iterator = _sentence_iterator()
    iterator.setText(text)
    abbreviations = _abbreviations()
    spans = []
    start = 0
    for end in _code_points(text, iterator):
        piece = text[start:end]
        trimmed = piece.rstrip()
        last_word = trimmed.rsplit(None, 1)[-1] if trimmed else ""
        if last_word in abbreviations and end < len(text) and "\n" not in piece and "\r" not in piece:
            continue  # "Gen. Syrskyi" is one sentence
        if trimmed:
            lead = len(trimmed) - len(trimmed.lstrip())
            spans.append(Span(start + lead, start + len(trimmed)))
        start = end
    return spans


def _code_points(text: str, boundaries: Iterable[int]) -> Iterable[int]:
    """ICU's boundaries (UTF-16 code units) as Python offsets (code points): they
    differ after any character beyond the BMP, such as an emoji."""
    if text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        return boundaries  # every character one code unit: tested at C speed, unlike max(text)
    units = accumulate((2 if c > "\uffff" else 1 for c in text), initial=0)
    point = {unit: index for index, unit in enumerate(units)}
    return (point[unit] for unit in boundaries)
