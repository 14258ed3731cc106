"""A short line of page furniture: a counter, a timestamp, a share bar, a button's label.

## What it finds
A short line (under 70 characters, as jusText calls a paragraph short) that
is not the headline, does not end as a sentence does, and is made only of
the words of a web page's buttons and widgets, numbers and social networks
(the vocabulary is data in rules/common/residue.toml), with evidence that it
is furniture: a button's label of two words or more ("Print version",
"Click to enlarge", or one that trails off: "Loading..."), a counter
("Comments (3)", "Views: 1 204"), a share bar of two networks or more
("Share on VK Telegram WhatsApp"), a relative timestamp ("Updated 2 hours
ago", also glued after a paragraph's last sentence) or a copyright line
opening with one of those words, a number or © ("© 2024 …", "All rights
reserved ©"). Exact widget phrases are TL114's and are not repeated here.

## Why it matters
Scrapers keep what stood around the article; once translated it reads as
text and is published with the story. A headline or a one-line quotation
has words of its own or ends as a sentence, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from translint.data import load_data
from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL129"
NAME = "web-furniture"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(bad="The bridge reopened on Monday.\nComments (3) Views: 1 204", good="The bridge reopened on Monday."),
    Example(bad="The bridge reopened on Monday.\nUpdated 2 hours ago", good="The bridge reopened two hours ago."),
)

_SHORT = 70  # characters: jusText's LENGTH_LOW, under which a paragraph is "short"
_FIRST_WORD = 20  # characters enough to hold any word a furniture line opens with
_TOKEN = regex.compile(r"\d[\d\s,.]*\d|\d|[\p{L}\p{N}][\p{L}\p{N}.@'’\-]*|[^\s\p{L}\p{N}]")
_NUMBER = regex.compile(r"\d[\d\s,.]*")
# A line that ends as a sentence does: on a quotation mark, or on a stop that is no
# trailing "..." (as the look-behind `(?<!\.\.)[.!?]$` would say; str tests, as lines are trimmed).
_QUOTE_ENDS = ('"', "”", "»", "’")
_STOP_ENDS = (".", "!", "?")
# What every glued timestamp holds: "ago" at a line's end. A `re` scan for it runs at
# C speed from "a" to "a"; the full pattern, whose look-behind is tried at every
# character, runs only where it is found.
_AGO_AT_LINE_END = re.compile(r"ago[^\S\r\n]*(?:[\r\n]|\Z)", re.IGNORECASE)


@dataclass(frozen=True)
class _Vocabulary:
    labels: frozenset[str]
    glue: frozenset[str]
    networks: frozenset[str]
    phrases: frozenset[str]  # TL114's whole-paragraph widgets, casefolded
    opening: frozenset[str]  # words a furniture line may open with: labels, glue, networks
    timestamp: regex.Pattern[str]  # a whole line that is a relative time
    glued_timestamp: regex.Pattern[str]  # a relative time after a paragraph's last sentence


@cache
def _vocabulary() -> _Vocabulary:
    residue = load_data("common/residue.toml")
    table = residue["web_furniture"]
    widgets = next(rule for rule in residue["rule"] if rule["code"] == "TL114")
    units = "|".join(map(regex.escape, sorted(table["time_units"], key=len, reverse=True)))
    time = rf"(?:\d{{1,3}}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:{units})\s+ago"
    stamp = rf"(?:(?:updated|published|posted|added|edited)\s*:?\s*)?{time}"
    return _Vocabulary(
        frozenset(table["labels"]),
        frozenset(table["glue"]),
        frozenset(table["networks"]),
        frozenset(phrase.casefold() for phrase in widgets["phrases"]),
        frozenset(table["labels"]) | frozenset(table["glue"]) | frozenset(table["networks"]),
        regex.compile(rf"(?i:{stamp})"),
        regex.compile(rf"(?<=[.!?”\"])[^\S\r\n]+(?i:{stamp})(?=[^\S\r\n]*$)", regex.MULTILINE),
    )


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    """Short paragraphs are judged one by one (most are long and cost a length test);
    glued timestamps are looked for in the whole text at once, where "ago" occurs."""
    text = doc.text
    vocabulary = _vocabulary()
    short = []
    for start, end in doc.paragraphs[1:]:
        if end - start < _SHORT:
            what = _furniture(text[start:end], vocabulary)
            if what and doc.kind_at(start) not in ("heading", "title"):
                short.append(start)
                yield Hit(start, end, f'{what} "{text[start:end]}" left from the source page; delete it', "")
    if "ago" in text and _AGO_AT_LINE_END.search(text):
        for glued in vocabulary.glued_timestamp.finditer(doc.scan_text):  # every line break a \n, for $
            if text.rfind("\n", 0, glued.start()) + 1 not in short:
                stamp = glued.group().strip()
                yield Hit(glued.start(), glued.end(), f'timestamp "{stamp}" glued to the text; delete it', "")


def _furniture(line: str, vocabulary: _Vocabulary) -> str | None:
    """What kind of furniture a short line is, or None when it has words of its own or ends as a sentence."""
    first = line[:_FIRST_WORD].split(None, 1)[0].casefold().strip(".:")
    if not (first in vocabulary.opening or first[:1].isdigit() or first[:1] == "©"):
        return None  # furniture opens with one of its words, a number or ©: most lines stop here
    if "©" in line:
        return "copyright line"
    if "ago" in line and vocabulary.timestamp.fullmatch(line):
        return "timestamp"
    if _ends_as_sentence(line) or line.casefold() in vocabulary.phrases:
        return None
    labels = networks = numbers = 0
    for token in _TOKEN.findall(line.casefold()):
        token = token.strip(".")
        if not token or token in vocabulary.glue or not any(c.isalnum() for c in token):
            continue
        if token in vocabulary.labels:
            labels += 1
        elif token in vocabulary.networks:
            networks += 1
        elif _NUMBER.fullmatch(token):
            numbers += 1
        else:
            return None  # a word of its own: a heading, a name, a quotation
    if networks >= 2:
        return "share bar"
    if labels and numbers:
        return "counter"
    if labels >= 2 or (labels and networks) or (labels and line.endswith(("...", "…"))):
        return "web page widget"
    return None


def _ends_as_sentence(line: str) -> bool:
    return line.endswith(_QUOTE_ENDS) or (line.endswith(_STOP_ENDS) and not line.endswith("..", 0, -1))
