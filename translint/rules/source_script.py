"""Letters of another script than English's, left in the translation.

## What it finds
Runs of letters that are not Latin (Cyrillic, Han, Hangul, Arabic, Greek, ...)
in an English article: a word the translation system did not translate, or a
name it copied in the original spelling. One finding per run; words of the
run separated by spaces or hyphens belong to the same run.

## Why it matters
English readers cannot read the leftover, and search engines index it as
noise. The finding names the script and gives ICU's romanisation as a
starting point, but an untranslated common word needs translating, not
romanising.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.ruledata import load_data

CODE = "TL101"
NAME = "source-script"
SEVERITY = Severity.ERROR
EXAMPLES = (
    Example(bad="The deal was signed in Минск on Monday.", good="The deal was signed in Minsk on Monday."),
)

_FOREIGN = r"[^\P{L}\p{Latin}\p{Common}]"
_RUN = regex.compile(rf"{_FOREIGN}(?:{_FOREIGN}|\p{{M}}|[ \-'’](?={_FOREIGN}))*")


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    for match in _RUN.finditer(doc.text):
        run = match.group()
        scripts = _scripts(run)
        latin = romanise(run, scripts[0])
        yield Hit(
            match.start(),
            match.end(),
            f'{" and ".join(scripts)} text "{run}" left in the English article; '
            f'ICU romanises it as "{latin}" (translate it, or use the English spelling of a name)',
            suggestion=latin,
        )


def _scripts(run: str) -> list[str]:
    import icu

    names: list[str] = []
    for char in run:
        if char.isalpha():
            name = icu.Script.getScript(char).getName()
            if name not in names:
                names.append(name)
    return names


def romanise(text: str, script: str) -> str:
    """ICU's romanisation of `text` with the transliterator configured for its script."""
    table = load_data("common/scripts.toml")
    ids = table["transliterators"]
    transform = ids.get(script, ids["default"])
    if script == "Cyrillic":
        transform = next((c["transliterator"] for c in table["cyrillic"] if set(c["letters"]) & set(text)), transform)
    latin = _transliterator(transform).transliterate(text)
    for mark in table["cleanup"]["drop"]:
        latin = latin.replace(mark, "")
    return latin


@cache
def _transliterator(transform_id: str):  # type: ignore[no-untyped-def]
    import icu

    return icu.Transliterator.createInstance(transform_id)
