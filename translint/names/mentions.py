"""Name mentions: capitalised word sequences that may name a person or a place.

"Russian President Vladimir Putin's visit" gives "Vladimir Putin": titles,
nationality adjectives and sentence-opening words cut a sequence
(rules/names/not-names.toml), possessives are dropped, and a capitalised
word that opens a sentence counts only if it is also capitalised mid-sentence
somewhere in the article or known to the gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from translint.document import Document
from translint.names.keys import split_tokens
from translint.ruledata import load_data

# An apostrophe joins a name's parts (O'Brien) but not a contraction (I'm, We'll).
_TOKEN = r"\p{Lu}[\p{L}\p{M}]*+(?:['’](?:\p{Lu}|\p{Ll}{3,})[\p{L}\p{M}]*+)?(?:-\p{L}[\p{L}\p{M}]*+)*"
_ARABIC_ARTICLE = r"(?:al|el)-\p{Lu}[\p{L}\p{M}]*"
_PARTICLE = r"(?:bin|ibn|al|el|de|da|di|du|del|della|van|von|der|den|ter|le|la|dos|das)"
_WORD = rf"(?:{_TOKEN}|{_ARABIC_ARTICLE})"
_SEQUENCE = regex.compile(rf"(?<![\p{{L}}\p{{M}}\-'’])({_WORD}(?:[ \u00A0](?:{_PARTICLE}[ \u00A0])*{_WORD})*)")
# A word opens a sentence when nothing but these (then spaces) precedes it on its line.
_SENTENCE_OPENERS = frozenset(".!?:;\"“«(‘'")
_PARTICLES = regex.compile(rf"{_PARTICLE}")


@dataclass(frozen=True, slots=True)
class Mention:
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
    candidates: list[list[tuple[int, int]]] = []  # each: [(start, end) of its words]
    mid_sentence: set[str] = set()
    for match in _SEQUENCE.finditer(text):
        # The words of a sequence are joined by exactly one space or no-break space.
        start = match.start()
        group: list[tuple[int, int]] = []
        for word in match.group().replace("\u00a0", " ").split(" "):
            end = start + len(word)
            if word.lower() in cut:
                if group:
                    candidates.append(group)
                group = []
            else:
                group.append((start, end))
            start = end + 1
        if group:
            candidates.append(group)

    opening: dict[int, bool] = {}
    for group in candidates:
        start = group[0][0]
        before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \t")
        opening[start] = not before or before[-1] in _SENTENCE_OPENERS
        for word_start, word_end in group[0 if not opening[start] else 1 :]:
            mid_sentence.add(text[word_start:word_end].lower())

    mentions = []
    for group in candidates:
        first = text[group[0][0] : group[0][1]].lower()
        if opening[group[0][0]] and first not in mid_sentence and first not in known_tokens:
            group = group[1:]
        while group and _PARTICLES.fullmatch(text[group[0][0] : group[0][1]]):
            group = group[1:]
        # "Secretary of State Antony Blinken": the tail of an office's name is no part of the person's.
        while len(group) > 2 and text[group[0][0] : group[0][1]].lower() in not_alone | place_words:
            group = group[1:]
        if not group:
            continue
        words = [text[s:e] for s, e in group]
        if all(w.lower() in not_alone or len(w) < 2 for w in words):
            continue
        mentions.append(Mention(group[0][0], group[-1][1], text[group[0][0] : group[-1][1]]))
    return mentions
