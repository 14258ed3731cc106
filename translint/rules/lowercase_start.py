"""A sentence that starts with a lower-case letter ("… the talks ended. the delegation left").

## What it finds
A lower-case word right after a sentence's full stop, question mark or
exclamation mark and a space, or at the start of a paragraph of prose (one
that ends with final punctuation and follows a paragraph that does). Not
reported:

- after abbreviations, initials and words with an inner dot ("approx. the",
  "etc. and", "e.g. the", "5 p.m. local time", "J. smith" is left too);
  lower-case abbreviations are data in rules/common/sentences.toml;
- after an ellipsis ("and then... he left") or a closing quotation mark
  ("“Why?” she asked");
- brand names and handles with a capital or a digit inside ("iPhone",
  "eBay", "x5"), web addresses, e-mail addresses and hashtags;
- a paragraph that follows one ending without final punctuation: it is the
  rest of a sentence broken over two lines, a different defect;
- at the start of a paragraph, list items (by their marker, or because a
  Markdown or HTML reader says so) and headings, which may start lower case.

A quotation is a sentence of its own: a paragraph opening on a quote (maybe
after a dialogue dash) whose first word is lower case, and a quotation after
a colon that is the speaker's own sentence (it opens on "I", "we" or "you",
which only direct speech uses, and has four words or more and a finite verb:
': "we see attempts …"'), are reported too. Other quotations after a colon
may be worked into the writer's sentence in lower case (': "the risk is
lower."'), as careful writers do too.

## Why it matters
Translation systems lose the capital when they join or split segments; the
lower-case start also shows that something before it may be missing.
Capitalising is the fix, but check the sentence before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.rules._prose import abbreviation_words, ends_terminal, is_list_item, paragraphs, word_list
from translint.rules.fragment import has_finite_verb

CODE = "TL306"
NAME = "lowercase-start"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad="The talks ended on Monday. the delegation flew home.",
        good="The talks ended on Monday. The delegation flew home, e.g. via Warsaw, at approx. ten. His iPhone rang.",
    ),
    Example(
        bad="Talks ended on Monday.\nthe delegation flew home.",
        good="Talks ended on Monday and\nthe delegation flew home.",
    ),
)

# A sentence end after a non-space, spaces, and a lower-case word.
_INSIDE = regex.compile(r"(?<=\S)(?P<stop>[.!?])[^\S\r\n]+(?P<word>\p{Ll}[\p{L}\p{N}'’.@/\-]*)")
# The same matches in ASCII text, found by `re` in three fifths of the time:
# opening on the stop (`re` then skips to the next ".", "!" or "?" at C speed)
# and with the ASCII characters of each class (\S of `regex` is no ASCII space
# but \t\n\v\f\r and " ", and \p{Ll} is a-z).
_ASCII_INSIDE = re.compile(r"(?P<stop>[.!?])(?<=[^\t\n\x0b\x0c\r ][.!?])[\t\x0b\x0c ]+(?P<word>[a-z][A-Za-z0-9'.@/\-]*)")
_FIRST = regex.compile(r"(?:[-–—][^\S\r\n]+)?[\"“«]?\K\p{Ll}[\p{L}\p{N}'’.@/\-]*")
# A quotation of a whole sentence after a colon: ': "we see …'.
_QUOTED_AFTER_COLON = regex.compile(r": [\"“]\K(?:we|you|i)(?=['’\s])")
_QUOTATION_REST = regex.compile(r"[^\"“”\r\n]*")
_WORD_PARTS = regex.compile(r"['’\-]")
_UNIT_OR_INITIAL = regex.compile(r"\p{L}\.")


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    # One scan of the whole text instead of one per paragraph (the calls cost
    # more than the matching): a match never leaves its line, so each belongs
    # to the paragraph it starts in, and both come in text order.
    inside = (_ASCII_INSIDE if text.isascii() else _INSIDE).finditer(text)
    match = next(inside, None)
    previous_ends = True
    quotes_after_colon = ': "' in text or ": “" in text
    for paragraph in paragraphs(doc):
        span = paragraph.span
        line = text[span.start : span.end]
        # An ASCII character but a-z starts no lower-case word: that C-speed test spares most lines the pattern.
        opening = line[:1]
        may_open = opening.islower() or not opening.isascii() or opening in "\"-"
        first = _FIRST.match(line) if previous_ends and may_open else None
        # A list item or heading of a Markdown or HTML file may start lower case.
        if (
            first
            and paragraph.kind in ("", "paragraph", "quote")
            and not is_list_item(line)
            and ends_terminal(line)
            and _is_plain_word(first.group())
        ):
            yield _hit(span.start + first.start(), first.group())
        if quotes_after_colon and ":" in line:
            yield from _quoted_sentences(text, span.start, span.end)
        while match is not None and match.start() < span.end:
            stop = match.start("stop")
            before = text[max(text.rfind(" ", span.start, stop), span.start - 1) + 1 : stop]
            if _is_plain_word(match.group("word")) and not _abbreviation(before, match.group("stop")):
                yield _hit(match.start("word"), match.group("word"))
            match = next(inside, None)
        previous_ends = ends_terminal(line)


def _quoted_sentences(text: str, start: int, end: int) -> Iterator[Hit]:
    """Direct speech after a colon ("we", "you", "I" and four words or more with a finite verb) in lower case."""
    for match in _QUOTED_AFTER_COLON.finditer(text, start, end):
        quoted = _QUOTATION_REST.match(text, match.start(), end).group()
        if len(word_list(quoted)) >= 4 and has_finite_verb(quoted):
            yield _hit(match.start(), match.group())


def _is_plain_word(word: str) -> bool:
    """A lower-case word, not a brand ("iPhone"), a code ("x5"), a handle or an address."""
    if _UNIT_OR_INITIAL.fullmatch(word):
        return False  # "m." in "230 g/sq. m.": a unit or an initial
    parts = [part for part in _WORD_PARTS.split(word.rstrip(".")) if part]
    return bool(parts) and all(part.isalpha() and part.islower() for part in parts)


def _abbreviation(before: str, stop: str) -> bool:
    """Whether the stop ends an abbreviation, an initial, an ellipsis or a name ("Jeopardy!") rather than a sentence."""
    word = before.lstrip("\"“‘'«([")
    if stop != ".":
        return stop == "!" and word[:1].isupper() and word[1:].islower()  # "Jeopardy! host"
    if not word or word.endswith("."):
        return True  # "... the": an ellipsis
    return "." in word or "/" in word or len(word) == 1 or word.lower() in abbreviation_words()


def _hit(start: int, word: str) -> Hit:
    word = word.rstrip(".")
    return Hit(
        start,
        start + len(word),
        f'sentence starts with lower-case "{word}"',
        suggestion=word[0].upper() + word[1:],
    )
