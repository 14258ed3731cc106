"""A Chinese name spelled through Russian ("Hou Zhaoven", "Chzhan Syaomin").

## What it finds
A name that opens with a common Chinese surname and whose syllables are the
romanisation of Russian's Palladius transcription, not pinyin: "Zhaoven"
(Чжаовэнь) for Zhaowen, "Syaomin" (Сяомин) for Xiaomin. Every syllable
of the name must be pinyin or such a romanisation, and one syllable of the
given name, of three letters or more, must be no pinyin at all, so names in
pinyin, and Korean, Japanese, Vietnamese and Dutch names, are left alone. The table of syllables is real data: pypinyin's Palladius table
romanised with the Russian schemas of translint.names.romanise.

## Why it matters
English writes Chinese names in pinyin. An MT system that translates a
Russian article copies the Russian transcription letter by letter, and the
name becomes one no English reader or search engine knows.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from translint.document import Document
from translint.english import zipf
from translint.issue import Hit, Severity
from translint.names.analysis import analyse
from translint.names.keys import split_tokens
from translint.names.romanise import chinese_surnames, palladius, russian_route_syllables
from translint.rule import Context, Example

CODE = "TL210"
NAME = "russian-route-chinese-name"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad="Company spokesman Hou Zhaoven said the trains were ready.",
        good="Company spokesman Hou Zhaowen said the trains were ready.",
    ),
)

_LONGEST_SYLLABLE = 8
_MOST_READINGS = 4
# Russian-route syllables of two letters ("ho" for huo) are Japanese and
# Korean syllables too: only longer ones ("ven", "syao", "khe") tell.
_SHORTEST_EVIDENCE = 3  # "chzhuang", "shuang" romanised
# A word this common in English is no Chinese given name spelled through Russian.
_ENGLISH_WORD_ZIPF = 3.0


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    # By spelling group, not by mention: a name's mentions share its group, and
    # most groups open with no Chinese surname. The groups that do, gathered in
    # one comprehension: most articles have none, and stop there.
    chinese = [
        group for cluster in analyse(doc).clusters for group in cluster.groups if _chinese_surname_first(group.spelling)
    ]
    if not chinese:
        return
    hits = []
    for group in chinese:
        for mention in group.mentions:
            readings = in_pinyin(mention.text)
            if readings is not None:
                spelled = " or ".join(f'"{r}"' for r in readings)
                message = f'"{mention.text}" is a Chinese name spelled through Russian; in pinyin it is {spelled}'
                hits.append(Hit(mention.start, mention.end, message, readings[0] if len(readings) == 1 else None))
    yield from sorted(hits, key=lambda hit: hit.start)


@lru_cache(maxsize=1 << 16)
def _chinese_surname_first(spelling: str) -> bool:
    """The spelling's first word is a Chinese surname, in pinyin or through Russian:
    one cached look-up per spelling of an article, as spellings recur."""
    return spelling.partition(" ")[0].lower() in _surname_spellings()


@lru_cache(maxsize=1 << 16)
def in_pinyin(name: str) -> tuple[str, ...] | None:
    """The pinyin readings of a Chinese name spelled through Russian (one
    when the spelling tells; Russian's "ven" is wen or weng once the soft sign
    is dropped), or None when the name is no such name or is pinyin already."""
    tokens = split_tokens(name)
    if not 2 <= len(tokens) <= 3 or tokens[0].lower() not in _surname_spellings():
        return None  # most names: one set look-up
    if not all(t.isascii() and t.isalpha() for t in tokens):
        return None
    surname = _syllables(tokens[0].lower())
    if surname is None or len(surname) != 1 or not surname[0][0] & chinese_surnames():
        return None
    given = [_syllables(t.lower()) for t in tokens[1:]]
    if any(g is None for g in given) or any(zipf(t) >= _ENGLISH_WORD_ZIPF for t in tokens[1:]):
        return None
    if not any(russian and len(piece) >= _SHORTEST_EVIDENCE for word in given for _, russian, piece in word):  # type: ignore[union-attr]
        return None  # the given name is pinyin (a surname "Van" may be Dutch or Vietnamese)
    words = [[(surname[0][0] & chinese_surnames(), False, "")], *given]
    readings = [""]
    for word in words:
        spellings = [""]
        for pinyins, _, _ in word:  # type: ignore[union-attr]
            spellings = [s + p for s in spellings for p in sorted(pinyins)]
        readings = [f"{r} {w.capitalize()}".strip() for r in readings for w in spellings]
        if len(readings) > _MOST_READINGS:
            return None
    return tuple(readings)


@cache
def _surname_spellings() -> frozenset[str]:
    """The common Chinese surnames in pinyin and as Russian spells them romanised ("chzhan")."""
    surnames = chinese_surnames()
    return surnames | {latin for latin, pinyins in russian_route_syllables().items() if pinyins & surnames}


def _syllables(word: str) -> list[tuple[frozenset[str], bool, str]] | None:
    """The word cut into syllables, each its pinyin readings, whether it is
    a Russian-route spelling (not pinyin) and the piece itself: the cut with
    the fewest Russian-route syllables, then the fewest syllables; None if
    none cuts it."""
    pinyin = palladius()
    russian = russian_route_syllables()
    best: list[tuple[tuple[int, int], list[tuple[frozenset[str], bool, str]]] | None] = [None] * (len(word) + 1)
    best[0] = ((0, 0), [])
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST_SYLLABLE), end):
            if best[start] is None:
                continue
            piece = word[start:end]
            (cost_russian, cost_count), cut = best[start]  # type: ignore[misc]
            if piece in pinyin:
                option = ((cost_russian, cost_count + 1), [*cut, (frozenset({piece}), False, piece)])
            elif piece in russian:
                option = ((cost_russian + 1, cost_count + 1), [*cut, (russian[piece], True, piece)])
            else:
                continue
            if best[end] is None or option[0] < best[end][0]:  # type: ignore[index]
                best[end] = option
    return best[len(word)][1] if best[len(word)] is not None else None  # type: ignore[index]
