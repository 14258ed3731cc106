"""A site's name left at the end of a headline (" - Yahoo! News", " | Saga Shimbun").

## What it finds
On an article's first line (and on an HTML `<title>`), a trailing run of
short, capitalised segments after a separator (" - ", " -- ", " | ", ": ",
" ⁇ ", a dash glued to a closing bracket) of which one names a news site: it
holds a word of the press ("News", "Shimbun", "Gazeta", "Digital", "Ilbo"), a
known outlet ("TASS", "Kyodo", "Yonhap"), a brand ending in "!" ("Yahoo!")
or a domain ("Lenta.ru"). Section names between pipes ("| Life and Culture |
Saga Shimbun News") go with it. The words are data in
rules/common/residue.toml.

## Why it matters
The page title of the source site ends with the site's name, and scrapers
take the page title for the headline. Translated, "- Rossiyskaya Gazeta"
reads as part of the headline of a story the site did not write for you. A
headline that really ends "- Kremlin" or ": Analysis" has no such evidence
and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

import regex

from translint.data import load_data
from translint.document import Document, Span
from translint.english import zipf
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL125"
NAME = "headline-site-suffix"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(bad="Ferry service to the island resumes - Yahoo! News", good="Ferry service to the island resumes"),
    Example(
        bad="Farmers sell rice online | Life and Culture | Hokuriku Shimbun",
        good="Farmers sell rice online",
    ),
)
NOT_FLAGGED = ("Talks stall over grain - Kremlin",)

# Where a headline ends and a site's name begins: the mark, to which the spaces
# around it are added (each branch opens with the mark, so the scan jumps from
# mark to mark). A hyphen is a separator when spaced, doubled, glued to a
# closing bracket ("(ANN))-Yahoo!") or spaced before only ("growth -Lenta.ru");
# a colon when a space follows it.
_SEPARATOR = regex.compile(
    r"[|｜⁇]|--+"
    r"|[-–—](?<=[)\]】」』][^\S\r\n]*[-–—])"
    r"|[-–—・](?<=\s[-–—・])(?=[^\S\r\n])"
    r"|[-–—](?<=\s[-–—])(?=\p{L})"
    r"|:(?=[^\S\r\n])"
)
# Every branch of _SEPARATOR opens with one of these marks: a `re` scan for the class runs
# at C speed, twice as fast as the `regex` scan with its look-arounds, and most headlines
# have none near their end.
_MARKS = re.compile(r"[|｜⁇:\-–—・]")
_PIPES = frozenset("|｜")
_SPACES = frozenset(" \t\u00a0\u2009\u202f\u3000")
_TAIL = 240  # characters at a headline's end that a site's name, sections and a date can take
_SENTENCE_ENDS = (".", "?", '"', "”", "’")  # a line ending so is a sentence, unless a separator stands near its end


class _Separator(NamedTuple):
    start: int  # of the spaces before the mark
    end: int  # after the spaces that follow it
    mark: str


_DOMAIN = regex.compile(r"\p{L}\.(?:ru|ua|by|kz|com|net|org|jp|cn|kr|tv|info)$", regex.IGNORECASE)
_DATE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_POSSESSIVE = regex.compile(r"\p{L}['’]s\b")  # "President's TV Speech" is a headline's words, not a site
_CONNECTORS = frozenset({"of", "and", "&", "the", "de", "for", "on", "in"})
_MAX_SEGMENT = 45  # characters of one segment: a site's name, a section, a date
_MAX_TOKENS = 5
_COMMON = 5.5  # Zipf: a segment opening with "Good", "No", "New" is the headline's own words
_MIN_HEADLINE_WORDS = 3
_ENGLISH_WORD = 4.0  # Zipf: "news", "online", "times" are English words; "gazeta", "shimbun" are not


@cache
def _vocabulary() -> frozenset[str]:
    """The press words and the outlets, together: either may open or fill a site's name."""
    return _press_words() | _outlets()


@cache
def _press_words() -> frozenset[str]:
    return frozenset(load_data("common/residue.toml")["site_suffix"]["words"])


@cache
def _outlets() -> frozenset[str]:
    return frozenset(load_data("common/residue.toml")["site_suffix"]["outlets"])


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    if not doc.paragraphs:
        return
    headline = doc.paragraphs[0]
    chain = first_line_segments(doc)
    if not chain and not doc.blocks:
        return  # no short segment ends the first line, and no <title>: most articles stop here
    titles = [headline]
    if doc.blocks:  # an HTML <title> is a headline too
        titles += sorted({block.span for block in doc.blocks if block.kind == "title"} - {headline})
    for span in titles:
        found = site_suffix(doc.text, span, chain if span == headline else None)
        if found:
            start, name = found
            yield Hit(start, span.end, f'site name "{name}" left at the end of the headline; delete it', "")


