"""A Russian or Ukrainian abbreviation carried over letter by letter ("PVO", "FGBOU", "Minzdrav").

## What it finds
In an article about Russia, Ukraine or Belarus (two or more of their place
names, or surnames with their endings), three kinds of word English readers
cannot decode:

- an all-capital abbreviation of two to six letters that no English text
  uses (not in the English word frequencies, so not NATO, FSB or OSCE, nor
  in the short list of regional English ones such as MLRS), that the
  article does not define ("… (PVO)"), that cannot be read aloud as a word
  (SHEIN, OMON and other names and brands can), and whose letters a
  romanisation of Cyrillic gives (no C but in CH, no Q, W or X);
- a ministry's short name romanised ("Minzdrav" for Минздрав,
  "Mintsifry"), from the stems in rules/common/abbreviations.toml;
- a capitalised abbreviation of the Russian and Ukrainian packs' lists
  (TL108, TL109: "RF", "ZSU"), with its English, when that pack is off
  because no Cyrillic letter is left to reveal the source.

## Why it matters
Translation systems that meet ПВО or ФГБОУ transliterate it. The result
looks like an acronym but is none in English; the reader needs the name
spelled out ("air defence", "the Ministry of Health").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

import regex

from translint.data import load_data
from translint.document import Document
from translint.english import zipf
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL131"
NAME = "source-abbreviation"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad="The PVO shot down two drones over Kyiv, Ukrainian officials said.",
        good="Air defences shot down two drones over Kyiv, Ukrainian officials said.",
    ),
    Example(
        bad="Minzdrav of Russia reported 300 cases in Moscow.",
        good="Russia's Health Ministry reported 300 cases in Moscow.",
    ),
)

# Runs of two capitals or more, and each "Min" where a ministry's short name may start,
# in one scan: `regex` jumps to a pattern's first character class, seven times faster
# than `re` here. The alternatives never hide one another: a run holds no "Min" and a
# "Min" no run, and a short name opens at a word boundary, so never right after a run.
# The characters around a run (no letter, digit, dot, slash, hyphen or ampersand) are
# tested only on the few runs; the ministry pattern is tried only at each "Min".
_CAPITALS_OR_MIN = regex.compile(r"[A-Z](?:[A-Z]+|(?<=M)in)")  # [A-Z]{2,}|Min, without a slow alternation of two branches
_NOT_BEFORE = frozenset(".&/-_")
_NOT_AFTER = frozenset("&/-_")
_LONGEST = 6
_NOT_CYRILLIC_ROMANISATION = regex.compile(r"C(?!H)|[QWX]")
_VOWELS = "AEIOUY"
_CONSONANT = "[B-DF-HJ-NP-TV-XZ]"
# A word English can say: a legal opening cluster, then syllables of one or two vowels with at
# most two consonants between them, and at most two at the end. "SHEIN", "OMON" pass; "BJD",
# "FGAOU" (an F and a G cannot open a word) do not.
_SAYABLE = regex.compile(
    r"(?:[BDFGHJKLMNPRSTVZ]|SH|CH|TH|PH|KH|ZH|TS|[BCDFGKPT][LR]|S[PTK]R|S[PTKMNL])?"
    rf"(?:[{_VOWELS}]{{1,2}}(?:{_CONSONANT}{{1,2}}(?=[{_VOWELS}]))?)+{_CONSONANT}{{0,2}}"
)
_MIN_ORIGIN_SIGNS = 2
_PACKS = {"ru/abbreviations.toml": ("ru", "be"), "uk/abbreviations.toml": ("uk",)}
_LINE_OF_CAPITALS = 0.6  # share of capital letters above which a line is shouted, not written


@cache
def _english() -> frozenset[str]:
    """English abbreviations too rare in general English for the word frequencies."""
    return frozenset(load_data("common/abbreviations.toml")["source_abbreviation"]["english"])


@cache
def _data() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The pattern of post-Soviet place names and surnames, and that of ministry short names."""
    table = load_data("common/abbreviations.toml")["source_abbreviation"]
    words = "|".join(map(regex.escape, table["origin_words"]))
    endings = "|".join(map(regex.escape, sorted(table["origin_endings"], key=len, reverse=True)))
    origin = regex.compile(rf"\b(?:{words})\b|\b\p{{Lu}}\p{{Ll}}{{2,}}(?:{endings})\b")
    stems = "|".join(map(regex.escape, sorted(table["ministry_stems"], key=len, reverse=True)))
    ministry = regex.compile(rf"\bMin-?(?i:{stems})\p{{Ll}}{{0,6}}\b")
    return origin, ministry


