"""A run-on sentence: more words than a reader can hold (default 70).

## What it finds
A sentence of more than `max-words` words (numbers do not count). Sentences
are ICU's, within one paragraph, so a list or a headline without final
punctuation counts as one sentence up to the end of its line. Words inside
quotation marks do not count: a long quotation is the speaker's sentence,
which a faithful translation keeps, and only the words around it are the
writer's.

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

import regex

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

# ASCII letters and digits as "a", every other ASCII character as a space: the
# runs of "a" after str.translate are the runs of letters and digits.
# A quotation closed within the sentence: its words are the speaker's.
_QUOTATION = regex.compile(r'"[^"\r\n]*"|“[^“”\r\n]*”|«[^«»\r\n]*»')
_ASCII_RUNS = str.maketrans({chr(c): "a" if chr(c).isalnum() else " " for c in range(128)})


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    limit = ctx.option(NAME, "max-words")
    shortest = 2 * limit + 1  # each word takes a letter and a space: anything shorter cannot hold `limit` words
    text = doc.text
    for start, end in doc.sentences:  # unpacked, not span.start: a tenth of the loop over every sentence
        if end - start < shortest:
            continue
        sentence = text[start:end]
        if _few_runs(sentence, limit):
            continue
        count = _own_words(sentence)
        if count > limit:
            yield Hit(start, end, f"sentence of {count} words (more than {limit}); split it")


def _few_runs(sentence: str, limit: int) -> bool:
    """Whether an ASCII sentence has at most `limit` runs of letters and digits, tested at C speed.

    A word begins where a run of letters and digits begins (no two words
    begin in one run; a word's inner "'", "-" or "." may split it into more
    runs, never fewer), so the sentence then has at most `limit` words.
    A tenth of the cost of listing the words, and it rules out all but a
    few of the sentences long enough to be counted.
    """
    if not sentence.isascii():
        return False
    shape = sentence.translate(_ASCII_RUNS)
    # A run starts at the text's start or after a space: counted, not split out (a third faster).
    return shape.count(" a") + shape.startswith("a") <= limit


def _own_words(sentence: str) -> int:
    """The words of a sentence that stand outside its quotations."""
    outside = _QUOTATION.sub(" ", sentence) if any(q in sentence for q in '"“«') else sentence
    return sum(1 for word in word_list(outside) if word[0].isalpha())
