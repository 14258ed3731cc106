"""Keys that make two spellings of one name equal, and the comparisons built on them.

A *key* forgets what transliteration systems disagree on (case, accents,
kh/h, y/i/j, doubled letters, -iy/-yy endings), so "Zelenskyy" and
"Zelenskiy" share one. A *skeleton* is coarser still and is only used for
Korean and Chinese names, whose Russian transcriptions share no key with the
English spelling ("Chen" for Jong). The tables live in rules/names/keys.toml.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

import regex
from unidecode import unidecode

from translint.data import load_data
from translint.names.given import is_given_name, russian_ukrainian

_NOT_LETTER = regex.compile(r"[^a-z]")
# Per-word results are cached, boundedly: an archive's names are many, but each recurs.
_WORDS = 1 << 16
_TOKEN_BREAK = regex.compile(r"[\s\-‐‑]+")


@cache
def _table() -> dict:  # type: ignore[type-arg]
    return load_data("names/keys.toml")


@cache
def _compiled(name: str) -> tuple[Callable[[str], str], ...]:
    """A table's substitutions, in order, as functions of the value. A pattern
    that is plain letters ("kh") is done by str.replace, which gives what the
    regex would several times faster: every new word of an archive goes
    through these."""
    return tuple(_substitution(pattern, replacement) for pattern, replacement in _table()[name])


def _substitution(pattern: str, replacement: str) -> Callable[[str], str]:
    if regex.escape(pattern) == pattern and "\\" not in replacement:
        return lambda value: value.replace(pattern, replacement)
    compiled = regex.compile(pattern)
    return lambda value: compiled.sub(replacement, value)


@lru_cache(maxsize=_WORDS)
def split_tokens(name: str) -> tuple[str, ...]:
    """A name's tokens: words and the parts of hyphenated words ("Jong-un" -> Jong, un)."""
    return tuple(part for part in _TOKEN_BREAK.split(name) if part)


@cache
def _diacritics() -> dict[int, str]:
    """Letters whose accent stands for a digraph of English romanisation (ž: zh, ş: sh)."""
    return str.maketrans(dict(_table()["fold"]))


@lru_cache(maxsize=_WORDS)
def fold(token: str) -> str:
    """Lower-case ASCII letters: "Kahramanmaraş" -> "kahramanmarash", "Žbanić" -> "zhbanic"."""
    return _NOT_LETTER.sub("", unidecode(token.lower().translate(_diacritics())))


def _substituted(token: str, table: str) -> str:
    value = fold(token)
    for substitute in _compiled(table):
        value = substitute(value)
    return value


@lru_cache(maxsize=_WORDS)
def token_key(token: str) -> str:
    """Lower-case ASCII with romanisation differences forgotten."""
    return _substituted(token, "key_substitutions")


@lru_cache(maxsize=_WORDS)
def skeleton(token: str) -> str:
    """Consonant classes of a token, for Korean and Chinese names only."""
    return _substituted(token, "skeleton_substitutions")


@lru_cache(maxsize=_WORDS)
def name_key(name: str) -> str:
    """One key for a whole name: "Kim Jong Un" and "Kim Jong-un" share it."""
    return "".join(token_key(t) for t in split_tokens(name))


@lru_cache(maxsize=_WORDS)
def east_asian(token: str) -> bool:
    """A Korean or Chinese surname, also as Russian transcription writes a Chinese
    -ng: "Fen" (Фэн) for Feng, "Zhan" for Zhang."""
    key = token_key(token)
    return east_asian_surname(token) or (key.endswith("n") and key + "g" in _east_asian_surnames())


def east_asian_surname(token: str) -> bool:
    """A Korean or Chinese surname as the list spells it ("Feng", not "Fen")."""
    return token_key(token) in _east_asian_surnames()


def _surname_key(token: str) -> str:
    """A Korean or Chinese surname's key, with -ng and -n one: "Fen", "Feng"."""
    key = token_key(token)
    return key[:-1] if key.endswith("ng") else key


@cache
def _east_asian_surnames() -> frozenset[str]:
    return frozenset(token_key(s) for s in _table()["east_asian_surnames"])


@dataclass(frozen=True)
class Ending:
    suffix: str
    base: str
    case: str
    unambiguous: bool
    feminine_after: tuple[str, ...]


@cache
def endings() -> tuple[Ending, ...]:
    """Slavic case endings, longest first."""
    found = [
        Ending(e["suffix"], e["base"], e["case"], e.get("unambiguous", False), tuple(e.get("feminine_after", ())))
        for e in _table()["ending"]
    ]
    return tuple(sorted(found, key=lambda e: len(e.suffix), reverse=True))


@cache
def _suffixes() -> tuple[str, ...]:
    """Every ending's suffix: one C-level test rules out the many words with none."""
    return tuple(e.suffix for e in endings())


@lru_cache(maxsize=_WORDS)
def uninflect(token: str, shortest_base: int = 3) -> tuple[tuple[str, Ending], ...]:
    """Possible base forms of a token that may carry a case ending, with the ending.

    Works on the surface so the base keeps its spelling ("Putina" -> "Putin").
    Bases shorter than `shortest_base` letters are not considered: "Liu" is not
    "Li" in the dative. Korean given names are short ("In" in "Kim Chen Ina"),
    so callers lower it inside such names. A Korean or Chinese surname itself
    ("Xia") takes no ending.
    """
    lower = token.lower()
    if not lower.endswith(_suffixes()) or east_asian(token):
        return ()
    found = []
    for ending in endings():
        if lower.endswith(ending.suffix) and len(token) - len(ending.suffix) >= shortest_base:
            stem = lower[: len(lower) - len(ending.suffix)]
            if stem[-1] in (_VOWELS if ending.base else "aeou"):
                # Stems end in a consonant (Kuleb-a, Dynam-o, Putin-), or -y/-i for -й (Sergey-a,
                # Dmitri-a): "Macau" is no "Maca-o", "Giyuu" no "Giyu-u".
                continue
            found.append((token[: len(token) - len(ending.suffix)] + ending.base, ending))
    return tuple(found)


