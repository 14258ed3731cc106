"""A quote or bracket opened and never closed, or closed and never opened.

## What it finds
Double quotes (straight " and curly “ ”), single curly quotes used as
quotation marks (‘ ’) and brackets ( ) [ ] { } that have no partner.
Mismatched nesting such as "( … ]" reports both sides.

A quotation may run on over paragraphs as news style writes it: the
opening quote repeated at the start of each new paragraph and the closing
one only at the end. It may also close in a later paragraph without being
repeated, because pipelines that write one sentence a line split a quoted
passage of several sentences over lines. So an opening quote is reported
when the article ends before it is closed, or when a later paragraph that
does not directly follow it opens with a quote of its kind (a new
quotation); a closing one when nothing open precedes it. A reopening quote
may follow a dialogue dash ("– “We …").

Two exceptions come from how translation mangles nested quotations. When a
quotation holds another marked with the same quotes and the paragraph goes
on from the inner closing quote with a speech tag (`"We signed the order
"On Loans", the minister wrote.`), one closing quote was lost: the outer
quotation cannot run on, and its opening quote is reported at the end of
the paragraph. And a straight quote after a comma or a stop that opens
nothing but a speech tag (`policy, "the minister said.`) is the closing
quote spaced on the wrong side: it closes the quotation and is reported
where it is.

Not quotes: apostrophes, which share the character ’ with the closing single
quote ("Kyiv’s", "O’Brien", "Ukrainians’ rights", "rock ’n’ roll", "’90s", and
"‘90s" typed the wrong way round); a ’ closes a single quote only when a ‘ is
open. Not brackets: list markers ("1) first", "a) second") and emoticons
(":)", ";-(", ")))"). A pair spaced inside ("( by 5% )", "( by 5%)") is
balanced: TL310 reports its spacing.

## Why it matters
Translation systems lose one half of a pair when they drop or reorder a
clause, so an unbalanced quote often marks a mangled sentence, and readers
cannot tell where a quotation ends.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from math import inf
from typing import Literal

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.rules._prose import word_list, words

CODE = "TL302"
NAME = "unbalanced-delimiters"
SEVERITY = Severity.WARNING
EXAMPLES = (
    Example(
        bad="The minister called the talks “constructive and left.",
        good="The minister called the talks “constructive” and left.",
    ),
    Example(
        bad="He called it ‘historic and left. Kyiv’s mayor agreed.",
        good="He called it ‘historic’ and left. Kyiv’s mayor and the Ukrainians’ envoy agreed.",
    ),
    Example(
        bad="“We will rebuild the bridge,” he said.\nThe work starts in May” and ends in June.",
        good="“We will rebuild the bridge.\n“The work starts in May and ends in June,” he said.",
    ),
)

_CLOSER_OF = {"“": "”", "‘": "’", "(": ")", "[": "]", "{": "}", '"': '"'}
_AFTER_CLOSING = ".,;:!?)]}…-—"
_OPENER_OF = {close: open_ for open_, close in _CLOSER_OF.items() if open_ != close}
# A class of plain characters: the standard library's `re` scans a text for it
# two and a half times faster than `regex`, with the same matches.
_DELIMITER = re.compile(r'[“”‘’()\[\]{}"]')
# What stands before a bracket that is part of an emoticon: ":)", ";-(", "=]".
_FACE = regex.compile(r"[:;=8][-'^]?$")
# What follows a smile: the end of the line (maybe after marks or an emoji) or a new sentence.
_SENTENCE_AFTER = regex.compile(r"[^\w\s]*(?:$|\s+\p{Lu})", regex.MULTILINE)
# What stands before a closing bracket that ends a list marker ("1) first", "b) second",
# "2.) third") or follows a paragraph's one first word ("Hi) see you").
_LIST_MARKER = regex.compile(r"(?:^|(?<=\s))(?:\d{1,2}|\p{L})\.?$|^\p{L}+$", regex.MULTILINE)
# ‘ that is an apostrophe typed the wrong way round: "‘90s", "rock ‘n’ roll" (and any ‘ inside a word).
_APOSTROPHE_OPENING = regex.compile(r"‘(?=\d\ds\b|n’)")
# A comma, then words and no quote mark to the paragraph's end.
_SPEECH_TAG = regex.compile(r",?\s*(?P<tag>[^\"“”]{1,100})$")
# A bracket with a space after it, a word, and its closing bracket on the line: a pair, badly spaced.
_SPACED_PAIR = regex.compile(r"[(\[{][^\S\r\n]+[\p{L}\p{N}\"“'‘][^()\[\]{}\r\n]*[)\]}]")
# What may stand before a paragraph's reopening quote: a dash of dialogue ("– “We …").
_LEAD = regex.compile(r"(?:[-–—][^\S\r\n]*)?")


@dataclass
class _Open:
    char: str
    at: int
    paragraph: int  # the paragraph that opened it or last repeated the quote
    # A quotation inside it, marked with the same quotes, closed before a
    # speech tag: so it cannot run on past its paragraph.
    crossed: bool = False


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    paragraphs = doc.paragraphs
    stack: list[_Open] = []
    index = -1
    start = end = 0  # of the paragraph that holds the delimiter last met
    # One scan of the whole text, not one per paragraph (the calls cost more
    # than the scanning): a delimiter is no space, so each lies in a
    # paragraph, and both come in text order. Only the paragraphs that hold
    # a delimiter are visited, found by bisection, not every paragraph: one
    # without any has no opening quote either and does nothing.
    for match in _DELIMITER.finditer(text):
        at = match.start()
        if at >= end:
            # The first delimiter of its paragraph: the last paragraph starting at or before it.
            index = bisect_right(paragraphs, (at, inf)) - 1
            start, end = paragraphs[index]
            if stack:
                for confused in [o for o in stack if o.crossed]:
                    stack.remove(confused)
                    yield _unclosed(confused)
            lead = _LEAD.match(text, start, end).end() if text[start] in "-–—" else start
            first = text[lead]
            if first in "“‘\"":
                same = [o for o in stack if o.char == first]
                if same and same[-1].paragraph == index - 1:
                    same[-1].paragraph = index  # news style: the quotation goes on in this paragraph
                    start = lead + 1
                else:
                    for stale in same:  # a new quotation: the one left open earlier was never closed
                        stack.remove(stale)
                        yield _unclosed(stale)
        if at >= start:
            yield from _take(text, match.group(), at, (index, end), stack)
    for left in reversed(stack):
        yield _unclosed(left)


def _take(text: str, char: str, at: int, where: tuple[int, int], stack: list[_Open]) -> list[Hit]:
    """Open or close on one delimiter (in the paragraph of `where`: its index
    and end); return what it shows unbalanced.

    A list, not a generator: it is called for every delimiter and nearly
    always finds nothing, and an empty list costs less than a generator.
    """
    paragraph, end = where
    role = _role(text, char, at, stack)
    if role == "open" and char == '"' and _misspaced_closing(text, at, where, stack):
        del stack[max(i for i, o in enumerate(stack) if o.char == '"') :]
        return [Hit(at, at + 1, 'closing " spaced like an opening one: write `…," he said`, not `…, "he said`')]
    if role == "open":
        stack.append(_Open(char, at, paragraph))
        return []
    if role != "close":
        return []
    wanted = '"' if char == '"' else _OPENER_OF[char]
    partners = [i for i, o in enumerate(stack) if o.char == wanted]
    if partners:
        hits = [_unclosed(skipped) for skipped in stack[partners[-1] + 1 :]]
        del stack[partners[-1] :]
        if any(o.char == wanted and o.paragraph == paragraph for o in stack) and _speech_tag_follows(text, at, end):
            for outer in stack:
                outer.crossed = outer.crossed or (outer.char == wanted and outer.paragraph == paragraph)
        return hits
    if not _is_no_bracket(text, char, at):
        return [Hit(at, at + 1, f"closing {char} has no opening {wanted} before it")]
    return []


Role = Literal["open", "close", "skip"]


def _role(text: str, char: str, at: int, stack: list[_Open]) -> Role:
    """Whether a delimiter opens, closes, or is no delimiter here (an apostrophe, an emoticon)."""
    before, after = text[at - 1 : at] if at else "", text[at + 1 : at + 2]
    if char == "‘":
        return "skip" if before.isalpha() or _APOSTROPHE_OPENING.match(text, at) else "open"
    if char == "’":
        inside_word = before.isalpha() and after.isalpha()
        return "close" if not inside_word and any(o.char == "‘" for o in stack) else "skip"
    if char == "“":
        return "open"
    if char in "([{":
        # ":(", "so sad((", "say( But": a frown, not a bracket; a bracket opens onto its contents.
        spaced = after.isspace() and _SPACED_PAIR.match(text, at) is not None  # "( by 5%)": TL310's
        frown = _FACE.search(text, max(0, at - 2), at) or not after or (after.isspace() and not spaced) or after == char
        return "skip" if frown else "open"
    if char != '"':
        return "close"
    # A straight quote faces its contents: 'said "yes' opens, 'yes" and' or 'fun? ".' closes.
    ends_something = not after or after.isspace() or after in _AFTER_CLOSING
    if (not before or before.isspace() or before in "([{—–-/") and not ends_something:
        return "open"
    if ends_something and before and not before.isspace():
        return "close"
    # Only now the stack: the tests above decide most quotes without searching it.
    return "close" if any(o.char == '"' for o in stack) else "open"


def _speech_tag_follows(text: str, at: int, end: int) -> bool:
    """Whether the rest of the paragraph after a closing quote is a speech tag (", the minister said.").

    A quotation ends where its speech tag begins, so a quote of the same kind
    still open before it was never closed: MT flattens a quotation inside a
    quotation into one kind of mark and loses one of the closing ones.
    """
    match = _SPEECH_TAG.match(text, at + 1, end)
    return match is not None and any(word.lower() in words().reporting for word in word_list(match.group("tag")))


def _misspaced_closing(text: str, at: int, where: tuple[int, int], stack: list[_Open]) -> bool:
    """Whether a straight quote that looks like an opening one closes the quotation open in its paragraph.

    `policy, "the minister said.`: after a clause's comma or stop and before
    a speech tag, a quote cannot open a second quotation inside the first.
    """
    if text[at - 2 : at] not in (", ", ". ", "? ", "! "):
        return False
    paragraph, end = where
    if not any(o.char == '"' and o.paragraph == paragraph for o in stack):
        return False
    return _speech_tag_follows(text, at, end)


def _is_no_bracket(text: str, char: str, at: int) -> bool:
    """Whether a closing bracket without an opening one is a list marker or a smile.

    "1) first" and "b) second" are list markers. The smiles of Russian and
    Ukrainian chat are ":)", "so good))", "see you )", "Hi) see you soon"
    (one word before it in the paragraph), a ")" that ends the paragraph and
    one followed by a new sentence ("all is well) Masha is at school"). A
    ")" between two parts of a sentence ("talks ended) on Monday") stays a
    finding.
    """
    if char not in ")]":
        return False
    before = max(0, at - 20)
    if _LIST_MARKER.search(text, before, at) or _FACE.search(text, before, at):
        return True
    if text[at - 1 : at] in (char, " ") or text[at + 1 : at + 2] == char:
        return True
    return bool(_SENTENCE_AFTER.match(text, at + 1))


def _unclosed(entry: _Open) -> Hit:
    closer = _CLOSER_OF[entry.char]
    return Hit(entry.at, entry.at + 1, f"opening {entry.char} is never closed with {closer}")
