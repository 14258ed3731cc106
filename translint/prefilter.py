"""Which declarative rules can match an article at all, decided in one pass.

Most articles trip no declarative rule, yet `regex` reads every article once
per rule, and a pattern that opens with a class or a lookbehind is tried at
every character. So each rule's pattern is read once, at start-up, for the
strings one of which every match must contain: "Home" or "Main page" for a
breadcrumb, "yuan" for a currency calque. One search for all rules' strings in
the article then tells which rules may match; the others are skipped.

The strings are casefolded and sought in the casefolded article, which serves
ignore-case patterns and case-sensitive ones alike: a text that contains a
string contains its casefolding in its own casefolding (casefolding maps each
character on its own). Line breaks are sought as \\n in `Document.scan_text`,
so paragraph patterns (run there) and text patterns (run on `text`) agree.

Reading a pattern is conservative. It uses `re`'s parser, whose syntax
`regex` extends; where the two might read a pattern differently (POSIX
classes, fuzzy matching), or `re` cannot read it (`\\p{..}` aside, which is
read as the class it is), the rule gets no strings and always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import TYPE_CHECKING

import regex
from ahocorasick_rs import AhoCorasick, Implementation

if TYPE_CHECKING:
    from translint.document import Document
    from translint.registry import CodeRule
    from translint.ruledata import DataRule

_MOST = 64  # the most exact strings a node keeps before only "contains one of" is known
_FEWEST_CLASS = 8  # a class of at most this many characters counts as their alternation

# Escapes (a \\p{..} class among them), and the spots `re` reads unlike `regex`:
# POSIX classes, and a brace that opens no repeat count (fuzzy matching).
_SPECIAL = regex.compile(r"(?P<property>\\[pP](?:\{[^}]*\}|[A-Za-z]))|\\.|(?P<unread>\[:|\{(?!\d*,?\d*\}))", regex.DOTALL)


class Gates:
    """The required strings of every declarative rule, found in one pass of an
    Aho-Corasick automaton (every occurrence, overlapping ones too)."""

    def __init__(self, rules: Iterable[CodeRule | DataRule]) -> None:
        from translint.ruledata import DataRule

        self._needs: dict[str, int] = {}  # rule code -> one bit per required set
        bits: dict[str, int] = {}  # string -> the bits of the sets that hold it
        sets = 0
        for rule in rules:
            if not isinstance(rule, DataRule):
                continue
            mask = 0
            for strings in required_strings(rule.pattern):
                bit = 1 << sets
                sets += 1
                mask |= bit
                for string in strings:
                    bits[string] = bits.get(string, 0) | bit
            if mask:
                self._needs[rule.info.code] = mask
        self._masks = list(bits.values())
        # A DFA: the fastest search, worth its build time (about 1 ms) for any batch.
        self._automaton = AhoCorasick(list(bits), implementation=Implementation.DFA) if bits else None

    def ruled_out(self, doc: Document) -> frozenset[str]:
        """Codes of the rules that cannot match anywhere in `doc`."""
        if self._automaton is None:
            return frozenset()
        found = 0
        for index, _, _ in self._automaton.find_matches_as_indexes(doc.scan_text.casefold(), overlapping=True):
            found |= self._masks[index]
        return frozenset(code for code, needs in self._needs.items() if needs & found != needs)


@dataclass(frozen=True)
class _Info:
    """What is known of the strings a part of a pattern matches."""

    exact: frozenset[str] | None  # all of them, when there are few
    required: tuple[frozenset[str], ...] = ()  # each match holds a string of every one of these sets

    def all_required(self) -> tuple[frozenset[str], ...]:
        if self.exact is not None and "" not in self.exact:
            return (self.exact, *self.required)
        return self.required

    def best_required(self) -> frozenset[str] | None:
        """The one set that tells most: longest shortest string, then fewest strings."""
        return max(self.all_required(), key=lambda s: (min(map(len, s)), -len(s)), default=None)


_UNKNOWN = _Info(None)
_EMPTY = _Info(frozenset({""}))


def required_strings(pattern: regex.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of casefolded strings (line breaks as \\n) such that every match of
    `pattern` contains a string of each set; none where nothing useful is known
    or `re` cannot tell."""
    return _required_strings(pattern.pattern, pattern.flags)


