"""What the sentence rules (TL303-TL309) share: which lines are prose, and a
light reading of a sentence's words.

A news article mixes prose with lines that are not sentences: the title,
headings, captions, datelines, list items, page furniture. Sentence rules
judge only prose, and they tell it from the rest by the line's shape, not by a
list of known headings: prose runs to two sentences or more, ends with final
punctuation and opens with no list marker; a sentence capitalised like a
title is a name, dateline or heading. The closed word classes (determiners,
auxiliaries, …) are data in rules/common/sentences.toml, the open ones a
generated lexicon (translint/rules/_lexicon.py).

The rules of repeated words (TL123, TL301) share `letter_runs`, a tokenisation
cheap enough to rule out a repetition before their backreference patterns run;
rules that compare lines or sentences with white space collapsed (TL122,
TL130) skip the collapsing in `single_spaced` text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import regex

from translint.data import load_data
from translint.document import Document, Span

DATA_FILE = "common/sentences.toml"

_CLOSERS = "\"”’'»)]"
# Bullets and list numbers: "- item", "• item", "1. item", "2) item", "a) item", "1.Item".
_LIST_MARKER = regex.compile(r"^(?:(?:[-–—•*·▪►✓✔>]|\d{1,2}[.)]|\p{Ll}\))\s|\d{1,2}\.(?=\p{Lu}))")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*['’]?")
# Kinds of block (from a Markdown or HTML reader) that hold running text.
_PROSE_KINDS = frozenset({"paragraph", "quote"})
# Words of a title that stay lower case in Title Case.
_MINOR = frozenset("a an the and or nor but of in on at to for by with from as vs via per into".split())
_INITIALS = regex.compile(r"(?:\p{L}\.)+")  # "J.R.R.", "U.S."
# A run of letters as the repetition rules' `re` patterns read one, and, for
# ASCII text, the same at C speed: letters lowered, every other character a space.
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = str.maketrans({chr(c): chr(c).lower() if chr(c).isalpha() else " " for c in range(128)})
# The ASCII white space that is neither a space nor a line break, and two spaces running.
_ODD_SPACES = ("  ", "\t", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")


@dataclass(frozen=True)
class Words:
    """The closed word classes of sentences.toml, as sets."""

    finite: frozenset[str]
    finite_suffixes: tuple[str, ...]
    s_contracts: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    subjects: frozenset[str]
    clause_openers: frozenset[str]
    formulae: tuple[str, ...]
    abbreviations: frozenset[str]
    lowercase_abbreviations: frozenset[str]
    dangling: frozenset[str]
    reporting: frozenset[str]
    sentence_adverbs: frozenset[str]
    stranded: frozenset[str]
    stranded_after_participle: frozenset[str]
    stranding_licences: frozenset[str]
    passive_auxiliaries: frozenset[str]


@cache
def words() -> Words:
    """The word classes, read once; `abbreviations` adds the segmenter's list to this file's."""
    data = load_data(DATA_FILE)
    return Words(
        finite=frozenset(data["finite"]),
        finite_suffixes=tuple(data["finite_suffixes"]),
        s_contracts=frozenset(data["s_contracts"]),
        determiners=frozenset(data["determiners"]),
        prepositions=frozenset(data["prepositions"]),
        subjects=frozenset(data["subjects"]),
        clause_openers=frozenset(data["clause_openers"]),
        formulae=tuple(data["formulae"]),
        abbreviations=frozenset(data["abbreviations"]) | frozenset(load_data("common/abbreviations.toml")["abbreviations"]),
        lowercase_abbreviations=frozenset(data["lowercase_abbreviations"]),
        dangling=frozenset(data["dangling"]),
        reporting=frozenset(data["reporting"]),
        sentence_adverbs=frozenset(data["sentence_adverbs"]),
        stranded=frozenset(data["stranded"]),
        stranded_after_participle=frozenset(data["stranded_after_participle"]),
        stranding_licences=frozenset(data["stranding_licences"]),
        passive_auxiliaries=frozenset(data["passive_auxiliaries"]),
    )


@cache
def abbreviation_words() -> frozenset[str]:
    """Abbreviations lower-cased and without their dot ("etc", "ltd", "gen"): a dot after them ends no sentence."""
    closed = words()
    return closed.lowercase_abbreviations | {a.rstrip(".").lower() for a in closed.abbreviations}


def ends_terminal(text: str) -> bool:
    """Whether text ends like a sentence: . ! ? or …, maybe then closing quotes or brackets ("…term.”")."""
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def ends_on_abbreviation(text: str) -> bool:
    """Whether the last word is an abbreviation or an initial ("Co. Ltd.", "J."): ICU may have cut there."""
    words_of = text.rstrip("\"”’'»)]").rsplit(None, 1)  # empty when the text is only quotes and brackets
    last = words_of[-1].lstrip("\"“‘'«([") if words_of else ""
    return last in words().abbreviations or bool(_INITIALS.fullmatch(last))


def is_list_item(text: str) -> bool:
    """Whether a paragraph opens with a bullet or a list number."""
    return bool(_LIST_MARKER.match(text))


def word_list(text: str) -> list[str]:
    """Word tokens with inner apostrophes, hyphens and dots ("Kim's", "long-term", "U.S", "2.5")."""
    words: list[str] = _WORD.findall(text)
    return words


def is_title_like(text: str) -> bool:
    """Capitalised like a title or heading: most longer words start upper case, or all capitals."""
    tokens = [w for w in word_list(text) if w[0].isalpha()]
    if not tokens:
        return True
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return True
    content = [w for w in tokens[1:] if w.lower() not in _MINOR]
    if len(content) < 2:
        return False
    return sum(w[0].isupper() for w in content) >= 0.75 * len(content)


def single_spaced(text: str) -> bool:
    """Whether the text is ASCII and its only white space but line breaks is
    single spaces, tested at C speed. Then any piece of a line with no space
    at either end (a paragraph, a sentence) is its own " ".join(piece.split()).
    """
    return text.isascii() and not any(map(text.__contains__, _ODD_SPACES))


def letter_runs(doc: Document) -> list[str]:
    r"""Every maximal run of letters ([^\W\d_]+ in `re`) of the text, lowered,
    computed once per document.

    Lowered as `re` compares a backreference under IGNORECASE: character by
    character, by the simple lowercase mapping. Runs a backreference calls
    equal are then equal strings, so gates can compare them at C speed.
    str.lower() uses that mapping for every character but two, so these are
    lowered by hand first: "İ" (which str.lower() makes "i" and a combining
    dot) and "Σ" (which it makes "ς" at the end of a word). Lowering keeps
    every character in or out of the letter class, so the runs of the
    lowered text are the lowered runs of the text (tests check both facts on
    every code point). ASCII text, most articles, has the letters A-Z and
    a-z only and is split by str.translate and str.split, about five times
    faster than `re` finds the runs.
    """
    return doc.derived("letter-runs", _letter_runs)


def _letter_runs(doc: Document) -> list[str]:
    text = doc.text
    if text.isascii():
        return text.translate(_ASCII_LETTERS).split()
    runs: list[str] = _LETTER_RUN.findall(text.replace("İ", "i").replace("Σ", "σ").lower())
    return runs


class Paragraph(NamedTuple):
    """A paragraph with the sentences ICU found in it and its place in the article.

    A named tuple: sentence rules build one per line of every article, and a
    tuple costs a third of a frozen dataclass to make.
    """

    span: Span
    sentences: list[Span]
    index: int  # 0 for the first non-blank line: the title
    kind: str = ""  # what a Markdown or HTML reader says the line was; "" for plain text


_make_tuple = tuple.__new__


def paragraphs(doc: Document) -> list[Paragraph]:
    """Each paragraph with its sentences and kind, computed once per document for all sentence rules."""
    return doc.derived("sentence-rules.paragraphs", _paragraphs)


def _paragraphs(doc: Document) -> list[Paragraph]:
    # Readers of Markdown and HTML know what each line was ("heading", "item", …).
    kinds = {block.span.start: block.kind for block in getattr(doc, "blocks", ())}
    sentences = doc.sentences
    # Sentences come in text order, so a paragraph's are the slice of those
    # that start inside it, found by bisection.
    starts = [span.start for span in sentences]
    found = []
    at = 0
    for index, span in enumerate(doc.paragraphs):
        first = bisect_left(starts, span.start, at)
        at = bisect_left(starts, span.end, first)
        # tuple.__new__ makes the named tuple without the Python-level __new__
        # that Paragraph(...) runs (as namedtuple's own _make does): half the
        # cost of each of the lines of every article.
        found.append(_make_tuple(Paragraph, (span, sentences[first:at], index, kinds.get(span.start, ""))))
    return found


def is_prose_kind(paragraph: Paragraph) -> bool:
    """Whether a Markdown or HTML reader calls the paragraph running text (plain text says nothing)."""
    return not paragraph.kind or paragraph.kind in _PROSE_KINDS


def is_prose(doc: Document, paragraph: Paragraph) -> bool:
    """Whether a paragraph is running text rather than a title, heading, caption or list item.

    Decided from its shape: prose holds at least two sentences, ends with
    final punctuation and does not open with a list marker. A line that is
    one sentence is, by its shape, a title, heading, caption, dateline,
    tagline or product line, which may lack a verb or a full stop on
    purpose. When a Markdown or HTML reader says what the line was, a
    heading, list item or caption is never prose.
    """
    if not is_prose_kind(paragraph):
        return False
    if len(paragraph.sentences) < 2:
        return False
    return not is_list_item(doc.span_text(paragraph.span))