def shortest_base(tokens: tuple[str, ...]) -> int:
    """How short a base `uninflect` may leave on a name's last word: a single
    word needs four letters ("Lama" is not "Lam" inflected), a word after a
    Korean or Chinese surname two ("Kim Chen Ina"), any other three."""
    if len(tokens) == 1:
        return 4
    return 2 if east_asian(tokens[0]) else 3


def feminine(token: str, ending: Ending) -> bool:
    """"Ivanova" is a woman's surname, not "Ivanov" in the genitive."""
    stem = token[: len(token) - len(ending.suffix)].lower()
    return any(stem.endswith(tail) for tail in ending.feminine_after)


_VOWELS = frozenset("aeiouy")

# Letters transliterations swap inside a name: Kharkov/Kharkiv, Luhansk/Lugansk.
_SWAPPABLE = ("aeiouy", "gh", "vw", "kc")


def _one_swap(a: str, b: str) -> bool:
    """Long words one transliteration swap apart, not at the last letter, where
    English words differ by suffix ("Emirate", "Emirati")."""
    if len(a) != len(b) or len(a) < 6:
        return False
    diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diffs) != 1 or diffs[0] in (0, len(a) - 1):
        return False
    x, y = a[diffs[0]], b[diffs[0]]
    return any(x in group and y in group for group in _SWAPPABLE)


def acronym(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


def tokens_near(a: str, b: str, east_asian_name: bool) -> bool:
    """Two tokens that may spell one name part: equal keys, a case ending apart,
    one letter swapped when long ("Kharkov", "Kharkiv"), or (in the given name
    of a Korean or Chinese name) one skeleton. Acronyms must be equal."""
    if acronym(a) or acronym(b):
        return a.casefold() == b.casefold()
    key_a, key_b = token_key(a), token_key(b)
    if key_a == key_b:
        return True
    if russian_ukrainian(a, b) or russian_ukrainian(b, a):
        return True  # "Olga" and "Olha": one given name in its Russian and Ukrainian forms
    shortest = 2 if east_asian_name else 3
    # Two given names are not one in another case: "Marie" is no dative of "Maria".
    pairs = () if is_given_name(a) and is_given_name(b) else ((a, key_b), (b, key_a))
    for word, other in pairs:
        # "Pavlova" may be Pavlov's genitive or a woman: not the same name for sure.
        if any(token_key(base) == other and not feminine(word, e) for base, e in uninflect(word, shortest)):
            return True
    if _one_swap(fold(a), fold(b)):
        return True
    return east_asian_name and bool(skeleton(a)) and skeleton(a) == skeleton(b)


def names_near(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Token lists that may spell one name: aligned token by token (the shorter at
    the end of the longer, or at the start for Korean and Chinese names), every
    pair near. The skeleton is allowed only when the name opens
    with a Korean or Chinese surname that both share."""
    return bool(_alignments(a, b))


def spelled_differently(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Near names whose aligned words differ beyond letter case: "Zelenskyy" and
    "Volodymyr Zelensky" do; "Putin" and "Vladimir Putin" (a short form) and
    "GAME" and "Game" do not."""
    return any(
        any(x.casefold() != y.casefold() for x, y in zip(short, aligned)) for short, aligned in _alignments(a, b)
    ) and not any(all(x.casefold() == y.casefold() for x, y in zip(s, al)) for s, al in _alignments(a, b))


def keys_align(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The shorter name's keys equal the aligned words of the longer one: the
    other name is in there, spelled acceptably ("Ukraine Valeriy Zaluzhny" holds
    "Valerii Zaluzhnyi")."""
    return any(all(token_key(x) == token_key(y) for x, y in zip(s, al)) for s, al in _alignments(a, b))


@lru_cache(maxsize=_WORDS)
def _alignments(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Ways to lay the shorter name on the longer with every word near."""
    if len(a) > len(b):
        a, b = b, a
    shared_surname = east_asian(a[0]) and _surname_key(a[0]) == _surname_key(b[0])
    # Surnames come last in Western names, first in Korean and Chinese ones.
    candidates = [b[: len(a)]] if shared_surname else [b[len(b) - len(a) :]]
    if len(a) == 1 < len(b) and not shared_surname and is_given_name(a[0]) and is_given_name(b[0]):
        candidates.append(b[:1])  # a given name alone ("Olga") may be a full name's first word
    return [
        (a, aligned)
        for aligned in dict.fromkeys(candidates)
        if all((shared_surname and i == 0) or tokens_near(x, y, shared_surname) for i, (x, y) in enumerate(zip(a, aligned)))
    ]


def block_key(tokens: tuple[str, ...]) -> str:
    """Names that may be near share this: the surname's key for a Korean or Chinese
    name, else the first letter of the last word's key (which no near-match changes)."""
    if east_asian(tokens[0]):
        return "ea:" + _surname_key(tokens[0])
    last = token_key(tokens[-1])
    return last[:1]
