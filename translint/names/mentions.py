"""Name mentions: capitalised word sequences that may name a person or a place.

"Russian President Vladimir Putin's visit" gives "Vladimir Putin": titles,
nationality adjectives and sentence-opening words cut a sequence
(rules/names/not-names.toml), possessives are dropped, and a capitalised
word that opens a sentence counts only if it is also capitalised mid-sentence
somewhere in the article (as it is, or spelled a little differently:
"Golosheykin" opening a sentence beside "Golosheikin" later), or known to the
gazetteer.

The front of a longer mention loses what is no part of a person's name: an
acronym ("NATO Jens Stoltenberg"), a word joined to a lower-case one
("Kremlin-friendly Medvedchuk") and common English words that are no given
name ("Revolution Ali Khamenei", "Biological Sciences Semyon Golosheikin"),
by wordfreq's frequencies (translint.english) and the given names of
rules/names/given-names.txt.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from translint.data import load_data
from translint.document import Document
from translint.english import zipf
from translint.names.given import is_given_name
from translint.names.keys import acronym, split_tokens, token_key, uninflect
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
_CAPITALISED_SEQUENCE = rf"{_NOT_INSIDE_A_WORD}{_TOKEN}{_MORE_WORDS}"
_SEQUENCE = Scanner.build(regex.compile(rf"{_CAPITALISED_SEQUENCE}|{_NOT_INSIDE_A_WORD}{_ARABIC_ARTICLE}{_MORE_WORDS}"))
# The first branch alone, for the many articles where the second cannot match.
_CAPITALISED = regex.compile(_CAPITALISED_SEQUENCE)
# A word opens a sentence when nothing but these (then spaces) precedes it on its line.
_SENTENCE_OPENERS = frozenset(".!?:;\"“«(‘'")
_STOPS = frozenset(".!?:;")
_PARTICLES = frozenset(_PARTICLE_WORDS)
# What a sequence gives is cached by its text, boundedly: an archive's names are
# many, but each recurs.
_SEQUENCES = 1 << 16
# Zipf frequency (translint.english) from which a capitalised word at the front
# of a longer mention is an English word ("Revolution" 4.6, "Sciences" 4.4),
# not part of a name, unless it is a given name ("Ali", "Mark").
_COMMON_WORD = 3.5
# Below this frequency a word opening a sentence may be a variant spelling of a
# name used mid-sentence ("Golosheykin", "Golosheikin"); above it, it is an
# English word that shares a key with one by chance.
_RARE_WORD = 3.0


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
    known = _known_sequences(known_tokens, place_words)
    for match in _sequences(text):
        words = match.group()
        sequence = known.get(words)
        if sequence is None:
            sequence = known[words] = _sequence(words, known_tokens, place_words)
        if sequence is _NOTHING:  # only words that cut ("The"): nearly half of all sequences
            continue
        start = match.start()
        # Only a sequence's first word can open a sentence: the others follow a word.
        opener = sequence.opener
        opens = opener is not None and _opens_sentence(text, start)
        if opener is not None and not opens:
            mid_sentence.add(opener)
        mid_sentence.update(sequence.later)
        for group in sequence.groups:
            found.append((start, group, opens and group.offset == 0))

    mentions = []
    variants: _Variants | None = None  # made on first need: most articles open no sentence with a rare word
    for start, group, opens in found:
        first = group.first
        kept = group.whole
        if opens and first not in mid_sentence and first not in known_tokens:
            rare = group.rare
            if rare is None:  # a common word: nearly every one
                kept = group.without_first
            else:
                if variants is None:
                    variants = _Variants(mid_sentence)
                if not (
                    rare.inflected_known
                    # a word no English text uses, opening a longer name, is the name's own
                    # ('"Parliamentskaya Gazeta" reported'), wherever the sentence starts
                    or (rare.unknown and group.whole and group.without_first)
                    or variants.of(first, rare.keys)
                ):
                    kept = group.without_first
        if kept:
            mentions.append(Mention(start + kept[0], start + kept[1], kept[2]))
    return mentions


class _Variants:
    """Whether a word opening a sentence is a rare word spelled like a name used
    mid-sentence once romanisation differences and case endings are forgotten:
    "Golosheykin" beside "Golosheikin", "Abutalimov" beside "Abutalimova". The
    keys are made on first need: most openers are common words."""

    def __init__(self, mid_sentence: set[str]) -> None:
        self._words = mid_sentence
        self._keys: dict[str, set[str]] = {}  # by `_initial`: keys of the words so starting

    def of(self, word: str, keys: tuple[str, ...]) -> bool:
        """Whether `word`, a rare word whose keys (`_keys_of`) are `keys`, is such a variant."""
        initial = _initial(word)
        if initial not in self._keys:  # only words that may share a key are keyed
            # The words are lower case and not empty: `_initial` is their first letter
            # but for "i", tested without a call per word.
            letters = _I_LETTERS if initial == "i" else (initial,)
            self._keys[initial] = {key for w in self._words if w[0] in letters for key in _keys_of(w)}
        return not self._keys[initial].isdisjoint(keys)


class _RareOpener(NamedTuple):
    """What may keep a rare word opening a sentence in a name, whatever the article."""

    keys: tuple[str, ...]  # its `_keys_of`, for `_Variants.of`
    inflected_known: bool  # a word the gazetteer knows with a case ending: "Brni" (Brno)
    unknown: bool  # a word no English text uses


@lru_cache(maxsize=1 << 16)
def _rare_opener(word: str, known_tokens: frozenset[str]) -> _RareOpener | None:
    """What `extract` needs of a word opening a sentence that the article shows no
    name's: None for a common word (Zipf from `_RARE_WORD`), which then is none,
    the case of nearly every such word. Kept with the sequence (_Group.rare)."""
    frequency = zipf(word)
    if frequency >= _RARE_WORD:
        return None
    inflected_known = bool(known_tokens) and any(b.lower() in known_tokens for b, _ in uninflect(word, 3))
    return _RareOpener(_keys_of(word), inflected_known, frequency == 0.0)


def _initial(word: str) -> str:
    """A word's first letter, y, i, j and e as one: what a key keeps of a spelling's start."""
    first = word[:1].lower()
    return "i" if first in "yije" else first


# The first letters of the lower-case words whose `_initial` is "i".
_I_LETTERS = frozenset("yije")


@lru_cache(maxsize=1 << 16)
def _keys_of(word: str) -> tuple[str, ...]:
    """The keys of a word and of its bases without a case ending."""
    return (token_key(word), *(token_key(base) for base, _ in uninflect(word, 4)))


def _sequences(text: str) -> Iterator[regex.Match[str]]:
    """The matches of `_SEQUENCE` in order. An Arabic article needs an "l-": in a
    text without one only the first branch can match, and its own `finditer`
    gives the same matches as the scanner without merging two scans (half the
    time of the scan; few articles have an "l-")."""
    if "l-" in text:
        return _SEQUENCE.finditer(text, None)
    return _CAPITALISED.finditer(text)


class _Group(NamedTuple):
    """A run of a sequence's words between words that cut it, with the mention it
    gives either way the article settles on its first word."""

    offset: int  # of its first word in the sequence
    first: str  # its first word, lower case
    whole: tuple[int, int, str] | None  # the mention (start and end in the sequence, text) if the first word stays
    without_first: tuple[int, int, str] | None  # and if an unknown word opening a sentence goes
    # What may keep its first word when that word opens a sentence (`_rare_opener`): None
    # for a common word and for a group after the sequence's start, which opens none.
    rare: _RareOpener | None


class _Sequence(NamedTuple):
    """What a sequence gives whatever the article. Only its first word depends on
    where it stands: whether it opens a sentence, and so whether it shows the
    word capitalised mid-sentence."""

    opener: str | None  # its first word, lower case, unless that word cuts the sequence
    later: tuple[str, ...]  # its other words that no cut drops, lower case: capitalised mid-sentence
    groups: tuple[_Group, ...]  # its groups that give a mention either way


# A sequence of words that cut ("The"), which gives nothing.
_NOTHING = _Sequence(None, (), ())
# What each sequence gives, by the known and place words in use, then by its text. Plain
# dicts, not lru_cache: one lookup per capitalised run, and a dict's costs a
# quarter of lru_cache's with two arguments (23 ns against 100 ns).
_KNOWN: dict[tuple[frozenset[str], frozenset[str]], dict[str, _Sequence]] = {}


def _known_sequences(known_tokens: frozenset[str], place_words: frozenset[str]) -> dict[str, _Sequence]:
    """The sequences seen with these known words and place words: the same names and
    sentence-opening words ("The", "He said") recur in every article, and
    splitting and trimming each again was most of the cost of `extract`.
    Emptied when full, to stay bounded."""
    known = _KNOWN.setdefault((known_tokens, place_words), {})
    if len(known) >= _SEQUENCES:
        known.clear()
    return known


def _sequence(sequence: str, known_tokens: frozenset[str], place_words: frozenset[str]) -> _Sequence:
    """What a sequence gives whatever the article: `_NOTHING` for words that cut."""
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
    if not groups:
        return _NOTHING
    opener = groups[0][0][2] if groups[0][0][0] == 0 else None
    later = [lower for words in groups for _, _, lower in words]
    giving = []
    for words in groups:
        whole, without_first = _mention(sequence, words, place_words), _mention(sequence, words[1:], place_words)
        if whole or without_first:
            offset, _, first = words[0]
            rare = _rare_opener(first, known_tokens) if offset == 0 else None
            giving.append(_Group(offset, first, whole, without_first, rare))
    return _Sequence(opener, tuple(later[1:] if opener is not None else later), tuple(giving))


def _mention(sequence: str, words: list[tuple[int, str, str]], place_words: frozenset[str]) -> tuple[int, int, str] | None:
    """The mention a group's words give once leading particles and office or place
    words are trimmed: its start and end in the sequence and its text, or None."""
    _, not_alone = _word_lists()
    while words and words[0][1] in _PARTICLES:
        words = words[1:]
    # "Secretary of State Antony Blinken": the tail of an office's name is no part of the person's.
    while len(words) > 2 and (words[0][2] in not_alone or words[0][2] in place_words or common_word(words[0][1])):
        words = words[1:]
    # "NATO Jens Stoltenberg", "Kremlin-friendly Medvedchuk": no part of the name that follows.
    while len(words) > 1 and (_joined_to_lower_case(words[0][1]) or (len(words) > 2 and acronym(words[0][1]))):
        words = words[1:]
    if not words or all(lower in not_alone or len(word) < 2 for _, word, lower in words):
        return None
    start, (last_start, last, _) = words[0][0], words[-1]
    return start, last_start + len(last), sequence[start : last_start + len(last)]


@lru_cache(maxsize=1 << 16)
def common_word(word: str) -> bool:
    """A common English word that is no given name: "Revolution", "Sciences", "Grain"."""
    return zipf(word) >= _COMMON_WORD and not is_given_name(word)


def _joined_to_lower_case(word: str) -> bool:
    """"Kremlin-friendly": a capitalised word made an adjective by a lower-case one."""
    return "-" in word and word.rsplit("-", 1)[1][:1].islower()


def _opens_sentence(text: str, start: int) -> bool:
    """Only spaces or tabs stand between `start` and the line's start or a sentence
    opener. A quotation mark or bracket opens a sentence unless a word stands just
    before it: `the centre "Vasna"` names Vasna mid-sentence."""
    before = start
    while before and text[before - 1] in " \t":
        before -= 1
    if before == 0 or text[before - 1] == "\n":
        return True
    if text[before - 1] not in _SENTENCE_OPENERS:
        return False
    if text[before - 1] in _STOPS:
        return True
    while before and text[before - 1] in _SENTENCE_OPENERS and text[before - 1] not in _STOPS:
        before -= 1
    while before and text[before - 1] in " \t":
        before -= 1
    return before == 0 or not text[before - 1].isalnum()
