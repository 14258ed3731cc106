"""Name mentions: capitalised word sequences that may name a person or a place.

"Russian President Vladimir Putin's visit" gives "Vladimir Putin": titles,
nationality adjectives and sentence-opening words cut a sequence
(rules/names/not-names.toml), possessives are dropped, and a capitalised
word that opens a sentence counts only if it is also capitalised mid-sentence
somewhere in the article or known to the gazetteer.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

import regex

from translint.document import Document
from translint.names.keys import split_tokens
from translint.ruledata import load_data
from translint.scan import Scanner

# An apostrophe joins a name's parts (O'Brien) but not a contraction (I'm, We'll).
_TOKEN = r"\p{Lu}[\p{L}\p{M}]*+(?:['’](?:\p{Lu}|\p{Ll}{3,})[\p{L}\p{M}]*+)?(?:-\p{L}[\p{L}\p{M}]*+)*"
_ARABIC_ARTICLE = r"(?:al|el)-\p{Lu}[\p{L}\p{M}]*"
_PARTICLE_WORDS = (
    "bin", "ibn", "al", "el", "de", "da", "di", "du", "del", "della",
    "van", "von", "der", "den", "ter", "le", "la", "dos", "das",
)
_PARTICLE = "(?:" + "|".join(_PARTICLE_WORDS) + ")"
_WORD = rf"(?:{_TOKEN}|{_ARABIC_ARTICLE})"
_NOT_INSIDE_A_WORD = r"(?<![\p{L}\p{M}\-'’])"
# A next word is tried before particles: it is by far the more common, and the two
# cannot both match (a particle is lower case and followed by a space).
_MORE_WORDS = rf"(?:[ \u00A0](?:{_WORD}|(?:{_PARTICLE}[ \u00A0])+{_WORD}))*"
# A sequence opens with a capitalised word or an Arabic article ("al-Assad"),
# written as two top-level branches: the scanner runs them apart (the second
# finds the literal "l-" fast), at half the cost of one scan for `_WORD`.
_SEQUENCE = Scanner.build(
    regex.compile(rf"{_NOT_INSIDE_A_WORD}{_TOKEN}{_MORE_WORDS}|{_NOT_INSIDE_A_WORD}{_ARABIC_ARTICLE}{_MORE_WORDS}")
)
# A word opens a sentence when nothing but these (then spaces) precedes it on its line.
_SENTENCE_OPENERS = frozenset(".!?:;\"“«(‘'")
_PARTICLES = frozenset(_PARTICLE_WORDS)
# What a sequence gives is cached by its text, boundedly: an archive's names are
# many, but each recurs.
_SEQUENCES = 1 << 16


class Mention(NamedTuple):
    """One name in a document. A named tuple, which is several times cheaper to
    make than a frozen dataclass: every article has many."""

    start: int
    end: int
    text: str

    @property
    def tokens(self) -> tuple[str, ...]:
        return split_tokens(self.text)


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    table = load_data("names/not-names.toml")
    cut = frozenset(w.lower() for key in ("titles", "nationalities", "calendar", "function_words") for w in table[key])
    return cut, frozenset(w.lower() for w in table["not_alone"])


def extract(
    doc: Document, known_tokens: frozenset[str] = frozenset(), place_words: frozenset[str] = frozenset()
) -> list[Mention]:
    """Mentions in document order. `known_tokens` (lower case) are words the
    gazetteer knows, kept even where they open a sentence; `place_words` are
    one-word places, dropped from the front of a longer name ("Ukraine
    Volodymyr Zelenskyy", from "President of Ukraine Volodymyr Zelenskyy")."""
    text = doc.text
    found: list[tuple[int, _Group, bool]] = []  # each group, after the start of its sequence, and if it opens a sentence
    mid_sentence: set[str] = set()
    for match in _SEQUENCE.finditer(text, None):
        start, sequence = match.start(), match.group()
        for group in _groups(sequence, place_words):
            # Only a sequence's first word can open a sentence: the others follow a word.
            opens = group.offset == 0 and _opens_sentence(text, start)
            if not opens:
                mid_sentence.add(group.first)
            mid_sentence.update(group.later)
            if group.whole or group.without_first:
                found.append((start, group, opens))

    mentions = []
    for start, group, opens in found:
        first = group.first
        kept = group.without_first if opens and first not in mid_sentence and first not in known_tokens else group.whole
        if kept:
            mentions.append(Mention(start + kept[0], start + kept[1], kept[2]))
    return mentions


class _Group(NamedTuple):
    """A run of a sequence's words between words that cut it, with the mention it
    gives either way the article settles on its first word."""

    offset: int  # of its first word in the sequence
    first: str  # its first word, lower case
    later: tuple[str, ...]  # its other words, lower case
    whole: tuple[int, int, str] | None  # the mention (start and end in the sequence, text) if the first word stays
    without_first: tuple[int, int, str] | None  # and if an unknown word opening a sentence goes


@lru_cache(maxsize=_SEQUENCES)
def _groups(sequence: str, place_words: frozenset[str]) -> tuple[_Group, ...]:
    """What a sequence gives whatever the article, cached by its text: the same
    names and sentence-opening words ("The", "He said") recur in every article,
    and splitting and trimming each again was most of the cost of `extract`."""
    cut, _ = _word_lists()
    groups: list[list[tuple[int, str, str]]] = []  # each: its words, as (offset, word, lower case)
    group: list[tuple[int, str, str]] = []
    offset = 0
    # The words of a sequence are joined by exactly one space or no-break space.
    for word in sequence.replace("\u00a0", " ").split(" "):
        lower = word.lower()
        if lower in cut:
            if group:
                groups.append(group)
            group = []
        else:
            group.append((offset, word, lower))
        offset += len(word) + 1
    if group:
        groups.append(group)
    return tuple(
        _Group(words[0][0], words[0][2], tuple(lower for _, _, lower in words[1:]),
               _mention(sequence, words, place_words), _mention(sequence, words[1:], place_words))
        for words in groups
    )


def _mention(sequence: str, words: list[tuple[int, str, str]], place_words: frozenset[str]) -> tuple[int, int, str] | None:
    """The mention a group's words give once leading particles and office or place
    words are trimmed: its start and end in the sequence and its text, or None."""
    _, not_alone = _word_lists()
    while words and words[0][1] in _PARTICLES:
        words = words[1:]
    # "Secretary of State Antony Blinken": the tail of an office's name is no part of the person's.
    while len(words) > 2 and (words[0][2] in not_alone or words[0][2] in place_words):
        words = words[1:]
    if not words or all(lower in not_alone or len(word) < 2 for _, word, lower in words):
        return None
    start, (last_start, last, _) = words[0][0], words[-1]
    return start, last_start + len(last), sequence[start : last_start + len(last)]


def _opens_sentence(text: str, start: int) -> bool:
    """Only spaces or tabs stand between `start` and the line's start or a sentence opener."""
    before = start
    while before and text[before - 1] in " \t":
        before -= 1
    return before == 0 or text[before - 1] == "\n" or text[before - 1] in _SENTENCE_OPENERS
