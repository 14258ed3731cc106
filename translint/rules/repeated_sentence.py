"""The same sentence twice in one paragraph.

## What it finds
A sentence of four or more words that occurs again, word for word (ignoring
case and spacing), later in the same paragraph. The second copy is reported,
with the first in `related`.

## Why it matters
Translation systems repeat a sentence when the source segment was split or
when they lose their place; editors rarely spot it in a long paragraph.
Deleting the copy is the fix, but check that no other sentence was lost.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL122"
NAME = "repeated-sentence"
SEVERITY = Severity.WARNING
EXAMPLES = (
    Example(
        bad="The bridge was reopened on Monday. Traffic resumed. The bridge was reopened on Monday.",
        good="The bridge was reopened on Monday. Traffic resumed on Tuesday.",
    ),
)

_MIN_WORDS = 4


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    seen: dict[tuple[int, str], int] = {}  # (paragraph, normalised sentence) -> first offset
    paragraphs = doc.paragraphs
    index = 0
    for sentence in doc.sentences:
        while paragraphs[index].end < sentence.start:
            index += 1
        words = doc.span_text(sentence).casefold().split()
        if len(words) < _MIN_WORDS:
            continue
        key = (index, " ".join(words))
        if key in seen:
            yield Hit(sentence.start, sentence.end, "this sentence already stands earlier in the paragraph", "", (seen[key],))
        else:
            seen[key] = sentence.start
