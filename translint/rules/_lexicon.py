"""The English word classes the sentence rules need: which words can be finite verbs.

A fragment (TL303) is a sentence without a finite verb, so the rules must know
every word that can be one: the base form ("talk"), the -s form ("talks") and
the past ("talked") of each English verb. The list is generated from
lemminflect's tables by scripts/build_verb_lexicon.py and shipped as
rules/common/verb-lexicon.txt; lemminflect is not needed at run time.

To keep the file small it stores each verb's lemma and only the forms that the
regular spelling rules below would get wrong ("go D=went Z=goes"), and the
script checks that those rules reproduce every other form. Adjectives are kept
only when they matter for telling a noun from a verb after "the": gradable
adjectives ("the long term") and adjectives that are not also nouns.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from translint.data import rules_root

LEXICON_FILE = "common/verb-lexicon.txt"
_VOWELS = frozenset("aeiou")


def regular_past(lemma: str, doubled: bool = False) -> str:
    """The regular past tense: "signed", "agreed", "tried"; "stopped" when doubled."""
    if doubled:
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    return lemma + "ed"


def regular_third(lemma: str) -> str:
    """The regular third-person singular: "signs", "reaches", "tries", "goes"."""
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


@dataclass(frozen=True)
class Lexicon:
    """Lower-case word forms by what they can be."""

    base: frozenset[str]  # "talk": an imperative, or a present tense after "they"
    finite: frozenset[str]  # base, -s and past forms: whatever can be a finite verb
    nominal: frozenset[str]  # verb forms that are also nouns: "talks", "term", "report"
    adjectives: frozenset[str]  # "long", "longer": keep a noun phrase going after "the"


def parse(text: str) -> Lexicon:
    """The lexicon from the text of verb-lexicon.txt (see the file's header for the format)."""
    base: set[str] = set()
    finite: set[str] = set()
    nominal: set[str] = set()
    adjectives: set[str] = set()
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            section = line[1:]
            continue
        if section == "adjectives":
            adjectives.update(line.split())
            continue
        lemma, *fields = line.split()
        flags = {f for f in fields if "=" not in f}
        forms = dict(f.split("=", 1) for f in fields if "=" in f)
        pasts = forms["D"].split(",") if "D" in forms else [regular_past(lemma, "2" in flags)]
        thirds = forms["Z"].split(",") if "Z" in forms else [regular_third(lemma)]
        base.add(lemma)
        finite.update([lemma, *pasts, *thirds])
        if "n" in flags:
            nominal.update([lemma, *thirds])
    return Lexicon(frozenset(base), frozenset(finite), frozenset(nominal), frozenset(adjectives))


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, read once per process, and parsed once per version of it."""
    from translint.cache import cached

    data = (rules_root() / LEXICON_FILE).read_bytes()
    return cached("lexicon", [data], lambda: parse(data.decode("utf-8")))
