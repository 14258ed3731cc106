"""A sentence cut off: it ends on "the" or "and", or a prose paragraph stops mid-sentence.

## What it finds
Two shapes of a sentence that the translation or the pipeline cut short:

- a sentence whose last word cannot end one: an article, a possessive
  determiner or a conjunction ("… signed with the.", "… and."). The list is
  data (`dangling` in rules/common/sentences.toml). Auxiliaries are not on
  it, because English ends sentences on them ("as he said he would."). An
  ellipsis ("and …") is a deliberate trailing off and is left alone;
- a sentence that ends on a preposition whose object is missing ("… the
  museum named after.", "… in the city of."). English strands a preposition
  when its object moved: into a relative clause or question ("the town she
  grew up in.", "what they were looking for."), an infinitive ("nothing to
  worry about.") or a passive subject ("it is paid for."). So the
  preposition is reported only when the sentence has none of these: no
  relative or question word, no subject pronoun after its first word, no
  "to" before a verb and no "be" or "get" before the verb the preposition
  follows. "after", also an adverb ("soon after"), counts only after a past
  form ("named after."); prepositions that are never adverbs ("of", "for",
  "with", …) count after any word; "to", "by" and the particles of phrasal
  verbs ("came to", "stood by", "grew up") never do;
- a prose paragraph whose last sentence stops without final punctuation
  on such a word or on a comma ("… agreed to exchange prisoners and"). The
  paragraph must have at least two sentences, the ones before the last
  ending properly, and must not open with a list marker, so it is running
  text, not a heading, title, caption or list item;
- a line of one sentence (pipelines write one sentence a line) that stops
  on such a word, unless its shape makes it no prose: the title, a list
  item, a heading in title case, a block a Markdown or HTML reader calls no
  paragraph, a line of under five words. A line that stops on a comma is
  left alone: sources split long sentences into segments at commas.

A paragraph of whole sentences whose last one merely lacks its full stop
("… we will call you tomorrow") is reported only with the option
`missing-stop = true`: chat messages and social posts end that way on
purpose, and so do a translation's lines when the source's do.

Lines that the web-residue rules TL110-TL115 (breadcrumb, byline,
photo-credit, glued-byline, web-widget, link-lead-in) report are theirs:
their cut-off look comes from the page, and deleting the residue mends them.

## Options
`missing-stop` (default false), under
`[tool.translint.rule-options.truncated-sentence]`: also report a prose
paragraph whose last sentence of three words or more, not capitalised like
a title (a source line such as "Ukrinform"), stops without final
punctuation, whatever its last word.

## Why it matters
A translation that stops early loses the end of the source sentence; a
reader notices the missing words, a search engine indexes half a claim. The
source must be translated again.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.ruledata import DataRule
from translint.rules._lexicon import lexicon
from translint.rules._prose import (
    Paragraph,
    ends_terminal,
    is_list_item,
    is_prose,
    is_prose_kind,
    is_title_like,
    paragraphs,
    word_list,
    words,
)

CODE = "TL305"
NAME = "truncated-sentence"
SEVERITY = Severity.WARNING
OPTIONS = {"missing-stop": False}
EXAMPLES = (
    Example(
        bad="The ministry signed a memorandum with the.",
        good="The ministry signed a memorandum with the bank.",
    ),
    Example(
        bad="They opened a museum of rail history named after.",
        good="They opened a museum of rail history named after Vasyl Petrenko.",
    ),
    Example(
        bad="Talks resumed on Monday. Both sides agreed to exchange prisoners and",
        good="Talks resumed on Monday. Both sides agreed to exchange prisoners and the dead.",
    ),
)
NOT_FLAGGED = (
    "This is the town she grew up in. It is the prize they fought for. The bill is paid for.",
    "Talks resume on Monday\nBoth sides agreed to exchange prisoners. The details follow:",
)

# The last word before the final punctuation, not inside quotes or brackets ("the word “and”.").
_LAST_WORD = regex.compile(r"(?<=\s)(?P<word>\p{L}+)(?P<stop>[.!?]+)[\"”’')\]]*$")
_LAST_WORD_CLOSERS = "\"”’')]"  # the closing marks _LAST_WORD allows after the stop
_STOPS = (".", "!", "?")
_LAST_TOKEN = regex.compile(r"(?:(?<=\s)(?P<word>\p{L}+)|(?<=\p{L})(?P<comma>,))$")
MIN_CUT_LINE_WORDS = 5  # a shorter line that stops on "and" may be a label or a list's lead-in
_RESIDUE_CODES = ("TL110", "TL111", "TL112", "TL113", "TL114", "TL115")


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    dangling, stranded, last_words = _last_words()
    missing_stop = ctx.option(NAME, "missing-stop")
    text = doc.text
    for paragraph in paragraphs(doc):
        sentences = paragraph.sentences
        if not sentences:
            continue
        hits = []
        for start, end in sentences:
            # A sentence can only be reported when its text ends on a dangling
            # word or a preposition and a stop: C-level str tests and a set
            # lookup of the last word, so the regex runs only then.
            # They test the text in place, by bounds: a copy of each sentence,
            # by a call to doc.span_text, cost more than the tests.
            tail_end = end
            if text[end - 1] in _LAST_WORD_CLOSERS:
                tail_end = start + len(text[start:end].rstrip(_LAST_WORD_CLOSERS))
            if not text.endswith(_STOPS, start, tail_end):
                continue
            if text[text.rfind(" ", start, tail_end) + 1 : tail_end - 1] not in last_words:
                continue
            match = _LAST_WORD.search(text, max(start, end - 40), end)
            if not match or match.group("stop") not in (".", "!", "?"):
                continue
            word = match.group("word")
            if word in dangling:
                message = f'sentence ends on "{word}": the end of it is missing'
            elif (
                word in stranded
                and match.group("stop") == "."
                and _object_missing(word, word_list(text[start : match.start("word")]))
            ):
                message = f'sentence ends on "{word}" with no object: the end of it is missing'
            else:
                continue
            hits.append(Hit(match.start("word"), match.end("stop"), message))
        if len(sentences) > 1:
            cut = _unpunctuated_end(doc, paragraph, missing_stop)
        elif paragraph.index and text[paragraph.span.end - 1].isalpha():
            # A line of one sentence is cut off only after a letter, and is not
            # the title: nearly every line fails this test, which spares it the call.
            cut = _cut_line(doc, paragraph)
        else:
            cut = None
        if cut is not None:
            hits.append(cut)
        if hits and not _is_residue(doc, paragraph.span.start, paragraph.span.end, ctx):
            yield from hits


@cache
def _last_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words a sentence cannot end on (`dangling`), the prepositions that need an object
    (`stranded`), and both: made once, not for every article."""
    closed = words()
    stranded = closed.stranded | closed.stranded_after_participle
    return closed.dangling, stranded, closed.dangling | stranded


