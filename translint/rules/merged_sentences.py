"""Two sentences run together without a space ("said.The", "2024.He").

## What it finds
A full stop, question mark or exclamation mark (maybe with a closing quote
or bracket) between a word and a capitalised word, with no space: "the
ministry said.The talks", "in 2024.He said". After a capitalised word the
next one must be a word that starts sentences ("Ukraine.The", "Kyiv.In"),
so dotted names such as "Yandex.Taxi" are left alone. Not reported:
decimals ("2.5"), abbreviations and initials ("U.S.", "J.R.R.Tolkien", whose
letter before the dot stands alone), web addresses, e-mail addresses, domain
names ("Ukrinform.ua", "Booking.Com") and file names ("report.PDF"). A
word that opens sentences is no domain, even when a country has it as one:
"quiet.It", "late.In", "home.At" are joins. A dotted brand ("Smart.Help")
is never split: after a capitalised word only a word that opens sentences
counts.

## Why it matters
Translation systems and the pipelines around them join segments by dropping
the space, so sentence splitters, search and screen readers see one word
"said.The". Inserting the space is safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.rules._prose import words

CODE = "TL304"
NAME = "merged-sentences"
SEVERITY = Severity.WARNING
FIX = "safe"
EXAMPLES = (
    Example(
        bad="The talks ended late, the ministry said.The delegation left on Friday.",
        good="The talks ended late, the ministry said. The delegation left on Friday.",
    ),
    Example(
        bad="The village was quiet.It rained all night.",
        good="The village was quiet. It rained all night.",
    ),
    Example(
        bad="Exports grew in 2024.He expects more.",
        good="Exports grew in 2024. He expects more.",
    ),
)
NOT_FLAGGED = (
    "Ask Smart.Help or Booking.Com; the village was quiet. It rained.",
    "Details are on Ukrinform.ua and in the U.S. report; growth was 2.5 percent.",
)

# The sentence's end, a capitalised word right after it, and the word before
# (two letters or a digit, so "U.S." and "J.R.R." do not count). The pattern
# opens on the mark, tests for the capital after it and only then looks back
# at the word: it is tried at the rare ".", "!" or "?", not at every
# character as with a leading lookbehind, and is a fifth faster.
_MERGED = regex.compile(
    r"(?P<stop>[.!?](?=[\"”’')\]]?\p{Lu})(?<=(?:\p{L}\p{L}|\p{N})[\"”’')\]]?[.!?])[\"”’')\]]?)(?=(?P<right>\p{Lu}\p{Ll}+))"
)
# The same matches in ASCII text, found by `re` in three fifths of the time:
# each class holds its ASCII characters (\p{Lu} is A-Z, \p{N} is 0-9), and the
# lookbehind of two to four characters, which `re` needs of one width, is
# spelt as one lookbehind for each width.
_ASCII_MERGED = re.compile(
    r"(?P<stop>[.!?](?=[\"')\]]?[A-Z])"
    r"(?:(?<=[A-Za-z][A-Za-z][.!?])|(?<=[0-9][.!?])|(?<=[A-Za-z][A-Za-z][\"')\]][.!?])|(?<=[0-9][\"')\]][.!?]))"
    r"[\"')\]]?)(?=(?P<right>[A-Z][a-z]+))"
)
_LEFT_WORD = regex.compile(r"[\p{L}\p{N}]+(?=[\"”’')\]]?$)")
_TOP_LEVEL_DOMAINS = frozenset(
    "com net org info biz gov edu mil int io co me tv fm ru ua by kz cn kr jp uk de fr eu pl us ca au in"
    " rf su am ge md lt lv ee cz sk hu ro bg it es nl be ch at se no fi dk".split()
)
# Capitalised words that start sentences but are no names, for "Ukraine.The".
_STARTERS = frozenset("however meanwhile moreover therefore thus also according earlier later now then this these those".split())


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    for match in (_ASCII_MERGED if text.isascii() else _MERGED).finditer(text):
        start, end = match.span("stop")
        token = _token_at(text, start)
        if "://" in token or "@" in token or "/" in token or token.lower().startswith("www."):
            continue
        right = match.group("right")
        if right.lower() in _TOP_LEVEL_DOMAINS and right.lower() not in _openers():
            continue  # "Booking.Com"; but "quiet.It", "home.At" start sentences
        left_word = _LEFT_WORD.search(text, max(0, start - 60), start)
        if left_word and left_word.group().isdigit() and text[left_word.start() - 1 : left_word.start()] in ("", "\n", "\r"):
            continue  # "1.Check the address": a list number missing its space, not two sentences
        capitalised = bool(left_word) and left_word.group()[0].isupper()
        if capitalised and right.lower() not in _openers():
            continue  # "Yandex.Taxi", "Mr.Kim": a dotted name, not two sentences
        stop = match.group("stop")
        yield Hit(start, end, f'no space after "{stop}" between two sentences', suggestion=stop + " ")


@cache
def _openers() -> frozenset[str]:
    """Words that open a sentence rather than continue a dotted name, built once per process."""
    closed = words()
    return closed.determiners | closed.prepositions | closed.subjects | closed.clause_openers | closed.finite | _STARTERS


def _token_at(text: str, offset: int) -> str:
    """The run of non-space characters around `offset`: the URL or file name it may belong to."""
    begin = max(text.rfind(c, 0, offset) for c in " \t\n\r") + 1
    ends = [i for i in (text.find(c, offset) for c in " \t\n\r") if i >= 0]
    return text[begin : min(ends) if ends else len(text)]
