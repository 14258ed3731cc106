"""Two punctuation marks where one belongs (",,", ".,", "..", ";;", "?.").

## What it finds
A run of punctuation that holds a doubled or clashing mark: ",,", ";;",
"::", ",.", ".,", ":.", ".?", "!." and exactly two full stops "..". What
English allows is left alone:

- an ellipsis of three or more dots or "…", alone or with one other mark
  ("...", "....", "...?", ",..."), because an ellipsis followed by a full
  stop or a question mark is standard;
- runs of only ? and ! ("?!", "!!", "???"): emphatic, a matter of style
  in informal text rather than a broken sentence;
- ".,", ".;", ".?" and ".!" after an abbreviation or initial ("etc., and",
  "Co., Ltd.", "U.S., U.K.", "5 p.m., when", "… and so on, etc.?"), "?,"
  and "!," after a title or name ("Jeopardy!, the quiz", "Help!!, the
  song"), and "::" inside a word ("std::vector"). ".." stays a finding even
  after an abbreviation: "in the U.S.." has one dot too many.

Doubled quote marks are the same defect: ""flash sale"" or ''yes''
around a quotation, reported once for the pair with the quotation in single
marks as the suggestion. Not doubled: an empty quotation ("" between
spaces), and two quotations glued together ("yes,""no"), whose marks close
one and open the next.

## Why it matters
Machine translation adds a mark where the source had one of its own
(Chinese "，", a Russian abbreviation's dot) or where two segments were
joined. The reader sees a typo; where one mark is a full stop, the
sentence boundary is unclear too. A doubled identical mark gets a
suggestion; a clash of two different marks needs a person to choose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.rules._prose import abbreviation_words

CODE = "TL308"
NAME = "repeated-punctuation"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad='The ministry launched ""flash sale"" on Monday.',
        good='The ministry launched "flash sale" on Monday; the field "" stays empty.',
    ),
    Example(
        bad="The ministry said,, the talks would go on.",
        good="The ministry said the talks would go on... Really?! Fruit, tea, etc., were sent.",
    ),
    Example(
        bad="The talks ended.. The delegation left.,",
        good="The talks ended. The delegation left.",
    ),
)
NOT_FLAGGED = ("Apple Inc., the U.S. company, said so at 5 p.m., local time.",)

# Two marks or more, spelt as one mark then more: a pattern that opens on a
# class of plain characters lets the standard library's `re` skip to the
# next mark, which scans twice as fast as `regex` or as "{2,}", same matches.
_RUN = re.compile(r"[,.;:!?…][,.;:!?…]+")
_ELLIPSIS = regex.compile(r"\.{3,}|…+")
_WORD_BEFORE = regex.compile(r"\S+$")
_TITLE_MARKS = regex.compile(r"[?!]+,")
# Two straight or two curly quote marks of one kind, not part of a longer run.
_DOUBLED_QUOTES = re.compile(r"(?<![\"'“”])(?:\"\"|''|““|””)(?![\"'“”])")
# The marks that may stand before an opening quotation: the start of the line, a space, a bracket or a dash.
_BEFORE_OPENING = frozenset(" \t\n\r([{—–-/")
_AFTER_CLOSING = ".,;:!?)]}…-—"
_PARTNER = {'"': '"', "'": "'", "“": "”", "”": "”"}  # the mark that closes a quotation each one opens


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    yield from _doubled_quotes(text)
    for match in _RUN.finditer(text):
        run = match.group()
        if _allowed(run, text, match.start(), match.end()):
            continue
        single = run[0] if len(set(run)) == 1 else None
        yield Hit(
            match.start(),
            match.end(),
            f'"{run}": one punctuation mark too many',
            suggestion=single,
        )


def _allowed(run: str, text: str, start: int, end: int) -> bool:
    rest = _ELLIPSIS.sub("", run)
    if len(rest) <= 1 or not rest.strip("?!"):
        return True  # an ellipsis with at most one other mark, or "?!"-style emphasis
    if _TITLE_MARKS.fullmatch(run):
        return True  # "Jeopardy!, the quiz", "Help!!, the song": the marks belong to a name or title
    if run == "::" and text[end : end + 1].isalnum():
        return True  # "std::vector"
    if run in (".,", ".;", ".:", ".?", ".!"):
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and _is_abbreviation(before.group())
    return False


def _is_abbreviation(word: str) -> bool:
    """Words whose own dot the next mark follows: "etc", "Ltd", "U.S", "a.m", "J", and
    short lower-case words, which in these texts are mostly a source language's
    abbreviations ("pcs", "tsv")."""
    word = word.lstrip("\"“‘'«([")
    return "." in word or len(word) == 1 or word.lower() in abbreviation_words() or (len(word) <= 3 and word.islower())


def _doubled_quotes(text: str) -> Iterator[Hit]:
    """Quotations between doubled marks: one hit from the opening pair to its closing pair on the line.

    A pair opens a quotation when a space, a bracket or the line's start is
    before it and a word after it; it closes one when a word or a mark is
    before it and a space, a mark or the line's end after it. A pair between
    two words or marks ("yes,""no") closes one quotation and opens the next,
    and a pair between spaces is an empty quotation: neither is doubled.
    """
    if '""' not in text and "''" not in text and "““" not in text and "””" not in text:
        return
    opening: re.Match[str] | None = None
    for match in _DOUBLED_QUOTES.finditer(text):
        start, end = match.span()
        before_space = start == 0 or text[start - 1] in _BEFORE_OPENING
        after = text[end : end + 1]
        after_space = not after or after.isspace() or after in _AFTER_CLOSING
        if opening is not None and "\n" in text[opening.end() : start]:
            yield _doubled(text, opening.start(), opening.end())  # the line ended before a closing pair
            opening = None
        if before_space and not after_space:
            if opening is not None:
                yield _doubled(text, opening.start(), opening.end())
            opening = match
        elif after_space and not before_space:
            if opening is not None and match.group()[0] == _PARTNER[opening.group()[0]]:
                inner = text[opening.end() : start]
                yield Hit(
                    opening.start(),
                    end,
                    f"doubled quote marks around {_shorten(inner)}: one pair is enough",
                    suggestion=opening.group()[0] + inner + match.group()[0],
                )
            else:
                yield _doubled(text, start, end)
            opening = None
    if opening is not None:
        yield _doubled(text, opening.start(), opening.end())


def _doubled(text: str, start: int, end: int) -> Hit:
    return Hit(start, end, f"doubled quote mark {text[start:end]}: one is enough", suggestion=text[start])


def _shorten(inner: str) -> str:
    return f'"{inner}"' if len(inner) <= 40 else f'"{inner[:37]}…"'