@cache
def _known(packs_on: frozenset[str]) -> dict[str, str]:
    """The capitalised abbreviations of the language packs that are off, with their English."""
    known: dict[str, str] = {}
    for path, languages in _PACKS.items():
        if packs_on.isdisjoint(languages):
            for rule in load_data(path)["rule"]:
                known.update((key, english) for key, english in rule["swap"].items() if key.isalpha() and key.isupper())
    return known


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    first = _CAPITALS_OR_MIN.search(text)
    if first is None:
        return  # no run of capitals and no "Min": most articles stop at this one scan
    found = list(_candidates(text, first.start(), _known(frozenset(ctx.source_languages))))
    if not found or not _post_soviet(text):
        return
    for start, end, message, english in sorted(found):
        yield Hit(start, end, message, english)


def _candidates(text: str, start: int, known: dict[str, str]) -> Iterator[tuple[int, int, str, str | None]]:
    """Source abbreviations and ministries' short names from `start`, before the article's origin is known."""
    ministry = _data()[1]
    for match in _CAPITALS_OR_MIN.finditer(text, start):
        word = match.group()
        if word == "Min":
            yield from _ministry(ministry.match(text, match.start()))
        elif len(word) <= _LONGEST and (word in known or _unknown_unsayable(word)):
            yield from _abbreviation(text, match, known)


def _abbreviation(text: str, match: regex.Match[str], known: dict[str, str]) -> Iterator[tuple[int, int, str, str | None]]:
    """A run of capitals that is a known source abbreviation or no English one, if it stands alone."""
    word = match.group()
    if not _stands_alone(text, match.start(), match.end()):
        return
    if word in known and not _defined(text, word):
        yield match.start(), match.end(), f'"{word}" is a source abbreviation carried over; write "{known[word]}"', known[word]
        return
    if not _unknown_unsayable(word) or _defined(text, word) or _in_name_or_shouting(text, match):
        return
    yield (
        match.start(),
        match.end(),
        f'"{word}" is no English abbreviation; if it is a transliterated source abbreviation, spell it out',
        None,
    )


@lru_cache(maxsize=4096)  # words of two to six capitals: few per batch, bounded all the same
def _unknown_unsayable(word: str) -> bool:
    """What the word alone tells, worked out once per word: unknown to English, of letters
    a Cyrillic romanisation gives, and not sayable as a word."""
    if zipf(word) > 0 or word in _english() or _NOT_CYRILLIC_ROMANISATION.search(word):
        return False
    return not _SAYABLE.fullmatch(word)


def _ministry(match: regex.Match[str] | None) -> Iterator[tuple[int, int, str, str | None]]:
    if match and zipf(match.group()) == 0:
        yield (
            match.start(),
            match.end(),
            f'"{match.group()}" is the source\'s short name of a ministry, romanised; write its English name',
            None,
        )


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the capitals are a word of their own: not inside "PVOs", "U.S.", "MiG-29" or "R&D"."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in _NOT_BEFORE or after.isalnum() or after in _NOT_AFTER)


def _post_soviet(text: str) -> bool:
    """Whether the article names Russian, Ukrainian or Belarusian places or people, twice or more."""
    signs: set[str] = set()
    for match in _data()[0].finditer(text):
        signs.add(match.group())
        if len(signs) >= _MIN_ORIGIN_SIGNS:
            return True
    return False


def _defined(text: str, word: str) -> bool:
    """Whether the article spells the abbreviation out: "… (BJD)" or "BJD (…)"."""
    return f"({word})" in text or f"{word} (" in text


def _in_name_or_shouting(text: str, match: regex.Match[str]) -> bool:
    """Whether the capitals open a name ("POSCO International") or stand in a line written in capitals."""
    following = text[match.end() : match.end() + 3]
    if len(following) == 3 and following[0] == " " and following[1].isupper() and following[2].islower():
        return True
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    letters = [c for c in text[start : end if end >= 0 else len(text)] if c.isalpha()]
    return sum(c.isupper() for c in letters) > _LINE_OF_CAPITALS * len(letters)