def _object_missing(preposition: str, before: list[str]) -> bool:
    """Whether a final preposition after these words lacks its object: nothing moved it away (see the module doc)."""
    closed, lex = words(), lexicon()
    lowered = [w.lower().replace("’", "'") for w in before]
    if not lowered:
        return False
    if preposition not in closed.stranded and not _is_past_form(lowered[-1]):
        return False  # "soon after", "came to": an adverb or particle
    tokens = []
    for word in lowered:  # "it's" is "it" and "'s", a subject and a "be"
        head, mark, tail = word.partition("'")
        tokens += [head, mark + tail] if mark and tail in ("s", "re", "m") else [word]
    if any(t in closed.stranding_licences for t in tokens):
        return False
    if any(t in closed.subjects for t in tokens[1:]) or any(
        t == "to" and nxt in lex.base for t, nxt in zip(tokens, tokens[1:])
    ):
        return False
    auxiliary_at = len(tokens) - 2  # before the verb the preposition follows
    while auxiliary_at > 0 and (tokens[auxiliary_at].endswith("ly") or tokens[auxiliary_at] in ("well", "already", "not")):
        auxiliary_at -= 1  # "is well paid for", "was already dealt with"
    return not (auxiliary_at >= 0 and tokens[auxiliary_at] in closed.passive_auxiliaries)


def _is_past_form(word: str) -> bool:
    lex = lexicon()
    return word in lex.finite and word not in lex.base and not word.endswith("s")


def _unpunctuated_end(doc: Document, paragraph: Paragraph, missing_stop: bool) -> Hit | None:
    """The cut-off end of a prose paragraph whose sentences but the last end properly
    (a paragraph of two sentences or more: a line of one is `_cut_line`'s).

    The last sentence is tested first, before is_prose: nearly every paragraph ends properly.
    """
    *before, final = paragraph.sentences
    last = doc.span_text(final)
    if ends_terminal(last) or not is_prose(doc, paragraph):
        return None
    if not all(ends_terminal(doc.span_text(s)) for s in before):
        return None
    end = final.end
    tail = _LAST_TOKEN.search(last)
    if tail and (tail.group("word") in words().dangling or tail.group("comma")):
        return Hit(end - len(tail.group()), end, f'paragraph stops at "{tail.group()}": the sentence is cut off')
    if missing_stop and last[-1:].isalnum() and len(word_list(last)) >= 3 and not is_title_like(last):
        return Hit(end - 1, end, "paragraph stops without final punctuation: the sentence may be cut off")
    return None


def _cut_line(doc: Document, paragraph: Paragraph) -> Hit | None:
    """The cut-off end of a line of one sentence that stops on a word that cannot end one ("and", "the").

    Pipelines write one sentence a line, so such a line is prose unless its
    shape says otherwise: the title, a list item, a heading in title case, a
    line of a Markdown or HTML reader that is no paragraph, or a line of
    under MIN_CUT_LINE_WORDS words. A line that stops on a comma is not
    reported: sources split long sentences into segments at commas, and
    their translations keep the split.

    The caller has tested that the line is not the title and ends on a letter.
    """
    span = paragraph.span
    text = doc.text
    line = text[span.start : span.end]
    # The word _LAST_TOKEN finds is the line's last piece between white space
    # (its \s is white space to str.split too): a set lookup rules out nearly
    # every line before the pattern runs.
    if line.rsplit(None, 1)[-1] not in words().dangling:
        return None
    tail = _LAST_TOKEN.search(text, max(span.start, span.end - 30), span.end)
    if not tail or tail.group("word") not in words().dangling:
        return None
    if not is_prose_kind(paragraph) or is_list_item(line) or is_title_like(line):
        return None
    if len(word_list(line)) < MIN_CUT_LINE_WORDS:
        return None
    return Hit(span.end - len(tail.group()), span.end, f'line stops at "{tail.group()}": the sentence is cut off')


def _is_residue(doc: Document, start: int, end: int, ctx: Context) -> bool:
    """Whether one of the web-residue rules TL110-TL115 reports this line."""
    line = Document(doc.path, doc.text[start:end])
    return any(next(iter(rule.check(line, ctx)), None) is not None for rule in _residue_rules())


@cache
def _residue_rules() -> tuple[DataRule, ...]:
    """The registry's own TL110-TL115 rule objects, so their patterns stay in one place."""
    from translint.registry import load_registry  # the registry imports this module: import late

    return tuple(
        rule for rule in load_registry().rules if rule.info.code in _RESIDUE_CODES and isinstance(rule, DataRule)
    )
