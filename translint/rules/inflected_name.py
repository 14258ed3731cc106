"""A name that carries a Russian or Ukrainian case ending ("Putina", "Zelenskogo").

## What it finds
A name whose last word ends in a Slavic case ending (rules/names/keys.toml:
-a, -u, -om, -ym, -e, -ovi, -skogo, -skomu, -enka, ...) when the form
without it is named elsewhere in the article or known to the gazetteer, or
when the ending cannot end an English name at all (-skogo, -enka). Forms
that are women's surnames ("Ivanova") are left alone unless the base is a
known man's name.

## Why it matters
Translation systems copy the grammatical case of the source into the name:
"the visit of Putina" for "визит Путина". The suggestion is the base form,
or the gazetteer's spelling when the base is a known wrong one
("Kim Chen Ina" -> "Kim Jong-un").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from translint.document import Document
from translint.english import zipf
from translint.issue import Hit, Severity
from translint.names.analysis import NameAnalysis, aligned, analyse
from translint.names.gazetteer import load_gazetteer
from translint.names.given import is_given_name, masculine
from translint.names.keys import (
    Ending,
    east_asian,
    feminine,
    shortest_base,
    split_tokens,
    uninflect,
)
from translint.names.mentions import Mention
from translint.rule import Context, Example

CODE = "TL202"
NAME = "inflected-name"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad="Putin arrived in Minsk. The visit of Putina lasted two days.",
        good="Putin arrived in Minsk. The visit of Putin lasted two days.",
    ),
)


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    analysis = analyse(doc)
    surnames, given_names = [], []
    for mention in analysis.mentions:  # one pass, one cached look-up per mention: most have no ending
        endings, given = _case_forms(mention.text)
        if endings:
            surnames.append((mention, endings))
        elif given:
            given_names.append((mention, given))
    if surnames:
        yield from _inflected_surnames(doc, ctx, analysis, surnames)
    if given_names:
        yield from _inflected_given_names(given_names, ctx)


@lru_cache(maxsize=1 << 16)
def _case_forms(name: str) -> tuple[tuple[tuple[str, Ending], ...], tuple[str, str, Ending] | None]:
    """The endings a name's last word may carry, and its first word as an inflected
    given name (_inflected_given_name)."""
    endings = _endings(name)
    return endings, None if endings else _inflected_given_name(name)


def _inflected_given_names(found: list[tuple[Mention, tuple[str, str, Ending]]], ctx: Context) -> Iterator[Hit]:
    """A name's first word that is a given name with a case ending, where the word
    itself is no name nor an English word: "Sergeya" (Sergey), "Yasmily" (Yasmila).
    A given name that is one in its own right ("Zaura", "Ivana") is left alone."""
    for mention, (word, base, ending) in found:
        if ctx.house and mention.text in ctx.house.accepted:
            continue
        yield Hit(
            mention.start,
            mention.start + len(word),
            f'"{word}" carries the source language\'s {ending.case} ending "-{ending.suffix}"; '
            f'the given name is "{base}"',
            base,
        )


def _inflected_given_name(name: str) -> tuple[str, str, Ending] | None:
    """The first word of a name of one or two words if it is an inflected given name,
    with its base and ending (asked only of names whose last word has no ending)."""
    tokens = split_tokens(name)
    if len(tokens) > 2:
        return None
    found = _given_name_base(tokens[0])
    return (tokens[0], *found) if found else None


# Words rarer than this may be a given name with a case ending; commoner ones are
# English words or names in their own right ("Natalie", "Dane").
_RARE = 2.5


# The endings a given name is taken for a case form by: a man's -a, -om, -ovi and a
# woman's -y, -oy, -oyu, -iyu. Not -i, -u, -e: Japanese and Korean names end so
# ("Inari", "Hanyu"), and a name list holds some of the bases ("Inara").
_GIVEN_NAME_ENDINGS = frozenset({"a", "om", "ovi", "evi", "y", "oy", "oyu", "oiu", "iyu", "iiu"})


@lru_cache(maxsize=1 << 16)
def _given_name_base(word: str) -> tuple[str, Ending] | None:
    if word.isupper() or is_given_name(word) or zipf(word) >= _RARE:
        return None
    for base, ending in uninflect(word, 3):
        if ending.suffix not in _GIVEN_NAME_ENDINGS or len(base) < 4 or not is_given_name(base):
            continue
        if masculine(base) if not ending.base else not masculine(base):
            return base, ending
    return None


def _inflected_surnames(
    doc: Document, ctx: Context, analysis: NameAnalysis, candidates: list[tuple[Mention, tuple[tuple[str, Ending], ...]]]
) -> Iterator[Hit]:
    # Forms a base may take elsewhere in the article: whole names and each of their words.
    texts = {m.text for m in analysis.mentions}
    named = texts.union(*map(split_tokens, texts))  # each distinct name split once
    for mention, endings in candidates:
        if ctx.house and mention.text in ctx.house.accepted:
            continue
        resolved = analysis.resolve(mention.text)
        if resolved and resolved[1] in ("good", "wrong"):
            continue  # a known spelling, even if it ends like a case form ("Zakharova")
        tokens = split_tokens(mention.text)
        last = tokens[-1]
        for base, ending in endings:
            base_name = mention.text[: len(mention.text) - len(last)] + base
            in_article = (base_name in named or base in named) and _inflectable(tokens, ending) and (
                not feminine(last, ending) or _a_man_in_that_case(doc.text, mention, ending)
            )
            # A known man's name with a woman's ending ("Pavlova" beside the gazetteer's
            # Pavlov) is his only on evidence; a Korean or Chinese name has no such form.
            known = (
                bool(resolved and resolved[1] == "inflected")
                and bool(load_gazetteer().exact(" ".join((*tokens[:-1], base))))  # by this ending
                and _inflectable(tokens, ending)
            ) and (
                not feminine(last, ending) or east_asian(tokens[0]) or _a_man_in_that_case(doc.text, mention, ending)
            )
            if not (in_article or ending.unambiguous or known):
                continue
            if not (in_article or known) and len(tokens) == 1 and len(last) - len(ending.suffix) < 4:
                continue  # a short word alone needs its base form in the article ("Lama" is no "Lam")
            start, shown, base_name = _inflected_words(mention, ending, base_name)
            suggestion = _spelling_for(base_name, analysis)
            if ctx.house and ctx.house.form_for(suggestion):
                suggestion = aligned(suggestion, ctx.house.form_for(suggestion) or suggestion)
            note = "" if suggestion == base_name else f', which stands for "{suggestion}"'
            yield Hit(
                start,
                mention.end,
                f'"{shown}" carries the source language\'s {ending.case} ending "-{ending.suffix}"; '
                f'the name is "{base_name}"{note}',
                suggestion,
            )
            break


# From this Zipf frequency a word is English ("Sense", "Ultimate", "Kabuki"), not
# a name with a case ending beside its base.
_ENGLISH = 3.0


def _inflectable(tokens: tuple[str, ...], ending: Ending) -> bool:
    """Whether a name's last word may be its base in another case: an ending no
    English name has, a Korean or Chinese name's given name ("Kim Chen Ina"), or a
    word that is neither English nor a given name of its own ("Marina" beside
    "Marino", "Maria" beside "Mari" are two names)."""
    word = tokens[-1]
    return ending.unambiguous or east_asian(tokens[0]) or (zipf(word) < _ENGLISH and not is_given_name(word))


# Words after which a surname ending in -ova/-eva/-ina is a man's in the genitive,
# dative or instrumental rather than a woman's ("named after Arsenyeva", "a letter
# from Ivanova" beside "Ivanov" elsewhere): English prepositions that govern a case.
_GOVERNING = frozenset({"of", "from", "to", "with", "by", "after", "about", "for", "against", "at", "behind"})
_INITIALS = regex.compile(r"(?:\p{Lu}\.[ \t]*)+$")


def _a_man_in_that_case(text: str, mention: Mention, ending: Ending) -> bool:
    """Evidence that "Abutalimova" beside "Abutalimov" is the man in another case, not a
    woman: the given name before it is a man's with the same ending ("Zaura": Zaur),
    or a preposition governs it, across initials and a line break ("named after. V. K.
    Arsenyeva", where a segmenter split the sentence)."""
    tokens = split_tokens(mention.text)
    if len(tokens) > 1:
        given = tokens[-2]
        if masculine(given) or (
            given.lower().endswith(ending.suffix) and masculine(given[: len(given) - len(ending.suffix)])
        ):
            return True
    before = _INITIALS.sub("", text[max(0, mention.start - 60) : mention.start].rstrip()).rstrip(" \t\n.,")
    words = before.split()
    return bool(words) and words[-1].lower() in _GOVERNING


def _inflected_words(mention: Mention, ending: Ending, base_name: str) -> tuple[int, str, str]:
    """Where the finding starts, the words it shows, and the name without its endings.
    A given name before the surname that carries the same ending of a man's name
    changes too ("Zaura Abutalimova" is "Zaur Abutalimov"); a company before the
    name does not ("Ivideon Zaura Abutalimova")."""
    tokens = split_tokens(mention.text)
    last_start = mention.end - len(tokens[-1])
    if len(tokens) > 1:
        given = tokens[-2]
        stem = given[: len(given) - len(ending.suffix)]
        if given.lower().endswith(ending.suffix) and masculine(stem) and not masculine(given):
            given_start = last_start - 1 - len(given)
            surname = base_name[last_start - mention.start :]
            return given_start, mention.text[given_start - mention.start :], f"{stem} {surname}"
    return mention.start, mention.text, base_name
@lru_cache(maxsize=1 << 16)
def _endings(name: str) -> tuple[tuple[str, Ending], ...]:
    """The case endings a name's last word may carry, as `uninflect` gives them:
    none on an acronym ("BCE"). Most names have none, and then there is nothing
    to look up; names recur, so this is cached."""
    tokens = split_tokens(name)
    # A single word may lose its ending down to three letters ("Brni", Brno) when the
    # base is in the article: `check` asks the article before reporting.
    return () if tokens[-1].isupper() else uninflect(tokens[-1], min(3, shortest_base(tokens)))


def _spelling_for(base_name: str, analysis: NameAnalysis) -> str:
    """The base form, or the gazetteer's spelling when the base is a known wrong one."""
    resolved = analysis.resolve(base_name)
    return resolved[0].canonical if resolved and resolved[1] == "wrong" else base_name