def site_suffix(text: str, span: Span, chain: list[_Separator] | None = None) -> tuple[int, str] | None:
    """Where a headline's trailing site name starts (its separator) and the name, or None."""
    line = text[span.start : span.end]
    if chain is None:
        chain = trailing_segments(line)
    named = [i for i, separator in enumerate(chain) if _names_site(line[separator.end : _segment_end(line, chain, i)])]
    if not named:
        return None
    first = max(named)  # the leftmost segment that names the site
    while first + 1 < len(chain) and chain[first].mark in _PIPES:
        first += 1  # a section between pipes ("| Life and Culture | Saga Shimbun") is the site's too
    return span.start + chain[first].start, line[chain[first].end :].strip()


def first_line_segments(doc: Document) -> list[_Separator]:
    """trailing_segments of the article's first line, worked out once for TL125 and TL132."""
    return doc.derived("site-suffix.segments", lambda doc: trailing_segments(doc.span_text(doc.paragraphs[0])))


def trailing_segments(line: str) -> list[_Separator]:
    """The separators of the short, capitalised segments that end a headline, right to left.

    Empty when fewer than three words of headline would be left before them:
    a line that is only a name and a label is no headline with a suffix.
    """
    chain: list[_Separator] = []
    end = len(line)
    if not _MARKS.search(line, max(0, end - _TAIL)):
        return chain  # no separator's mark where _separators looks: most first lines stop here
    if line.endswith(_SENTENCE_ENDS) and not _SEPARATOR.search(line, max(0, end - _MAX_SEGMENT - 2)):
        return chain  # a sentence, not a headline with a suffix: most first paragraphs stop here
    for separator in reversed(list(_separators(line))):
        segment = line[separator.end : end]
        if not chain and segment.endswith(".") and _names_site(segment):
            segment = segment[:-1]  # "- Huasheng Online." : a full stop after the site's name
        if separator.end >= end or not _site_like(segment, separator.mark in _PIPES):
            break
        chain.append(separator)
        end = separator.start
    while chain and len(regex.findall(r"\p{L}+", line[: chain[-1].start])) < _MIN_HEADLINE_WORDS:
        chain.pop()
    return chain


def _separators(line: str) -> Iterator[_Separator]:
    """Each separator in the line's last _TAIL characters, with the spaces around its mark."""
    for mark in _SEPARATOR.finditer(line, max(0, len(line) - _TAIL)):
        start, end = mark.span()
        while start and line[start - 1] in _SPACES:
            start -= 1
        while end < len(line) and line[end] in _SPACES:
            end += 1
        yield _Separator(start, end, mark.group())


def _segment_end(line: str, chain: list[_Separator], index: int) -> int:
    return chain[index - 1].start if index else len(line)


def _site_like(segment: str, after_pipe: bool) -> bool:
    """Short and capitalised as a name, a section or a date is: not the end of a sentence.

    After a dash or colon, a segment that opens with a common word ("Good
    News", "New Rules") is the headline's own; a pipe never ends a headline.
    """
    segment = segment.strip()
    if not segment or len(segment) > _MAX_SEGMENT or segment[-1] in ".,;:?\"”’'":
        return False
    if _DATE.fullmatch(segment):
        return True
    tokens = segment.split()
    if len(tokens) > _MAX_TOKENS or tokens[0].lower() in _CONNECTORS - {"the"} or _POSSESSIVE.search(segment):
        return False
    vocabulary = _vocabulary()
    if not all(
        token[0].isupper() or token[0].isdigit() or token.lower() in _CONNECTORS or token.lower().rstrip("!") in vocabulary
        for token in tokens
    ):
        return False
    first = tokens[0].lower().rstrip("!")
    return after_pipe or first == "the" or first in vocabulary or zipf(first) < _COMMON


def _names_site(segment: str) -> bool:
    """Whether a site-like segment has a word that only a site's name has.

    A press word alone names no site when it is a common English word: "-
    Online" or ": News" may end a headline; "- Gazeta" or "- Kyodo" may not.
    """
    press, outlets = _press_words(), _outlets()
    tokens = segment.split()
    for token in tokens:
        if _DOMAIN.search(token) or (token.endswith("!") and len(token) > 2):
            return True
        for part in (part.strip("()[]") for part in token.lower().split("!") if part):
            if part in outlets or (part in press and (len(tokens) > 1 or zipf(part) < _ENGLISH_WORD)):
                return True
    return False
