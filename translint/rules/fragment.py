"""A prose sentence without a finite verb: what is left when the translation drops a clause.

## What it finds
A sentence of running text that ends with a full stop and has no finite
verb, such as "North Korea “for the long term.”" between two whole
sentences. The verbs come from a generated English lexicon
(rules/common/verb-lexicon.txt); a word that can be a noun or a verb
("talks", "term") counts as a noun right after "the", a possessive, a
preposition or a number and the adjectives that follow them ("for the long
term"), and as a verb after a subject ("it talks") or a noun ("Russia
signed"). A sentence that can be read as an imperative ("Support local
farms.") or whose subject was dropped ("Went home early.") is no fragment.

Only prose is checked, decided from the line's shape: a paragraph of two
sentences or more that ends with final punctuation and opens with no list
marker. Pipelines that write one sentence a line make a line of one
sentence prose too, but such a line that lacks a verb is most often a
heading, caption, dateline, tagline or product line ("Light, warm and
waterproof."). So a verbless line of one sentence is reported only on
evidence that it is a broken sentence: it is not the title, has ten words
or more, ends with a full stop, opens on an adverbial that promises a main
clause (a preposition, "According to", "However,", "Previously,"), and the
lines before and after it are long whole sentences; no heading opens that
way, so its capitals (names of departments, say) do not make it one. Also
left alone: sentences
under four words ("Of course."), questions and exclamations, quotations,
sentences with a colon ("Photo: Reuters.") or a label ("[Photo] …"),
sentences capitalised like a title ("Novosti Agency, Minsk, May 3."),
set phrases ("Thanks for the photos.", "What a day."), and the halves of a
sentence that an abbreviation's dot cut ("Lida Co., Ltd.").

## Why it matters
Machine translation loses the verb when it splits or reorders a long source
sentence; the remainder still looks like a sentence but says nothing, and
the fact it carried (here, who signed for how long) is gone. The source
sentence must be translated again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example
from translint.rules._lexicon import lexicon
from translint.rules._prose import (
    Paragraph,
    ends_on_abbreviation,
    ends_terminal,
    is_prose,
    is_prose_kind,
    is_title_like,
    paragraphs,
    words,
)

CODE = "TL303"
NAME = "fragment"
SEVERITY = Severity.WARNING
EXAMPLES = (
    Example(
        bad="The two leaders met in Pyongyang on Wednesday. The agreement on a strategic partnership for the long term. "
        "Its text has not been published.",
        good="The two leaders met in Pyongyang on Wednesday. They signed an agreement on a strategic partnership "
        "for the long term. Its text has not been published.",
    ),
    Example(
        bad="Officials met on Monday. In addition, the increase in the price of gas for households.",
        good="Officials met on Monday. In addition, they discussed the increase in the price of gas for households.",
    ),
)
NOT_FLAGGED = ("Talks in Pyongyang\nOfficials met on Monday. Check the ministry's site for details.",)

MIN_WORDS = 4
MIN_LINE_WORDS = 10  # a verbless line of one sentence shorter than this is style, not a broken sentence
# Words, and the punctuation that ends a clause (quotes are not clause ends: “for the long term.”).
_TOKEN_SHAPE = r"{alnum}+(?:['’\-.]{alnum}+)*['’]?|[,;:()\[\]—–]|(?<={space})-(?={space})"
_TOKEN = regex.compile(_TOKEN_SHAPE.format(alnum=r"[\p{L}\p{N}]", space=r"\s"))
# The same tokens of ASCII text, found faster by `re`: these classes hold the
# ASCII characters of those above (a test compares them on every one).
_ASCII_TOKEN = re.compile(_TOKEN_SHAPE.format(alnum="[A-Za-z0-9]", space=r"[\t\n\x0b\x0c\r ]"))
_ENDS_WITH_STOP = regex.compile(r"(?<!\.)\.[\"”’'»)\]]*$")
_QUOTED = regex.compile(r"^[\"“‘'«(\[].*[\"”’'»)\]]\.?$")
# A caption label or footnote mark before the text: "[Photo] …", "* Only on macOS."
# What may stand before a sentence's first word: quotes, brackets, emoji and other symbols.
_OPENING_MARKS = regex.compile(r"[\"“‘'«(\[\p{So}\p{Sk}\s]*")
_LABEL = regex.compile(r"^(?:\[[^\]]*\]|\([^)]*\)|[*#†▽△■□●◆◇※>]+)")
# Adverbs that do not change what the next word can be ("it also talks").
_TRANSPARENT = frozenset("also still already not never often always just even only further again soon".split())

_START, _CLAUSE, _NOUN_PHRASE, _MODIFIED, _SUBJECT, _TO, _OTHER = range(7)
_STATES = range(7)
_VERB = 7  # no state: the word just read is a finite verb
# What has_finite_verb learnt of each word: the state after it from each state
# before it. Bounded, as the words of a long run are not.
_MOVES: dict[str, bytes] = {}
_MOVES_LIMIT = 1 << 16
# The same for each piece of text between spaces ("Russia,", "(Reuters)"): its
# words' moves composed, or b"" for a piece only the token reader can read.
# A piece's moves have two entries more: _VERB, which stays, and _OWNER.
_PIECES: dict[str, bytes] = {}
_PIECES_LIMIT = 1 << 16
_OWNER = 8  # no state of the token reader: after "X's", which the next word makes "X is" or a possessive
_OPENS: dict[str, bool] = {}  # a line's first piece: whether it opens on an adverbial (_promises_a_clause)
_UNCHANGED = bytes(range(_OWNER + 1))  # the moves of a piece with no word: every state stays
# How many pieces to split off at a time: the verb comes within a few words.
_PIECES_AT_ONCE = 4


def has_finite_verb(text: str) -> bool:
    """Whether any word of `text` can be read as a finite verb (or an imperative) in its place.

    Reads the text a piece between spaces at a time, each piece's moves
    looked up in a table (`_piece_moves`): no token ever spans a space, so
    that reading is the token reader's (`_reads_finite_verb`), at half its
    cost (str.split and one dictionary access a piece instead of a match
    object a word). A possessive whose reading is the next word's, maybe in
    the next piece, leaves the state _OWNER; only a lone "-" sends the text
    to the token reader. How words are read is told there.
    """
    moves_of = _PIECES
    state = _START
    rest = text
    while rest:
        # A few pieces at a time: the verb comes within a few words in nearly
        # every sentence, so splitting the rest would be wasted.
        pieces = rest.split(None, _PIECES_AT_ONCE)
        rest = pieces.pop() if len(pieces) > _PIECES_AT_ONCE else ""
        for piece in pieces:
            moves = moves_of.get(piece)
            if moves is None:
                moves = _piece_moves(piece)
            if not moves:
                return _reads_finite_verb(text)
            state = moves[state]
            if state == _VERB:
                return True
    return False


def _piece_moves(piece: str) -> bytes:
    """The state after a piece between spaces from each state before it, or
    b"" when that depends on the text around it; kept while the table has room.

    A lone "-" is a token only between two spaces of the token pattern's
    kind (not "\x1c", on which str.split also splits).
    """
    moves = b"" if piece == "-" else _UNCHANGED
    if moves:
        for token in (_ASCII_TOKEN if piece.isascii() else _TOKEN).findall(piece):
            word = _word_moves(token)
            moves = bytes(word[state] for state in moves)
    if len(_PIECES) < _PIECES_LIMIT:
        _PIECES[piece] = moves
    return moves


def _word_moves(token: str) -> bytes:
    """A word's moves as a piece's: from each state of the token reader, from _VERB and from _OWNER.

    They are the token reader's, step by step: a possessive or contraction
    is a verb or starts a noun phrase from any state, or leaves _OWNER when
    the next word decides; from _OWNER, a word that cannot start the owned
    noun makes "X's" a verb, any other is read after a noun phrase's start.
    """
    moves = _MOVES.get(token)
    if moves is None:
        low = token.lower().replace("’", "'")
        if _may_contract(token, low):
            if _next_word_decides(low):
                after = _OWNER
            else:
                after = _VERB if _contracts_a_verb(low, "") else _NOUN_PHRASE
            moves = bytes([after] * len(_STATES))
        else:
            moves = _learn(token, low)
    return moves + bytes([_VERB, _VERB if _owns_nothing(token) else moves[_NOUN_PHRASE]])


def _may_contract(token: str, low: str) -> bool:
    """Whether a word has an inner apostrophe: a possessive or contraction, read with the word after it."""
    return "'" in low.rstrip("'") and token[0].isalnum() and low not in words().finite


def _reads_finite_verb(text: str) -> bool:
    """has_finite_verb, reading token by token.

    A left-to-right reading with one word of memory: the state says what the
    previous words make the next one (the sentence's first word, a new clause
    after a comma or "and", inside a noun phrase after "the", after a
    subject). Unknown words are nouns, except right after a subject pronoun.

    What a word does to the state depends on the word alone (`_after`), but
    for a possessive or contraction, which looks at the next word: so each
    word's moves from all states are worked out the first time it is read
    and then looked up, one dictionary access per word instead of a dozen
    set tests. The table is a cache of a pure function, so it never changes
    a result, and it holds words, not sentences: common words recur in any text.
    """
    moves_of = _MOVES
    tokens = _ASCII_TOKEN if text.isascii() else _TOKEN
    state = _START
    # Tokens are read one at a time: the verb comes within a few words in
    # nearly every sentence, so tokenising the rest would be wasted.
    for match in tokens.finditer(text):
        token = match.group()
        moves = moves_of.get(token)
        if moves is None:
            low = token.lower().replace("’", "'")
            if _may_contract(token, low):
                following = tokens.search(text, match.end())
                if _contracts_a_verb(low, following.group() if following else ""):
                    return True
                state = _NOUN_PHRASE  # "Russia's talks": a possessive starts a noun phrase
                continue
            moves = _learn(token, low)
        state = moves[state]
        if state == _VERB:
            return True
    return False


def _learn(token: str, low: str) -> bytes:
    """The state after `token` from each state before it, kept while the table has room."""
    moves = bytes(_after(token, low, state) for state in _STATES)
    if len(_MOVES) < _MOVES_LIMIT:
        _MOVES[token] = moves
    return moves


def _after(token: str, low: str, state: int) -> int:
    """The state after reading `token` (`low` lowered) in `state`, or _VERB; for
    any word but a possessive or contraction ("Russia's", "they're")."""
    if not token[0].isalnum():
        return _CLAUSE
    lex, closed = lexicon(), words()
    if low in closed.finite:
        if state in (_NOUN_PHRASE, _MODIFIED) and low in lex.nominal:
            return _OTHER  # "the will of the people"
        return _VERB
    if token.isdigit() and len(token) == 4:
        return _OTHER  # a year is a noun phrase of its own: "in 1999 killed", "1991 turned out"
    if low in closed.determiners or low in closed.prepositions or token[0].isdigit():
        return _NOUN_PHRASE
    if low == "to":
        return _TO
    if low in closed.subjects:
        return _SUBJECT
    if low in closed.clause_openers:
        return _CLAUSE
    if low in _TRANSPARENT or (low.endswith("ly") and low not in lex.finite):
        # "the elderly said", "the friendly talks", "the recently signed deal"
        return _MODIFIED if state == _NOUN_PHRASE else state
    if token[0].isupper() and state not in (_START, _SUBJECT):
        return _OTHER  # a name: "Kim", "the Kremlin"
    if low in lex.finite and _reads_as_verb(low, state):
        return _VERB
    if low not in lex.finite and state == _SUBJECT and token.islower():
        return _VERB  # "we kayak": after a subject, a word the lexicon lacks is a verb
    return _MODIFIED if low in lex.adjectives else _OTHER


def _contracts_a_verb(low: str, following: str) -> bool:
    """Whether a word with an apostrophe hides a verb: "they're", "it's", "the budget's included"."""
    closed = words()
    if low.endswith(closed.finite_suffixes):
        return True
    if not low.endswith("'s"):
        return False
    if low[:-2] in closed.s_contracts:
        return True
    return _owns_nothing(following)


def _next_word_decides(low: str) -> bool:
    """Whether a word with an apostrophe is an "X's" that only the next word tells a possessive or "X is"."""
    closed = words()
    return low.endswith("'s") and not low.endswith(closed.finite_suffixes) and low[:-2] not in closed.s_contracts


def _owns_nothing(following: str) -> bool:
    """Whether "X's" is "X is" or "X has": what follows cannot start the noun it would own."""
    nxt = following.lower()
    return nxt in ("been", "not", "got") or nxt in words().determiners or nxt.endswith("ed")


def _reads_as_verb(low: str, state: int) -> bool:
    """Whether a word that can be a finite verb is one after what came before."""
    lex = lexicon()
    if state == _START:
        # An imperative ("Support local farms."), or a verb whose subject the
        # translation dropped ("Went to Canada."); "Talks in Minsk" is a noun.
        return low in lex.base or low not in lex.nominal
    if state == _TO:
        return False  # an infinitive, or "to" as a preposition
    if state == _NOUN_PHRASE:
        return False  # "the talks", "for signed"
    if state == _MODIFIED:
        return low not in lex.nominal and low not in lex.adjectives  # "the long term" is a noun; "the elderly said"
    return True  # after a noun, a subject or a comma: "it talks", "Russia signed", "…, listed four"


def is_fragment(sentence: str, may_be_heading: bool = True) -> bool:
    """Whether one sentence of prose is a fragment by this rule's definition (see the module doc).

    `may_be_heading` False: the caller knows it is no heading (a line that
    opens on an adverbial), so capitals do not make it one.
    """
    # The verb first: read lazily, it is found within a few words in nearly
    # every sentence, so it rules out more, sooner, than any test of the shape,
    # and those only run for the rare verbless sentence.
    if ":" in sentence or has_finite_verb(sentence):
        return False
    if not _ENDS_WITH_STOP.search(sentence) or _QUOTED.match(sentence):
        return False
    opening = sentence[_OPENING_MARKS.match(sentence).end() :]
    if opening[:1].islower():
        return False  # the rest of a sentence ICU split; TL306 reports the lower-case start
    if opening.lower().startswith(words().formulae) or _LABEL.match(sentence):
        return False  # "Thanks for …", "What a …", "[Photo] …"
    if _unbalanced_quotes(sentence):
        return False  # ICU cut inside a quotation: "Will prices fall? Not this year," she said.
    if sum(1 for t in _TOKEN.findall(sentence) if t[0].isalpha()) < MIN_WORDS:
        return False
    return not (may_be_heading and is_title_like(sentence))


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    found = paragraphs(doc)
    for index, paragraph in enumerate(found):
        if len(paragraph.sentences) == 1:
            # One sentence a line: a fragment only on the evidence of its shape
            # and its neighbours (see the module doc). Most lines of such text
            # are one sentence, so the cheap tests come first, in place; then
            # the verb, found in nearly every line, before the neighbours.
            start, end = paragraph.sentences[0]
            if (
                index
                and text.count(" ", start, end) >= MIN_LINE_WORDS - 1  # _long, without a copy of every line
                and _promises_a_clause(text, start)
                and is_prose_kind(paragraph)
                and is_fragment(text[start:end], may_be_heading=False)
                and _between_long_lines(doc, found, index)
                and _between_whole_sentences(doc, found, index)
            ):
                yield Hit(start, end, "sentence has no finite verb: a fragment of a sentence the translation broke")
            continue
        if not paragraph.sentences or not ends_terminal(text[paragraph.span.start : paragraph.span.end]):
            continue
        if not is_prose(doc, paragraph):
            continue
        previous = ""
        for start, end in paragraph.sentences:
            sentence = text[start:end]  # doc.span_text without the call: it is made for every sentence
            if is_fragment(sentence) and not _cut_by_abbreviation(previous, sentence):
                yield Hit(start, end, "sentence has no finite verb: a fragment of a sentence the translation broke")
            previous = sentence


def _between_long_lines(doc: Document, found: list[Paragraph], index: int) -> bool:
    """Whether a line of one sentence is long and stands between two long lines that end like sentences.

    A short verbless line is style ("For a good reward."), and among short
    lines it is one of a list of features, a product description or a chat.
    """
    if index + 1 >= len(found):
        return False
    for neighbour in (found[index - 1], found[index + 1]):
        line = doc.span_text(neighbour.span)
        if neighbour.index == 0 or not _long(line) or not ends_terminal(line):
            return False
    return True


def _long(line: str) -> bool:
    """Whether a line has MIN_LINE_WORDS words or more, told by its spaces (at C speed)."""
    return line.count(" ") >= MIN_LINE_WORDS - 1


def _between_whole_sentences(doc: Document, found: list[Paragraph], index: int) -> bool:
    """Whether every sentence of the lines before and after a line has its verb ("N.I.", an
    initial that ICU cut off, is no sentence)."""
    return all(
        has_finite_verb(doc.span_text(s)) or ends_on_abbreviation(doc.span_text(s))
        for neighbour in (found[index - 1], found[index + 1])
        for s in neighbour.sentences
    )


def _promises_a_clause(text: str, start: int) -> bool:
    """Whether the line at `start` opens on an adverbial, which a main clause must follow: a
    preposition, a sentence adverb ("However", "Meanwhile") or an adverb in -ly before a comma
    ("Previously,").

    Asked of every long line of one sentence, so each first word's answer is kept.
    """
    space = text.find(" ", start, start + 40)
    first = text[start:space] if space > 0 else ""
    opens = _OPENS.get(first)
    if opens is None:
        word = first.lstrip("\"“‘'«([").rstrip(",").lower()
        opens = word in _adverbial_openers() or (word.endswith("ly") and first.endswith(","))
        if len(_OPENS) < _PIECES_LIMIT:
            _OPENS[first] = opens
    return opens


@cache
def _adverbial_openers() -> frozenset[str]:
    closed = words()
    return closed.prepositions | closed.sentence_adverbs


def _cut_by_abbreviation(previous: str, sentence: str) -> bool:
    """Whether ICU's boundary before or after `sentence` is no sentence end.

    An abbreviation's dot ("Co., Ltd.", "Ms. Lena") or a character ICU takes
    for one ("a ⁇ b") cuts a sentence in two halves that each lack a verb.
    """
    if ends_on_abbreviation(sentence):
        return True
    return bool(previous) and (ends_on_abbreviation(previous) or not ends_terminal(previous))


def _unbalanced_quotes(sentence: str) -> bool:
    return sentence.count("“") != sentence.count("”") or sentence.count('"') % 2 == 1
