"""Who is named in a document and how: spellings grouped into entities.

A *spelling group* is one way of writing an entity, with its short forms
("Vladimir Putin" and "Putin"). A *cluster* is one entity: spelling groups
whose names are near (translint.names.keys.names_near) and not two different
people the gazetteer knows. TL201, TL202, TL203 and `translint names` all read
this one analysis, computed once per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

from translint.document import Document
from translint.names.gazetteer import Entry, Gazetteer, load_gazetteer
from translint.names.given import is_given_name, ukrainian_only
from translint.names.keys import (
    block_key,
    east_asian,
    east_asian_surname,
    feminine,
    keys_align,
    names_near,
    shortest_base,
    spelled_differently,
    split_tokens,
    uninflect,
)
from translint.names.mentions import Mention, extract

# What holds for a spelling whatever the document (what the gazetteer says of it,
# its short forms) is cached across documents, boundedly: an archive's names are
# many, but each recurs.
_SPELLINGS = 1 << 16


@dataclass
class SpellingGroup:
    spelling: str  # the longest form
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


@dataclass
class Cluster:
    groups: list[SpellingGroup]  # most used first
    entry: Entry | None  # the gazetteer's entity, when one spelling is known to it

    ukrainian: bool = False  # the article spells names the Ukrainian way (_Spelling.ukrainian)

    @property
    def majority(self) -> SpellingGroup:
        return self.groups[0]

    def preferred(self) -> str:
        """The form to suggest: the gazetteer's; else, in an article written with
        Ukrainian spellings, the spelling with the Ukrainian form of a given name
        ("Olha", not "Olga"); else the article's majority."""
        if self.entry:
            return self.entry.canonical
        if self.ukrainian:
            for group in self.groups:
                if any(ukrainian_only(t) for t in split_tokens(group.spelling)):
                    return group.spelling
        return _pinyin_surname(self.majority.spelling, [g.spelling for g in self.groups])


def _pinyin_surname(spelling: str, spellings: list[str]) -> str:
    """`spelling` with a Chinese surname in its pinyin form when another spelling of
    the entity has it: "Fen Yaosan" beside "Feng Yaosana" is "Feng Yaosan", the -n
    being Russian transcription's (Фэн)."""
    tokens = split_tokens(spelling)
    if not east_asian(tokens[0]) or east_asian_surname(tokens[0]):
        return spelling
    for other in spellings:
        surname = split_tokens(other)[0]
        if east_asian_surname(surname) and surname.lower() == tokens[0].lower() + "g":
            return surname + spelling[len(tokens[0]) :]
    return spelling


@dataclass
class NameAnalysis:
    mentions: list[Mention]
    clusters: list[Cluster]
    countries: frozenset[str]  # countries of the entities named with a good spelling: context
    _resolved: dict[str, tuple[Entry, str] | None] = field(default_factory=dict, repr=False)

    def resolve(self, spelling: str) -> tuple[Entry, str] | None:
        """The gazetteer entity a spelling stands for and how it was recognised:
        "good" or "wrong" (exactly or by key), "inflected" (a case ending on a
        known form), or "near" (close to a good spelling of an entity from a
        country the article is about: "Kim Jong-in" beside "North Korea").
        Several rules ask about the same spellings: each is resolved once."""
        if spelling not in self._resolved:
            self._resolved[spelling] = self._resolve(spelling)
        return self._resolved[spelling]

    def _resolve(self, spelling: str) -> tuple[Entry, str] | None:
        found = _recognised(spelling)
        if not found and not self.countries.isdisjoint(_DECLINING):
            found = _recognised(spelling, vowel_stems=True)
        if found or not self.countries:  # "near" needs a country the article is about
            return found
        near = [e for e in _near_people(spelling) if e.country in self.countries]
        return (near[0], "near") if len(near) == 1 else None


# Countries whose names an article's Russian or Ukrainian source declines: an article
# about one of them may carry a vowel stem's case ending on a known place ("Brni").
_DECLINING = frozenset({"RU", "UA", "BY"})


