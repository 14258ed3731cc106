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

from translint.document import Document
from translint.issue import Hit, Severity
from translint.names.analysis import NameAnalysis, aligned, analyse
from translint.names.keys import (
    Ending,
    feminine,
    shortest_base,
    split_tokens,
    uninflect,
)
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
    candidates = [(mention, endings) for mention in analysis.mentions if (endings := _endings(mention.text))]
    if not candidates:
        return
    # Forms a base may take elsewhere in the article: whole names and surnames.
    named = {m.text for m in analysis.mentions} | {split_tokens(m.text)[-1] for m in analysis.mentions}
    for mention, endings in candidates:
        if ctx.house and mention.text in ctx.house.accepted:
            continue
        resolved = analysis.resolve(mention.text)
        if resolved and resolved[1] in ("good", "wrong"):
            continue  # a known spelling, even if it ends like a case form ("Zakharova")
        last = split_tokens(mention.text)[-1]
        for base, ending in endings:
            base_name = mention.text[: len(mention.text) - len(last)] + base
            in_article = (base_name in named or base in named) and not feminine(last, ending)
            if not (in_article or ending.unambiguous or (resolved and resolved[1] == "inflected")):
                continue
            suggestion = _spelling_for(base_name, analysis)
            if ctx.house and ctx.house.form_for(suggestion):
                suggestion = aligned(suggestion, ctx.house.form_for(suggestion) or suggestion)
            note = "" if suggestion == base_name else f', which stands for "{suggestion}"'
            yield Hit(
                mention.start,
                mention.end,
                f'"{mention.text}" carries the source language\'s {ending.case} ending "-{ending.suffix}"; '
                f'the name is "{base_name}"{note}',
                suggestion,
            )
            break


@lru_cache(maxsize=1 << 16)
def _endings(name: str) -> tuple[tuple[str, Ending], ...]:
    """The case endings a name's last word may carry, as `uninflect` gives them:
    none on an acronym ("BCE"). Most names have none, and then there is nothing
    to look up; names recur, so this is cached."""
    tokens = split_tokens(name)
    return () if tokens[-1].isupper() else uninflect(tokens[-1], shortest_base(tokens))


def _spelling_for(base_name: str, analysis: NameAnalysis) -> str:
    """The base form, or the gazetteer's spelling when the base is a known wrong one."""
    resolved = analysis.resolve(base_name)
    return resolved[0].canonical if resolved and resolved[1] == "wrong" else base_name
