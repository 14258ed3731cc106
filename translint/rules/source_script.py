"""Letters of another script than English's, left in the translation.

## What it finds
Runs of letters that are not Latin (Cyrillic, Han, Hangul, Arabic, Greek, ...)
in an English article: a word the translation system did not translate, or a
name it copied in the original spelling. One finding per run; words of the
run separated by spaces or hyphens belong to the same run. A lone look-alike
letter inside a Latin word is a homoglyph (TL102), not source text.

## Why it matters
English readers cannot read the leftover, and search engines index it as
noise. Names speak with one voice: a run the names gazetteer knows as the
source form of a person, place or organisation ("Одесса") gets that entity's
English spelling ("Odesa"), or the house file's. Other capitalised runs, and
runs of scripts without capitals, get ICU's romanisation with the
transliterator of the detected source language (Russian-Latin/BGN,
Ukrainian-Latin/BGN, Hangul-Latin, Han-Latin, ...) as a starting point. A
lower-case Cyrillic, Greek or Armenian run, or a run of hiragana, is common
words: they need translating, and no romanisation is offered.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.names.gazetteer import load_gazetteer
from translint.rule import Context, Example
from translint.translit import FOREIGN_RUN, homoglyph_word, may_be_foreign, romanise, script_of

CODE = "TL101"
NAME = "source-script"
SEVERITY = Severity.ERROR
EXAMPLES = (
    Example(bad="The deal was signed in Минск on Monday.", good="The deal was signed in Minsk on Monday."),
)

def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    if not may_be_foreign(text):
        return
    for match in FOREIGN_RUN.finditer(text):
        if homoglyph_word(text, match.start(), match.end()):
            continue
        run = match.group()
        scripts = " and ".join(dict.fromkeys(script_of(c) for c in run if c.isalpha()))
        entry = load_gazetteer().for_source(run)
        if entry is not None:
            english = (ctx.house and ctx.house.form_for(entry.canonical)) or entry.canonical
            message = f'{scripts} text "{run}" left in the English article; the name is "{english}" in English'
            yield Hit(match.start(), match.end(), message, suggestion=english)
        elif _common_word(run):
            message = f'{scripts} text "{run}" left in the English article; translate it'
            yield Hit(match.start(), match.end(), message)
        else:
            latin, transform = romanise(run, ctx.source_languages)
            latin = (ctx.house and ctx.house.form_for(latin)) or latin
            yield Hit(
                match.start(),
                match.end(),
                f'{scripts} text "{run}" left in the English article; ICU {transform} gives '
                f'"{latin}" (translate it, or use the English spelling of a name)',
                suggestion=latin,
            )


def _common_word(run: str) -> bool:
    """A run in a cased script with no capital letter, or in hiragana alone
    (Japanese writes its particles and inflections in it, names in kanji or
    katakana): common words, not a name."""
    letters = [c for c in run if c.isalpha()]
    if all(script_of(c) == "Hiragana" for c in letters):
        return True
    return any(c.islower() for c in letters) and not any(c.isupper() for c in letters)