@lru_cache(maxsize=_SPELLINGS)
def _recognised(spelling: str, vowel_stems: bool = False) -> tuple[Entry, str] | None:
    """The entity a spelling is a good, wrong or inflected form of, whatever the
    article. A vowel stem's ending ("Brni" for Brno) is tried only with
    `vowel_stems`: in other articles "Kairi" is a name of its own, not "Kaira"'s."""
    gazetteer = load_gazetteer()
    found = None if vowel_stems else _entry(gazetteer, spelling)
    if found:
        return found
    tokens = split_tokens(spelling)
    shortest = min(3, shortest_base(tokens)) if vowel_stems else shortest_base(tokens)
    for base, ending in uninflect(tokens[-1], shortest):
        if bool(ending.base and not ending.unambiguous) != vowel_stems:
            continue
        whole = " ".join((*tokens[:-1], base))
        known = {e.canonical: e for e, _ in gazetteer.exact(whole)}  # exactly: keys of short bases collide
        if len(known) == 1:
            entry = next(iter(known.values()))
            if entry.kind == "person" or not feminine(tokens[-1], ending):
                return entry, "inflected"
    return None


@lru_cache(maxsize=_SPELLINGS)
def _near_people(spelling: str) -> tuple[Entry, ...]:
    """People whose name a spelling is close to without being one of its good
    forms: "near" candidates before the article's countries narrow them."""
    tokens = split_tokens(spelling)
    return tuple(
        e
        for e in load_gazetteer().near(tokens)
        if e.kind == "person"
        and not any(keys_align(tokens, split_tokens(full)) for full in (e.canonical, *e.accepted))
        and (len(tokens) > 1 or any(names_near(tokens, split_tokens(short)) for short in e.short))
    )


def analyse(doc: Document) -> NameAnalysis:
    return doc.derived("names", _analyse)


def _analyse(doc: Document) -> NameAnalysis:
    gazetteer = load_gazetteer()
    mentions = extract(doc, gazetteer.tokens, gazetteer.place_words)
    if not mentions:  # half the articles of a real batch name no one: nothing to group
        return NameAnalysis(mentions, [], frozenset())
    groups = _spelling_groups(mentions)
    spellings = [_spelling(g.spelling) for g in groups]
    analysis = NameAnalysis(mentions, [], frozenset().union(*(s.countries for s in spellings)))
    ukrainian = any(s.ukrainian for s in spellings)
    for indexes in _entities(spellings):
        ordered = [groups[i] for i in indexes]
        if len(ordered) > 1:  # most entities have one spelling: nothing to order
            ordered.sort(key=lambda g: (-len(g.mentions), g.first))
        analysis.clusters.append(Cluster(ordered, _known_entry(analysis, ordered), ukrainian))
    return analysis


