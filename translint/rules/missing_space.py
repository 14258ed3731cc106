"""No space where one belongs: "said,the", a quotation glued to a word ("shell"allegedly), ”“, "Kiev :they".

## What it finds
- A comma between two words with no space after it: "said,the talks".
  Numbers ("1,500") and a comma after an abbreviation's dot are left alone.
- A comma, colon or semicolon spaced on the wrong side, before a word:
  "Kiev :they say", "talks ,which".
- A closing quote glued to the next word (`a "new plan"allegedly`) or an
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

from collections.abc import Iterator

import regex

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
        bad='Officials in Kyiv :they say a "new plan"allegedly exists.',
        good='Officials in Kyiv: they say a "new plan" allegedly exists. Item : a kettle.',
    ),
    Example(
        bad="“We agree.”“We do not.”",
        good="“We agree.” “We do not.”",
    ),
)

# A comma between two letters of words; a comma, colon or semicolon after a
# space and before a word; a quote mark between a word (or a mark ending a
# quotation) and a word; a closing curly quote glued to an opening one.
_GLUED = regex.compile(
    r"(?P<comma>(?<=\p{L}\p{L}),(?=\p{L}))"
    r"|(?P<flipped>(?<=[\p{L}\p{N}])[^\S\r\n]+[,:;](?=\p{L}))"
    r"|(?P<quote>(?<=[\p{L}\p{N}.,!?])[\"”“](?=\p{L}))"
    r"|(?P<quotations>”“)"
)


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    for match in _GLUED.finditer(text):
        start, end = match.span()
        kind = match.lastgroup
        if kind == "comma":
            yield Hit(start, end, 'no space after ","; insert one', suggestion=", ")
        elif kind == "flipped":
            mark = text[end - 1]
            yield Hit(start, end, f'space before "{mark}" and none after it; move it', suggestion=mark + " ")
        elif kind == "quotations":
            yield Hit(start, end, "no space between two quotations; insert one", suggestion="” “")
        else:
            yield from _glued_quote(text, start)


def _glued_quote(text: str, at: int) -> Iterator[Hit]:
    """A quote mark between a word and a word: which side lacks the space depends on whether it opens or closes."""
    mark = text[at]
    if mark == "”":
        yield Hit(at, at + 1, "no space after the closing quote; insert one", suggestion="” ")
        return
    if mark == "“":
        yield Hit(at, at + 1, "no space before the opening quote; insert one", suggestion=" “")
        return
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    line_end = min((i for i in (text.find("\n", at), text.find("\r", at)) if i >= 0), default=len(text))
    before = text.count('"', line_start, at)
    if text.count('"', line_start, line_end) % 2:
        yield Hit(at, at + 1, "quote mark glued between two words; a space is missing on one side")
    elif before % 2:
        yield Hit(at, at + 1, "no space after the closing quote; insert one", suggestion='" ')
    else:
        yield Hit(at, at + 1, "no space before the opening quote; insert one", suggestion=' "')
