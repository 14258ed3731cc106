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
from translint.rules._prose import single_spaced

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


def normalised_sentences(doc: Document) -> list[str]:
    """Each sentence case-folded, its words parted by single spaces.

    A sentence has no space at either end and no line break inside (ICU ends
    a sentence at every line break, see translint.segment), so in
    `single_spaced` text, which is ASCII, lower-casing is all there is to
    do: the whole text is lowered once and sliced. Other texts are split and
    joined, sentence by sentence, at C speed all the same.
    """
    text = doc.text
    if single_spaced(text):
        lowered = text.lower()
        return [lowered[start:end] for start, end in doc.sentences]
    return [" ".join(text[start:end].casefold().split()) for start, end in doc.sentences]


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    keys = normalised_sentences(doc)
    if len(set(keys)) == len(keys):
        return  # no sentence recurs in the article (the usual case), so none in a paragraph
    seen: dict[tuple[int, str], int] = {}  # (paragraph, normalised sentence) -> first offset
    paragraphs = doc.paragraphs
    index = 0
    for sentence, key in zip(doc.sentences, keys):
        while paragraphs[index].end < sentence.start:
            index += 1
        if key.count(" ") + 1 < _MIN_WORDS:  # words, parted by single spaces
            continue
        if (index, key) in seen:
            yield Hit(sentence.start, sentence.end, "this sentence already stands earlier in the paragraph", "", (seen[index, key],))
        else:
            seen[index, key] = sentence.start