def _entities(spellings: list[_Spelling]) -> list[list[int]]:
    """The spellings of each entity, as indexes in `spellings`, entities in the
    order of their first spelling: spellings whose names are near
    (keys.spelled_differently) join, unless the gazetteer tells them apart."""
    blocks: dict[str, list[int]] = {}
    for index, spelling in enumerate(spellings):
        blocks.setdefault(spelling.block, []).append(index)
    alone = [i for i, s in enumerate(spellings) if s.alone]
    if len(blocks) == len(spellings) and not alone:  # most articles: no two names may be near
        return [[i] for i in range(len(spellings))]
    given = [i for i, s in enumerate(spellings) if s.given_first]
    parent = list(range(len(spellings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members_of_block in blocks.values():  # only names that may be near are compared
        for i, j in combinations(members_of_block, 2):
            known_i, known_j = spellings[i].entities, spellings[j].entities
            if known_i and known_j and known_i.isdisjoint(known_j):
                continue  # two entities the gazetteer tells apart (Kim Jong-un, Kim Jong-il)
            if spelled_differently(spellings[i].tokens, spellings[j].tokens):
                parent[root(j)] = root(i)

    # A given name alone ("Olga") against other given names and the first words of
    # full names ("Olha Sukhenko"), which blocks by surname never bring together.
    # Only where the given name can be one name alone: "Olga" beside "Olha Sukhenko"
    # and "Olha Petrenko" may be either woman.
    for i in alone:
        near = [j for j in given if j != i and spellings[j].block != spellings[i].block
                and spelled_differently(spellings[i].tokens, spellings[j].tokens)]
        if len(near) == 1:
            parent[root(i)] = root(near[0])

    members: dict[int, list[int]] = {}
    for i in range(len(spellings)):
        members.setdefault(root(i), []).append(i)
    return list(members.values())


def _known_entry(analysis: NameAnalysis, ordered: list[SpellingGroup]) -> Entry | None:
    """The gazetteer's entity for the first of an entity's spellings it recognises."""
    for group in ordered:
        resolved = analysis.resolve(group.spelling)
        if resolved:
            return resolved[0]
    return None


def _spelling_groups(mentions: list[Mention]) -> list[SpellingGroup]:
    """Mentions grouped by spelling; a short form joins the one longer spelling it is part of."""
    by_text: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_text.setdefault(mention.text, []).append(mention)
    # One cached look-up per spelling gives its tokens and short forms both.
    spellings = sorted(((text, _spelling(text)) for text in by_text), key=lambda pair: -len(pair[1].tokens))
    groups: list[SpellingGroup] = []
    homes: dict[tuple[str, ...], list[SpellingGroup]] = {}  # a short form's tokens -> the groups it is part of
    for text, spelling in spellings:
        found = homes.get(spelling.tokens, ())
        if len(found) == 1:
            found[0].mentions += by_text[text]
        else:
            group = SpellingGroup(text, by_text[text])
            groups.append(group)
            for run in spelling.shorter:
                homes.setdefault(run, []).append(group)
    return groups


def _shorter_runs(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Every contiguous run of a name's tokens but the whole, once each: the short forms it contains."""
    n = len(tokens)
    return tuple(dict.fromkeys(tokens[i:j] for i in range(n) for j in range(i + 1, n + 1) if j - i < n))


class _Spelling(NamedTuple):
    """What the analysis of any document needs to know of a spelling."""

    tokens: tuple[str, ...]
    shorter: tuple[tuple[str, ...], ...]  # its short forms' tokens (_shorter_runs)
    block: str  # names that may be near share it (keys.block_key)
    entities: frozenset[str]  # the entities it is exactly a good form of
    countries: frozenset[str]  # their countries
    given_first: bool  # it opens with a given name (not a Korean or Chinese surname)
    alone: bool  # it is a given name alone ("Olga")
    # It is Ukrainian-spelt: a given name in a form only Ukrainian romanisation gives
    # ("Olha", "Oleksandr"), or a Ukrainian person or place in the spelling the
    # gazetteer prefers over a Russian-derived one ("Volodymyr Zelenskyy", "Kyiv",
    # "Kharkiv"). An article with one is written with Ukrainian spellings
    # (Cluster.ukrainian): evidence for its source language when none is configured.
    ukrainian: bool


@lru_cache(maxsize=_SPELLINGS)
def _spelling(spelling: str) -> _Spelling:
    tokens = split_tokens(spelling)
    good = [entry for entry, status in load_gazetteer().exact(spelling) if status == "good"]
    given_first = is_given_name(tokens[0]) and not east_asian(tokens[0])
    # Only `_recognised` finds a "good" spelling (NameAnalysis.resolve), whatever the article.
    recognised = _recognised(spelling)
    ukrainian = any(ukrainian_only(t) for t in tokens) or bool(
        recognised and recognised[1] == "good" and recognised[0].country == "UA" and recognised[0].wrong
    )
    return _Spelling(
        tokens, _shorter_runs(tokens), block_key(tokens),
        frozenset(e.canonical for e in good), frozenset(e.country for e in good),
        given_first, given_first and len(tokens) == 1, ukrainian,
    )


def _entry(gazetteer: Gazetteer, spelling: str) -> tuple[Entry, str] | None:
    """The one entity a spelling names, exactly or by key, with "good" or "wrong";
    None when unknown or ambiguous."""
    matches = gazetteer.exact(spelling) or gazetteer.keyed(spelling)
    found: dict[str, tuple[Entry, str]] = {}
    for entry, status in matches:  # a spelling that is good for the entity stays good
        if found.get(entry.canonical, (entry, "wrong"))[1] == "wrong":
            found[entry.canonical] = (entry, status)
    return next(iter(found.values())) if len(found) == 1 else None


def aligned(spelling: str, target: str) -> str:
    """The part of `target` that corresponds to `spelling` ("Zelenskyy" in
    "Volodymyr Zelensky" is "Zelensky"), for suggestions on short forms."""
    mine, theirs = split_tokens(spelling), split_tokens(target)
    if len(mine) >= len(theirs):
        return target
    part = theirs[: len(mine)] if names_near(mine, theirs[: len(mine)]) and not names_near(mine, theirs[-len(mine) :]) else theirs[-len(mine) :]
    return " ".join(part)

