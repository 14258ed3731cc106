"""Name mentions: capitalised word sequences that may name a person or a place.

"Russian President Vladimir Putin's visit" gives "Vladimir Putin": titles,
nationality adjectives and sentence-opening words cut a sequence
(rules/names/not-names.toml), possessives are dropped, and a capitalised
word that opens a sentence counts only if it is also capitalised mid-sentence
somewhere in the article or known to the gazetteer.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from translint.document import Document
from translint.names.keys import split_tokens
from translint.ruledata import load_data

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
_MORE_WORDS = rf"(?:[ \u00A0](?:{_PARTICLE}[ \u00A0])*{_WORD})*"
# A sequence opens with a capitalised word or an Arabic article ("al-Assad"). One
# pattern per kind of opening word, because `regex` tries each alternative of a
# leading alternation at every character: the two scans (the second finds the
# literal "l-" fast) cost half of one scan for `_WORD`. `_sequences` merges them.
_CAPITALISED_SEQUENCE = regex.compile(rf"{_NOT_INSIDE_A_WORD}{_TOKEN}{_MORE_WORDS}")
_ARTICLE_SEQUENCE = regex.compile(rf"{_NOT_INSIDE_A_WORD}{_ARABIC_ARTICLE}{_MORE_WORDS}")
# A word opens a sentence when nothing but these (then spaces) precedes it on its line.
_SENTENCE_OPENERS = frozenset(".!?:;\"“«(‘'")
_PARTICLES = frozenset(_PARTICLE_WORDS)


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
    cut, not_alone = _word_lists()
    text = doc.text
    groups: list[list[tuple[int, str, str]]] = []  # each: its words, as (start, word, lower case)
    for start, sequence in _sequences(text):
        # The words of a sequence are joined by exactly one space or no-break space.
        group: list[tuple[int, str, str]] = []
        for word in sequence.replace("\u00a0", " ").split(" "):
            lower = word.lower()
            if lower in cut:
                if group:
                    groups.append(group)
                group = []
            else:
                group.append((start, word, lower))
            start += len(word) + 1
        if group:
            groups.append(group)

    opening = [_opens_sentence(text, group[0][0]) for group in groups]
    mid_sentence = {lower for group, opens in zip(groups, opening) for _, _, lower in group[1 if opens else 0 :]}

    mentions = []
    for group, opens in zip(groups, opening):
        first = group[0][2]
        if opens and first not in mid_sentence and first not in known_tokens:
            group = group[1:]
        while group and group[0][1] in _PARTICLES:
            group = group[1:]
        # "Secretary of State Antony Blinken": the tail of an office's name is no part of the person's.
        while len(group) > 2 and (group[0][2] in not_alone or group[0][2] in place_words):
            group = group[1:]
        if not group or all(lower in not_alone or len(word) < 2 for _, word, lower in group):
            continue
        start, (last_start, last, _) = group[0][0], group[-1]
        mentions.append(Mention(start, last_start + len(last), text[start : last_start + len(last)]))
    return mentions


def _sequences(text: str) -> list[tuple[int, str]]:
    """Start and text of each capitalised word sequence, in document order.

    The two scans overlap where an article follows a name ("Bashar al-Assad"
    holds the sequence "al-Assad"); a sequence that starts inside another ends
    where that one ends, so it is dropped, as one scan for both would skip it."""
    found = [(match.start(), match.group()) for match in _CAPITALISED_SEQUENCE.finditer(text)]
    articled = [(match.start(), match.group()) for match in _ARTICLE_SEQUENCE.finditer(text)]
    if not articled:
        return found
    merged: list[tuple[int, str]] = []
    end = 0
    for start, sequence in sorted(found + articled):
        if start >= end:
            merged.append((start, sequence))
            end = start + len(sequence)
    return merged


def _opens_sentence(text: str, start: int) -> bool:
    """Only spaces or tabs stand between `start` and the line's start or a sentence opener."""
    before = start
    while before and text[before - 1] in " \t":
        before -= 1
    return before == 0 or text[before - 1] == "\n" or text[before - 1] in _SENTENCE_OPENERS