@cache
def _required_strings(source: str, flags: int) -> tuple[frozenset[str], ...]:
    """required_strings, worked out once per process: a run builds a Linter in
    the parent and in each worker, and reading all patterns takes about 10 ms."""
    if flags & (regex.VERSION1 | regex.FULLCASE):
        return ()
    readable = _readable(source)
    if readable is None:
        return ()
    try:
        tree = _parser.parse(readable, re.VERBOSE if flags & regex.VERBOSE else 0)
    except (re.error, RecursionError, OverflowError):
        return ()
    sets = (frozenset(map(_folded, found)) for found in _sequence(tree).all_required())
    return tuple(dict.fromkeys(s for s in sets if not any(map(_everywhere, s))))


def _folded(string: str) -> str:
    """The string as it stands in a casefolded text. Ignoring case, `regex`
    matches "ı" (dotless i) to "I", which casefolds to "i", so only the
    longest part without "ı" is sure to be there. This is the one character
    whose ignore-case matches casefolding does not keep (a test checks
    every code point)."""
    return max(string.casefold().replace("\r", "\n").split("ı"), key=len)


def _everywhere(string: str) -> bool:
    """A string nearly every article holds, which rules nothing out."""
    return not string or len(string) < 2 and (string.isalnum() or string in " .,;:'\"-()\n")


def _readable(source: str) -> str | None:
    """`source` with \\p{..} classes written as \\w or \\W (which also hold no
    literal), or None where `re` would misread it."""
    if any(token["unread"] for token in _SPECIAL.finditer(source)):
        return None
    return _SPECIAL.sub(_as_class, source)


def _as_class(token: regex.Match[str]) -> str:
    if not token["property"]:
        return token.group()
    return "\\W" if token.group()[1] == "P" else "\\w"


def _sequence(items: Iterable[tuple[object, object]]) -> _Info:
    """Parts one after another. Runs of exactly known parts are joined into
    strings ("Main" "[ ]" "page"); every part's required sets are kept."""
    run: frozenset[str] = frozenset({""})
    whole = True  # every part so far exactly known
    required: list[frozenset[str]] = []
    for op, av in items:
        part = _node(op, av)
        required += part.required
        if part.exact is not None and len(run) * len(part.exact) <= _MOST:
            run = frozenset(a + b for a in run for b in part.exact)
            continue
        whole = False
        if "" not in run:
            required.append(run)
        run = part.exact if part.exact is not None else frozenset({""})
    if whole:
        return _Info(run, tuple(required))
    if "" not in run:
        required.append(run)
    return _Info(None, tuple(required))


def _node(op: object, av: object) -> _Info:
    if op is sre.LITERAL:
        return _Info(frozenset({chr(av)}))  # type: ignore[arg-type]
    if op is sre.ASSERT:  # zero-width, but what it looks at is in the text too
        return _Info(frozenset({""}), _sequence(av[1]).all_required())  # type: ignore[index]
    if op in (sre.AT, sre.ASSERT_NOT):
        return _EMPTY
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)  # type: ignore[arg-type]
    if op is sre.BRANCH:
        return _either([_sequence(branch) for branch in av[1]])  # type: ignore[index]
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = av  # type: ignore[misc]
        return _either([_sequence(yes), _sequence(no) if no is not None else _EMPTY])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av  # type: ignore[misc]
        return _repeat(low, high, _sequence(body))
    if op is sre.IN:
        return _class(av)  # type: ignore[arg-type]
    return _UNKNOWN  # any character, a category, a backreference


def _either(branches: Sequence[_Info]) -> _Info:
    """Alternatives: a match is one of theirs, so it holds a string of the union
    of one required set from each."""
    exact = None
    if all(b.exact is not None for b in branches):
        union = frozenset().union(*(b.exact for b in branches))  # type: ignore[arg-type]
        exact = union if len(union) <= _MOST else None
    best = [b.best_required() for b in branches]
    if exact is not None or any(s is None for s in best):
        return _Info(exact)
    return _Info(exact, (frozenset().union(*best),))  # type: ignore[arg-type]


def _repeat(low: int, high: int, body: _Info) -> _Info:
    if high == 0:
        return _EMPTY
    if low == 0:  # may match nothing: only `x?` keeps its strings, as ("", x)
        return _Info(body.exact | {""} if body.exact is not None and high == 1 else None)
    return _Info(body.exact if low == high == 1 else None, body.all_required())


def _class(items: list[tuple[object, object]]) -> _Info:
    """A small class of plain characters is their alternation; any other, unknown."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))  # type: ignore[arg-type]
        elif op is sre.RANGE and av[1] - av[0] < _FEWEST_CLASS:  # type: ignore[index,operator]
            chars.update(map(chr, range(av[0], av[1] + 1)))  # type: ignore[index,operator]
        else:
            return _UNKNOWN
    return _Info(frozenset(chars)) if len(chars) <= _FEWEST_CLASS else _UNKNOWN
