"""No space where one belongs: "said,the", a quotation glued to a word ("plan"reportedly), ”“, "Lviv :officials".

## What it finds
- A comma between two words with no space after it: "said,the talks".
  Numbers ("1,500") and a comma after an abbreviation's dot are left alone.
- A comma, colon or semicolon spaced on the wrong side, before a word:
  "Lviv :officials say", "talks ,which".
- A closing quote glued to the next word (`a "new plan"reportedly`) or an
  opening one glued to the word before (`he said"we`). Straight quotes are
  told apart by their order in the paragraph; when the paragraph's straight
  quotes do not pair up, the mark is reported without a fix.
- Two quotations glued together: “Yes.”“No.”

## Why it matters
Translation pipelines join segments and detokenise badly: the reader sees
a typo, spell-checkers and search see one word "said,the". Inserting the
space (and, for a mark spaced on the wrong side, moving it) is safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL311"
NAME = "missing-space"
SEVERITY = Severity.WARNING
FIX = "safe"
EXAMPLES = (
    Example(
        bad="The ministry said,the talks would go on.",
        good="The ministry said, the talks would go on; 1,500 people came.",
    ),
    Example(
        bad='Officials in Kyiv :they say a "new plan"reportedly exists.',
        good='Officials in Kyiv: they say a "new plan" reportedly exists. Item : a kettle.',
    ),
    Example(
        bad="“We agree.”“We do not.”",
        good="“We agree.” “We do not.”",
    ),
)

# Each defect has a pattern of its own that opens on its mark and only then
# looks around it, so `re` (letters are [^\W\d_]) skips to the next mark at C
# speed; one alternation of them all runs ten times slower. The rarer ones
# run only when a plain substring test finds their marks.
# A comma between two letters of words.
_COMMA = re.compile(r",(?=[^\W\d_])(?<=[^\W\d_]{2},)")
# A comma, colon or semicolon after a space and before a word.
_FLIPPED = re.compile(r"[ \t][,:;](?=[^\W\d_])")
# A quote mark between a word (or a mark ending a quotation) and a word.
_STRAIGHT = re.compile(r'"(?=[^\W\d_])(?<=[\w.,!?]")')
_CURLY = re.compile(r"[”“](?=[^\W\d_])(?<=[\w.,!?][”“])")


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    for match in _COMMA.finditer(text):
        yield Hit(match.start(), match.end(), 'no space after ","; insert one', suggestion=", ")
    if " ," in text or " :" in text or " ;" in text or "\t" in text:
        for match in _FLIPPED.finditer(text):
            start, end = match.span()
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            if start > 0 and text[start - 1].isalnum():
                mark = text[end - 1]
                yield Hit(start, end, f'space before "{mark}" and none after it; move it', suggestion=mark + " ")
    if '"' in text:
        for match in _STRAIGHT.finditer(text):
            yield _glued_quote(text, match.start())
    if "”" in text or "“" in text:
        for match in _CURLY.finditer(text):
            yield _glued_quote(text, match.start())
        at = text.find("”“")
        while at >= 0:
            yield Hit(at, at + 2, "no space between two quotations; insert one", suggestion="” “")
            at = text.find("”“", at + 2)


def _glued_quote(text: str, at: int) -> Hit:
    """A quote mark between a word and a word: which side lacks the space depends on whether it opens or closes."""
    mark = text[at]
    if mark == "”":
        return Hit(at, at + 1, "no space after the closing quote; insert one", suggestion="” ")
    if mark == "“":
        return Hit(at, at + 1, "no space before the opening quote; insert one", suggestion=" “")
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    line_end = min((i for i in (text.find("\n", at), text.find("\r", at)) if i >= 0), default=len(text))
    if text.count('"', line_start, line_end) % 2:
        return Hit(at, at + 1, "quote mark glued between two words; a space is missing on one side")
    if text.count('"', line_start, at) % 2:
        return Hit(at, at + 1, "no space after the closing quote; insert one", suggestion='" ')
    return Hit(at, at + 1, "no space before the opening quote; insert one", suggestion=' "')
